using System.CommandLine;
using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// What the walkthrough's script computes, as one short .NET process, to time start-up
/// included: seed 42's network, 10000 epochs, the predictions for the three test digits.
/// <c>neuralscratch train</c> does more (a loss every epoch, progress, a weights file); this is the bare job.
/// <c>--fast</c>: with the fast trainer (<see cref="MakingItFast.Fused"/>) instead of the jagged one.
/// </summary>
static class WalkthroughProcess
{
    public static Command Command()
    {
        var fast = Cli.Options.Flag("--fast", "with the fast trainer (the fused step) instead of the jagged one");
        var command = new Command("walkthrough-process", "Trains seed 42 for 10000 epochs and prints the test digits' predictions: a whole process to time.") { fast };
        command.SetAction(result => Run(result.GetValue(fast)));
        return command;
    }

    static int Run(bool fast)
    {
        double[][][] network = fast ? MakingItFast.Fused() : MakingItFast.Naive();
        foreach (Digit digit in Digits.Tests) Console.WriteLine(Network.Predict(network, digit.Pixels));
        return 0;
    }
}
