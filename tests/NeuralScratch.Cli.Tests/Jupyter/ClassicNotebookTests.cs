using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Tests.Notebooks;
using NeuralScratch.Plots;
using PuppeteerSharp;

namespace NeuralScratch.Cli.Tests.Jupyter;

/// <summary>
/// Notebook 01 in Debian's classic Jupyter Notebook, with the kernel <c>neuralscratch kernel install --path</c>
/// wrote, opened in headless Chromium that may reach nothing but this machine: Trust, Run All, then no error, every
/// chart drawn and no request sent elsewhere; and the same notebook saved and reopened as someone else's
/// (untrusted) says in each chart's place to trust it.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ClassicNotebookTests(ITestOutputHelper output) : IAsyncDisposable
{
    const string Walkthrough = "01-neural-network-from-scratch.ipynb", Untrusted = "someone-elses-copy.ipynb";

    readonly HeadlessChromium chromium = new();
    readonly List<string> leftTheMachine = [];
    ClassicNotebookServer? server;

    [Fact]
    public async Task Notebook_01_runs_all_offline_with_every_chart_drawn_and_untrusted_it_says_to_trust_it()
    {
        _ = Chromium.Path; // skipped where there is no browser (failed in CI)
        server = new ClassicNotebookServer(Walkthrough); // skipped where there is no Jupyter (failed in CI)
        var clock = Stopwatch.StartNew();
        IPage page = await Open(Walkthrough);
        await KernelConnected(page);
        await Trust(page);
        await KernelConnected(page);
        Assert.True(await page.EvaluateExpressionAsync<bool>("Jupyter.notebook.trusted"));
        TimeSpan kernelStarted = clock.Elapsed;

        await page.EvaluateExpressionAsync("document.querySelector('#run_all_cells > a').click()"); // Cell > Run All
        await page.WaitForFunctionAsync(AllCellsRan, Minutes(10));
        TimeSpan ran = clock.Elapsed;
        RunResult run = await Read(page);

        Assert.True(run.Errors.Length == 0, $"error outputs: {string.Join(" | ", run.Errors)}\n{server.Log}");
        Assert.True(run.NotRun.Length == 0, $"cells that did not run: {string.Join(", ", run.NotRun)}");
        Assert.True(run.Charts.Length >= 7, $"{run.Charts.Length} charts in the page; notebook 01 draws 8");
        Assert.Equal(run.ChartOutputs, run.Charts.Length);
        Assert.All(run.Charts, chart => Assert.True(chart.Width > 0 && chart.Height > 0, $"chart {chart.Id} is {chart.Width} x {chart.Height}"));
        Assert.DoesNotContain(ChartHtml.ScriptDidNotRun, run.Text);
        await Screenshots(page, "classic-notebook-01");

        // Saved (as the server signs it: trusted here), then copied as someone else's would be: untrusted.
        await page.EvaluateExpressionAsync("Jupyter.notebook.save_notebook()");
        await page.WaitForFunctionAsync("() => !Jupyter.notebook.dirty", Minutes(1));
        WriteUntrustedCopy(Path.Combine(server.NotebookFolder, Walkthrough), Path.Combine(server.NotebookFolder, Untrusted));
        IPage copy = await Open(Untrusted);
        await copy.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded", Minutes(1));
        RunResult shown = await Read(copy);

        Assert.False(await copy.EvaluateExpressionAsync<bool>("Jupyter.notebook.trusted"));
        Assert.Equal(run.ChartOutputs, shown.ChartOutputs);
        Assert.Equal(run.ChartOutputs, Occurrences(shown.Text, ChartHtml.ScriptDidNotRun)); // a visible line in each chart's place
        Assert.Equal(1, Occurrences(shown.Text, ChartHtml.PlotlyJsDidNotRun));
        Assert.Equal(1, Occurrences(shown.Text, Playground.ScriptDidNotRun)); // notebook 01's playground, "draw your own 3"
        Assert.Equal(0, Occurrences(run.Text, Playground.ScriptDidNotRun));
        Assert.DoesNotContain(shown.Charts, chart => chart.Width > 0);
        await Screenshots(copy, "classic-notebook-01-untrusted");

        Assert.True(leftTheMachine.Count == 0, $"requests for other hosts: {string.Join(", ", leftTheMachine)}");
        output.WriteLine($"classic Notebook: kernel connected after {kernelStarted.TotalSeconds:F1} s, Run All done after {ran.TotalSeconds:F1} s, " +
                         $"{run.Charts.Length} charts drawn in an output column {run.Column:F0} px wide (window 1280 px); whole test {clock.Elapsed.TotalSeconds:F1} s");
    }

    static Task KernelConnected(IPage page) =>
        page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()", Minutes(3));

    // File > Trust Notebook, and Trust in the dialog: the classic Notebook then reloads the page, trusted.
    static async Task Trust(IPage page)
    {
        await page.EvaluateExpressionAsync("document.querySelector('#trust_notebook > a').click()");
        await page.WaitForSelectorAsync(".modal-footer .btn-danger", new WaitForSelectorOptions { Visible = true });
        await Task.Delay(500); // the dialog slides in
        Task<IResponse> reload = page.WaitForNavigationAsync(new NavigationOptions { Timeout = 120_000 });
        await page.ClickAsync(".modal-footer .btn-danger");
        await reload;
    }

    // Every code cell has an execution count and nothing is queued or running.
    const string AllCellsRan = """
        () => {
          const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === "code");
          const idle = document.querySelector("#kernel_indicator_icon.kernel_idle_icon") !== null;
          return idle && code.every(c => c.input_prompt_number !== "*") && code.some(c => typeof c.input_prompt_number === "number");
        }
        """;

    sealed record Chart(string Id, double Width, double Height);

    sealed record RunResult(string[] Errors, int[] NotRun, Chart[] Charts, int ChartOutputs, string Text, double Column);

    static async Task<RunResult> Read(IPage page)
    {
        string json = await page.EvaluateFunctionAsync<string>("""
            () => {
              const cells = Jupyter.notebook.get_cells();
              const outputs = c => c.cell_type === "code" ? c.output_area.outputs : [];
              const html = o => { const d = o.data && o.data["text/html"]; return Array.isArray(d) ? d.join("") : (d || ""); };
              return JSON.stringify({
                errors: cells.flatMap((c, i) => outputs(c).filter(o => o.output_type === "error").map(o => `cell ${i + 1}: ${o.ename}: ${o.evalue}`)),
                notRun: cells.map((c, i) => [c, i + 1]).filter(([c]) => c.cell_type === "code" && typeof c.input_prompt_number !== "number").map(([, n]) => n),
                charts: Array.from(document.querySelectorAll("[id^='neuralscratch-chart-']")).map(div => {
                  const plot = div.querySelector(".main-svg"), box = plot ? plot.getBoundingClientRect() : { width: 0, height: 0 };
                  return { id: div.id, width: box.width, height: box.height };
                }),
                chartOutputs: cells.flatMap(outputs).filter(o => html(o).includes("neuralscratch-chart-")).length,
                text: document.getElementById("notebook").innerText,
                column: (document.querySelector(".output_subarea") || document.body).getBoundingClientRect().width,
              });
            }
            """);
        return JsonSerializer.Deserialize<RunResult>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    async Task<IPage> Open(string notebook)
    {
        IPage page = await chromium.NewPage(1280, 1000);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (OnThisMachine(e.Request.Url)) { await e.Request.ContinueAsync(); return; }
            lock (leftTheMachine) leftTheMachine.Add(e.Request.Url);
            await e.Request.AbortAsync();
        };
        await page.GoToAsync(server!.Url(notebook), new NavigationOptions { Timeout = 120_000 });
        return page;
    }

    static bool OnThisMachine(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is "data" or "blob" or "file" || uri.IsLoopback;

    // The notebook as someone else would hand it over: the same cells and outputs, not signed on this machine.
    static void WriteUntrustedCopy(string saved, string copy)
    {
        JsonObject notebook = JsonNode.Parse(File.ReadAllText(saved))!.AsObject();
        notebook["metadata"]!.AsObject()["handed_over"] = true; // a different notebook for Jupyter's signature
        File.WriteAllText(copy, notebook.ToJsonString());
    }

    static int Occurrences(string text, string line) => text.Split(line).Length - 1;

    static WaitForFunctionOptions Minutes(int minutes) => new() { Timeout = minutes * 60_000, PollingInterval = 500 };

    // With NEURALSCRATCH_SCREENSHOTS=DIR: the hidden layer's chart in view, as a person would look at it.
    static async Task Screenshots(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("NEURALSCRATCH_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.EvaluateExpressionAsync("""
            (() => {
              const cell = Jupyter.notebook.get_cells().find(c => c.get_text().includes("WeightCharts.HiddenLayer(network"));
              cell.element[0].scrollIntoView();
              document.getElementById("notebook").scrollTop -= 20;
            })()
            """);
        await Task.Delay(500);
        await page.ScreenshotAsync(Path.Combine(folder, $"{name}-hidden-layer.png"));
    }

    public async ValueTask DisposeAsync()
    {
        await chromium.DisposeAsync();
        server?.Dispose();
    }
}
