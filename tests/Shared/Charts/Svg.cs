using System.Xml.Linq;

namespace NeuralScratch.TestSupport;

/// <summary>What the tests read in a plotly.js SVG: its size, its text, and the heatmap images inside it.</summary>
public sealed class Svg(byte[] file)
{
    static readonly XNamespace Ns = "http://www.w3.org/2000/svg", XLink = "http://www.w3.org/1999/xlink";
    readonly XElement root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file)).Root!;

    public (double Width, double Height) Size => ((double)root.Attribute("width")!, (double)root.Attribute("height")!);

    public string[] Texts => root.Descendants(Ns + "text").Select(t => t.Value).ToArray();

    /// <summary>plotly.js draws each heatmap as a PNG inside the SVG, one pixel per screen pixel when cells have gaps.</summary>
    public Image[] HeatmapImages => root.Descendants(Ns + "image")
        .Select(image => (string)(image.Attribute(XLink + "href") ?? image.Attribute("href"))!)
        .Select(href => Png.Decode(Convert.FromBase64String(href[(href.IndexOf(',') + 1)..])))
        .ToArray();

    /// <summary>The mean luminance at the centre of each cell of a heatmap image that is exactly the 5x5 grid.</summary>
    public static double[,] CellLuminance(Image heatmap)
    {
        var cells = new double[5, 5];
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 5; c++)
                cells[r, c] = heatmap.Luminance((int)((c + 0.5) * heatmap.Width / 5), (int)((r + 0.5) * heatmap.Height / 5));
        return cells;
    }
}
