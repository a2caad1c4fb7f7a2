using BenchmarkDotNet.Attributes;
using NeuralScratch.Experiments;

namespace NeuralScratch.Benchmarks;

/// <summary>100 seeds × 10000 epochs with the fast trainer: on every core (the sweep), and on one for comparison.</summary>
[Config(typeof(BenchmarkConfig))]
public class SeedSweepBenchmarks
{
    const int Seeds = 100, Epochs = 10000;

    static readonly ExperimentSettings Walkthrough = new() { Epochs = Epochs };

    [Benchmark(Baseline = true, Description = "Experiment.Run(100 seeds, 10000 epochs), all cores")]
    public ExperimentResult AllCores() => Experiment.Run(Walkthrough, Seeds);

    [Benchmark(Description = "100 × Experiment.RunOne, one core")]
    public int OneCore()
    {
        int learned = 0;
        for (int seed = 0; seed < Seeds; seed++)
            if (Experiment.RunOne(Walkthrough, seed).LearnedAllTraining) learned++;
        return learned;
    }
}
