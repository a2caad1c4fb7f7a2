namespace NeuralScratch.Experiments;

/// <summary>The verdict on a learner's function: passed, or the first input where it differs.</summary>
public sealed record ExerciseResult(bool Passed, string Message)
{
    public override string ToString() => Message;
}

/// <summary>
/// Checks a learner's version of a function against the library's on random inputs, and says
/// what differs. Answers within 1e-9 of the library's count as right (the order of a sum may differ).
/// </summary>
public static class Exercises
{
    const int Trials = 20;
    const double Tolerance = 1e-9;

    /// <summary>Your <c>NeuronOutput(weights, inputWithBias)</c>: the sigmoid of the dot product.</summary>
    public static ExerciseResult CheckNeuronOutput(Func<double[], double[], double> yours, int seed = 1)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < Trials; trial++)
        {
            int size = random.Next(1, 8);
            double[] weights = Vector(random, size + 1, -3, 3), input = [.. Vector(random, size, 0, 1), 1];
            double expected = Network.NeuronOutput(weights, input);
            double got = Call(() => yours(weights, input), out string? error);
            if (error is not null || !Close(expected, got))
                return Fail("NeuronOutput", $"weights [{Show(weights)}], input [{Show(input)}]", Show(expected), error ?? Show(got));
        }
        return Pass("NeuronOutput");
    }

    /// <summary>Your <c>FeedForward(network, input)</c>: the outputs of every layer.</summary>
    public static ExerciseResult CheckFeedForward(Func<double[][][], double[], double[][]> yours, int seed = 1)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < Trials; trial++)
        {
            int[] sizes = [random.Next(1, 6), random.Next(1, 5), random.Next(1, 4)];
            double[][][] network = Initialization.Random(random.NextDouble, sizes, -2, 2);
            double[] input = Vector(random, sizes[0], 0, 1);
            double[][] expected = Network.FeedForward(network, input);
            double[][]? got = Call(() => yours(network, input), out string? error);
            string where = $"a {string.Join("-", sizes)} network, input [{Show(input)}]";
            if (error is not null || got is null)
                return Fail("FeedForward", where, ShowLayers(expected), error ?? "null");
            if (got.Length != expected.Length)
                return Fail("FeedForward", where, $"{expected.Length} layers of outputs", $"{got.Length} (one array per layer, hidden first)");
            for (int l = 0; l < expected.Length; l++)
                if (got[l].Length != expected[l].Length || !expected[l].Zip(got[l]).All(p => Close(p.First, p.Second)))
                    return Fail("FeedForward", where + $", layer {l}", $"[{Show(expected[l])}]", $"[{Show(got[l])}]");
        }
        return Pass("FeedForward");
    }

    /// <summary>Your <c>OutputDeltas(outputs, targets)</c>: o·(1 − o)·(o − t) for each output.</summary>
    public static ExerciseResult CheckOutputDeltas(Func<double[], double[], double[]> yours, int seed = 1)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < Trials; trial++)
        {
            int size = random.Next(1, 11);
            double[] outputs = Vector(random, size, 0, 1), targets = Digits.OneHot(random.Next(size), size);
            double[] expected = Backpropagation.OutputDeltas(outputs, targets);
            double[]? got = Call(() => yours(outputs, targets), out string? error);
            if (error is not null || got is null || got.Length != size || !expected.Zip(got).All(p => Close(p.First, p.Second)))
                return Fail("OutputDeltas", $"outputs [{Show(outputs)}], targets [{Show(targets)}]", $"[{Show(expected)}]", error ?? (got is null ? "null" : $"[{Show(got)}]"));
        }
        return Pass("OutputDeltas");
    }

    static T? Call<T>(Func<T> function, out string? error)
    {
        try { error = null; return function(); }
        catch (Exception e) { error = $"an exception: {e.GetType().Name}: {e.Message}"; return default; }
    }

    static bool Close(double expected, double got) => Math.Abs(expected - got) <= Tolerance * Math.Max(1, Math.Abs(expected));

    static double[] Vector(Random random, int size, double low, double high) =>
        Enumerable.Range(0, size).Select(_ => Math.Round(low + (high - low) * random.NextDouble(), 2)).ToArray();

    static string Show(double x) => x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
    static string Show(double[] xs) => string.Join(", ", xs.Select(Show));
    static string ShowLayers(double[][] layers) => string.Join(" | ", layers.Select(l => $"[{Show(l)}]"));

    static ExerciseResult Pass(string name) => new(true, $"✓ {name} matches the library on {Trials} random inputs.");

    static ExerciseResult Fail(string name, string input, string expected, string got) =>
        new(false, $"✗ {name} differs for {input}: expected {expected}, got {got}.");
}
