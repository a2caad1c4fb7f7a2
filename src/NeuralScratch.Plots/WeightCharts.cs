using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>What the network learned, drawn: each hidden neuron's 25 pixel weights as a 5x5 image, and the output layer's weights.</summary>
public static class WeightCharts
{
    /// <summary>
    /// A 5x5 grid of numbers drawn as matplotlib's <c>imshow(grid, cmap='binary')</c> draws it:
    /// white for the smallest value, black for the largest, row 0 on top. Notebook 01's
    /// <c>ShowWeights</c> computes the grid (|w|, five rows of five) and calls this to draw it.
    /// </summary>
    public static GenericChart Image(double[][] grid, string title, string valueName = "value")
    {
        CheckFiveByFive(grid);
        double[] cells = grid.SelectMany(row => row).ToArray();
        return Heatmaps.Grid(grid, PixelGrid.HoverText(grid, valueName))
            .AsImages(subplots: 1)
            .WithLayoutAttribute("coloraxis", ColorAxes.Binary(cells.Min(), cells.Max(), valueName))
            .Styled(title, 440, 420);
    }

    /// <summary>
    /// The walkthrough's <c>show_weights</c>: |w| of one neuron's pixel weights on a 5x5 grid
    /// (see <see cref="Image"/>). The bias (a hidden neuron's 26th weight) is left out. |w| hides
    /// the sign: see <see cref="SignedWeights(double[], string?)"/>.
    /// </summary>
    public static GenericChart ShowWeights(double[] weights, string? title = null) =>
        Image(PixelGrid.Abs(PixelGrid.Rows(weights)), title ?? "|w| of each pixel's weight", "|w|");

    /// <summary><see cref="ShowWeights(double[], string?)"/> for hidden neuron <paramref name="neuron"/> of the network.</summary>
    public static GenericChart ShowWeights(double[][][] network, int neuron) =>
        ShowWeights(HiddenNeuron(network, neuron), $"Hidden neuron {neuron}: |w| of each pixel's weight");

    /// <summary>
    /// One neuron's pixel weights with their sign: red pulls the neuron's output up when the pixel
    /// is inked, blue pulls it down, white is no effect. The scale is symmetric about zero.
    /// </summary>
    public static GenericChart SignedWeights(double[] weights, string? title = null)
    {
        double[][] rows = PixelGrid.Rows(weights);
        return Heatmaps.Grid(rows, PixelGrid.HoverText(rows, "w"))
            .AsImages(subplots: 1)
            .WithLayoutAttribute("coloraxis", ColorAxes.Signed(ColorAxes.MaxAbs(rows.SelectMany(r => r)), "w"))
            .Styled(title ?? "Each pixel's weight (red +, blue −)", 440, 420);
    }

    /// <summary><see cref="SignedWeights(double[], string?)"/> for hidden neuron <paramref name="neuron"/> of the network.</summary>
    public static GenericChart SignedWeights(double[][][] network, int neuron) =>
        SignedWeights(HiddenNeuron(network, neuron), $"Hidden neuron {neuron}: each pixel's weight (red +, blue −)");

    /// <summary>
    /// Every hidden neuron side by side on one shared colour range, so a darker cell means a
    /// stronger weight whichever neuron it is in. Signed (red/blue) by default, or |w| in black and white.
    /// </summary>
    public static GenericChart HiddenLayer(double[][][] network, bool signed = true)
    {
        double[][] hidden = HiddenLayerWeights(network);
        string title = signed ? "Hidden layer: each neuron's pixel weights (red +, blue −)" : "Hidden layer: |w| of each neuron's pixel weights";
        return NeuronGrids([hidden], signed, rowTitles: null).Styled(title, 180 * Columns(hidden.Length) + 150, 180 * Rows(hidden.Length) + 130);
    }

    /// <summary>
    /// The output layer as a table of colours: row d holds digit d's weights, one per hidden unit
    /// and the bias last, red positive, blue negative, each cell labelled with its value.
    /// </summary>
    public static GenericChart OutputLayer(double[][][] network)
    {
        NetworkCheck.Shape(network);
        double[][] output = network[^1];
        int inputs = output[0].Length - 1;
        string[] columns = [.. Enumerable.Range(0, inputs).Select(i => $"h{i}"), "bias"];
        string[] rows = Enumerable.Range(0, output.Length).Select(d => $"{d}").ToArray();
        string[][] hover = output.Select((neuron, d) => neuron.Select((w, i) =>
            $"output {d} ← {columns[i]}: w = {ChartStyle.Number(w)}").ToArray()).ToArray();
        return Chart.Heatmap<double, string, string, string>(zData: output, X: columns, Y: rows, XGap: 1, YGap: 1, ReverseYAxis: true)
            .WithTraceAttribute("coloraxis", "coloraxis")
            .WithTraceAttribute("texttemplate", "%{z:.1f}") // each cell shows its weight
            .WithTraceAttribute("text", hover)
            .WithTraceAttribute("hovertemplate", "%{text}<extra></extra>")
            .WithLayoutAttribute("coloraxis", ColorAxes.Signed(ColorAxes.MaxAbs(output.SelectMany(n => n)), "w"))
            .WithAxisAttribute("xaxis", "title", new { text = "from hidden unit (bias last)" })
            .WithAxisAttribute("yaxis", "title", new { text = "to output (digit)" })
            .WithAxisAttribute("yaxis", "dtick", 1) // a label on every row
            .Styled("Output layer: weight from each hidden unit to each digit's output", 120 + 70 * columns.Length + 100, 560);
    }

