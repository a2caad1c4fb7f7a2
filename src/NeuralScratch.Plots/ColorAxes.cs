namespace NeuralScratch.Plots;

/// <summary>
/// The kit's two colour scales, as plotly.js colour axes: every heatmap of a chart points at
/// the layout's <c>coloraxis</c>, so its cells share one range and one colour bar.
/// </summary>
static class ColorAxes
{
    /// <summary>
    /// matplotlib's <c>binary</c>: white for <paramref name="min"/>, black for <paramref name="max"/>.
    /// Plotly's Greys runs black to white, hence reversed.
    /// </summary>
    public static object Binary(double min, double max, string title, bool showScale = true) => new
    {
        colorscale = "Greys",
        reversescale = true,
        cmin = min,
        cmax = max > min ? max : min + 1, // one value everywhere: draw it white rather than break the scale
        showscale = showScale,
        colorbar = new { title = new { text = title } },
    };

    /// <summary>
    /// Blue for negative, white for zero, red for positive, from −<paramref name="maxAbs"/> to
    /// +<paramref name="maxAbs"/>, so white always means 0 and the strongest weight is the deepest colour.
    /// </summary>
    public static object Signed(double maxAbs, string title) => new
    {
        colorscale = new object[][] { [0, "#0571b0"], [0.25, "#92c5de"], [0.5, "#ffffff"], [0.75, "#f4a582"], [1, "#ca0020"] },
        cmin = -(maxAbs > 0 ? maxAbs : 1),
        cmax = maxAbs > 0 ? maxAbs : 1,
        colorbar = new { title = new { text = title } },
    };

    /// <summary>The largest |value|, for a signed scale.</summary>
    public static double MaxAbs(IEnumerable<double> values) => values.Select(Math.Abs).DefaultIfEmpty(0).Max();
}
