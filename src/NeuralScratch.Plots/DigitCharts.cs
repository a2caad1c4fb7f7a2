using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>The 5x5 digits as black-and-white images, with what the network says each one is.</summary>
public static class DigitCharts
{
    /// <summary>One digit as a 5x5 image; with a network, the title also gives its prediction.</summary>
    public static GenericChart Digit(Digit digit, double[][][]? network = null)
    {
        ArgumentNullException.ThrowIfNull(digit);
        return Digit(digit.Pixels, network is null ? $"{digit.Name} ({digit.Label})" : $"{digit.Name} ({digit.Label}): {Prediction(digit, network)}");
    }

    /// <summary>25 pixels, row by row, as a 5x5 image: ink black, blank white.</summary>
    public static GenericChart Digit(double[] pixels, string title) =>
        PixelImage(pixels)
            .AsImages(subplots: 1, showIndices: false)
            .WithLayoutAttribute("coloraxis", ColorAxes.Binary(0, 1, "ink", showScale: false))
            .Styled(title, 300, 320);

    /// <summary>
    /// Many digits side by side, <paramref name="columns"/> to a row, each titled with its name
    /// and, with a network, what the network predicts ("(wrong)" when that is not its label).
    /// </summary>
    public static GenericChart Digits(IEnumerable<Digit> digits, double[][][]? network = null, int columns = 5, string? title = null)
    {
        Digit[] all = digits?.ToArray() ?? throw new ArgumentNullException(nameof(digits));
        if (all.Length == 0) throw new ArgumentException("expected at least one digit to draw");
        if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), columns, "expected 1 or more columns");
        columns = Math.Min(columns, all.Length); // three digits make one row of three, not of five
        int rows = (all.Length + columns - 1) / columns, slots = rows * columns;
        var charts = Enumerable.Range(0, slots).Select(i => i < all.Length ? PixelImage(all[i].Pixels) : Chart.Invisible()).ToArray();
        string[] titles = Enumerable.Range(0, slots).Select(i => i >= all.Length ? ""
            : network is null ? $"{all[i].Name} ({all[i].Label})" : $"{all[i].Name}<br>{Prediction(all[i], network)}").ToArray();
        GenericChart grid = Chart.Grid(charts, rows, columns, SubPlotTitles: titles, XGap: 0.2, YGap: 0.35)
            .AsImages(subplots: slots, showIndices: false)
            .WithLayoutAttribute("coloraxis", ColorAxes.Binary(0, 1, "ink", showScale: false));
        for (int i = all.Length; i < slots; i++)
            grid = grid.WithAxisAttribute(PlotlyAttributes.AxisName('x', i + 1), "visible", false)
                       .WithAxisAttribute(PlotlyAttributes.AxisName('y', i + 1), "visible", false);
        return grid.Styled(title ?? (network is null ? "Digits" : "Digits and what the network predicts"), 150 * columns + 60, 175 * rows + 90);
    }

    /// <summary>"predicted 3", or "predicted 4 (wrong)" when the network's pick is not the digit's label.</summary>
    public static string Prediction(Digit digit, double[][][] network)
    {
        int predicted = Network.Predict(network, digit.Pixels);
        return predicted == digit.Label ? $"predicted {predicted}" : $"predicted {predicted} (wrong)";
    }

    static GenericChart PixelImage(double[] pixels)
    {
        double[][] rows = PixelGrid.Rows(pixels);
        return Heatmaps.Grid(rows, PixelGrid.HoverText(rows, "ink"));
    }
}
