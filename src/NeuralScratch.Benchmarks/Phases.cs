using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// <c>phases [N]</c>: why one binary's run times jump between two speeds on a shared machine.
/// N times in a row: an add-latency chain (what the dependent-chain bound is built from), a loop of
/// vector loads and stores over 2.5 kB (what the trainers do with their weights), the same over
/// single doubles (many instructions, little arithmetic: what a core shared with another thread
/// runs at half speed), and one run of the fast trainer. If the trainer slows down when, and only
/// when, the loops do while the latency does not move, the slow spells come from something sharing
/// this core, not from the code.
/// </summary>
static class Phases
{
    public static Command Command()
    {
        var runs = Cli.Options.WholeNumberArgument("N", 30, 3, 100_000, "how many times in a row");
        var command = new Command("phases", "The machine's slow and fast spells, next to the fast trainer's times.") { runs };
        command.SetAction(result => Run(result.GetValue(runs)));
        return command;
    }

    static int Run(int count)
    {
        var network = FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp);
        var samples = FastSamples.Walkthrough();
        double[][][] start = Initialization.Walkthrough(42);
        var weights = new double[320]; // about the fast network's 2.4 kB of weights
        FastTrainer.Train(network, samples, 10000);
        ChainLatency.Adds(1000, 1e-300);
        LoadsAndStores(100, weights);

        ScalarLoadsAndStores(100, weights);
        Console.WriteLine("| # | add latency, ns | vector load + add + store, ns | scalar load + add + store, ns | fast trainer, ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        var rows = new List<(double Add, double Memory, double Scalar, double Trainer)>();
        for (int i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            ChainLatency.Adds(4_000_000, 1e-300);
            double add = watch.Elapsed.TotalNanoseconds / 4e6;
            watch.Restart();
            LoadsAndStores(20_000, weights);
            double memory = watch.Elapsed.TotalNanoseconds / (20_000.0 * weights.Length / Vector<double>.Count);
            watch.Restart();
            ScalarLoadsAndStores(10_000, weights);
            double scalar = watch.Elapsed.TotalNanoseconds / (10_000.0 * weights.Length);
            network.SetWeights(start);
            watch.Restart();
            FastTrainer.Train(network, samples, 10000);
            double trainer = watch.Elapsed.TotalMilliseconds;
            rows.Add((add, memory, scalar, trainer));
            Console.WriteLine($"| {i + 1} | {add:F3} | {memory:F3} | {scalar:F3} | {trainer:F1} |");
        }
        // Do the trainer's slow runs go with slow loads and stores, or with slow arithmetic?
        Console.WriteLine($"\nCorrelation of the trainer's time with the vector load-store loop's: {Correlation(rows.Select(r => r.Memory), rows.Select(r => r.Trainer)):F2}; " +
            $"with the scalar loop's: {Correlation(rows.Select(r => r.Scalar), rows.Select(r => r.Trainer)):F2}; " +
            $"with the add latency's: {Correlation(rows.Select(r => r.Add), rows.Select(r => r.Trainer)):F2}");
        Console.WriteLine($"Medians: add {Statistics.Median(rows.Select(r => r.Add)):F3} ns, vector load-store {Statistics.Median(rows.Select(r => r.Memory)):F3} ns, " +
            $"scalar load-store {Statistics.Median(rows.Select(r => r.Scalar)):F3} ns, " +
            $"trainer {Statistics.Median(rows.Select(r => r.Trainer)):F1} ms; fastest trainer run {rows.Min(r => r.Trainer):F1} ms");
        // The runs split at the median of the scalar loop: the trainer in the machine's quicker and slower moments.
        double split = Statistics.Median(rows.Select(r => r.Scalar));
        Console.WriteLine($"Trainer, median when the scalar loop was at or below its median: {Statistics.Median(rows.Where(r => r.Scalar <= split).Select(r => r.Trainer)):F1} ms; " +
            $"above it: {Statistics.Median(rows.Where(r => r.Scalar > split).Select(r => r.Trainer)):F1} ms");
        return 0;
    }

    /// <summary>Pearson's r: 1 when two series rise and fall together, 0 when unrelated.</summary>
    static double Correlation(IEnumerable<double> xs, IEnumerable<double> ys)
    {
        double[] x = xs.ToArray(), y = ys.ToArray();
        double mx = x.Average(), my = y.Average();
        double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxy / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }

    /// <summary>Every double of the array loaded, added to and stored back, one at a time, n times over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    static double ScalarLoadsAndStores(int n, double[] values)
    {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < values.Length; j++) values[j] += 1e-300;
        return values[0];
    }

    /// <summary>Every vector of the array loaded, added to and stored back, n times over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    static double LoadsAndStores(int n, double[] values)
    {
        var tiny = new Vector<double>(1e-300);
        Span<Vector<double>> vectors = MemoryMarshal.Cast<double, Vector<double>>(values.AsSpan());
        for (int i = 0; i < n; i++)
            for (int j = 0; j < vectors.Length; j++) vectors[j] += tiny;
        return values[0];
    }
}
