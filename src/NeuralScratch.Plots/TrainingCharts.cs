using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>Training as it happens: the loss falling, and the hidden neurons' weights taking shape.</summary>
public static class TrainingCharts
{
    /// <summary>
    /// The loss after each epoch (epoch 0 is before training), on a log scale: the fall from
    /// about 80 to below 1 would otherwise be a cliff and a flat line.
    /// </summary>
    public static GenericChart LossCurve(TrainingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        int[] epochs = Enumerable.Range(0, result.Losses.Length).ToArray();
        return Chart.Line<int, double, string>(x: epochs, y: result.Losses, Name: "loss", LineColor: Color.fromString("#1f4e79"))
            .WithTraceAttribute("hovertemplate", "epoch %{x}: loss %{y:.4g}<extra></extra>")
            .WithAxisAttribute("yaxis", "type", "log")
            .WithAxisAttribute("yaxis", "title", new { text = "sum of squared errors (log scale)" })
            .WithAxisAttribute("xaxis", "title", new { text = "epoch" })
            .WithLayoutAttribute("showlegend", false)
            .Styled($"Loss during training: {ChartStyle.Number(result.Losses[0])} before, {ChartStyle.Number(result.FinalLoss)} after {result.Epochs} epochs", 720, 420);
    }

    /// <summary>
    /// The hidden neurons' weights at each snapshot, with a slider over the epochs. All snapshots
    /// share one colour range, so a cell darkening as you slide is a weight growing.
    /// </summary>
    public static GenericChart HiddenLayerOverTraining(TrainingHistory history, bool signed = true)
    {
        IReadOnlyList<WeightSnapshot> snapshots = CheckSnapshots(history);
        int count = snapshots.Count, neurons = WeightCharts.HiddenLayerWeights(snapshots[0].Network).Length;
        double[][][] layers = snapshots.Select(s => s.Network[0]).ToArray();

        // Neuron n's subplot holds one heatmap per snapshot; the slider shows one snapshot's.
        var perNeuron = Enumerable.Range(0, neurons).Select(n =>
            Chart.Combine(layers.Select(layer => NeuronHeatmap(layer[n], signed))));
        double[] pixelWeights = layers.SelectMany(layer => layer.SelectMany(w => w.Take(Digits.PixelCount))).ToArray();
        int columns = WeightCharts.Columns(neurons), rows = WeightCharts.Rows(neurons);
        GenericChart chart = Chart.Grid(perNeuron, rows, columns,
                SubPlotTitles: Enumerable.Range(0, neurons).Select(n => $"hidden neuron {n}").ToArray(), XGap: 0.15, YGap: 0.25)
            .AsImages(subplots: neurons)
            .WithLayoutAttribute("coloraxis", signed
                ? ColorAxes.Signed(ColorAxes.MaxAbs(pixelWeights), "w")
                : ColorAxes.Binary(pixelWeights.Min(Math.Abs), pixelWeights.Max(Math.Abs), "|w|"));

        // Traces run neuron by neuron, each neuron's snapshots in order: trace n·count + s.
        var traces = GenericChart.getTraces(chart).ToArray();
        for (int t = 0; t < traces.Length; t++) traces[t].SetProperty("visible", t % count == count - 1);
        var steps = snapshots.Select((snapshot, s) => new
        {
            label = $"{snapshot.Epoch}",
            method = "update",
            args = new object[]
            {
                new Dictionary<string, object> { ["visible"] = Enumerable.Range(0, traces.Length).Select(t => t % count == s).ToArray() },
                new Dictionary<string, object> { ["title.text"] = OverTrainingTitle(snapshot) },
            },
        });
        return chart
            .WithLayoutAttribute("sliders", new[] { new { active = count - 1, currentvalue = new { prefix = "epoch " }, pad = new { t = 40 }, steps } })
            .Styled(OverTrainingTitle(snapshots[^1]), 180 * columns + 150, 180 * rows + 220);
    }

    /// <summary>
    /// The hidden neurons' weights at a few epochs, one row per epoch: the slider chart for
    /// paper and slides. By default <see cref="DefaultSmallMultipleEpochs"/>.
    /// </summary>
    public static GenericChart HiddenLayerAtEpochs(TrainingHistory history, IEnumerable<int>? epochs = null, bool signed = true)
    {
        CheckSnapshots(history);
        WeightSnapshot[] chosen = (epochs ?? DefaultSmallMultipleEpochs(history)).Select(history.At).ToArray();
        int neurons = WeightCharts.HiddenLayerWeights(chosen[0].Network).Length;
        return WeightCharts.NeuronGrids(chosen.Select(s => s.Network[0]).ToArray(), signed,
                rowTitles: chosen.Select(s => $"epoch {s.Epoch}").ToArray())
            .Styled($"Hidden layer's weights during training{(signed ? " (red +, blue −)" : ": |w|")}",
                180 * WeightCharts.Columns(neurons) + 170, 165 * chosen.Length * WeightCharts.Rows(neurons) + 120);
    }

    /// <summary>
    /// 0, 100, 1000, 10000, ..., the middle of the run and its end, of the snapshots the history
    /// has: 0, 100, 1000, 5000, 10000 for the walkthrough's run.
    /// </summary>
    public static int[] DefaultSmallMultipleEpochs(TrainingHistory history)
    {
        var available = CheckSnapshots(history).Select(s => s.Epoch).ToHashSet();
        int last = history.Snapshots[^1].Epoch;
        var wanted = new List<int> { 0, last / 2, last };
        for (int epoch = 100; epoch < last; epoch *= 10) wanted.Add(epoch);
        return [.. new SortedSet<int>(wanted.Where(available.Contains))];
    }

    static GenericChart NeuronHeatmap(double[] weights, bool signed)
    {
        double[][] rows = PixelGrid.Rows(weights);
        return Heatmaps.Grid(signed ? rows : PixelGrid.Abs(rows), PixelGrid.HoverText(rows, "w"));
    }

    static string OverTrainingTitle(WeightSnapshot snapshot) =>
        $"Hidden layer's weights after {snapshot.Epoch} epochs (loss {ChartStyle.Number(snapshot.Loss)})";

    static IReadOnlyList<WeightSnapshot> CheckSnapshots(TrainingHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Snapshots.Count == 0)
            throw new ArgumentException("the training history has no snapshots; train with TrainingHistory.Train to take some");
        return history.Snapshots;
    }
}
