using System.Globalization;

namespace NeuralScratch.Cli;

/// <summary><c>neuralscratch predict</c>: the class and the ten outputs for a digit drawn as text.</summary>
public static class PredictCommand
{
    public const string Usage =
        "neuralscratch predict --weights weights.json --digit \"#####,....#,#####,....#,#####\" (or --digit FILE holding five rows)";

    public static int Run(string[] args, TextWriter stdout)
    {
        var options = Arguments.Parse("predict", args, ["--weights", "--digit"]);
        string weightsPath = options.Text("--weights") ?? throw new UsageException("predict: --weights is required; expected --weights FILE, a file written by `neuralscratch train`");
        string digitText = options.Text("--digit") ?? throw new UsageException("predict: --digit is required; expected --digit \"#####,....#,#####,....#,#####\" or --digit FILE");

        double[] pixels = ReadDigit(digitText);
        double[][][] network = WeightsFile.Load(weightsPath);
        int inputs = Network.InputSize(network), outputs = network[^1].Length;
        if (inputs != Digits.PixelCount)
            throw new FormatException($"weights file '{weightsPath}' takes {inputs} inputs; expected {Digits.PixelCount}, one per pixel of a 5x5 digit");

        double[] scores = Network.FeedForward(network, pixels)[^1];
        stdout.WriteLine(Digits.Draw(pixels));
        stdout.WriteLine($"Predicted class: {Network.ArgMax(scores)}");
        stdout.WriteLine($"Outputs ({outputs}):");
        for (int i = 0; i < scores.Length; i++)
            stdout.WriteLine($"  {i}: {scores[i].ToString("F6", CultureInfo.InvariantCulture)}");
        return 0;
    }

    // A value naming an existing file is read from it; anything else is the drawing itself.
    static double[] ReadDigit(string text)
    {
        string drawing = File.Exists(text) ? File.ReadAllText(text) : text;
        try { return Digits.Parse(drawing); }
        catch (FormatException e)
        {
            string source = File.Exists(text) ? $"the digit in '{text}'" : "--digit";
            throw new UsageException($"predict: {source}: {e.Message}");
        }
    }
}
