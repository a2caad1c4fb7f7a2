using Plotly.NET;

namespace NeuralScratch.Plots.Tests;

public class LiveTrainingTests
{
    [Fact]
    public void Training_live_trains_as_Training_Train_does_and_its_last_frame_shows_the_end()
    {
        double[][][] live = Initialization.Walkthrough(42), plain = Initialization.Walkthrough(42);
        var frames = new List<GenericChart>();

        TrainingResult shown = LiveTraining.Train(live, Digits.Inputs(), Digits.Targets(), 300, LiveTraining.Digits, frames.Add, null, TimeSpan.Zero);
        TrainingResult expected = Training.Train(plain, Digits.Inputs(), Digits.Targets(), 300);

        Assert.Equal(expected.Losses, shown.Losses);
        Assert.Equal(plain, live);
        Assert.True(frames.Count > 2);
        Assert.StartsWith("Epoch 300 of 300 · loss", new Figure(frames[^1]).Title);
    }

    [Fact]
    public void In_slow_motion_a_frame_follows_every_so_many_epochs()
    {
        var frames = new List<GenericChart>();
        double[][] xorTargets = [[0], [1], [1], [0]];

        LiveTraining.Train(Initialization.Python(0, [2, 2, 1], -1, 1), XorNetwork.Inputs, xorTargets, 1000, LiveTraining.Xor, frames.Add,
            new TrainingOptions { Backprop = BackpropKind.TrueGradient }, every: null, everyEpochs: 250);

        // the start, epochs 250, 500 and 750, and the end
        Assert.Equal(["Epoch 0 of 1000", "Epoch 250 of 1000", "Epoch 500 of 1000", "Epoch 750 of 1000", "Epoch 1000 of 1000"],
            frames.Select(f => new Figure(f).Title.Split(" · ")[0]));
    }

    [Fact]
    public void Cancelling_stops_after_the_epoch_under_way_and_the_network_keeps_what_it_learned()
    {
        double[][][] network = Initialization.Walkthrough(42);
        double before = Loss.SumOfSquaredErrors(network, Digits.Inputs(), Digits.Targets());
        using var stop = new CancellationTokenSource();
        var frames = new List<GenericChart>();

        TrainingResult result = LiveTraining.Train(network, Digits.Inputs(), Digits.Targets(), 1_000_000, LiveTraining.Digits, frame =>
        {
            frames.Add(frame);
            if (frames.Count == 3) stop.Cancel();
        }, new TrainingOptions { Cancellation = stop.Token }, TimeSpan.Zero);

        Assert.InRange(result.Epochs, 1, 999_999);
        Assert.Equal(result.FinalLoss, Loss.SumOfSquaredErrors(network, Digits.Inputs(), Digits.Targets()));
        Assert.True(result.FinalLoss < before);
        Assert.Contains("(interrupted: the network keeps these weights)", new Figure(frames[^1]).Title);
    }

    [Fact]
    public void Outside_a_notebook_training_live_says_what_it_needs()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LiveTraining.Train(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 1));

        Assert.Equal("LiveTraining.Train draws in a notebook: run the notebook's first cell (it loads the library), or pass a show action", error.Message);
    }
}
