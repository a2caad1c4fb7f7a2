using NeuralScratch.Fast;

namespace NeuralScratch.Fast.Tests;

public class FastNetworkTests
{
    public static TheoryData<FastPath> Paths() => [.. FastPaths.All];

    static IEnumerable<Digit> AllDigits => Digits.Training.Concat(Digits.Tests);

    [Theory, MemberData(nameof(Paths))]
    public void ToJaggedGivesBackTheSameWeights(FastPath path)
    {
        double[][][] jagged = Initialization.DotNet(7, [6, 5, 3], -2, 2);
        Assert.Equal(0, Compare.DifferingBits(jagged, FastNetwork.From(jagged, path).ToJagged()));
    }

    [Theory, MemberData(nameof(Paths))]
    public void FeedForwardAndPredictMatchTheJaggedNetworkBitForBit(FastPath path)
    {
        double[][][] jagged = Initialization.Walkthrough(42);
        var fast = FastNetwork.From(jagged, path);
        foreach (Digit digit in AllDigits)
        {
            double[] expected = Network.FeedForward(jagged, digit.Pixels)[^1];
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), fast.FeedForward(digit.Pixels).Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(Network.Predict(jagged, digit.Pixels), fast.Predict(digit.Pixels));
        }
    }

    [Theory, MemberData(nameof(Paths))]
    public void HugeWeightsSaturateAsTheJaggedNetworkDoes(FastPath path)
    {
        // Sums far beyond ±512 (and beyond e^x's overflow at 709.78) take FastExp's slow lane; the answers must not change.
        double[][][] jagged = Initialization.Walkthrough(42).Select(layer => layer.Select(n => n.Select(w => w * 2000).ToArray()).ToArray()).ToArray();
        var fast = FastNetwork.From(jagged, path);
        foreach (Digit digit in AllDigits)
        {
            double[] expected = Network.FeedForward(jagged, digit.Pixels)[^1];
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), fast.FeedForward(digit.Pixels).Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Theory, MemberData(nameof(Paths))]
    public void LossIsTheJaggedLoss(FastPath path)
    {
        double[][][] jagged = Compare.TrainJagged(Initialization.Walkthrough(3), Digits.Inputs(), Digits.Targets(), 20, BackpropKind.AsWritten);
        double expected = Loss.SumOfSquaredErrors(jagged, Digits.Inputs(), Digits.Targets());
        Assert.Equal(expected, FastNetwork.From(jagged, path).Loss(FastSamples.Walkthrough()));
    }

    [Theory, MemberData(nameof(Paths))]
    public void PaddingNeuronsHaveNoWeightsAfterTraining(FastPath path)
    {
        var fast = FastNetwork.From(Initialization.Walkthrough(42), path);
        FastTrainer.Train(fast, FastSamples.Walkthrough(), 50);
        for (int row = 0; row <= fast.Inputs; row++)
            for (int n = fast.Hidden; n < fast.HiddenStride; n++) Assert.Equal(0.0, fast.HiddenWeights[row * fast.HiddenStride + n]);
        for (int row = 0; row <= fast.Hidden; row++)
            for (int k = fast.Classes; k < fast.OutputStride; k++) Assert.Equal(0.0, fast.OutputWeights[row * fast.OutputStride + k]);
    }

    [Fact]
    public void RowsArePaddedToWholeVectorsOnTheSimdPath()
    {
        var fast = FastNetwork.From(Initialization.Walkthrough(42), FastPath.Simd);
        int pair = 2 * FastPaths.Lanes(FastPath.Simd); // the kernels take two vectors at a time
        Assert.Equal(0, fast.HiddenStride % pair);
        Assert.InRange(fast.HiddenStride, 5, 5 + pair - 1);
        Assert.Equal(0, fast.OutputStride % pair);
        Assert.InRange(fast.OutputStride, 10, 10 + pair - 1);
        Assert.Equal(5, FastNetwork.From(Initialization.Walkthrough(42), FastPath.Scalar).HiddenStride);
    }

    [Fact]
    public void SetWeightsReplacesEveryWeight()
    {
        var fast = FastNetwork.From(Initialization.Walkthrough(1));
        double[][][] other = Initialization.Walkthrough(2);
        fast.SetWeights(other);
        Assert.Equal(0, Compare.DifferingBits(other, fast.ToJagged()));
    }

    [Fact]
    public void RefusesNetworksItCannotHold()
    {
        var threeLayers = Initialization.Python(1, [25, 5, 5, 10]);
        Assert.Contains("one hidden layer", Assert.Throws<ArgumentException>(() => FastNetwork.From(threeLayers)).Message);
        var fast = FastNetwork.From(Initialization.Walkthrough(1));
        Assert.Contains("[25, 6, 10]", Assert.Throws<ArgumentException>(() => fast.SetWeights(Initialization.Walkthrough(1, hidden: 6))).Message);
        Assert.Contains("24 values", Assert.Throws<ArgumentException>(() => fast.Predict(new double[24])).Message);
        double[] withNaN = new double[25];
        withNaN[3] = double.NaN;
        Assert.Contains("input[3]", Assert.Throws<ArgumentException>(() => fast.Predict(withNaN)).Message);
    }
}
