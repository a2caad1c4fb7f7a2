namespace NeuralScratch.Experiments;

/// <summary>Random inputs for the checkers, rounded to two decimals so a message stays readable.</summary>
internal static class Cases
{
    public static double[] Vector(Random random, int size, double low, double high) =>
        Enumerable.Range(0, size).Select(_ => Math.Round(low + (high - low) * random.NextDouble(), 2)).ToArray();

    /// <summary>A network with weights in [−2, 2), two decimals each.</summary>
    public static double[][][] Network(Random random, int[] sizes) =>
        Initialization.Random(() => Math.Round(random.NextDouble(), 2), sizes, -2, 2)
            .Select(layer => layer.Select(neuron => neuron.Select(w => Math.Round(w, 2)).ToArray()).ToArray()).ToArray();

    /// <summary>Layer sizes with 1, 2 or 3 hidden layers: the walkthrough's first, then smaller random ones.</summary>
    public static List<int[]> Shapes(Random random, int count) =>
    [
        [Digits.PixelCount, 5, Digits.ClassCount], // the walkthrough's
        .. Enumerable.Range(0, count).Select(i =>
            new[] { random.Next(1, 6) }.Concat(Enumerable.Range(0, 1 + i % 3).Select(_ => random.Next(1, 5))).Append(random.Next(1, 4)).ToArray()),
    ];

    public static double[] Copy(double[] xs) => (double[])xs.Clone();

    public static double[][] Copy(double[][] xs) => xs.Select(Copy).ToArray();

    public static bool Unchanged(double[] before, double[] after) => before.AsSpan().SequenceEqual(after);

    public static bool Unchanged(double[][] before, double[][] after) => before.Zip(after).All(p => Unchanged(p.First, p.Second));

    public static bool Unchanged(double[][][] before, double[][][] after) => before.Zip(after).All(p => Unchanged(p.First, p.Second));
}
