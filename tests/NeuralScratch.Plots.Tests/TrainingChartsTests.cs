using System.Text.Json;

namespace NeuralScratch.Plots.Tests;

public class TrainingChartsTests
{
    static readonly TrainingHistory History =
        TrainingHistory.Train(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 200);

    [Fact]
    public void The_loss_curve_is_every_epochs_loss_on_a_log_axis()
    {
        var figure = new Figure(TrainingCharts.LossCurve(History.Result));

        JsonElement trace = Assert.Single(figure.Traces);
        Assert.Equal(History.Result.Losses, trace.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Equal(Enumerable.Range(0, 201), trace.GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal("log", figure.Layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void The_slider_shows_one_snapshots_neurons_at_a_time_starting_from_the_last()
    {
        var figure = new Figure(TrainingCharts.HiddenLayerOverTraining(History));
        int snapshots = History.Snapshots.Count, neurons = 5;

        JsonElement[] traces = figure.Traces;
        Assert.Equal(neurons * snapshots, traces.Length);
        // Trace n·snapshots + s is neuron n at snapshot s.
        for (int n = 0; n < neurons; n++)
            for (int s = 0; s < snapshots; s++)
                Assert.Equal(PixelGrid.Rows(History.Snapshots[s].Network[0][n]), Figure.Z(traces[n * snapshots + s]));
        Assert.Equal(Enumerable.Range(0, traces.Length).Select(t => t % snapshots == snapshots - 1),
            traces.Select(t => t.GetProperty("visible").GetBoolean()));

        JsonElement slider = Assert.Single(figure.Layout.GetProperty("sliders").EnumerateArray());
        JsonElement[] steps = slider.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(History.Snapshots.Select(s => $"{s.Epoch}"), steps.Select(step => step.GetProperty("label").GetString()));
        for (int s = 0; s < snapshots; s++)
        {
            var visible = steps[s].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()).ToArray();
            Assert.Equal(Enumerable.Range(0, traces.Length).Where(t => t % snapshots == s), Enumerable.Range(0, traces.Length).Where(t => visible[t]));
        }
    }

    [Fact]
    public void The_small_multiples_are_one_row_per_chosen_epoch()
    {
        var figure = new Figure(TrainingCharts.HiddenLayerAtEpochs(History));

        int[] epochs = TrainingCharts.DefaultSmallMultipleEpochs(History);
        Assert.Equal([0, 100, 200], epochs); // 0, 100, the middle and the end of a 200-epoch run
        Assert.Equal(epochs.Length * 5, figure.Traces.Length);
        for (int row = 0; row < epochs.Length; row++)
        {
            Assert.Equal(PixelGrid.Rows(History.At(epochs[row]).Network[0][2]), Figure.Z(figure.Traces[row * 5 + 2]));
            string axis = row == 0 ? "yaxis" : $"yaxis{row * 5 + 1}";
            Assert.Equal($"epoch {epochs[row]}", figure.Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString());
        }
    }
}

public class SmallMultipleEpochsTests
{
    [Fact]
    public void For_the_walkthroughs_run_they_are_0_100_1000_the_middle_and_the_end()
    {
        double[][][] network = Initialization.Walkthrough(42);
        var snapshots = TrainingHistory.DefaultSnapshotEpochs(10_000).Select(e => new WeightSnapshot(e, 0, network)).ToArray();
        var history = new TrainingHistory(new TrainingResult(new double[10_001]), snapshots);

        Assert.Equal([0, 100, 1000, 5000, 10_000], TrainingCharts.DefaultSmallMultipleEpochs(history));
    }
}
