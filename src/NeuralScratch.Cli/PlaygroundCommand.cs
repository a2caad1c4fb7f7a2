using NeuralScratch.Plots;

namespace NeuralScratch.Cli;

/// <summary><c>neuralscratch playground</c>: the draw-a-digit playground as one self-contained page.</summary>
public static class PlaygroundCommand
{
    public const string Usage =
        "neuralscratch playground [--weights weights.json | --seed 42 --epochs 10000] [--out playground.html]";

    public static int Run(string[] args, TextWriter stdout)
    {
        var options = Arguments.Parse("playground", args, ["--weights", "--seed", "--epochs", "--out"]);
        string? weightsPath = options.Text("--weights");
        if (weightsPath is not null && (options.Has("--seed") || options.Has("--epochs")))
            throw new UsageException("playground: --weights cannot go with --seed or --epochs; expected either a weights file or a seed and epochs to train");
        string outPath = options.Text("--out", "playground.html");

        double[][][] network;
        string source;
        if (weightsPath is not null)
        {
            network = WeightsFile.Load(weightsPath);
            source = $"the weights in {weightsPath}";
        }
        else
        {
            int seed = options.Int("--seed", 42, 0, int.MaxValue), epochs = options.Int("--epochs", 10000, 0, 10_000_000);
            network = Initialization.Walkthrough(seed);
            Training.Train(network, Digits.Inputs(), Digits.Targets(), epochs);
            source = $"the walkthrough's network, seed {seed}, after {epochs} epochs";
        }

        PlaygroundView playground = Playground.Digits(network); // checks the shape before anything is written
        AtomicFile.WriteAllText(outPath, playground.Page());
        stdout.WriteLine($"Wrote {outPath}: the playground for {source}; open it in a browser (it needs no network).");
        return 0;
    }
}
