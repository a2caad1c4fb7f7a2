using System.Text;
using System.Text.Json;
using Plotly.NET;

namespace NeuralScratch.Plots;

/// <summary>The image formats plotly.js itself can write: the same drawing as in the notebook.</summary>
public enum ImageFormat { Png, Svg }

/// <summary>A chart and the file name (without extension) it is saved under.</summary>
public sealed record NamedChart(string Name, GenericChart Chart);

/// <summary>One exported image: the chart's name, the format and the file's bytes.</summary>
public sealed record ChartImage(string Name, ImageFormat Format, byte[] Bytes);

/// <summary>
/// Exports charts as PNG and SVG by letting plotly.js draw them, as it does in a notebook:
/// one headless browser loads one local page holding plotly.js and every chart, calls
/// <c>Plotly.toImage</c> for each, and logs the images, which are read back from the browser's log file.
/// (The log is much faster than printing the page with the images in it: seconds less for 4 MB.)
/// </summary>
public static class ImageExport
{
    /// <summary>
    /// Renders every chart in every format in one browser run. PNGs are drawn at
    /// <paramref name="pngScale"/> times the chart's size (2: sharp on slides and high-density screens).
    /// </summary>
    public static IReadOnlyList<ChartImage> Render(IReadOnlyList<NamedChart> charts, IReadOnlyCollection<ImageFormat> formats,
        string browser, int pngScale = 2, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        CheckNames(charts);
        if (formats.Count == 0 || charts.Count == 0) return [];
        if (pngScale is < 1 or > 8) throw new ArgumentOutOfRangeException(nameof(pngScale), pngScale, "expected a PNG scale from 1 to 8");

        DirectoryInfo work = Directory.CreateTempSubdirectory("neuralscratch-export-");
        try
        {
            string page = Path.Combine(work.FullName, "export.html");
            File.WriteAllText(Path.Combine(work.FullName, "plotly.min.js"), PlotlyJs.Source);
            File.WriteAllText(page, ExportPage(charts, formats, pngScale));
            string log = Path.Combine(work.FullName, "browser.log");
            var start = Browser.Headless(browser, Path.Combine(work.FullName, "profile"),
                "--enable-logging", $"--log-file={log}", "--v=0", // the page's console.log lines go to this file
                "--virtual-time-budget=120000", // run the page's scripts to the end; idle waits pass instantly
                "--dump-dom", new Uri(page).AbsoluteUri); // then print the (small) page and quit
            Browser.Run(start, timeout ?? TimeSpan.FromMinutes(2), cancel);
            return ParseResults(File.Exists(log) ? File.ReadAllText(log) : "", charts, formats);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } // a browser helper may still hold a file for a moment
        }
    }

    /// <summary>The page the browser runs: plotly.js, the charts as JSON, and the script that exports them.</summary>
    internal static string ExportPage(IReadOnlyList<NamedChart> charts, IReadOnlyCollection<ImageFormat> formats, int pngScale)
    {
        var list = new StringBuilder();
        foreach (NamedChart chart in charts)
            list.Append($"  {{ name: {JsonSerializer.Serialize(chart.Name)}, figure: {ChartHtml.FigureJson(chart.Chart)} }},\n");
        string formatList = JsonSerializer.Serialize(formats.Select(f => f.ToString().ToLowerInvariant()).Distinct());
        return $$"""
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <script>
            // plotly.js names SVG clip paths with Math.random(): seed it, so the same chart gives the same SVG.
            (function () { var s = 42; Math.random = function () { s = (s * 16807) % 2147483647; return (s - 1) / 2147483646; }; })();
            window.onerror = function (message) { console.log('{{ErrorMarker}} ' + message); };
            </script>
            <script src="plotly.min.js"></script>
            </head>
            <body>
            <script>
            var charts = [
            {{list}}];
            (async function () {
              var results = {}, formats = {{formatList}};
              for (const chart of charts) {
                try {
                  // One drawing per chart: the SVG, and the PNG rasterised from that same SVG (as toImage would).
                  var svg = await Plotly.toImage(chart.figure, { format: 'svg', imageDataOnly: true });
                  var size = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
                  var result = {};
                  if (formats.includes('svg')) result.svg = 'data:image/svg+xml,' + encodeURIComponent(svg);
                  if (formats.includes('png')) result.png = await Plotly.Snapshot.svgToImg({
                    svg: svg, format: 'png', scale: {{pngScale}}, promise: true, canvas: document.createElement('canvas'),
                    width: +size.getAttribute('width'), height: +size.getAttribute('height') });
                  results[chart.name] = result;
                } catch (e) {
                  results[chart.name] = { error: String(e) };
                }
              }
              console.log('{{ResultsMarker}}' + JSON.stringify(results) + '{{EndMarker}}');
            })();
            </script>
            </body>
            </html>
            """;
    }

    const string ResultsMarker = "NEURALSCRATCH-RESULTS:", EndMarker = ":NEURALSCRATCH-END", ErrorMarker = "NEURALSCRATCH-ERROR";

    /// <summary>Reads the images out of the browser's log.</summary>
    internal static IReadOnlyList<ChartImage> ParseResults(string log, IReadOnlyList<NamedChart> charts, IReadOnlyCollection<ImageFormat> formats)
    {
        int start = log.IndexOf(ResultsMarker, StringComparison.Ordinal);
        int end = start < 0 ? -1 : log.IndexOf(EndMarker, start, StringComparison.Ordinal);
        if (end < 0)
        {
            string errors = string.Join(" | ", log.Split('\n').Where(line => line.Contains(ErrorMarker)).Select(line => line.Trim()).Take(3));
            throw new InvalidOperationException($"the browser exported no images: {(errors.Length > 0 ? errors : "the page's script did not finish")}");
        }
        using JsonDocument json = JsonDocument.Parse(log[(start + ResultsMarker.Length)..end]);
        var images = new List<ChartImage>();
        foreach (NamedChart chart in charts)
        {
            JsonElement result = json.RootElement.GetProperty(chart.Name);
            if (result.TryGetProperty("error", out JsonElement error))
                throw new InvalidOperationException($"plotly.js could not draw chart '{chart.Name}': {error.GetString()}");
            foreach (ImageFormat format in formats.Distinct())
                images.Add(new ChartImage(chart.Name, format, Decode(result.GetProperty(format.ToString().ToLowerInvariant()).GetString(), chart.Name, format)));
        }
        return images;
    }

    /// <summary>The bytes of a data URL from <c>Plotly.toImage</c>: base64 for PNG, percent-encoded text for SVG.</summary>
    static byte[] Decode(string? url, string name, ImageFormat format)
    {
        const string png = "data:image/png;base64,", svg = "data:image/svg+xml,";
        if (format == ImageFormat.Png && url?.StartsWith(png) == true) return Convert.FromBase64String(url[png.Length..]);
        if (format == ImageFormat.Svg && url?.StartsWith(svg) == true) return Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url[svg.Length..]));
        string shown = url is null ? "nothing" : url.Length > 200 ? url[..200] + "..." : url;
        throw new InvalidOperationException($"plotly.js could not export chart '{name}' as {format}: got {shown}");
    }

    static void CheckNames(IReadOnlyList<NamedChart> charts)
    {
        foreach (NamedChart chart in charts)
            if (string.IsNullOrEmpty(chart.Name) || chart.Name.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_'))
                throw new ArgumentException($"chart name \"{chart.Name}\" is not a plain file name; expected letters, digits, '-' and '_'");
        string? repeated = charts.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (repeated is not null) throw new ArgumentException($"two charts are named \"{repeated}\"; each needs its own name");
    }
}