    /// <summary>
    /// Rows of neuron heatmaps on one colour axis: <paramref name="layers"/>[r][n] is neuron n's
    /// 26 weights in row r (one row per snapshot, or one row for now).
    /// </summary>
    internal static GenericChart NeuronGrids(double[][][] layers, bool signed, string[]? rowTitles)
    {
        int neurons = layers[0].Length, columns = Columns(neurons), slots = columns * Rows(neurons);
        var charts = new List<GenericChart>();
        foreach (double[][] layer in layers)
            for (int n = 0; n < slots; n++)
            {
                if (n >= neurons) { charts.Add(Chart.Invisible()); continue; } // an empty place in the last row
                double[][] rows = PixelGrid.Rows(layer[n]);
                charts.Add(Heatmaps.Grid(signed ? rows : PixelGrid.Abs(rows), PixelGrid.HoverText(rows, "w")));
            }
        double[] pixelWeights = layers.SelectMany(layer => layer.SelectMany(n => n.Take(Digits.PixelCount))).ToArray();
        object colorAxis = signed
            ? ColorAxes.Signed(ColorAxes.MaxAbs(pixelWeights), "w")
            : ColorAxes.Binary(pixelWeights.Min(Math.Abs), pixelWeights.Max(Math.Abs), "|w|");
        string[] titles = Enumerable.Range(0, slots).Select(n => n < neurons ? $"hidden neuron {n}" : "").ToArray();
        GenericChart grid = Chart.Grid(charts, layers.Length * Rows(neurons), columns, SubPlotTitles: titles, XGap: 0.15, YGap: 0.25)
            .AsImages(subplots: charts.Count)
            .WithLayoutAttribute("coloraxis", colorAxis);
        for (int slot = 0; slot < charts.Count; slot++)
            if (slot % slots >= neurons)
                grid = grid.WithAxisAttribute(PlotlyAttributes.AxisName('x', slot + 1), "visible", false)
                           .WithAxisAttribute(PlotlyAttributes.AxisName('y', slot + 1), "visible", false);
        if (rowTitles is not null)
            for (int r = 0; r < layers.Length; r++)
                grid = grid.WithAxisAttribute(PlotlyAttributes.AxisName('y', r * slots + 1), "title", new { text = rowTitles[r] });
        return grid;
    }

    /// <summary>Hidden neurons per row of a grid: up to five side by side.</summary>
    internal static int Columns(int neurons) => Math.Min(neurons, 5);

    internal static int Rows(int neurons) => (neurons + 4) / 5;

    /// <summary>The first layer's neurons, checked to be 25 pixel weights and a bias each.</summary>
    internal static double[][] HiddenLayerWeights(double[][][] network)
    {
        NetworkCheck.Shape(network);
        int weights = network[0][0].Length;
        if (weights != Digits.PixelCount + 1)
            throw new ArgumentException($"the first layer's neurons have {weights} weights; a 5x5 weight image needs 26 (25 pixels, then the bias)");
        return network[0];
    }

    static void CheckFiveByFive(double[][] grid)
    {
        const string expected = "expected 5 rows of 5 numbers, one per pixel";
        if (grid is null || grid.Length != PixelGrid.Size)
            throw new ArgumentException($"the grid has {grid?.Length.ToString() ?? "no"} rows; {expected}");
        for (int r = 0; r < grid.Length; r++)
        {
            if (grid[r] is null || grid[r].Length != PixelGrid.Size)
                throw new ArgumentException($"row {r} of the grid has {grid[r]?.Length ?? 0} numbers; {expected}");
            if (grid[r].Any(v => !double.IsFinite(v)))
                throw new ArgumentException($"row {r} of the grid holds {grid[r].First(v => !double.IsFinite(v))}; {expected} (finite)");
        }
    }

    static double[] HiddenNeuron(double[][][] network, int neuron)
    {
        double[][] hidden = HiddenLayerWeights(network);
        if (neuron < 0 || neuron >= hidden.Length)
            throw new ArgumentOutOfRangeException(nameof(neuron), neuron, $"expected a hidden neuron from 0 to {hidden.Length - 1}");
        return hidden[neuron];
    }
}
