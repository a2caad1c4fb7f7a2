using NeuralScratch.Experiments;

namespace NeuralScratch.Plots;

/// <summary>A copy of the network's weights after <see cref="Epoch"/> epochs, and the loss then.</summary>
public sealed record WeightSnapshot(int Epoch, double Loss, double[][][] Network);

/// <summary>A training run with copies of the weights taken along the way, to draw learning as it happens.</summary>
public sealed record TrainingHistory(TrainingResult Result, IReadOnlyList<WeightSnapshot> Snapshots)
{
    /// <summary>
    /// Trains exactly as <see cref="Training.Train"/> does (in place) and keeps a copy of the
    /// network after each epoch in <paramref name="snapshotEpochs"/> (0 is before training);
    /// by default <see cref="DefaultSnapshotEpochs"/>.
    /// </summary>
    public static TrainingHistory Train(double[][][] network, double[][] inputs, double[][] targets, int epochs,
        IEnumerable<int>? snapshotEpochs = null, TrainingOptions? options = null)
    {
        var wanted = new SortedSet<int>(snapshotEpochs ?? DefaultSnapshotEpochs(epochs));
        if (wanted.Count > 0 && (wanted.Min < 0 || wanted.Max > epochs))
            throw new ArgumentOutOfRangeException(nameof(snapshotEpochs), $"snapshot epochs run from {wanted.Min} to {wanted.Max}; expected epochs from 0 to {epochs}");

        var recorder = new EpochRecorder<double[][][]>(network, Network.Clone, wanted.Contains); // copies: training changes the network in place
        TrainingResult result = recorder.Train(inputs, targets, epochs, options);
        return new TrainingHistory(result, recorder.Values.Select(v => new WeightSnapshot(v.Epoch, result.Losses[v.Epoch], v.Value)).ToArray());
    }

    /// <summary>
    /// 0, then 1, 2, 5, 10, 20, 50, ... while below a tenth of the run, then every tenth of the run:
    /// 0, 1, 2, 5, ..., 500, 1000, 2000, ..., 10000 for 10000 epochs. Most change comes early.
    /// </summary>
    public static int[] DefaultSnapshotEpochs(int epochs)
    {
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "the number of epochs must be 0 or more");
        var set = new SortedSet<int> { 0 };
        int tenth = epochs / 10;
        for (int scale = 1; scale < tenth; scale *= 10)
            foreach (int step in new[] { 1, 2, 5 })
                if (step * scale < tenth) set.Add(step * scale);
        for (int k = 1; k <= 10; k++) set.Add((int)((long)epochs * k / 10));
        return [.. set];
    }

    /// <summary>The snapshot taken after <paramref name="epoch"/> epochs.</summary>
    public WeightSnapshot At(int epoch) =>
        Snapshots.FirstOrDefault(s => s.Epoch == epoch)
        ?? throw new ArgumentException($"no snapshot at epoch {epoch}; snapshots were taken at epochs {string.Join(", ", Snapshots.Select(s => s.Epoch))}");
}
