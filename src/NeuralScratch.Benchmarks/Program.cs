using System.CommandLine;
using BenchmarkDotNet.Running;
using NeuralScratch.Cli;

namespace NeuralScratch.Benchmarks;

public static class Program
{
    public static int Main(string[] args) => Run(args, new Invocation(Console.Out, Console.Error));

    /// <summary>
    /// <c>compare</c>, <c>walkthrough-process</c>, <c>phases</c>, <c>notebooks</c> and <c>train-once</c> on neuralscratch's parser and exit codes; any other
    /// command line (<c>--filter '*'</c>, <c>--list flat</c>, ...) goes to BenchmarkDotNet as it was given.
    /// </summary>
    public static int Run(string[] args, Invocation io)
    {
        var benchmarkDotNet = new Argument<string[]>("BENCHMARKDOTNET-OPTIONS")
        {
            Arity = ArgumentArity.ZeroOrMore,
            CaptureRemainingTokens = true,
            Hidden = true, // in the root's description instead: shown, it would stand in every command's usage line
        };
        var root = new RootCommand("The kit's benchmarks. Any command line that is not one of the commands below is BenchmarkDotNet's, " +
                                   "passed on as given: --filter '*', --list flat, ... (its own help: -- --help).")
        {
            Comparison.Command(), WalkthroughProcess.Command(), Phases.Command(), NotebookTimings.Command(), TrainOnce.Command(), benchmarkDotNet,
        };
        root.HelpName = "NeuralScratch.Benchmarks";
        // A first word that is not ours and not an option of BenchmarkDotNet's is a mistyped command.
        root.Validators.Add(result =>
        {
            if (result.GetValue(benchmarkDotNet) is [string first, ..] && !first.StartsWith('-'))
                result.AddError($"unknown command '{first}'; expected compare, walkthrough-process, phases, notebooks, train-once or BenchmarkDotNet's options (e.g. --filter '*')");
        });
        root.SetAction(result => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(result.GetValue(benchmarkDotNet))
            .Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0);
        return Commands.Run(root, args, io);
    }
}
