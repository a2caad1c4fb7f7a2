namespace NeuralScratch.Cli.Tests;

public sealed class PredictCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("predict-tests").FullName;
    readonly string weights;
    readonly double[][][] network = Initialization.Walkthrough(42);

    public PredictCommandTests()
    {
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 500);
        weights = Path.Combine(folder, "weights.json");
        WeightsFile.Save(network, weights);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void It_prints_the_class_and_the_ten_outputs()
    {
        const string drawing = "#####,#...#,#####,....#,#####";
        Cli run = Cli.Run("predict", "--weights", weights, "--digit", drawing);

        Assert.Equal(0, run.ExitCode);
        double[] outputs = Network.FeedForward(network, Digits.Parse(drawing))[^1];
        Assert.Contains($"Predicted class: {Network.ArgMax(outputs)}", run.Out);
        for (int i = 0; i < 10; i++)
            Assert.Contains($"  {i}: {outputs[i]:F6}", run.Out);
    }

    [Fact]
    public void The_digit_can_come_from_a_file_of_five_rows()
    {
        string file = Path.Combine(folder, "seven.txt");
        File.WriteAllText(file, "#####\n...#.\n..#..\n.#...\n#....\n");
        Cli run = Cli.Run("predict", "--weights", weights, "--digit", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Predicted class: {Network.Predict(network, Digits.Tests[1].Pixels)}", run.Out);
    }

    [Theory]
    [InlineData("", "predict: --weights is required")]
    [InlineData("--weights W", "predict: --digit is required")]
    [InlineData("--weights W --digit #####,#...#", "predict: --digit: the digit drawing has 2 rows; expected 5 rows of 5 characters")]
    [InlineData("--weights W --digit #####,#...#,#####,....#,##?##", "predict: --digit: row 5 of the digit drawing, \"##?##\", has '?' at column 3")]
    public void Bad_arguments_are_named_with_exit_code_2(string args, string message)
    {
        Cli run = Cli.Run(["predict", .. args.Replace("W", weights).Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"neuralscratch {message}", run.ErrorLine);
    }

    [Fact]
    public void A_missing_weights_file_is_named()
    {
        string missing = Path.Combine(folder, "missing.json");
        Cli run = Cli.Run("predict", "--weights", missing, "--digit", "#####,#...#,#####,....#,#####");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"neuralscratch predict: weights file '{missing}' does not exist; expected a JSON file written by `neuralscratch train --out`", run.ErrorLine);
    }

    [Theory]
    [InlineData("{\"layers\": [[[1, 2, 3], [1, 2]]]}", "layer 0 is ragged")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"layers\": [[[1, 2, 3], [1, 2, 3]], [[1, 2, 3]]]}", "takes 2 inputs; expected 25, one per pixel of a 5x5 digit")]
    public void Malformed_or_misshapen_weights_are_named(string json, string message)
    {
        string bad = Path.Combine(folder, "bad.json");
        File.WriteAllText(bad, json);
        Cli run = Cli.Run("predict", "--weights", bad, "--digit", "#####,#...#,#####,....#,#####");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"neuralscratch predict: weights file '{bad}'", run.ErrorLine);
        Assert.Contains(message, run.ErrorLine);
    }
}
