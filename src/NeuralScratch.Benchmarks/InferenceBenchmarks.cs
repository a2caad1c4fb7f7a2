using BenchmarkDotNet.Attributes;
using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>One forward pass of the trained seed-42 network; each invocation runs all 13 digits, times are per digit.</summary>
[Config(typeof(BenchmarkConfig))]
public class InferenceBenchmarks
{
    const int DigitCount = 13;
    readonly double[][] pixels = Digits.Training.Concat(Digits.Tests).Select(d => d.Pixels).ToArray();
    readonly double[][][] network = MakingItFast.NoAllocations();
    FastNetwork scalar = null!, simd = null!, simdExp = null!;

    [GlobalSetup]
    public void Setup()
    {
        scalar = FastNetwork.From(network, FastPath.Scalar);
        simd = FastNetwork.From(network, FastPath.Simd);
        simdExp = FastNetwork.From(network, FastPath.SimdExp);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DigitCount, Description = "Network.FeedForward (jagged)")]
    public double FeedForwardJagged()
    {
        double sum = 0;
        foreach (double[] x in pixels) sum += Network.FeedForward(network, x)[^1][0];
        return sum;
    }

    [Benchmark(OperationsPerInvoke = DigitCount, Description = "Network.Predict (jagged)")]
    public int PredictJagged()
    {
        int sum = 0;
        foreach (double[] x in pixels) sum += Network.Predict(network, x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = DigitCount, Description = "FastNetwork.Predict, scalar")]
    public int PredictFastScalar()
    {
        int sum = 0;
        foreach (double[] x in pixels) sum += scalar.Predict(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = DigitCount, Description = "FastNetwork.Predict, SIMD")]
    public int PredictFastSimd()
    {
        int sum = 0;
        foreach (double[] x in pixels) sum += simd.Predict(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = DigitCount, Description = "FastNetwork.Predict, SIMD + vector e^x")]
    public int PredictFastSimdExp()
    {
        int sum = 0;
        foreach (double[] x in pixels) sum += simdExp.Predict(x);
        return sum;
    }
}
