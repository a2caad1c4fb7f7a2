using BenchmarkDotNet.Attributes;

namespace NeuralScratch.Benchmarks;

/// <summary>The step times the dependent-chain bound is built from: time per step of chains of 10000 steps.</summary>
[Config(typeof(BenchmarkConfig))]
public class LatencyBenchmarks
{
    const int Steps = 10_000;
    readonly double[] inputs = Enumerable.Range(0, 16).Select(i => i * 0.6 - 5).ToArray();
    readonly double[] slots = new double[2];
    double tiny = 1e-300, nearOne = 1.0000000001;

    [GlobalSetup]
    public void Setup() => NeuralScratch.Fast.FastExp.Prepare();

    [Benchmark(OperationsPerInvoke = Steps, Description = "add, latency (x += c)")]
    public double Add() => ChainLatency.Adds(Steps, tiny);

    [Benchmark(OperationsPerInvoke = Steps, Description = "multiply, latency (x *= c)")]
    public double Multiply() => ChainLatency.Multiplies(Steps, nearOne);

    [Benchmark(OperationsPerInvoke = Steps, Description = "divide, latency (x /= c)")]
    public double Divide() => ChainLatency.Divides(Steps, nearOne);

    [Benchmark(OperationsPerInvoke = Steps, Description = "sigmoid, latency (x = Sigmoid(x))")]
    public double Sigmoid() => ChainLatency.Sigmoids(Steps, 0.5);

    [Benchmark(OperationsPerInvoke = Steps, Description = "sigmoid, throughput (independent)")]
    public double SigmoidThroughput() => ChainLatency.IndependentSigmoids(Steps, inputs);

    [Benchmark(OperationsPerInvoke = Steps, Description = "store, load, add (a[k] += c)")]
    public double StoreLoadAdd() => ChainLatency.StoreLoadAdds(Steps, tiny, slots);

    [Benchmark(OperationsPerInvoke = Steps, Description = "FastExp vector sigmoid, latency (x = Sigmoid(x), 4 lanes)")]
    public double VectorSigmoid() => ChainLatency.VectorSigmoids(Steps, 0.5);
}
