using System.Globalization;

namespace NeuralScratch.Experiments;

/// <summary>Numbers, vectors and networks written short, for the checkers' one-line messages.</summary>
internal static class Shown
{
    public static string Number(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    public static string Vector(double[] xs) => $"[{string.Join(", ", xs.Select(Number))}]";

    public static string Layers(double[][] layers) => string.Join(" | ", layers.Select(Vector));

    /// <summary>"a 3-4-2 network": inputs, then the neurons of each layer.</summary>
    public static string Network(double[][][] network) => $"a {string.Join("-", NeuralScratch.Network.LayerSizes(network))} network";

    public static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
