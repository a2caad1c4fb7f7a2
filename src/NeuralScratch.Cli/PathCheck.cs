using NeuralScratch.Fast;

namespace NeuralScratch.Cli;

/// <summary>
/// One fast path trained beside the jagged trainer (<see cref="Training.Train"/>) on this machine:
/// the walkthrough's network and digits, the same seed, the same backprop.
/// </summary>
/// <param name="DifferenceAfter100Epochs">The largest |weight difference| after 100 epochs (the fast trainer promises at most 1e-12).</param>
/// <param name="DifferingWeightsAfter10000Epochs">How many weights differ in any bit after 10000 epochs (the network has 190).</param>
/// <param name="DifferenceAfter10000Epochs">The largest |weight difference| after 10000 epochs.</param>
/// <param name="DigitsPredictedDifferently">Of the ten training digits and the three test digits, how many the two networks classify differently.</param>
public sealed record PathAgreement(FastPath Path, BackpropKind Backprop, double DifferenceAfter100Epochs,
    int DifferingWeightsAfter10000Epochs, double DifferenceAfter10000Epochs, int DigitsPredictedDifferently)
{
    public const double Tolerance = 1e-12;

    /// <summary>The fast trainer's promise: within 1e-12 after 100 epochs, and the same digits learned after 10000.</summary>
    public bool KeepsItsPromise => DifferenceAfter100Epochs <= Tolerance && DigitsPredictedDifferently == 0;

    public bool SameBits => DifferenceAfter100Epochs == 0 && DifferingWeightsAfter10000Epochs == 0;
}

/// <summary>Does every fast path give the jagged trainer's results on this machine? Worth asking on each laptop of a workshop.</summary>
public static class PathCheck
{
    /// <summary>Every path of <see cref="FastPaths.All"/> against the jagged trainer, for both backprops.</summary>
    public static IReadOnlyList<PathAgreement> EveryPath(int seed = 42)
    {
        var results = new List<PathAgreement>();
        foreach (BackpropKind backprop in new[] { BackpropKind.AsWritten, BackpropKind.TrueGradient })
        {
            double[][][] start = Initialization.Walkthrough(seed);
            // The jagged trainer once per backprop; every path is held to it.
            (double[][][] jagged100, double[][][] jagged10000) = TrainJagged(start, backprop);
            foreach (FastPath path in FastPaths.All)
                results.Add(Compare(path, backprop, start, jagged100, jagged10000));
        }
        return results;
    }

    static PathAgreement Compare(FastPath path, BackpropKind backprop, double[][][] start, double[][][] jagged100, double[][][] jagged10000)
    {
        // 100 epochs, a snapshot, then 9,900 more: the same as 10000 in one go (each epoch starts from the weights alone).
        var fast = FastNetwork.From(start, path);
        FastTrainer.Train(fast, FastSamples.Walkthrough(), 100, backprop);
        double[][][] weights100 = fast.ToJagged();
        FastTrainer.Train(fast, FastSamples.Walkthrough(), 9900, backprop);
        double[][][] weights10000 = fast.ToJagged();
        int digitsDiffering = Digits.Training.Concat(Digits.Tests)
            .Count(digit => Network.Predict(jagged10000, digit.Pixels) != fast.Predict(digit.Pixels));
        return new PathAgreement(path, backprop, LargestDifference(jagged100, weights100),
            DifferingWeights(jagged10000, weights10000), LargestDifference(jagged10000, weights10000), digitsDiffering);
    }

    static (double[][][] After100, double[][][] After10000) TrainJagged(double[][][] start, BackpropKind backprop)
    {
        double[][][] network = Network.Clone(start);
        var options = new TrainingOptions { Backprop = backprop };
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 100, options);
        double[][][] after100 = Network.Clone(network);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 9900, options);
        return (after100, network);
    }

    static IEnumerable<(double A, double B)> Pairs(double[][][] a, double[][][] b) =>
        a.Zip(b).SelectMany(layers => layers.First.Zip(layers.Second)).SelectMany(neurons => neurons.First.Zip(neurons.Second));

    static double LargestDifference(double[][][] a, double[][][] b) => Pairs(a, b).Max(pair => Math.Abs(pair.A - pair.B));

    static int DifferingWeights(double[][][] a, double[][][] b) =>
        Pairs(a, b).Count(pair => BitConverter.DoubleToInt64Bits(pair.A) != BitConverter.DoubleToInt64Bits(pair.B));
}
