using System.Net;
using Plotly.NET;

namespace NeuralScratch.Plots;

/// <summary>
/// Charts as HTML pages that work offline: plotly.js is inside the page, no script comes from
/// a URL, and the page is the same bytes every time for the same chart.
/// </summary>
public static class ChartHtml
{
    /// <summary>A complete, self-contained HTML page showing the chart (about 3.7 MB, mostly plotly.js).</summary>
    public static string Page(GenericChart chart, string title, string id = "chart") =>
        $$"""
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>body { margin: 0; font-family: Arial, sans-serif; }</style>
        <script type="text/javascript">{{PlotlyJs.Source}}</script>
        </head>
        <body>
        {{Div(chart, id)}}
        </body>
        </html>

        """;

    /// <summary>
    /// The chart's div and the script that draws it, without plotly.js: for a page that has
    /// already loaded plotly.js once. The id is <paramref name="id"/>, not a random one, so the same chart gives the same HTML.
    /// </summary>
    public static string Div(GenericChart chart, string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
            throw new ArgumentException($"the chart id \"{id}\" is not usable in HTML; expected letters, digits, '-' and '_'");
        return $$"""
            <div id="{{id}}"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{FigureJson(chart)}};
              Plotly.newPlot('{{id}}', figure.data, figure.layout, figure.config);
            })();
            </script>
            """;
    }

    /// <summary>Writes <see cref="Page"/> to a file atomically.</summary>
    public static void Save(GenericChart chart, string path, string title, string id = "chart") =>
        AtomicFile.WriteAllText(path, Page(chart, title, id));

    /// <summary>The chart's data, layout and config as JSON, safe to put inside a script element.</summary>
    public static string FigureJson(GenericChart chart) =>
        // "</" inside a script element would end it early; "<\/" means the same in JSON.
        GenericChart.toJson(chart).Replace("</", "<\\/");
}
