using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace NeuralScratch.Cli;

/// <summary>
/// <c>neuralscratch train</c>: the walkthrough's run (seed 42, 10000 epochs, 5 hidden neurons,
/// its own backprop), or a variation; prints the loss and every prediction, writes the weights.
/// </summary>
public static class TrainCommand
{
    public static Command Create(Invocation io)
    {
        var seed = Options.WholeNumber("--seed", 42, 0, int.MaxValue, "random.seed(N) for the starting weights");
        var epochs = Options.WholeNumber("--epochs", 10000, 0, 10_000_000, "passes over the 10 digits");
        var hidden = Options.WholeNumber("--hidden", 5, 1, 1000, "hidden neurons");
        var learningRate = Options.Positive("--learning-rate", 1, "RATE", "step size, above 0");
        var backprop = Options.Choice("--backprop", "walkthrough", ["walkthrough", "gradient"], "the walkthrough's backprop, or the true gradient's");
        var output = Options.Text("--out", "FILE", "where the weights go, as JSON", fallback: "weights.json");
        var command = new Command("train", "Trains the walkthrough's network, prints the loss and every prediction, writes the weights.")
        {
            seed, epochs, hidden, learningRate, backprop, output,
        };
        command.SetAction(result => Run(io, result.GetValue(seed), result.GetValue(epochs), result.GetValue(hidden), result.GetValue(learningRate),
            result.GetValue(backprop) == "walkthrough" ? BackpropKind.AsWritten : BackpropKind.TrueGradient, result.GetValue(output)!));
        return command;
    }

    static int Run(Invocation io, int seed, int epochs, int hidden, double learningRate, BackpropKind backprop, string outPath)
    {
        TextWriter stdout = io.Out;
        stdout.WriteLine($"Training a 25-{hidden}-10 network: seed {seed}, {epochs} epochs, " +
                         $"{(backprop == BackpropKind.AsWritten ? "the walkthrough's backprop" : "true-gradient backprop")}, learning rate {Format(learningRate)}");
        double[][][] network = Initialization.Walkthrough(seed, hidden);
        var clock = Stopwatch.StartNew();
        TrainingResult result = Progress.Show(io, progress =>
        {
            progress.Start("training", epochs, "epochs");
            int lastTenth = -1;
            return Training.Train(network, Digits.Inputs(), Digits.Targets(), epochs, new TrainingOptions
            {
                Backprop = backprop,
                LearningRate = learningRate,
                AfterEpoch = (epoch, loss) =>
                {
                    progress.Report(epoch, () => $"loss {loss:F4}");
                    int tenth = epochs == 0 ? 10 : (int)((long)epoch * 10 / epochs);
                    if (tenth != lastTenth) progress.Line($"{epoch}/{epochs} epochs loss {loss:F4}"); // a line every tenth of the way
                    lastTenth = tenth;
                },
                Cancellation = io.Cancel,
            });
        });
        clock.Stop();

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
