namespace NeuralScratch.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void No_command_or_an_unknown_one_is_a_usage_error()
    {
        Assert.Equal((2, "neuralscratch: no command given; expected train, predict, playground, heatmaps, run or check (see `neuralscratch help`)"),
            (CliRun.Of().ExitCode, CliRun.Of().ErrorLine));
        CliRun unknown = CliRun.Of("trian");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("neuralscratch: unknown command 'trian'", unknown.ErrorLine);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        CliRun help = CliRun.Of("help");
        Assert.Equal(0, help.ExitCode);
        foreach (string command in new[] { "train", "predict", "heatmaps", "run", "check" })
            Assert.Contains($"neuralscratch {command}", help.Out);
    }
}
