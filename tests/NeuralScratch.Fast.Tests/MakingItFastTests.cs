using NeuralScratch.Fast;

namespace NeuralScratch.Fast.Tests;

public class MakingItFastTests
{
    [Fact]
    public void EveryStepTrainsToTheSameBits()
    {
        double[][][] naive = MakingItFast.Naive(seed: 11, epochs: 500);
        Assert.True(Compare.MaxDifference(naive, Initialization.Walkthrough(11)) > 1, "training should move the weights");
        Assert.Equal(0, Compare.DifferingBits(naive, MakingItFast.NoAllocations(seed: 11, epochs: 500)));
        Assert.Equal(0, Compare.DifferingBits(naive, MakingItFast.FlatArrays(seed: 11, epochs: 500)));
        Assert.Equal(0, Compare.DifferingBits(naive, MakingItFast.Simd(seed: 11, epochs: 500)));
        // Step 5 computes e^x itself, glibc's way: Math.Exp's bits on Linux, which is where this kit's CI runs.
        double[][][] simdExp = MakingItFast.SimdExp(seed: 11, epochs: 500);
        if (FastExp.GivesMathExpsBits) Assert.Equal(0, Compare.DifferingBits(naive, simdExp));
        else Assert.NotEqual(FastPath.SimdExp, FastPaths.Best); // then the kit does not train with it
        // Step 6 is step 5's arithmetic in another arrangement: step 5's bits on every machine.
        Assert.Equal(0, Compare.DifferingBits(simdExp, MakingItFast.Fused(seed: 11, epochs: 500)));
    }

    [Fact]
    public void TheNoAllocationStepReproducesThePythonRun()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        Assert.Equal(0, Compare.DifferingBits(Reference.TrainedSeed42(), MakingItFast.NoAllocations()));
    }

    [Fact]
    public void TheNoAllocationStepAllocatesOncePerRunNotPerSample()
    {
        double[][][] network = Initialization.Walkthrough(42);
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        NoAllocationTrainer.Train(network, inputs, targets, 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        NoAllocationTrainer.Train(network, inputs, targets, 100);
        long oneRun = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        NoAllocationTrainer.Train(network, inputs, targets, 1000);
        Assert.Equal(oneRun, GC.GetAllocatedBytesForCurrentThread() - before); // ten times the epochs, no more bytes
        Assert.InRange(oneRun, 1, 4096); // the working arrays and the checks' messages, once
    }
}
