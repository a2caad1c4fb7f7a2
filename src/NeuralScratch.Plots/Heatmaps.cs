using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralScratch.Plots;

/// <summary>5x5 grids as heatmaps drawn like images: row 0 on top, square cells.</summary>
static class Heatmaps
{
    /// <summary>One grid, coloured by the chart's shared colour axis, with <paramref name="hoverText"/> per cell.</summary>
    public static GenericChart Grid(double[][] z, string[][] hoverText) =>
        // The 1-pixel gaps also make plotly.js draw the cells at full size: without gaps it draws a
        // 5x5-pixel image stretched by CSS, which SVG viewers that ignore that CSS show blurred.
        Chart.Heatmap<double, int, int, string>(zData: z, XGap: 1, YGap: 1)
            .WithTraceAttribute("coloraxis", "coloraxis")
            .WithTraceAttribute("text", hoverText)
            .WithTraceAttribute("hovertemplate", "%{text}<extra></extra>");

    /// <summary>
    /// Makes every cell square and numbers rows and columns 0 to 4 (or hides the numbers), in
    /// subplots <paramref name="first"/> to <paramref name="subplots"/> (the ones before are other charts).
    /// </summary>
    public static GenericChart AsImages(this GenericChart chart, int subplots, bool showIndices = true, int first = 1)
    {
        for (int k = first; k <= subplots; k++)
        {
            string x = PlotlyAttributes.AxisName('x', k), y = PlotlyAttributes.AxisName('y', k);
            chart = chart
                .WithAxisAttribute(y, "autorange", "reversed") // image orientation: row 0 at the top
                .WithAxisAttribute(y, "scaleanchor", PlotlyAttributes.AxisReference('x', k)) // one y unit as long as one x unit
                .WithAxisAttribute(x, "constrain", "domain")
                .WithAxisAttribute(y, "constrain", "domain");
            foreach (string axis in new[] { x, y })
                chart = chart
                    .WithAxisAttribute(axis, "dtick", 1)
                    .WithAxisAttribute(axis, "showgrid", false)
                    .WithAxisAttribute(axis, "zeroline", false)
                    .WithAxisAttribute(axis, "mirror", true) // a frame on all four sides
                    .WithAxisAttribute(axis, "showticklabels", showIndices)
                    .WithAxisAttribute(axis, "ticks", showIndices ? "outside" : "");
        }
        return chart;
    }
}
