using NeuralScratch.Fast;

namespace NeuralScratch.Experiments;

/// <summary>One seed's training run.</summary>
/// <param name="TrainingCorrect">For each training digit 0..9, whether the trained network picks it.</param>
/// <param name="TestPredictions">The class picked for each of <see cref="Digits.Tests"/> (a 3, a 7 and an 8 drawn differently).</param>
/// <param name="FinalLoss">Sum of squared errors over the ten training digits after the last epoch.</param>
public sealed record SeedRun(int Seed, bool[] TrainingCorrect, int[] TestPredictions, double FinalLoss)
{
    public bool LearnedAllTraining => TrainingCorrect.All(correct => correct);
}

/// <summary>A sweep over seeds: every run, and for each digit how many seeds got it right.</summary>
/// <param name="Runs">One run per seed, in seed order.</param>
/// <param name="TrainingCorrectCounts">For training digit d, how many seeds picked d.</param>
/// <param name="TestCorrectCounts">For test digit i, how many seeds picked its label (3, 7, 8).</param>
public sealed record SeedSweepResult(IReadOnlyList<SeedRun> Runs, int[] TrainingCorrectCounts, int[] TestCorrectCounts, int Epochs, BackpropKind Backprop, double LearningRate);

/// <summary>Trains the walkthrough's network once per seed, on every core, with the fast trainer.</summary>
public static class SeedSweep
{
    /// <summary>
    /// For each seed from <paramref name="firstSeed"/> to <paramref name="lastSeed"/>: the
    /// walkthrough's network for that seed (<see cref="Initialization.Walkthrough"/>), trained on
    /// the ten training digits, then asked about the training and test digits. Seeds run in
    /// parallel; each run is the same computation as training the jagged network alone.
    /// </summary>
    public static SeedSweepResult Run(int firstSeed, int lastSeed, int epochs = 10000, BackpropKind backprop = BackpropKind.AsWritten,
        double learningRate = 1, int hidden = 5, FastPath? path = null, CancellationToken cancellation = default)
    {
        if (lastSeed < firstSeed)
            throw new ArgumentException($"the last seed ({lastSeed}) is below the first ({firstSeed}); expected first <= last");
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "the number of epochs must be 0 or more");
        if (!double.IsFinite(learningRate) || learningRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the learning rate must be a finite number above 0");
        var samples = FastSamples.Walkthrough();
        var runs = new SeedRun[lastSeed - firstSeed + 1];
        // Each seed builds its own network, so the runs share nothing but the read-only samples.
        Parallel.For(0, runs.Length, new ParallelOptions { CancellationToken = cancellation }, i =>
            runs[i] = Train(firstSeed + i, samples, epochs, backprop, learningRate, hidden, path ?? FastPaths.Best));

        int[] trainingCounts = Enumerable.Range(0, Digits.ClassCount).Select(d => runs.Count(r => r.TrainingCorrect[d])).ToArray();
        int[] testCounts = Enumerable.Range(0, Digits.Tests.Count).Select(t => runs.Count(r => r.TestPredictions[t] == Digits.Tests[t].Label)).ToArray();
        return new SeedSweepResult(runs, trainingCounts, testCounts, epochs, backprop, learningRate);
    }

    /// <summary>One seed of the sweep, alone on the calling thread.</summary>
    public static SeedRun RunOne(int seed, int epochs = 10000, BackpropKind backprop = BackpropKind.AsWritten,
        double learningRate = 1, int hidden = 5, FastPath? path = null) =>
        Train(seed, FastSamples.Walkthrough(), epochs, backprop, learningRate, hidden, path ?? FastPaths.Best);

    /// <summary>Train on the ten training digits, then predict every training and test digit.</summary>
    static SeedRun Train(int seed, FastSamples samples, int epochs, BackpropKind backprop, double learningRate, int hidden, FastPath path)
    {
        var network = FastNetwork.From(Initialization.Walkthrough(seed, hidden), path);
        FastTrainer.Train(network, samples, epochs, backprop, learningRate);
        bool[] trainingCorrect = Digits.Training.Select(d => network.Predict(d.Pixels) == d.Label).ToArray();
        int[] testPredictions = Digits.Tests.Select(d => network.Predict(d.Pixels)).ToArray();
        return new SeedRun(seed, trainingCorrect, testPredictions, network.Loss(samples));
    }
}
