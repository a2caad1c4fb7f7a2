namespace NeuralScratch.Cli.Tests.Heatmaps;

/// <summary>Wrong arguments and unusable inputs: one line naming what was wrong and what was expected, and nothing written.</summary>
public sealed class HeatmapsCommandErrorTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("neuralscratch-heatmaps-errors-").FullName;

    string Out => Path.Combine(folder, "out");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--colour red", "heatmaps: unknown option '--colour'; expected one of --weights, --seed, --epochs, --out, --format, --browser")]
    [InlineData("--epochs ten", "heatmaps: --epochs 'ten' is not a whole number; expected 0 to 10000000")]
    [InlineData("--epochs -5", "heatmaps: --epochs -5 is out of range; expected 0 to 10000000")]
    [InlineData("--seed 1.5", "heatmaps: --seed '1.5' is not a whole number; expected 0 to 2147483647")]
    [InlineData("--format png,jpg", "heatmaps: unknown format 'jpg' in --format 'png,jpg'; expected png, svg or html, separated by commas")]
    [InlineData("--weights w.json --seed 3", "heatmaps: --weights cannot be combined with --seed or --epochs; expected a weights file to draw, or a seed and epochs to train")]
    [InlineData("--seed", "heatmaps: --seed needs a value; expected --seed N")]
    [InlineData("--epochs=many", "heatmaps: --epochs 'many' is not a whole number; expected 0 to 10000000")]
    [InlineData("--seed 1 --seed 2", "heatmaps: --seed is given twice; give it once")]
    [InlineData("pictures", "heatmaps: unexpected argument 'pictures'")]
    public void A_wrong_command_line_exits_2_with_one_line_and_writes_nothing(string args, string expected)
    {
        Cli run = Cli.Run(["heatmaps", .. args.Split(' '), "--out", Out]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"neuralscratch {expected}", run.ErrorLine);
        Assert.EndsWith("(see `neuralscratch heatmaps --help`)", run.ErrorLine);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_missing_weights_file_exits_1_naming_it()
    {
        string missing = Path.Combine(folder, "missing.json");
        Cli run = Cli.Run("heatmaps", "--weights", missing, "--out", Out, "--format", "html");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"neuralscratch heatmaps: weights file '{missing}' does not exist; expected a JSON file written by `neuralscratch train --out`", run.ErrorLine);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("{\"layers\": [[[1, 2", "not valid JSON")]
    [InlineData("{\"weights\": []}", "no \"layers\" property at the top")]
    [InlineData("{\"layers\": [[[1, \"x\", 3]]]}", "layers[0][0][1] is \"x\"; expected a finite number")]
    public void A_malformed_weights_file_exits_1_saying_what_is_wrong(string json, string expected)
    {
        string file = Path.Combine(folder, "bad.json");
        File.WriteAllText(file, json);

        Cli run = Cli.Run("heatmaps", "--weights", file, "--out", Out, "--format", "html");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"neuralscratch heatmaps: weights file '{file}':", run.ErrorLine);
        Assert.Contains(expected, run.ErrorLine);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Weights_that_are_not_5x5_pixel_weights_exit_1_saying_26_were_expected()
    {
        string file = Path.Combine(folder, "xor.json");
        WeightsFile.Save(XorNetwork.Create(), file);

        Cli run = Cli.Run("heatmaps", "--weights", file, "--out", Out, "--format", "html");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the first layer's neurons have 3 weights", run.ErrorLine);
        Assert.Contains("expected 26 (25 pixels, then the bias)", run.ErrorLine);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_browser_that_does_not_exist_exits_1_before_any_work()
    {
        Cli run = Cli.Run("heatmaps", "--browser", "/no/such/chromium", "--out", Out);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("neuralscratch heatmaps: --browser '/no/such/chromium' does not exist; expected the path of a Chromium, Chrome or Edge executable", run.ErrorLine);
        Assert.Equal("", run.Out);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_output_path_that_is_a_file_exits_1()
    {
        string file = Path.Combine(folder, "taken");
        File.WriteAllText(file, "not a folder");

        Cli run = Cli.Run("heatmaps", "--out", file, "--format", "html");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"neuralscratch heatmaps: --out '{file}' is a file; expected a folder (created if missing, reused if present)", run.ErrorLine);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Cancelled_it_exits_130_and_writes_nothing()
    {
        Cli run = Cli.Run(new CancellationToken(canceled: true), "heatmaps", "--out", Out, "--format", "html");

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("neuralscratch heatmaps: cancelled; nothing was written", run.ErrorLine);
        Assert.False(Directory.Exists(Out));
    }
}
