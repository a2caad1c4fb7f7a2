using System.Text.RegularExpressions;

namespace NeuralScratch.Plots.Tests;

public class ChartHtmlTests
{
    [Fact]
    public void A_page_carries_plotly_js_inside_and_loads_no_script_from_anywhere()
    {
        string page = ChartHtml.Page(WeightCharts.ShowWeights(TestNetwork.Neuron0()), "show weights");

        Assert.Contains(PlotlyJs.Source, page);
        Assert.Matches(@"^\d+\.\d+\.\d+$", PlotlyJs.Version);
        string[] scripts = Regex.Matches(page, "<script[^>]*>").Select(m => m.Value).ToArray();
        Assert.Equal(2, scripts.Length); // plotly.js, then the chart
        Assert.All(scripts, tag => Assert.DoesNotContain("src", tag));
        Assert.DoesNotMatch("<link[^>]*href", page);
    }

    [Fact]
    public void A_notebooks_plotly_js_output_carries_plotly_js_gzip_compressed_to_under_half_its_size()
    {
        string output = ChartHtml.PlotlyJsOutput("plotlyjs");
        string base64 = Assert.Single(Regex.Matches(output, "atob\\(\"([A-Za-z0-9+/=]+)\"\\)")).Groups[1].Value;
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(Convert.FromBase64String(base64)), System.IO.Compression.CompressionMode.Decompress);
        using var unpacked = new StreamReader(gzip, System.Text.Encoding.UTF8);
        Assert.Equal(PlotlyJs.Source, unpacked.ReadToEnd());
        Assert.True(output.Length < PlotlyJs.Source.Length / 2, $"the output is {output.Length} characters; plotly.js is {PlotlyJs.Source.Length}");
        Assert.Contains($"plotly.js v{PlotlyJs.Version}", output);
    }

    [Fact]
    public void The_same_chart_gives_the_same_page_with_the_id_asked_for()
    {
        string first = ChartHtml.Page(WeightCharts.HiddenLayer(TestNetwork.Create()), "hidden layer", "hidden-layer");
        string second = ChartHtml.Page(WeightCharts.HiddenLayer(TestNetwork.Create()), "hidden layer", "hidden-layer");

        Assert.Equal(first, second);
        Assert.Contains($"<div id=\"hidden-layer\"><p>{System.Net.WebUtility.HtmlEncode(ChartHtml.ScriptDidNotRun)}</p></div>", first);
        Assert.Contains("document.getElementById(\"hidden-layer\")", first); // the script draws into that div
    }

    [Fact]
    public void Text_that_looks_like_html_cannot_end_the_script_early()
    {
        string page = ChartHtml.Page(DigitCharts.Digit(Digits.Training[0].Pixels, "</script><script>alert(1)</script>"), "<b>title</b>");

        Assert.Equal(2, Regex.Matches(page, "</script>").Count);
        Assert.Contains("<title>&lt;b&gt;title&lt;/b&gt;</title>", page);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("quote\"")]
    public void An_id_that_html_cannot_hold_is_refused(string id) =>
        Assert.Throws<ArgumentException>(() => ChartHtml.Div(WeightCharts.ShowWeights(TestNetwork.Neuron0()), id));
}
