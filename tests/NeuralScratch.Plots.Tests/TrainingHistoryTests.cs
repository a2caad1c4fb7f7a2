namespace NeuralScratch.Plots.Tests;

public class TrainingHistoryTests
{
    [Fact]
    public void Snapshots_are_the_weights_a_run_of_that_many_epochs_ends_with()
    {
        double[][][] network = Initialization.Walkthrough(5);
        double[][][] start = NeuralScratch.Network.Clone(network);

        TrainingHistory history = TrainingHistory.Train(network, Digits.Inputs(), Digits.Targets(), 30, snapshotEpochs: [0, 7, 30]);

        Assert.Equal([0, 7, 30], history.Snapshots.Select(s => s.Epoch));
        foreach (WeightSnapshot snapshot in history.Snapshots)
        {
            double[][][] alone = NeuralScratch.Network.Clone(start);
            Training.Train(alone, Digits.Inputs(), Digits.Targets(), snapshot.Epoch);
            Assert.Equal(alone, snapshot.Network);
            Assert.Equal(history.Result.Losses[snapshot.Epoch], snapshot.Loss);
        }
        Assert.Equal(network, history.Snapshots[^1].Network); // trained in place, like Training.Train
        Assert.NotSame(network, history.Snapshots[^1].Network); // but the snapshot is a copy
    }

    [Fact]
    public void The_callers_own_after_epoch_callback_still_runs()
    {
        var seen = new List<int>();
        TrainingHistory.Train(Initialization.Walkthrough(1), Digits.Inputs(), Digits.Targets(), 4,
            options: new TrainingOptions { AfterEpoch = (epoch, _) => seen.Add(epoch) });
        Assert.Equal([1, 2, 3, 4], seen);
    }

    [Fact]
    public void Default_snapshots_are_dense_early_then_every_tenth_of_the_run()
    {
        int[] epochs = TrainingHistory.DefaultSnapshotEpochs(10_000);

        Assert.Equal([0, 1, 2, 5, 10, 20, 50, 100, 200, 500], epochs.Take(10));
        Assert.Equal(Enumerable.Range(1, 10).Select(k => k * 1000), epochs.Skip(10));
        Assert.Equal([0, 1, 2, 3], TrainingHistory.DefaultSnapshotEpochs(3));
        Assert.Equal([0], TrainingHistory.DefaultSnapshotEpochs(0));
    }

    [Fact]
    public void Snapshot_epochs_beyond_the_run_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            TrainingHistory.Train(Initialization.Walkthrough(1), Digits.Inputs(), Digits.Targets(), 10, snapshotEpochs: [0, 11]));
        Assert.Contains("expected epochs from 0 to 10", error.Message);
    }

    [Fact]
    public void Asking_for_an_epoch_without_a_snapshot_lists_those_there_are()
    {
        TrainingHistory history = TrainingHistory.Train(Initialization.Walkthrough(1), Digits.Inputs(), Digits.Targets(), 3, snapshotEpochs: [0, 3]);
        var error = Assert.Throws<ArgumentException>(() => history.At(2));
        Assert.Contains("snapshots were taken at epochs 0, 3", error.Message);
    }
}
