using NeuralScratch.Experiments;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>Charts for the notebooks that go past the walkthrough: runs over epochs, seeds and noise.</summary>
public static class ExperimentCharts
{
    static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

    /// <summary>
    /// Each tracked digit's predicted class after every epoch, as steps. Only the epochs where a
    /// prediction changes are drawn, which is the same picture in far fewer points.
    /// </summary>
    public static GenericChart PredictionHistory(PredictionHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var traces = history.Digits.Select((digit, d) =>
        {
            int[] epochs = ChangePoints(history.Predictions.Select(p => p[d]).ToArray());
            int[] classes = epochs.Select(e => history.Predictions[e][d]).ToArray();
            return Chart.Line<int, int, string>(x: epochs, y: classes, Name: digit.Name)
                .WithTraceAttribute("line", new { shape = "hv", color = Colors[d % Colors.Length], width = 1.5 })
                .WithTraceAttribute("hovertemplate", $"{digit.Name}: %{{y}} from epoch %{{x}}<extra></extra>");
        });
        return Chart.Combine(traces)
            .WithAxisAttribute("xaxis", "title", new { text = "epoch" })
            .WithAxisAttribute("yaxis", "title", new { text = "predicted class" })
            .WithAxisAttribute("yaxis", "dtick", 1)
            .WithAxisAttribute("yaxis", "range", new[] { -0.5, 9.5 })
            .Styled("What the network predicts for each test digit, epoch by epoch", 760, 420);
    }

    /// <summary>For each training digit and each test digit, how many of the sweep's seeds got it right.</summary>
    public static GenericChart SeedSweep(ExperimentResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        string[] names = [.. Digits.Training.Select(d => d.Name), .. Digits.Tests.Select(d => d.Name)];
        int[] counts = [.. sweep.TrainingCorrectCounts, .. sweep.TestCorrectCounts];
        string[] colors = names.Select((_, i) => i < Digits.Training.Count ? "#1f4e79" : "#d62728").ToArray();
        return Chart.Column<int, string, string>(values: counts, Keys: names)
            .WithTraceAttribute("marker", new { color = colors }) // one colour per bar
            .WithTraceAttribute("hovertemplate", $"%{{x}}: right in %{{y}} of {sweep.Runs.Count} seeds<extra></extra>")
            .WithAxisAttribute("yaxis", "title", new { text = $"seeds right (of {sweep.Runs.Count})" })
            .WithAxisAttribute("yaxis", "range", new[] { 0, sweep.Runs.Count })
            .Styled($"How often each digit is right over {sweep.Runs.Count} seeds (training digits blue, test digits red)", 820, 420);
    }

    /// <summary>The share of noisy training digits still predicted right, against the pixels flipped.</summary>
    public static GenericChart NoiseCurve(IReadOnlyList<NoisePoint> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return Chart.Line<int, double, string>(x: curve.Select(p => p.Flips), y: curve.Select(p => 100 * p.Accuracy), ShowMarkers: true, Name: "accuracy", LineColor: Color.fromString("#1f4e79"))
            .WithTraceAttribute("hovertemplate", "%{x} pixels flipped: %{y:.1f}% right<extra></extra>")
            .WithAxisAttribute("xaxis", "title", new { text = "pixels flipped (of 25)" })
            .WithAxisAttribute("yaxis", "title", new { text = "training digits right (%)" })
            .WithAxisAttribute("yaxis", "range", new[] { 0, 100 })
            .Styled("Accuracy as random pixels are flipped", 640, 400);
    }

    /// <summary>
    /// How far training moved each pixel's weights (the largest change over the hidden neurons):
    /// white cells moved not at all — the pixels no training digit inks.
    /// </summary>
    public static GenericChart WeightChange(double[][][] before, double[][][] after)
    {
        double[][] start = WeightCharts.HiddenLayerWeights(before), end = WeightCharts.HiddenLayerWeights(after);
        if (start.Length != end.Length) throw new ArgumentException($"the networks have {start.Length} and {end.Length} hidden neurons; expected the same network before and after training");
        double[] change = Enumerable.Range(0, Digits.PixelCount).Select(p => start.Zip(end).Max(n => Math.Abs(n.Second[p] - n.First[p]))).ToArray();
        double[][] rows = PixelGrid.Rows(change);
        return Heatmaps.Grid(rows, PixelGrid.HoverText(rows, "largest |change|"))
            .WithTraceAttribute("texttemplate", "%{z:.2g}")
            .AsImages(subplots: 1)
            .WithLayoutAttribute("coloraxis", ColorAxes.Binary(0, change.Max(), "|change|"))
            .Styled("How far training moved each pixel's weights", 460, 440);
    }

    // The first epoch, each epoch where the value changes, and the last.
    static int[] ChangePoints(int[] values) =>
        Enumerable.Range(0, values.Length).Where(e => e == 0 || e == values.Length - 1 || values[e] != values[e - 1]).ToArray();
}
