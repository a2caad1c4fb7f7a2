using NeuralScratch.Plots;
using Plotly.NET;

namespace NeuralScratch.Cli.Heatmaps;

/// <summary>
/// One chart the command writes: <see cref="Chart"/> for HTML, <see cref="ImageChart"/> for PNG and
/// SVG where a still picture needs a different layout (a slider cannot be printed).
/// </summary>
public sealed record HeatmapChart(string Name, string Title, GenericChart Chart, GenericChart? ImageChart = null)
{
    public GenericChart ForImages => ImageChart ?? Chart;
}

/// <summary>Every chart <c>heatmaps</c> writes, each named after what it shows.</summary>
public static class HeatmapCharts
{
    /// <summary>The charts of a network; with a training history also its loss curve and its weights over training.</summary>
    public static IReadOnlyList<HeatmapChart> For(double[][][] network, TrainingHistory? history)
    {
        int hidden = network[0].Length;
        var charts = new List<HeatmapChart>();
        for (int n = 0; n < hidden; n++)
        {
            charts.Add(new($"hidden-neuron-{n}-abs-weights", $"Hidden neuron {n}: |w| (the walkthrough's show_weights)", WeightCharts.ShowWeights(network, n)));
            charts.Add(new($"hidden-neuron-{n}-signed-weights", $"Hidden neuron {n}: signed weights", WeightCharts.SignedWeights(network, n)));
        }
        charts.Add(new("hidden-layer-abs-weights", "Hidden layer: |w| of every neuron", WeightCharts.HiddenLayer(network, signed: false)));
        charts.Add(new("hidden-layer-signed-weights", "Hidden layer: signed weights of every neuron", WeightCharts.HiddenLayer(network, signed: true)));
        charts.Add(new("output-layer-weights", "Output layer weights", WeightCharts.OutputLayer(network)));
        charts.Add(new("digits-with-predictions", "Digits and the network's predictions",
            DigitCharts.Digits(Digits.Training.Concat(Digits.Tests), network)));
        charts.Add(new("xor-network-output", "XOR network output over [0,1]x[0,1]", XorCharts.OutputOverUnitSquare(XorNetwork.Create())));
        if (history is not null)
        {
            charts.Add(new("loss-curve", "Loss during training", TrainingCharts.LossCurve(history.Result)));
            charts.Add(new("hidden-layer-over-training", "Hidden layer's weights during training",
                TrainingCharts.HiddenLayerOverTraining(history), TrainingCharts.HiddenLayerAtEpochs(history)));
        }
        return charts;
    }
}
