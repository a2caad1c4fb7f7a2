using System.Text.Json;
using NeuralScratch.Experiments;
using Plotly.NET;
using PuppeteerSharp;

namespace NeuralScratch.Plots.Tests;

/// <summary>
/// Every kind of chart the kit draws, shown as a notebook shows it (<see cref="ChartHtml.Div"/> after the
/// notebook's plotly.js output) in columns of a notebook's widths, in headless Chromium with no network:
/// each fits its column with its colour bar in view; and where scripts do not run (an untrusted notebook)
/// each says so in a visible line instead of leaving a blank, as the playground does.
/// </summary>
public sealed class ChartsInAColumnTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    /// <summary>The classic Jupyter Notebook's output column (978 px), and narrower ones such as a VS Code pane's.</summary>
    public static readonly TheoryData<int> Columns = [978, 700, 500];

    /// <summary>Each chart kind, its id in the page, and whether it has a colour bar.</summary>
    static readonly Lazy<(string Id, GenericChart Chart, bool ColourBar)[]> Charts = new(() =>
    {
        double[][][] network = TestNetwork.Create();
        TrainingHistory history = TrainingHistory.Train(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 200);
        var moment = new TrainingMoment(network, history.Result.Losses, 200, Interrupted: false);
        return
        [
            ("show-weights", WeightCharts.ShowWeights(network, 0), true),
            ("signed-weights", WeightCharts.SignedWeights(network, 0), true),
            ("hidden-layer", WeightCharts.HiddenLayer(network), true),
            ("hidden-layer-abs", WeightCharts.HiddenLayer(network, signed: false), true),
            ("output-layer", WeightCharts.OutputLayer(network), true),
            ("loss-curve", TrainingCharts.LossCurve(history.Result), false),
            ("over-training", TrainingCharts.HiddenLayerOverTraining(history), true),
            ("at-epochs", TrainingCharts.HiddenLayerAtEpochs(history), true),
            ("digit", DigitCharts.Digit(Digits.Tests[0], network), false),
            ("digits", DigitCharts.Digits(Digits.Training.Concat(Digits.Tests), network), false),
            ("xor", XorCharts.OutputOverUnitSquare(XorNetwork.Create()), true),
            ("prediction-history", ExperimentCharts.PredictionHistory(PredictionHistory.Track(Initialization.Walkthrough(42), Digits.Tests, 50)), false),
            ("seed-sweep", ExperimentCharts.SeedSweep(Experiment.Run(new ExperimentSettings { Epochs = 20 }, seeds: 2)), false),
            ("noise-curve", ExperimentCharts.NoiseCurve(Noise.AccuracyCurve(network, maxFlips: 3, draws: 5)), false),
            ("weight-change", ExperimentCharts.WeightChange(Initialization.Walkthrough(42), network), true),
            ("live-digits", LiveTraining.Digits(moment), true),
            ("live-xor", LiveTraining.Xor(moment with { Network = XorNetwork.Create() }), true),
        ];
    });

    /// <summary>A page as a notebook is: the first cell's plotly.js output, then each chart's output, in a column <paramref name="width"/> px wide.</summary>
    static string Notebook(int width) =>
        $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"margin:0\"><div id=\"column\" style=\"width:{width}px\">\n"
        + ChartHtml.PlotlyJsOutput("plotlyjs-output") + "\n"
        + string.Concat(Charts.Value.Select(c => $"<div class=\"output\">{ChartHtml.Div(c.Chart, c.Id)}</div>\n"))
        + Playground.Digits(TestNetwork.Create()).Html
        + "</div></body></html>\n";

    sealed record Box(double Left, double Right, double Width, double Height);

    sealed record Drawn(Box Column, Box Plot, Box[] ColourBars, string Text);

    static async Task<Drawn> Measure(IPage page, string id)
    {
        string json = await page.EvaluateFunctionAsync<string>("""
            id => {
              const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width, height: r.height }; };
              const chart = document.getElementById(id);
              const plot = chart.querySelector(".main-svg");
              return JSON.stringify({
                column: box(document.getElementById("column")),
                plot: plot ? box(plot) : { left: 0, right: 0, width: 0, height: 0 },
                colourBars: Array.from(chart.querySelectorAll(".colorbar")).map(box),
                text: chart.innerText,
              });
            }
            """, id);
        return JsonSerializer.Deserialize<Drawn>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task Every_chart_fits_the_column_with_its_colour_bar_in_view(int width)
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Notebook(width), requests, width: width + 200);
        foreach (var (id, _, colourBar) in Charts.Value)
        {
            await page.WaitForSelectorAsync($"#{id} .main-svg", new WaitForSelectorOptions { Timeout = 30_000 });
            Drawn drawn = await Measure(page, id);
            Assert.True(drawn.Plot.Width > 100 && drawn.Plot.Height > 100, $"{id} at {width} px: drawn {drawn.Plot.Width} x {drawn.Plot.Height}");
            Assert.True(drawn.Plot.Right <= drawn.Column.Right + 0.5, $"{id} at {width} px: the chart reaches {drawn.Plot.Right} px, the column ends at {drawn.Column.Right}");
            if (!colourBar) continue;
            Box bar = Assert.Single(drawn.ColourBars);
            Assert.True(bar.Width > 10, $"{id} at {width} px: the colour bar is {bar.Width} px wide");
            Assert.True(bar.Right <= drawn.Column.Right + 0.5, $"{id} at {width} px: the colour bar ends at {bar.Right} px, past the column's {drawn.Column.Right}");
        }
        Assert.Empty(requests);
    }

    [Fact]
    public async Task A_chart_is_as_wide_as_it_was_made_where_the_column_has_room()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Notebook(1400), requests, width: 1500);
        await page.WaitForSelectorAsync("#hidden-layer .main-svg");
        Drawn drawn = await Measure(page, "hidden-layer");
        int made = new Figure(WeightCharts.HiddenLayer(TestNetwork.Create())).Layout.GetProperty("width").GetInt32();
        Assert.Equal(made, drawn.Plot.Width, 0.5);
    }

    [Fact]
    public async Task Where_scripts_do_not_run_every_chart_and_plotly_js_say_so_in_a_visible_line()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Notebook(978), requests, javaScript: false);
        string plotlyJs = await page.EvaluateExpressionAsync<string>("document.getElementById('plotlyjs-output').innerText");
        Assert.Equal(ChartHtml.PlotlyJsDidNotRun, plotlyJs.Trim());
        Assert.Contains(Playground.ScriptDidNotRun, await page.EvaluateExpressionAsync<string>("document.querySelector('.neuralscratch-playground').innerText"));
        foreach (var (id, _, _) in Charts.Value)
        {
            Drawn drawn = await Measure(page, id);
            Assert.Equal(ChartHtml.ScriptDidNotRun, drawn.Text.Trim());
            Assert.Equal(0, drawn.Plot.Width);
        }
    }

    [Fact]
    public async Task A_browser_that_cannot_unpack_plotly_js_says_so_in_the_plotly_js_line()
    {
        var requests = new List<string>();
        string withoutDecompression = Notebook(978).Replace("<body style=\"margin:0\">", "<body style=\"margin:0\"><script>window.DecompressionStream = undefined;</script>");
        await using IPage page = await chromium.Open(withoutDecompression, requests);
        string line = await page.EvaluateExpressionAsync<string>("document.getElementById('plotlyjs-output').innerText");
        Assert.Equal(ChartHtml.CannotUnpackPlotlyJs, line.Trim());
        Assert.Empty(requests);
    }

    [Fact]
    public async Task Where_plotly_js_cannot_run_after_unpacking_the_plotly_js_line_says_so_with_the_error()
    {
        var requests = new List<string>();
        // A page that ignores added scripts, as a strict content security policy would.
        string blocked = Notebook(978).Replace("<body style=\"margin:0\">", "<body style=\"margin:0\"><script>document.head.appendChild = function (node) { return node; };</script>");
        await using IPage page = await chromium.Open(blocked, requests);
        await page.WaitForFunctionAsync($"() => document.getElementById('plotlyjs-output').innerText.startsWith({System.Text.Json.JsonSerializer.Serialize(ChartHtml.PlotlyJsFailed)})",
            new WaitForFunctionOptions { Timeout = 30_000 });
        string line = await page.EvaluateExpressionAsync<string>("document.getElementById('plotlyjs-output').innerText");
        Assert.Contains("did not set window.Plotly", line);
        Assert.Empty(requests);
    }

    [Fact]
    public async Task Where_scripts_run_the_lines_are_gone_and_every_chart_is_drawn()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Notebook(978), requests);
        foreach (var (id, _, _) in Charts.Value)
            await page.WaitForSelectorAsync($"#{id} .main-svg", new WaitForSelectorOptions { Timeout = 30_000 });
        string text = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.DoesNotContain(ChartHtml.ScriptDidNotRun, text);
        Assert.DoesNotContain(ChartHtml.PlotlyJsDidNotRun, text);
        Assert.DoesNotContain(Playground.ScriptDidNotRun, text);
    }
}
