namespace NeuralScratch.Cli.Tests;

/// <summary>What every command shares: one parser, --help, one error format, one mapping to exit codes.</summary>
public sealed class ProgramTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("program-tests").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void No_command_or_an_unknown_one_is_a_usage_error()
    {
        Cli none = Cli.Run();
        Assert.Equal((2, "neuralscratch: no command given; expected train, predict, playground, heatmaps, run, check, kernel, export, workshop or help (see `neuralscratch --help`)"),
            (none.ExitCode, none.ErrorLine));
        Cli unknown = Cli.Run("trian");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("neuralscratch: unknown command 'trian'; expected train, predict", unknown.ErrorLine);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public void Help_lists_every_command(string help)
    {
        Cli run = Cli.Run(help);
        Assert.Equal(0, run.ExitCode);
        foreach (string command in new[] { "train", "predict", "playground", "heatmaps", "run", "check", "kernel", "export", "workshop", "help" })
            Assert.Matches($@"(?m)^  {command}\b", run.Out);
    }

    [Theory]
    [InlineData("train", "--seed --epochs --hidden --learning-rate --backprop --out")]
    [InlineData("predict", "--weights --digit")]
    [InlineData("playground", "--weights --seed --epochs --out")]
    [InlineData("heatmaps", "--weights --seed --epochs --out --format --browser")]
    [InlineData("run", "--out --in-place --timeout")]
    [InlineData("check", "--seed")]
    [InlineData("export", "--out")]
    [InlineData("workshop pack", "--out --zip")]
    [InlineData("workshop verify", "")]
    [InlineData("help", "")]
    public void Every_command_has_help_naming_its_options_and_exits_0(string command, string options)
    {
        foreach (string help in new[] { "--help", "-h" })
        {
            Cli run = Cli.Run([.. command.Split(' '), help]);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Matches($@"Usage:\s+neuralscratch {command} .*\[options\]", run.Out);
            Assert.All(options.Split(' ', StringSplitOptions.RemoveEmptyEntries), option => Assert.Matches($@"(?m)^  {option} ", run.Out));
            Assert.Equal("", run.Error);
        }
    }

    [Theory]
    [InlineData("train", "expected one of --seed, --epochs, --hidden, --learning-rate, --backprop, --out")]
    [InlineData("predict", "expected one of --weights, --digit")]
    [InlineData("playground", "expected one of --weights, --seed, --epochs, --out")]
    [InlineData("heatmaps", "expected one of --weights, --seed, --epochs, --out, --format, --browser")]
    [InlineData("run", "expected one of --out, --in-place, --timeout")]
    [InlineData("check", "expected --seed")]
    [InlineData("help", "help takes no options")]
    public void A_wrong_option_exits_2_with_one_line_naming_it_and_what_was_expected(string command, string expected)
    {
        Cli run = Cli.Run(command, "--nope", "x.ipynb");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"neuralscratch {command}: unknown option '--nope'; {expected} (see `neuralscratch {command} --help`)", run.ErrorLine);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Options_can_be_given_as_name_equals_value()
    {
        string weights = Path.Combine(folder, "w.json");
        Assert.Contains("seed 3, 20 epochs", Ok(Cli.Run("train", "--seed=3", "--epochs=20", $"--out={weights}")).Out);
        Assert.Contains("Predicted class:", Ok(Cli.Run("predict", $"--weights={weights}", "--digit=#####,#...#,#####,....#,#####")).Out);
        Assert.Contains("seed 5, after 20 epochs", Ok(Cli.Run("playground", "--seed=5", "--epochs=20", $"--out={Path.Combine(folder, "p.html")}")).Out);
        Assert.Contains("seed 5, 20 epochs", Ok(Cli.Run("heatmaps", "--seed=5", "--epochs=20", "--format=html", $"--out={Path.Combine(folder, "h")}")).Out);
        // The two that would start the engine or train for seconds: the value given with = is the one checked.
        Assert.Contains("--out and --in-place exclude each other", Cli.Run("run", "x.ipynb", $"--out={folder}", "--in-place").ErrorLine);
        Assert.Contains("--timeout '0' is not a number above 0", Cli.Run("run", "x.ipynb", "--timeout=0").ErrorLine);
        Assert.Contains("--seed -3 is out of range", Cli.Run("check", "--seed=-3").ErrorLine);
    }

    static Cli Ok(Cli run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
