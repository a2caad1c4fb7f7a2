using NeuralScratch.Experiments;

namespace NeuralScratch.Plots.Tests;

public class ExperimentChartsTests
{
    [Fact]
    public void Prediction_history_draws_each_digits_predictions_at_the_epochs_they_change()
    {
        PredictionHistory history = PredictionHistory.Track(Initialization.Walkthrough(42), Digits.Tests, 300);
        var figure = new Figure(ExperimentCharts.PredictionHistory(history));

        Assert.Equal(Digits.Tests.Select(d => d.Name), figure.Traces.Select(t => t.GetProperty("name").GetString()));
        for (int d = 0; d < Digits.Tests.Count; d++)
        {
            int[] epochs = figure.Traces[d].GetProperty("x").EnumerateArray().Select(x => x.GetInt32()).ToArray();
            int[] classes = figure.Traces[d].GetProperty("y").EnumerateArray().Select(y => y.GetInt32()).ToArray();
            Assert.Equal(0, epochs[0]);
            Assert.Equal(300, epochs[^1]);
            // Drawn as steps: between two drawn epochs the prediction is the earlier one's.
            for (int i = 0; i + 1 < epochs.Length; i++)
                for (int e = epochs[i]; e < epochs[i + 1]; e++)
                    Assert.Equal(classes[i], history.Predictions[e][d]);
        }
    }

    [Fact]
    public void Seed_sweep_bars_are_the_sweeps_counts()
    {
        ExperimentResult sweep = Experiment.Run(new ExperimentSettings { Epochs = 200 }, seeds: 4);
        var figure = new Figure(ExperimentCharts.SeedSweep(sweep));
        int[] bars = Assert.Single(figure.Traces).GetProperty("y").EnumerateArray().Select(y => y.GetInt32()).ToArray();
        Assert.Equal([.. sweep.TrainingCorrectCounts, .. sweep.TestCorrectCounts], bars);
    }

    [Fact]
    public void Weight_change_is_zero_exactly_at_the_pixels_no_training_digit_uses()
    {
        double[][][] start = Initialization.Walkthrough(42), trained = Network.Clone(start);
        Training.Train(trained, Digits.Inputs(), Digits.Targets(), 50);
        double[] change = Figure.Z(Assert.Single(new Figure(ExperimentCharts.WeightChange(start, trained)).Traces)).SelectMany(r => r).ToArray();
        Assert.Equal(PixelUse.UnusedByTraining(), Enumerable.Range(0, 25).Where(p => change[p] == 0));
    }

    [Fact]
    public void Noise_curve_plots_accuracy_in_percent()
    {
        NoisePoint[] curve = [new(0, 1.0), new(1, 0.5), new(2, 0.25)];
        var trace = Assert.Single(new Figure(ExperimentCharts.NoiseCurve(curve)).Traces);
        Assert.Equal([100.0, 50.0, 25.0], trace.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
    }
}
