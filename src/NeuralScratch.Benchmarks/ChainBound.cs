using System.Diagnostics;

namespace NeuralScratch.Benchmarks;

/// <summary>Measured times of one step of each kind on this machine, in nanoseconds (medians).</summary>
/// <param name="SigmoidThroughput">Time per sigmoid when many run side by side (they do not wait for each other).</param>
/// <param name="StoreLoad">A value stored to memory and loaded back: what a weight costs if it goes through memory between its update and its next use.</param>
/// <param name="VectorSigmoid">The fast trainer's sigmoid of a whole vector (<see cref="NeuralScratch.Fast.FastExp"/>), for comparison.</param>
public sealed record Latencies(double Add, double Multiply, double Divide, double Sigmoid, double SigmoidThroughput, double StoreLoad, double VectorSigmoid)
{
    const double Tiny = 1e-300, NearOne = 1.0000000001;

    /// <summary>Each chain 2 million steps long, timed 7 times after a warm-up; the medians.</summary>
    public static Latencies Measure(int steps = 2_000_000, int repeats = 7)
    {
        NeuralScratch.Fast.FastExp.Prepare();
        var random = new Random(1);
        double[] inputs = Enumerable.Range(0, 16).Select(_ => random.NextDouble() * 10 - 5).ToArray();
        double[] slots = new double[2];
        double add = PerStep(n => ChainLatency.Adds(n, Tiny), steps, repeats);
        return new Latencies(
            add,
            PerStep(n => ChainLatency.Multiplies(n, NearOne), steps, repeats),
            PerStep(n => ChainLatency.Divides(n, NearOne), steps, repeats),
            PerStep(n => ChainLatency.Sigmoids(n, 0.5), steps, repeats),
            PerStep(n => ChainLatency.IndependentSigmoids(n, inputs), steps, repeats),
            Math.Max(0, PerStep(n => ChainLatency.StoreLoadAdds(n, Tiny, slots), steps, repeats) - add),
            PerStep(n => ChainLatency.VectorSigmoids(n, 0.5), steps, repeats));
    }

    /// <summary>Each latency's median over several measurements.</summary>
    public static Latencies MedianOf(IReadOnlyList<Latencies> all) => new(
        Statistics.Median(all.Select(l => l.Add)), Statistics.Median(all.Select(l => l.Multiply)), Statistics.Median(all.Select(l => l.Divide)),
        Statistics.Median(all.Select(l => l.Sigmoid)), Statistics.Median(all.Select(l => l.SigmoidThroughput)), Statistics.Median(all.Select(l => l.StoreLoad)),
        Statistics.Median(all.Select(l => l.VectorSigmoid)));

    static double PerStep(Func<int, double> chain, int steps, int repeats)
    {
        chain(steps);
        var times = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            var watch = Stopwatch.StartNew();
            chain(steps);
            times.Add(watch.Elapsed.TotalNanoseconds / steps);
        }
        return Statistics.Median(times);
    }
}

/// <summary>
/// The dependent-chain bound of a training run: the latencies along the longest chain of
/// operations that each need the one before, from one sample's hidden deltas to the next
/// sample's. Each sample needs the weights the previous one left, so a run can be no faster
/// than samples × this chain, however many execution units the CPU has, unless the arithmetic
/// changes. Sums are added left to right as in the walkthrough (the order that reproduces it):
/// a sum of n products is one multiply then n dependent adds.
/// </summary>
/// <param name="Adds">Additions and subtractions on the chain.</param>
/// <param name="Multiplies">Multiplications on the chain.</param>
public sealed record ChainBound(string Name, int Adds, int Multiplies)
{
    // One sigmoid per layer: the neurons of a layer run side by side.
    const int Sigmoids = 2;
    const int HiddenNeurons = 5, OutputNeurons = 10;

    /// <summary>
    /// The walkthrough's backprop, 25-5-10:
    /// hidden update w −= (rate·δ)·x: 2 multiplies, 1 subtract;
    /// hidden sum: 1 multiply, 25 adds of products, 1 add of the bias; sigmoid;
    /// output sum: 1 multiply, 5 + 1 adds; sigmoid;
    /// output delta o·(1 − o)·(o − t): 1 subtract, 2 multiplies;
    /// output update (before the hidden deltas, as written): 2 multiplies, 1 subtract;
    /// hidden delta h(1 − h)·Σ δ_k·w_k: 1 multiply, 10 adds, 1 multiply.
    /// </summary>
    public static ChainBound AsWritten => new("as written", 1 + 26 + 6 + 1 + 1 + 10, 2 + 1 + 1 + 2 + 2 + 2);

    /// <summary>True gradient: the hidden deltas read the output weights from before the update, so the output update is off the chain.</summary>
    public static ChainBound TrueGradient => new("true gradient", 1 + 26 + 6 + 1 + 10, 2 + 1 + 1 + 2 + 2);

    /// <summary>
    /// As written with every sum added as a tree (⌈log2 26⌉ = 5, ⌈log2 6⌉ = 3, ⌈log2 10⌉ = 4 levels):
    /// a shorter chain, but other rounding, so it no longer reproduces the walkthrough.
    /// </summary>
    public static ChainBound AsWrittenTreeSums => new("as written, sums as trees (other rounding)", 1 + 5 + 3 + 1 + 1 + 4, 10);

    /// <summary>The pure chain: every operation's latency, each layer's sigmoids all at once.</summary>
    public double NanosecondsPerSample(Latencies l) => Adds * l.Add + Multiplies * l.Multiply + Sigmoids * l.Sigmoid;

    /// <summary>
    /// The chain once each layer's sigmoids are issued one after another at Math.Exp's rate:
    /// a layer of n takes the latency of one plus n − 1 times the throughput.
    /// </summary>
    public double NanosecondsPerSampleAtSigmoidThroughput(Latencies l) =>
        Adds * l.Add + Multiplies * l.Multiply
        + (l.Sigmoid + (HiddenNeurons - 1) * l.SigmoidThroughput) + (l.Sigmoid + (OutputNeurons - 1) * l.SigmoidThroughput);

    /// <summary>The bound for the walkthrough's run: 10 samples × 10000 epochs.</summary>
    public double MillisecondsPerRun(Latencies l, int samples = 100_000) => NanosecondsPerSample(l) * samples / 1e6;

    public double MillisecondsPerRunAtSigmoidThroughput(Latencies l, int samples = 100_000) => NanosecondsPerSampleAtSigmoidThroughput(l) * samples / 1e6;

    /// <summary>The chain with the fast trainer's own sigmoid (a whole layer in one or two vectors) in place of Math.Exp's.</summary>
    public double MillisecondsPerRunWithVectorSigmoid(Latencies l, int samples = 100_000) =>
        (Adds * l.Add + Multiplies * l.Multiply + Sigmoids * l.VectorSigmoid) * samples / 1e6;
}

static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
