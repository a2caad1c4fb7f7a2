using System.CommandLine;
using NeuralScratch.Plots;

namespace NeuralScratch.Cli;

/// <summary><c>neuralscratch playground</c>: the draw-a-digit playground as one self-contained page.</summary>
public static class PlaygroundCommand
{
    public static Command Create(Invocation io)
    {
        var weights = Options.Text("--weights", "FILE", "draw the network in a weights file (as `train --out` writes)");
        var seed = Options.WholeNumber("--seed", 42, 0, int.MaxValue, "or train the walkthrough's network from random.seed(N)");
        var epochs = Options.WholeNumber("--epochs", 10000, 0, 10_000_000, "for N epochs");
        var output = Options.Text("--out", "FILE", "the page to write", fallback: "playground.html");
        var command = new Command("playground", "Writes the draw-a-digit playground as one self-contained page (it needs no network).")
        {
            weights, seed, epochs, output,
        };
        Options.Exclusive(command, weights, [seed, epochs],
            "--weights cannot go with --seed or --epochs; expected either a weights file or a seed and epochs to train");
        command.SetAction(result => Run(io, result.GetValue(weights), result.GetValue(seed), result.GetValue(epochs), result.GetValue(output)!));
        return command;
    }

    static int Run(Invocation io, string? weightsPath, int seed, int epochs, string outPath)
    {
        double[][][] network;
        string source;
        if (weightsPath is not null)
        {
            network = WeightsFile.Load(weightsPath);
            source = $"the weights in {weightsPath}";
        }
        else
        {
            network = Initialization.Walkthrough(seed);
            Training.Train(network, Digits.Inputs(), Digits.Targets(), epochs, new TrainingOptions { Cancellation = io.Cancel });
            source = $"the walkthrough's network, seed {seed}, after {epochs} epochs";
        }

        PlaygroundView playground = Playground.Digits(network); // checks the shape before anything is written
        AtomicFile.WriteAllText(outPath, playground.Page());
        io.Out.WriteLine($"Wrote {outPath}: the playground for {source}; open it in a browser (it needs no network).");
        return 0;
    }
}
