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

/// <summary>One seed's training run: its loss after training (NaN if it diverged) and the class it picks for every digit.</summary>
/// <param name="TrainingPredictions">The class picked for each training digit 0..9.</param>
/// <param name="TestPredictions">The class picked for each of <see cref="Digits.Tests"/> (a 3, a 7 and an 8 drawn differently).</param>
public sealed record SeedRun(int Seed, double FinalLoss, int[] TrainingPredictions, int[] TestPredictions)
{
    public bool Diverged => double.IsNaN(FinalLoss);
    public bool LearnedAllTraining => !Diverged && Digits.Training.All(d => TrainingPredictions[d.Label] == d.Label);
    public bool TestRight(int t) => !Diverged && TestPredictions[t] == Digits.Tests[t].Label;
}

/// <summary>What one setting did over several seeds: every run, and how many seeds got each digit right.</summary>
public sealed record ExperimentResult(ExperimentSettings Settings, IReadOnlyList<SeedRun> Runs)
{
    public int Seeds => Runs.Count;
    public int SeedsDiverged => Runs.Count(r => r.Diverged);
    /// <summary>The final loss averaged over the seeds that did not diverge (NaN if all did).</summary>
    public double MeanFinalLoss => Runs.Where(r => !r.Diverged).Select(r => r.FinalLoss).DefaultIfEmpty(double.NaN).Average();
    public int SeedsWithAllTrainingRight => Runs.Count(r => r.LearnedAllTraining);
    /// <summary>For training digit d, how many seeds picked d.</summary>
    public int[] TrainingCorrectCounts => Digits.Training.Select(d => Runs.Count(r => !r.Diverged && r.TrainingPredictions[d.Label] == d.Label)).ToArray();
    /// <summary>For test digit t, how many seeds picked its label (3, 7, 8).</summary>
    public int[] TestCorrectCounts => Enumerable.Range(0, Digits.Tests.Count).Select(t => Runs.Count(r => r.TestRight(t))).ToArray();

    /// <summary>One line: the setting, then loss and counts, e.g. "… → loss 0.512 | all 10 training digits right 17/20 | tests right: 3: 12/20 7: 0/20 8: 15/20".</summary>
    public override string ToString() =>
        $"{Settings,-48} → loss {MeanFinalLoss,7:F3} | all 10 training digits right {SeedsWithAllTrainingRight,2}/{Seeds} | tests right: " +
        string.Join(" ", Digits.Tests.Zip(TestCorrectCounts, (digit, right) => $"{digit.Label}: {right,2}/{Seeds}")) +
        (SeedsDiverged > 0 ? $" | {SeedsDiverged} seeds diverged" : "");
}

/// <summary>Trains the digit network once per seed, on every core, and asks each run about every digit.</summary>
public static class Experiment
{
    /// <summary>
    /// Trains the digit network with <paramref name="settings"/> from seeds <paramref name="firstSeed"/>
    /// onwards (Python's generator: the default settings give <see cref="Initialization.Walkthrough"/>'s
    /// network for each seed), in parallel; the runs share nothing but the read-only digits.
    /// </summary>
    public static ExperimentResult Run(ExperimentSettings settings, int seeds = 20, int firstSeed = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (seeds < 1) throw new ArgumentOutOfRangeException(nameof(seeds), seeds, "expected at least 1 seed");
        if (firstSeed < 0) throw new ArgumentOutOfRangeException(nameof(firstSeed), firstSeed, "expected a seed of 0 or more");
        NetworkCheck.Epochs(settings.Epochs);
        NetworkCheck.LearningRate(settings.LearningRate);
        var runs = new SeedRun[seeds];
        Parallel.For(0, seeds, new ParallelOptions { CancellationToken = cancellation }, i => runs[i] = RunOne(settings, firstSeed + i));
        return new ExperimentResult(settings, runs);
    }

    /// <summary>One seed of <see cref="Run"/>, alone on the calling thread.</summary>
    public static SeedRun RunOne(ExperimentSettings settings, int seed)
    {
        double[][][] start = Initialization.Python(seed, settings.LayerSizes, settings.InitLow, settings.InitHigh);
        var (loss, predict) = start.Length == 2 ? TrainFast(start, settings) : TrainJagged(start, settings);
        return new SeedRun(seed, loss,
            Digits.Training.Select(d => double.IsNaN(loss) ? -1 : predict(d.Pixels)).ToArray(),
            Digits.Tests.Select(d => double.IsNaN(loss) ? -1 : predict(d.Pixels)).ToArray());
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
