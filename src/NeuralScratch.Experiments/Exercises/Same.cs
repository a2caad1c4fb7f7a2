namespace NeuralScratch.Experiments;

/// <summary>
/// When a learner's number counts as the library's: within 1e-9, relative, since a sum added in
/// another order rounds differently in the last bits.
/// </summary>
internal static class Same
{
    public const double Tolerance = 1e-9;

    public static bool Number(double expected, double got, double tolerance = Tolerance) =>
        Math.Abs(expected - got) <= tolerance * Math.Max(1, Math.Abs(expected));

    public static bool Vector(double[] expected, double[] got) =>
        expected.Length == got.Length && expected.Zip(got).All(p => Number(p.First, p.Second));

    public static bool Layers(double[][] expected, double[][] got) =>
        expected.Length == got.Length && expected.Zip(got).All(p => p.Second is not null && Vector(p.First, p.Second));

    public static bool Network(double[][][] expected, double[][][] got) =>
        expected.Length == got.Length && expected.Zip(got).All(p => p.Second is not null && Layers(p.First, p.Second));

    /// <summary>Bit for bit, as the payoff's "same bits" means it.</summary>
    public static bool Bits(double[][][] a, double[][][] b) =>
        a.Length == b.Length && a.Zip(b).All(l => l.First.Length == l.Second.Length &&
            l.First.Zip(l.Second).All(n => n.First.AsSpan().SequenceEqual(n.Second)));
}
