using BenchmarkDotNet.Running;

namespace NeuralScratch.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>-- --filter '*'</c>: the BenchmarkDotNet benchmarks (any BenchmarkDotNet arguments).
    /// <c>-- compare</c>: the walkthrough's Python against the kit, warm and as whole processes.
    /// <c>-- walkthrough-process [--fast]</c>: train seed 42 for 10000 epochs and print the test predictions.
    /// <c>-- phases [N]</c>: the machine's slow and fast spells, next to the fast trainer's times.
    /// </summary>
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "compare" => Comparison.Run(args[1..]),
        "walkthrough-process" => WalkthroughProcess.Run(args[1..]),
        "phases" => Phases.Run(args[1..]),
        _ => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).Any(s => s.HasCriticalValidationErrors) ? 1 : 0,
    };
}
