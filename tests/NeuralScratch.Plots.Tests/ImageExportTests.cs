namespace NeuralScratch.Plots.Tests;

public class ImageExportTests
{
    [Fact]
    public void Plotly_draws_png_at_twice_the_chart_size_and_svg_at_the_chart_size_dark_where_abs_w_is_large()
    {
        NamedChart[] charts =
        [
            new("show-weights", WeightCharts.ShowWeights(TestNetwork.Neuron0())),
            new("digit", DigitCharts.Digit(Digits.Training[1])),
        ];

        IReadOnlyList<ChartImage> images = ImageExport.Render(charts, [ImageFormat.Png, ImageFormat.Svg], Chromium.Path);

        Assert.Equal(["show-weights png", "show-weights svg", "digit png", "digit svg"],
            images.Select(i => $"{i.Name} {i.Format.ToString().ToLowerInvariant()}"));
        Image png = Png.Decode(images[0].Bytes);
        Assert.Equal((880, 840), (png.Width, png.Height)); // ShowWeights is 440x420, drawn at scale 2
        HeatmapCells.AssertDarkWhereAbsWeightIsLarge(png);

        var svg = new Svg(images[1].Bytes);
        Assert.Equal((440, 420), svg.Size);
        Assert.Contains("|w| of each pixel's weight", svg.Texts);
        double[,] cells = Svg.CellLuminance(Assert.Single(svg.HeatmapImages));
        for (int pixel = 0; pixel < 25; pixel++)
            Assert.True(TestNetwork.StrongPixels.Contains(pixel) ? cells[pixel / 5, pixel % 5] < 60 : cells[pixel / 5, pixel % 5] > 200,
                $"pixel {pixel}: luminance {cells[pixel / 5, pixel % 5]:F0} in the SVG's heatmap");

        // The digit one: its ink is the middle column, black; the rest white.
        double[,] digit = Svg.CellLuminance(Assert.Single(new Svg(images[3].Bytes).HeatmapImages));
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 5; c++)
                Assert.True(c == 2 ? digit[r, c] < 30 : digit[r, c] > 225, $"digit one, row {r}, column {c}: luminance {digit[r, c]:F0}");
    }

    [Fact]
    public void Two_charts_with_one_name_are_refused_before_any_browser_starts()
    {
        NamedChart chart = new("same", DigitCharts.Digit(Digits.Training[0]));
        var error = Assert.Throws<ArgumentException>(() => ImageExport.Render([chart, chart], [ImageFormat.Png], "/no/browser/needed"));
        Assert.Contains("two charts are named \"same\"", error.Message);
    }

    [Fact]
    public void A_chart_plotly_could_not_draw_is_named_in_the_error()
    {
        NamedChart[] charts = [new("broken", DigitCharts.Digit(Digits.Training[0]))];
        string log = "[1:2:INFO:CONSOLE(9)] \"NEURALSCRATCH-RESULTS:{\"broken\":{\"error\":\"Error: boom\"}}:NEURALSCRATCH-END\", source: file:///x (9)";

        var error = Assert.Throws<InvalidOperationException>(() => ImageExport.ParseResults(log, charts, [ImageFormat.Png]));
        Assert.Equal("plotly.js could not draw chart 'broken': Error: boom", error.Message);
    }

    [Fact]
    public void A_page_that_never_finished_says_so()
    {
        NamedChart[] charts = [new("c", DigitCharts.Digit(Digits.Training[0]))];
        var error = Assert.Throws<InvalidOperationException>(() => ImageExport.ParseResults("[INFO:CONSOLE] \"NEURALSCRATCH-ERROR Uncaught ReferenceError: Plotly is not defined\"", charts, [ImageFormat.Png]));
        Assert.Contains("Plotly is not defined", error.Message);
    }
}
