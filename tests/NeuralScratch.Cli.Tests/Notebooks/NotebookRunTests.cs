using PuppeteerSharp;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The fixture notebooks, run once in the real dotnet-interactive tool.</summary>
[Collection(EngineCollection.Name)]
public sealed class NotebookRunTests(FixtureRun fixture, HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    [Fact]
    public void A_broken_notebook_fails_the_run_naming_the_notebook_and_the_cell()
    {
        Assert.Equal(1, fixture.Run.ExitCode);
        var failure = Assert.Single(fixture.Run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.ipynb: cell 6 of 7 (code cell 3 of 4) failed:", failure);
        Assert.Contains("error CS0103: The name 'y' does not exist", failure);
    }

    [Fact]
    public void The_good_notebooks_still_run_and_are_written()
    {
        Assert.Contains("3 notebook(s): 2 ran, 1 failed", fixture.Run.Out);
        var good = fixture.ExecutedNotebook("good.ipynb");
        var outputs = CodeCells(good).Select(cell => cell["outputs"]!.AsArray()).ToList();
        Assert.Contains("<pre>6</pre>", Html(outputs[0][0]!));
        Assert.Equal("hello from the kernel\n", Text(outputs[1][0]!));
        Assert.Equal("stderr", (string?)outputs[1][1]!["name"]);
        Assert.Equal(new int?[] { 1, 2, 3, 4 }, CodeCells(good).Select(cell => (int?)cell["execution_count"]));
        Assert.Contains("<pre>False</pre>", Html(outputs[3][0]!)); // GCSettings.IsServerGC: the engine runs with the kit's EngineEnvironment
    }

    [Fact]
    public void A_failed_notebook_gets_a_partial_copy_up_to_the_failing_cell()
    {
        var cells = CodeCells(fixture.ExecutedNotebook("broken.ipynb"));
        Assert.Equal("2\n", Text(cells[1]["outputs"]![0]!));
        var error = Assert.Single(cells[2]["outputs"]!.AsArray())!;
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Contains("CS0103", (string?)error["evalue"]);
        Assert.Empty(cells[3]["outputs"]!.AsArray());
        Assert.Null((int?)cells[3]["execution_count"]);
    }

    [Theory]
    [InlineData("good.ipynb")]
    [InlineData("broken.ipynb")]
    [InlineData("chart.ipynb")]
    public void Executed_copies_are_valid_nbformat_4_5_with_the_metadata_VS_Code_writes(string name)
    {
        Assert.Empty(Nbformat.Problems(fixture.Executed(name)));
        var notebook = fixture.ExecutedNotebook(name);
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.All(CodeCells(notebook), cell => Assert.Equal("csharp", (string?)cell["metadata"]!["polyglot_notebook"]!["kernelName"]));
    }

    [Fact]
    public void A_chart_is_html_that_draws_with_the_inlined_plotly_js_and_loads_no_script_from_a_url()
    {
        var cells = CodeCells(fixture.ExecutedNotebook("chart.ipynb"));
        var html = cells.SelectMany(cell => cell["outputs"]!.AsArray()).Select(o => Html(o!)).Where(h => h.Length > 0).ToList();

        Assert.DoesNotContain(html, h => Regex.IsMatch(h, @"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase));
        Assert.Single(html, h => h.Contains("plotly.js v2.28.0"));
        var charts = cells.Skip(1).SelectMany(cell => cell["outputs"]!.AsArray()).Select(o => Html(o!)).ToList();
        Assert.Equal(2, charts.Count); // display(chart), then the chart as the cell's value
        Assert.All(charts, chart => Assert.Contains("Plotly.newPlot", chart));
        Assert.All(charts, chart => Assert.Contains("\"type\":\"heatmap\"", chart));
    }

    [Fact]
    public async Task The_executed_charts_draw_in_headless_chromium_with_no_network()
    {
        var outputs = CodeCells(fixture.ExecutedNotebook("chart.ipynb")).SelectMany(cell => cell["outputs"]!.AsArray());
        string page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
            + string.Join("\n", outputs.Select(o => Html(o!))) + "\n</body></html>";
        var requests = new List<string>();

        await using IPage opened = await chromium.Open(page, requests);
        // plotly.js is unpacked a moment after the page loads: wait for both charts and each heatmap's image layer.
        await opened.WaitForFunctionAsync("() => document.querySelectorAll('.plot-container.plotly').length === 2 && document.querySelectorAll('g.hm').length === 2",
            new WaitForFunctionOptions { Timeout = 30_000 });
        Assert.Empty(requests);
    }

    [Fact]
    public void Running_with_out_leaves_the_sources_as_they_were()
    {
        Assert.Equal(fixture.SourcesBefore, FixtureRun.SnapshotSources());
    }

    internal static List<JsonObject> CodeCells(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => (string?)c["cell_type"] == "code").ToList();

    internal static string Text(JsonNode output) => Join(output["text"]);

    internal static string Html(JsonNode output) => Join(output["data"]?["text/html"]);

    static string Join(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };
}
