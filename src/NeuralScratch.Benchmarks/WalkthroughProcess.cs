using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// What the walkthrough's script computes, as one short .NET process, to time start-up
/// included: seed 42's network, 10000 epochs, the predictions for the three test digits.
/// A stand-in for <c>neuralscratch train</c> while that command is not built.
/// </summary>
static class WalkthroughProcess
{
    public static int Run(string[] args)
    {
        double[][][] network = args.Contains("--fast") ? MakingItFast.SimdExp() : MakingItFast.Naive();
        foreach (Digit digit in Digits.Tests) Console.WriteLine(Network.Predict(network, digit.Pixels));
        return 0;
    }
}
