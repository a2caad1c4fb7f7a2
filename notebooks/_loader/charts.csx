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

// The library's ChartHtml is the one way the kit turns a chart into HTML, here as in its files.
public static class OfflinePlotly
{
    public static string ChartHtml(GenericChart chart) =>
        NeuralScratch.Plots.ChartHtml.Div(chart, "neuralscratch-chart-" + Guid.NewGuid().ToString("N")); // unique in the page VS Code shows

    public static string ChartText(GenericChart chart) =>
        $"Plotly.NET chart ({GenericChart.countTrace(chart)} trace(s))";
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
        // A line a script removes: where Jupyter does not run scripts (an untrusted notebook), it says so.
        new FormattedValue(HtmlFormatter.MimeType, NeuralScratch.Plots.ChartHtml.PlotlyJsOutput("neuralscratch-plotlyjs-" + Guid.NewGuid().ToString("N"))),
        new FormattedValue(PlainTextFormatter.MimeType, $"plotly.js {PlotlyJs.Version} is inlined here, so charts draw offline."),
    }));
