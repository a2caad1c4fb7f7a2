using BenchmarkDotNet.Attributes;
using NeuralScratch.Experiments;

namespace NeuralScratch.Benchmarks;

/// <summary>100 seeds × 10000 epochs with the fast trainer: on every core (the sweep), and on one for comparison.</summary>
[Config(typeof(BenchmarkConfig))]
public class SeedSweepBenchmarks
{
    const int Seeds = 100, Epochs = 10000;

    [Benchmark(Baseline = true, Description = "SeedSweep.Run(0, 99, 10000), all cores")]
    public SeedSweepResult AllCores() => SeedSweep.Run(0, Seeds - 1, Epochs);

    [Benchmark(Description = "100 × SeedSweep.RunOne, one core")]
    public int OneCore()
    {
        int learned = 0;
        for (int seed = 0; seed < Seeds; seed++)
            if (SeedSweep.RunOne(seed, Epochs).LearnedAllTraining) learned++;
        return learned;
    }
}
