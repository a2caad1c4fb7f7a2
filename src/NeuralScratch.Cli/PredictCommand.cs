using System.CommandLine;
using System.Globalization;

namespace NeuralScratch.Cli;

/// <summary><c>neuralscratch predict</c>: the class and the ten outputs for a digit drawn as text.</summary>
public static class PredictCommand
{
    public static Command Create(Invocation io)
    {
        var weights = Options.Text("--weights", "FILE", "a weights file written by `neuralscratch train`");
        var digit = new Option<double[]>("--digit")
        {
            Description = "the digit: five rows of five, # ink and . blank, separated by commas, or a FILE holding the five rows",
            HelpName = "\"#####,....#,#####,....#,#####\"|FILE",
            CustomParser = result => ReadDigit(result.Tokens[0].Value, result.AddError),
        };
        var command = new Command("predict", "Prints the class and the ten outputs of a trained network for a digit drawn as text.") { weights, digit };
        Options.Required(command, weights, "--weights is required; expected --weights FILE, a file written by `neuralscratch train`");
        Options.Required(command, digit, "--digit is required; expected --digit \"#####,....#,#####,....#,#####\" or --digit FILE");
        command.SetAction(result => Run(io.Out, result.GetValue(weights)!, result.GetValue(digit)!));
        return command;
    }

    static int Run(TextWriter stdout, string weightsPath, double[] pixels)
    {
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
    static double[] ReadDigit(string text, Action<string> error)
    {
        bool isFile = File.Exists(text);
        try { return Digits.Parse(isFile ? File.ReadAllText(text) : text); }
        catch (FormatException e)
        {
            error($"{(isFile ? $"the digit in '{text}'" : "--digit")}: {e.Message}");
            return [];
        }
    }
}
