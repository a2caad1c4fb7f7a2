using NeuralScratch.Fast;

namespace NeuralScratch.Experiments;

/// <summary>One variation of the walkthrough's training. The defaults are the walkthrough's own.</summary>
public sealed record ExperimentSettings
{
    /// <summary>Hidden neurons (one hidden layer); ignored when <see cref="HiddenLayers"/> is set.</summary>
    public int Hidden { get; init; } = 5;
    /// <summary>Sizes of several hidden layers, e.g. [10, 10]; needs the true-gradient backprop.</summary>
    public int[]? HiddenLayers { get; init; }
    public double LearningRate { get; init; } = 1;
    /// <summary>Starting weights are drawn uniformly from [InitLow, InitHigh).</summary>
    public double InitLow { get; init; } = 0;
    public double InitHigh { get; init; } = 1;
    public int Epochs { get; init; } = 10000;
    public BackpropKind Backprop { get; init; } = BackpropKind.AsWritten;

    /// <summary>Layer sizes, inputs first: [25, hidden..., 10].</summary>
    public int[] LayerSizes => [Digits.PixelCount, .. HiddenLayers ?? [Hidden], Digits.ClassCount];

    public override string ToString() =>
        $"{string.Join("-", LayerSizes)}, rate {LearningRate}, init [{InitLow}, {InitHigh}), {Epochs} epochs{(Backprop == BackpropKind.AsWritten ? "" : ", true gradient")}";
}

/// <summary>What one setting did over several seeds.</summary>
public sealed record ExperimentResult(
    ExperimentSettings Settings,
    int Seeds,
    double MeanFinalLoss,
    int SeedsWithAllTrainingRight,
    IReadOnlyList<(Digit Digit, int SeedsRight)> TestDigitsRight,
    int SeedsDiverged)
{
    /// <summary>One line: the setting, then loss and counts, e.g. "… → loss 0.512 | all 10 training digits right 17/20 | tests right: 3: 12/20 7: 0/20 8: 15/20".</summary>
    public override string ToString() =>
        $"{Settings,-48} → loss {MeanFinalLoss,7:F3} | all 10 training digits right {SeedsWithAllTrainingRight,2}/{Seeds} | tests right: " +
        string.Join(" ", TestDigitsRight.Select(t => $"{t.Digit.Label}: {t.SeedsRight,2}/{Seeds}")) +
        (SeedsDiverged > 0 ? $" | {SeedsDiverged} seeds diverged" : "");
}

public static class Experiment
{
    /// <summary>
    /// Trains the digit network with <paramref name="settings"/> from seeds 0 .. seeds − 1
    /// (Python's generator), on every core, and counts what each run got right.
    /// </summary>
    public static ExperimentResult Run(ExperimentSettings settings, int seeds = 20)
    {
        if (seeds < 1) throw new ArgumentOutOfRangeException(nameof(seeds), seeds, "expected at least 1 seed");
        var runs = new (double Loss, bool AllTrainingRight, bool[] TestRight)[seeds];
        Parallel.For(0, seeds, seed => runs[seed] = RunOnce(settings, seed));
        return new ExperimentResult(
            settings,
            seeds,
            runs.Where(r => !double.IsNaN(r.Loss)).Select(r => r.Loss).DefaultIfEmpty(double.NaN).Average(),
            runs.Count(r => r.AllTrainingRight),
            Digits.Tests.Select((digit, i) => (digit, runs.Count(r => r.TestRight[i]))).ToArray(),
            runs.Count(r => double.IsNaN(r.Loss)));
    }

    static (double, bool, bool[]) RunOnce(ExperimentSettings settings, int seed)
    {
        double[][][] start = Initialization.Python(seed, settings.LayerSizes, settings.InitLow, settings.InitHigh);
        var (loss, predict) = start.Length == 2 ? TrainFast(start, settings) : TrainJagged(start, settings);
        if (double.IsNaN(loss)) return (double.NaN, false, new bool[Digits.Tests.Count]); // diverged: counted, not thrown
        bool allTrainingRight = Digits.Training.All(d => predict(d.Pixels) == d.Label);
        bool[] testRight = Digits.Tests.Select(d => predict(d.Pixels) == d.Label).ToArray();
        return (loss, allTrainingRight, testRight);
    }

    /// <summary>
    /// One hidden layer: the fast trainer, which gives Training.Train's weights bit for bit in a
    /// fraction of the time. A run that diverged ends with a NaN loss (NaN weights stay NaN).
    /// </summary>
    static (double Loss, Func<double[], int> Predict) TrainFast(double[][][] start, ExperimentSettings settings)
    {
        var network = FastNetwork.From(start);
        var samples = FastSamples.Walkthrough();
        FastTrainer.Train(network, samples, settings.Epochs, settings.Backprop, settings.LearningRate);
        return (network.Loss(samples), pixels => network.Predict(pixels));
    }

    /// <summary>Deeper networks: the jagged trainer, which reports divergence by throwing.</summary>
    static (double Loss, Func<double[], int> Predict) TrainJagged(double[][][] network, ExperimentSettings settings)
    {
        try
        {
            TrainingResult result = Training.Train(network, Digits.Inputs(), Digits.Targets(), settings.Epochs,
                new TrainingOptions { Backprop = settings.Backprop, LearningRate = settings.LearningRate });
            return (result.FinalLoss, pixels => Network.Predict(network, pixels));
        }
        catch (ArithmeticException)
        {
            return (double.NaN, _ => -1);
        }
    }
}
