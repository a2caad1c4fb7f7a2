using Plotly.NET;

namespace NeuralScratch.Plots;

/// <summary>The look every chart of the kit shares: white background, a title, a fixed size.</summary>
static class ChartStyle
{
    public static GenericChart Styled(this GenericChart chart, string title, int width, int height)
    {
        Config config = GenericChart.getConfig(chart);
        config.SetProperty("displaylogo", false);
        config.SetProperty("toImageButtonOptions", new { scale = 2 }); // the camera button saves a sharp PNG, as the command does
        return chart
            .WithLayoutAttribute("template", ChartTemplates.light)
            .WithLayoutAttribute("title", new { text = title, x = 0.5, xanchor = "center" })
            .WithLayoutAttribute("width", width)
            .WithLayoutAttribute("height", height)
            .WithLayoutAttribute("font", new { family = "Arial, Liberation Sans, Helvetica, sans-serif", size = 13 });
    }

    /// <summary>Numbers in titles and labels: invariant culture, at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 3) =>
        Math.Round(value, decimals).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
