// Draws Plotly.NET charts inside the notebook with no internet connection.
// Run by NeuralScratch.csx once the library is referenced; not meant to be loaded by hand.
//
// Plotly.NET's own notebook formatter fetches plotly.js from a CDN. Instead:
//   - plotly.js (the copy embedded in Plotly.NET.dll) is sent once, as the output of the
//     notebook's first cell; it sets window.Plotly. VS Code shows all outputs of a notebook
//     in one page, so every later chart output sees it.
//   - each chart is a <div> plus a small script that waits for window.Plotly, then draws.
// And LiveTraining.Train draws in the cell it runs in, one output updated in place.

using System.IO;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NeuralScratch;
using NeuralScratch.Plots;
using Plotly.NET;

public static class OfflinePlotly
{
    const string PlotlyJsResource = "Plotly.NET.plotly-2.28.0.min.js";

    // plotly.js is a UMD bundle: hiding define/exports/module makes it set window.Plotly
    // even where require.js is present (Jupyter).
    public static string PlotlyJsHtml()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(PlotlyJsResource)!;
        var plotlyJs = new StreamReader(stream).ReadToEnd();
        return "<div class=\"neuralscratch-plotlyjs\"></div>\n"
             + "<script type=\"text/javascript\">\n"
             + "/* plotly.js 2.28.0 (MIT license), the copy inside Plotly.NET, inlined so charts draw offline. */\n"
             + "if (!window.Plotly) { (function (define, exports, module) {\n"
             + plotlyJs
             + "\n}).call(window); }\n</script>";
    }

    public static string ChartHtml(GenericChart chart)
    {
        var id = "neuralscratch-chart-" + Guid.NewGuid().ToString("N");
        var figure = ScriptSafe(GenericChart.toFigureJson(chart));
        var config = ScriptSafe(Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart)));
        return $$"""
            <div id="{{id}}"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{figure}};
              var config = {{config}};
              var tries = 0;
              function draw() {
                var target = document.getElementById("{{id}}");
                if (window.Plotly && target) { window.Plotly.newPlot(target, figure.data, figure.layout, config); return; }
                if (++tries < 200) { setTimeout(draw, 50); return; }
                if (target) target.textContent = "plotly.js is not loaded: run the notebook's first cell again.";
              }
              draw();
            })();
            </script>
            """;
    }

    public static string ChartText(GenericChart chart) =>
        $"Plotly.NET chart ({GenericChart.countTrace(chart)} trace(s))";

    // JSON placed inside <script> must not close the script element early.
    static string ScriptSafe(string json) => json.Replace("</", "<\\/").Replace("<!--", "<\\!--");
}

// LiveTraining.Train draws in the running cell: its first frame is displayed, later frames update
// that one output in place, and interrupting the cell stops training.
LiveTraining.Display = first =>
{
    var view = KernelInvocationContext.Current.Display(first);
    return view.Update;
};
LiveTraining.CellCancellation = () => KernelInvocationContext.Current?.CancellationToken ?? System.Threading.CancellationToken.None;

// The playground is its own HTML (its script computes in the page); shown as it is.
Formatter.Register<PlaygroundView>((view, writer) => writer.Write(view.Html), HtmlFormatter.MimeType);
Formatter.Register<PlaygroundView>((view, writer) => writer.Write("NeuralScratch playground: draw a digit (shown as HTML)"), PlainTextFormatter.MimeType);
Formatter.SetPreferredMimeTypesFor(typeof(PlaygroundView), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);

Formatter.Register<GenericChart>((chart, writer) => writer.Write(OfflinePlotly.ChartHtml(chart)), HtmlFormatter.MimeType);
Formatter.Register<GenericChart>((chart, writer) => writer.Write(OfflinePlotly.ChartText(chart)), PlainTextFormatter.MimeType);
Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);

var neuralScratchContext = KernelInvocationContext.Current;
neuralScratchContext.Publish(new DisplayedValueProduced(
    null,
    neuralScratchContext.Command,
    new[]
    {
        new FormattedValue(HtmlFormatter.MimeType, OfflinePlotly.PlotlyJsHtml()),
        new FormattedValue(PlainTextFormatter.MimeType, "plotly.js 2.28.0 is inlined here, so charts draw offline."),
    }));
