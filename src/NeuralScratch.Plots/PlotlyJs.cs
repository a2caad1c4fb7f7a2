using System.IO.Compression;
using System.Text;

namespace NeuralScratch.Plots;

/// <summary>
/// The copy of plotly.js that Plotly.NET carries inside its own assembly, so charts can be
/// drawn with no internet: saved into HTML files, or loaded once into a notebook.
/// </summary>
public static class PlotlyJs
{
    const string Prefix = "Plotly.NET.plotly-", Suffix = ".min.js";

    static readonly Lazy<(string Version, string Source)> Embedded = new(Load);

    /// <summary>The version of the embedded plotly.js, e.g. "2.28.0".</summary>
    public static string Version => Embedded.Value.Version;

    /// <summary>The minified plotly.js source (about 3.6 MB).</summary>
    public static string Source => Embedded.Value.Source;

    /// <summary>
    /// <see cref="Source"/> gzip-compressed and base64-encoded (about 1.5 MB): what a notebook's first
    /// cell sends, since the kernel then sends and the notebook keeps less than half as much. Made once per process.
    /// </summary>
    public static string GzipBase64 => Compressed.Value;

    static readonly Lazy<string> Compressed = new(() =>
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(Source));
        return Convert.ToBase64String(gzipped.ToArray());
    });

    static (string, string) Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        string name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith(Prefix) && n.EndsWith(Suffix))
            ?? throw new InvalidOperationException($"Plotly.NET {assembly.GetName().Version} carries no {Prefix}*{Suffix} resource; expected Plotly.NET 6 with its embedded plotly.js");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return (name[Prefix.Length..^Suffix.Length], reader.ReadToEnd());
    }
}
