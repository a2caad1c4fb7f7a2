namespace NeuralScratch.Cli.Tests;

public sealed class PlaygroundCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("playground-tests").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    string InFolder(string name) => Path.Combine(folder, name);

    [Fact]
    public void By_default_it_writes_the_walkthroughs_trained_network_as_one_self_contained_page()
    {
        Cli run = Cli.Run("playground", "--out", InFolder("playground.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the walkthrough's network, seed 42, after 10000 epochs", run.Out);
        string page = File.ReadAllText(InFolder("playground.html"));
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.DoesNotContain("src=", page);
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);
        Assert.Contains(network[1][9][5].ToString("R", System.Globalization.CultureInfo.InvariantCulture), page);
    }

    [Fact]
    public void It_draws_the_network_of_a_weights_file()
    {
        double[][][] network = Initialization.Walkthrough(7);
        WeightsFile.Save(network, InFolder("weights.json"));

        Cli run = Cli.Run("playground", "--weights", InFolder("weights.json"), "--out", InFolder("p.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(network[0][3][17].ToString("R", System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(InFolder("p.html")));
    }

    [Fact]
    public void A_missing_weights_file_is_named_and_nothing_is_written()
    {
        Cli run = Cli.Run("playground", "--weights", InFolder("nope.json"), "--out", InFolder("p.html"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.json", run.ErrorLine);
        Assert.False(File.Exists(InFolder("p.html")));
    }

    [Fact]
    public void A_network_of_the_wrong_shape_is_refused_with_what_it_needs()
    {
        WeightsFile.Save(Initialization.Python(1, [4, 3, 2]), InFolder("small.json"));

        Cli run = Cli.Run("playground", "--weights", InFolder("small.json"), "--out", InFolder("p.html"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("neuralscratch playground: the network takes 4 inputs; the playground needs 25, one per pixel of a 5x5 digit", run.Error.Trim());
        Assert.False(File.Exists(InFolder("p.html")));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"weights\": 1}", "no \"layers\" property")]
    [InlineData("{\"layers\": [[[1, 2], [1]]]}", "layer 0 is ragged")]
    [InlineData("{\"layers\": [[[1, \"x\"]]]}", "expected a finite number")]
    public void A_misshapen_weights_file_gets_one_line_naming_the_file_and_what_is_wrong(string json, string wrong)
    {
        File.WriteAllText(InFolder("bad.json"), json);

        Cli run = Cli.Run("playground", "--weights", InFolder("bad.json"), "--out", InFolder("p.html"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.json", run.ErrorLine);
        Assert.Contains(wrong, run.ErrorLine);
        Assert.False(File.Exists(InFolder("p.html")));
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("--out")]
    [InlineData("--weights")]
    public void An_option_with_no_value_exits_2_with_one_line(string option)
    {
        Cli run = Cli.Run("playground", option);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} needs a value", run.ErrorLine);
        Assert.False(File.Exists("playground.html"));
    }

    [Theory]
    [InlineData("--seed", "-1")]
    [InlineData("--epochs", "many")]
    [InlineData("--colour", "red")]
    public void Bad_arguments_exit_2_with_one_line(string option, string value)
    {
        Cli run = Cli.Run("playground", option, value, "--out", InFolder("p.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.ErrorLine);
        Assert.False(File.Exists(InFolder("p.html")));
    }

    [Fact]
    public void Weights_and_a_seed_together_are_refused()
    {
        Cli run = Cli.Run("playground", "--weights", "w.json", "--seed", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--weights cannot go with --seed or --epochs", run.ErrorLine);
    }
}
