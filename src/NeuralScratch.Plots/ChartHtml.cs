using System.Net;
using Plotly.NET;

namespace NeuralScratch.Plots;

/// <summary>
/// Charts as HTML that works offline, the one way the kit turns a chart into HTML: in a page of its
/// own (the command line's files) or in a notebook's output (the notebooks' loader). plotly.js comes
/// from inside Plotly.NET, no script comes from a URL, and the same chart gives the same bytes.
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
        {{PlotlyJsScript()}}
        </head>
        <body>
        {{Div(chart, id)}}
        </body>
        </html>

        """;

    /// <summary>
    /// A script element that loads the embedded plotly.js and sets <c>window.Plotly</c>, once per page:
    /// plotly.js is a UMD bundle, so <c>define</c>, <c>exports</c> and <c>module</c> are hidden from it,
    /// or where require.js is present (Jupyter) it would register itself there instead.
    /// </summary>
    public static string PlotlyJsScript() => PlotlyJsScriptText.Value;

    // 3.6 MB, made once: a live-training page is written a few times a second.
    static readonly Lazy<string> PlotlyJsScriptText = new(() =>
        $"<script type=\"text/javascript\">\n/* plotly.js v{PlotlyJs.Version} (MIT license), the copy inside Plotly.NET, inlined so charts draw offline. */\n" +
        $"if (!window.Plotly) {{ {HideModuleLoaders.Before}{PlotlyJs.Source}{HideModuleLoaders.After} }}\n</script>");

    // plotly.js run inside a function whose define, exports and module are undefined, so that it sets window.Plotly.
    static readonly (string Before, string After) HideModuleLoaders = ("(function (define, exports, module) {\n", "\n}).call(window);");

    /// <summary>
    /// The chart's div and the script that draws it, without plotly.js: for a page or a notebook that
    /// loads plotly.js once (<see cref="PlotlyJsScript"/>). The script waits for plotly.js for up to ten
    /// seconds (in a notebook it may arrive later), then says what to do if it never came.
    /// The chart fits the column it is shown in: as wide as it was made (its layout's width) where there
    /// is room, narrower where the column is narrower (a notebook's, VS Code's), so its colour bar stays in view.
    /// Until the script runs, the div holds <see cref="ScriptDidNotRun"/>: where scripts are not run (an
    /// untrusted notebook in Jupyter) that line is what shows, not a blank.
    /// The id is <paramref name="id"/>, not a random one, so the same chart gives the same HTML.
    /// </summary>
    public static string Div(GenericChart chart, string id)
    {
        CheckId(id);
        return $$"""
            <div id="{{id}}">{{Notice(ScriptDidNotRun)}}</div>
            <script type="text/javascript">
            (function () {
              var figure = {{FigureJson(chart)}};
              var tries = 0;
              function draw() {
                var target = document.getElementById("{{id}}");
                if (window.Plotly && target) { window.Plotly.newPlot(target, figure.data, fitted(target, figure.layout), Object.assign({}, figure.config, { responsive: true })); return; }
                if (++tries < 200) { setTimeout(draw, 50); return; }
                if (target) target.textContent = "plotly.js is not loaded: run the notebook's first cell (or the page's) again.";
              }
              // At most the width the chart was made for, less where the column is narrower; the height as made.
              function fitted(target, layout) {
                target.textContent = ""; // the line for where this script does not run
                target.style.width = "100%";
                target.style.maxWidth = layout.width + "px";
                var fit = Object.assign({}, layout, { autosize: true });
                delete fit.width;
                return fit;
              }
              draw();
            })();
            </script>
            """;
    }

    /// <summary>What to do where a notebook's scripts do not run: Jupyter runs none in a notebook it has not trusted.</summary>
    public const string TrustTheNotebook = "In Jupyter, trust the notebook (File > Trust Notebook), then run this cell again.";

    /// <summary>The line a chart shows where its script does not run.</summary>
    public const string ScriptDidNotRun = "Chart not drawn: its script has not run here. " + TrustTheNotebook;

    /// <summary>The line the notebook's plotly.js output shows where its script does not run.</summary>
    public const string PlotlyJsDidNotRun = "Charts not drawn: plotly.js has not run here. " + TrustTheNotebook;

    /// <summary>What a notebook's plotly.js output says in a browser that cannot unpack it.</summary>
    public const string CannotUnpackPlotlyJs = "Charts not drawn: this browser cannot unpack plotly.js (it needs DecompressionStream: Chrome 80, Firefox 113, Safari 16.4 or newer).";

    /// <summary>What a notebook's plotly.js output says when unpacking or running it failed; the browser's error follows.</summary>
    public const string PlotlyJsFailed = "Charts not drawn: plotly.js could not be unpacked or run here: ";

    /// <summary>
    /// plotly.js as a notebook's output (the first cell's), compressed (<see cref="PlotlyJs.GzipBase64"/>):
    /// the page unpacks it and runs it as <see cref="PlotlyJsScript"/> does. Before that, a line,
    /// <see cref="PlotlyJsDidNotRun"/>, that the script removes once plotly.js has run; where scripts are
    /// not run, the line stays. <paramref name="id"/> names the line, so one for each output.
    /// </summary>
    public static string PlotlyJsOutput(string id)
    {
        CheckId(id);
        return $$"""
            <div class="neuralscratch-plotlyjs" id="{{id}}">{{Notice(PlotlyJsDidNotRun)}}</div>
            <script type="text/javascript">
            /* plotly.js v{{PlotlyJs.Version}} (MIT license), the copy inside Plotly.NET, inlined gzip-compressed so charts draw offline. */
            (function () {
              var line = document.getElementById("{{id}}");
              function loaded() { if (line && window.Plotly) line.textContent = ""; }
              if (window.Plotly) { loaded(); return; }
              if (typeof DecompressionStream === "undefined") { if (line) line.textContent = {{Js(CannotUnpackPlotlyJs)}}; return; }
              var gzipped = Uint8Array.from(atob("{{PlotlyJs.GzipBase64}}"), function (c) { return c.charCodeAt(0); });
              new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function (source) {
                if (!window.Plotly) { // another output may have loaded it meanwhile
                  var script = document.createElement("script"); // run as PlotlyJsScript runs it
                  script.textContent = {{Js(HideModuleLoaders.Before)}} + source + {{Js(HideModuleLoaders.After)}};
                  document.head.appendChild(script);
                }
                if (!window.Plotly) throw new Error("plotly.js ran but did not set window.Plotly");
                loaded();
              }).catch(function (error) { if (line) line.textContent = {{Js(PlotlyJsFailed)}} + error; });
            })();
            </script>
            """;
    }

    // A C# string as a JavaScript string literal.
    static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    // Plain HTML (no style, no script), so that it survives a notebook's sanitizer.
    static string Notice(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";

    static void CheckId(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
            throw new ArgumentException($"the chart id \"{id}\" is not usable in HTML; expected letters, digits, '-' and '_'");
    }

    /// <summary>Writes <see cref="Page"/> to a file atomically.</summary>
    public static void Save(GenericChart chart, string path, string title, string id = "chart") =>
        AtomicFile.WriteAllText(path, Page(chart, title, id));

    /// <summary>The chart's data, layout and config as JSON, safe to put inside a script element.</summary>
    public static string FigureJson(GenericChart chart) =>
        // "</" would end the script element early and "<!--" would change how it is read; "<\/" and "<\!--" mean the same in JSON strings.
        GenericChart.toJson(chart).Replace("</", "<\\/").Replace("<!--", "<\\!--");
}
