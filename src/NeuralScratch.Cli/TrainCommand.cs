using System.Diagnostics;
using System.Globalization;

namespace NeuralScratch.Cli;

/// <summary>
/// <c>neuralscratch train</c>: the walkthrough's run (seed 42, 10000 epochs, 5 hidden neurons,
/// its own backprop), or a variation; prints the loss and every prediction, writes the weights.
/// </summary>
public static class TrainCommand
{
    public const string Usage =
        "neuralscratch train [--seed 42] [--epochs 10000] [--hidden 5] [--learning-rate 1] [--backprop walkthrough|gradient] [--out weights.json]";

    public static int Run(string[] args, TextWriter stdout, bool isTerminal, CancellationToken cancel = default)
    {
        var options = Arguments.Parse("train", args, ["--seed", "--epochs", "--hidden", "--learning-rate", "--backprop", "--out"]);
        int seed = options.Int("--seed", 42, 0, int.MaxValue);
        int epochs = options.Int("--epochs", 10000, 0, 10_000_000);
        int hidden = options.Int("--hidden", 5, 1, 1000);
        double learningRate = options.Positive("--learning-rate", 1);
        BackpropKind backprop = options.Choice("--backprop", "walkthrough", "walkthrough", "gradient") == "walkthrough"
            ? BackpropKind.AsWritten : BackpropKind.TrueGradient;
        string outPath = options.Text("--out", "weights.json");

        stdout.WriteLine($"Training a 25-{hidden}-10 network: seed {seed}, {epochs} epochs, " +
                         $"{(backprop == BackpropKind.AsWritten ? "the walkthrough's backprop" : "true-gradient backprop")}, learning rate {Format(learningRate)}");
        double[][][] network = Initialization.Walkthrough(seed, hidden);
        var progress = new ProgressBar(stdout, isTerminal, epochs, "epochs");
        var clock = Stopwatch.StartNew();
        TrainingResult result = Training.Train(network, Digits.Inputs(), Digits.Targets(), epochs, new TrainingOptions
        {
            Backprop = backprop,
            LearningRate = learningRate,
            AfterEpoch = (epoch, loss) => progress.Report(epoch, $"loss {loss:F4}"),
            Cancellation = cancel,
        });
        clock.Stop();
        progress.Finish();

        stdout.WriteLine($"Trained in {clock.Elapsed.TotalSeconds:F3} s. Loss (sum of squared errors over the 10 digits): {Format(result.Losses[0])} before, {Format(result.FinalLoss)} after.");
        PrintPredictions(stdout, network);
        WeightsFile.Save(network, outPath);
        stdout.WriteLine($"Weights written to {outPath}");
        return 0;
    }

    static void PrintPredictions(TextWriter stdout, double[][][] network)
    {
        int right = Digits.Training.Count(d => Network.Predict(network, d.Pixels) == d.Label);
        stdout.WriteLine($"Training digits ({right} of 10 right):");
        foreach (Digit digit in Digits.Training)
        {
            int predicted = Network.Predict(network, digit.Pixels);
            stdout.WriteLine($"  {digit.Name,-6} -> {predicted}{(predicted == digit.Label ? "" : "   (wrong)")}");
        }
        stdout.WriteLine("Test digits, drawn differently:");
        foreach (Digit digit in Digits.Tests)
            stdout.WriteLine($"  {digit.Name,-16} {Digits.Draw(digit.Pixels).ReplaceLineEndings(",")} -> {Network.Predict(network, digit.Pixels)}");
    }

    static string Format(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
