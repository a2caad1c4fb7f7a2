using NeuralScratch.Fast;

namespace NeuralScratch.Fast.Tests;

public class FastTrainerTests
{
    public static TheoryData<FastPath, BackpropKind> PathsAndBackprops()
    {
        var data = new TheoryData<FastPath, BackpropKind>();
        foreach (FastPath path in FastPaths.All)
            foreach (BackpropKind backprop in new[] { BackpropKind.AsWritten, BackpropKind.TrueGradient })
                data.Add(path, backprop);
        return data;
    }

    static double[][][] TrainFast(double[][][] start, FastSamples samples, int epochs, FastPath path, BackpropKind backprop, double learningRate = 1)
    {
        var network = FastNetwork.From(start, path);
        FastTrainer.Train(network, samples, epochs, backprop, learningRate);
        return network.ToJagged();
    }

    [Theory, MemberData(nameof(PathsAndBackprops))]
    public void AgreesWithTheJaggedTrainerAfter100Epochs(FastPath path, BackpropKind backprop)
    {
        foreach (int seed in new[] { 42, 0, 7 })
        {
            double[][][] start = Initialization.Walkthrough(seed);
            double[][][] jagged = Compare.TrainJagged(start, Digits.Inputs(), Digits.Targets(), 100, backprop);
            double[][][] fast = TrainFast(start, FastSamples.Walkthrough(), 100, path, backprop);
            Assert.True(Compare.MaxDifference(jagged, start) > 1, "training should move the weights");
            Assert.InRange(Compare.MaxDifference(jagged, fast), 0, 1e-12);
            // Stronger than the 1e-12 asked for: the same sums in the same order give the same bits
            // (SimdExp: where its e^x is Math.Exp's; the next tests say what happens elsewhere).
            if (FastPaths.GivesJaggedBits(path)) Assert.Equal(0, Compare.DifferingBits(jagged, fast));
        }
    }

    [Theory, MemberData(nameof(PathsAndBackprops))]
    public void AgreesOnOtherShapesAndLearningRates(FastPath path, BackpropKind backprop)
    {
        // Sizes that are and are not whole vectors, one output, random signs, a learning rate that is not 1.
        foreach ((int[] sizes, double rate) in new[] { (new[] { 7, 3, 4 }, 0.5), (new[] { 2, 8, 1 }, 2.0), (new[] { 9, 1, 13 }, 0.1) })
        {
            var random = new Random(sizes.Sum());
            double[][] inputs = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, sizes[0]).Select(_ => random.NextDouble() * 2 - 1).ToArray()).ToArray();
            double[][] targets = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, sizes[2]).Select(_ => random.NextDouble()).ToArray()).ToArray();
            double[][][] start = Initialization.DotNet(sizes.Sum(), sizes, -1, 1);
            double[][][] jagged = Compare.TrainJagged(start, inputs, targets, 100, backprop, rate);
            double[][][] fast = TrainFast(start, FastSamples.From(inputs, targets), 100, path, backprop, rate);
            if (FastPaths.GivesJaggedBits(path)) Assert.Equal(0, Compare.DifferingBits(jagged, fast));
            else Assert.InRange(Compare.MaxDifference(jagged, fast), 0, 1e-12);
        }
    }

    [Theory, MemberData(nameof(PathsAndBackprops))]
    public void LearnsTheSameTrainingDigitsAsTheJaggedTrainerAfter10000Epochs(FastPath path, BackpropKind backprop)
    {
        // A last-bit difference in e^x grows over 100,000 steps until other digits come out: a path
        // without the jagged trainer's bits is one the kit must not train with.
        if (!FastPaths.GivesJaggedBits(path))
        {
            Assert.NotEqual(path, FastPaths.Best);
            Assert.Skip($"{path} does not give the jagged trainer's bits here (FastExp is not Math.Exp's e^x); checked only that the kit does not train with it");
        }
        double[][][] start = Initialization.Walkthrough(42);
        double[][][] jagged = Compare.TrainJagged(start, Digits.Inputs(), Digits.Targets(), 10000, backprop);
        var fast = FastNetwork.From(start, path);
        FastTrainer.Train(fast, FastSamples.Walkthrough(), 10000, backprop);
        foreach (Digit digit in Digits.Training.Concat(Digits.Tests))
            Assert.Equal(Network.Predict(jagged, digit.Pixels), fast.Predict(digit.Pixels));
        Assert.Equal(0, Compare.DifferingBits(jagged, fast.ToJagged()));
    }

    [Theory, MemberData(nameof(FastNetworkTests.Paths), MemberType = typeof(FastNetworkTests))]
    public void ReproducesThePythonRunExactly(FastPath path)
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        if (!FastPaths.GivesJaggedBits(path))
        {
            Assert.NotEqual(path, FastPaths.Best);
            Assert.Skip($"{path} does not give the jagged trainer's bits here (FastExp is not Math.Exp's e^x); checked only that the kit does not train with it");
        }
        var fast = FastNetwork.From(Initialization.Walkthrough(42), path);
        FastTrainer.Train(fast, FastSamples.Walkthrough(), 10000);
        Assert.Equal(0, Compare.DifferingBits(Reference.TrainedSeed42(), fast.ToJagged()));
        Assert.Equal(Reference.TestPixels(), Digits.Tests.Select(d => d.Pixels));
        Assert.Equal(Reference.TestPredictions(), Digits.Tests.Select(d => fast.Predict(d.Pixels)));
        Assert.All(Digits.Training, d => Assert.Equal(d.Label, fast.Predict(d.Pixels)));
    }

    [Theory, MemberData(nameof(PathsAndBackprops))]
    public void RecordsTheLossAsTrainingDoes(FastPath path, BackpropKind backprop)
    {
        double[][][] jagged = Initialization.Walkthrough(5);
        var fast = FastNetwork.From(jagged, path);
        TrainingResult expected = Training.Train(jagged, Digits.Inputs(), Digits.Targets(), 30, new TrainingOptions { Backprop = backprop });
        TrainingResult actual = FastTrainer.TrainRecordingLoss(fast, FastSamples.Walkthrough(), 30, backprop);
        if (FastPaths.GivesJaggedBits(path)) Assert.Equal(expected.Losses, actual.Losses);
        else Assert.All(expected.Losses.Zip(actual.Losses), pair => Assert.Equal(pair.First, pair.Second, 1e-12));
    }

    [Theory, MemberData(nameof(PathsAndBackprops))]
    public void TrainingAllocatesNothing(FastPath path, BackpropKind backprop)
    {
        var fast = FastNetwork.From(Initialization.Walkthrough(42), path);
        var samples = FastSamples.Walkthrough();
        FastTrainer.Train(fast, samples, 10, backprop); // first call: anything lazy happens here
        long before = GC.GetAllocatedBytesForCurrentThread();
        FastTrainer.Train(fast, samples, 200, backprop);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ChecksItsArgumentsOnce()
    {
        var fast = FastNetwork.From(Initialization.Walkthrough(1));
        var samples = FastSamples.Walkthrough();
        Assert.Throws<ArgumentOutOfRangeException>(() => FastTrainer.Train(fast, samples, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FastTrainer.Train(fast, samples, 1, learningRate: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FastTrainer.Train(fast, samples, 1, learningRate: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => FastTrainer.Train(fast, samples, 1, (BackpropKind)7));
        var xorSamples = FastSamples.From(XorNetwork.Inputs, [[0], [1], [1], [0]]);
        Assert.Contains("2 inputs and 1 targets", Assert.Throws<ArgumentException>(() => FastTrainer.Train(fast, xorSamples, 1)).Message);
        Assert.Contains("input 1", Assert.Throws<ArgumentException>(() => FastSamples.From([[1, 2], [1]], [[0], [1]])).Message);
    }
}
