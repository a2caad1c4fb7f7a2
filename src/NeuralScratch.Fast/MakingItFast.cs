namespace NeuralScratch.Fast;

/// <summary>
/// The steps of the "Making it fast" story as calls a notebook can time. Each trains the
/// walkthrough's network for <paramref name="seed"/> with the walkthrough's backpropagate and
/// returns the trained weights; every step gives the same bits as the first (step 5: where
/// <see cref="FastExp.GivesMathExpsBits"/>, as on Linux).
/// </summary>
public static class MakingItFast
{
    /// <summary>Step 1: the walkthrough's <c>train</c>, calling <see cref="Backpropagation.BackpropagateAsWritten"/> for each sample.</summary>
    public static double[][][] Naive(int seed = 42, int epochs = 10000)
    {
        double[][][] network = Initialization.Walkthrough(seed);
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                Backpropagation.BackpropagateAsWritten(network, inputs[i], targets[i]);
        return network;
    }

    /// <summary>Step 2: the same jagged arrays, working arrays allocated and arguments checked once per run.</summary>
    public static double[][][] NoAllocations(int seed = 42, int epochs = 10000)
    {
        double[][][] network = Initialization.Walkthrough(seed);
        NoAllocationTrainer.Train(network, Digits.Inputs(), Digits.Targets(), epochs);
        return network;
    }

    /// <summary>Step 3: two flat, transposed arrays, one number at a time.</summary>
    public static double[][][] FlatArrays(int seed = 42, int epochs = 10000) => Fast(seed, epochs, FastPath.Scalar);

    /// <summary>Step 4: the same flat arrays, a SIMD vector of neurons at a time.</summary>
    public static double[][][] Simd(int seed = 42, int epochs = 10000) => Fast(seed, epochs, FastPath.Simd);

    /// <summary>Step 5: the sigmoids a vector at a time as well, with our own e^x (<see cref="FastExp"/>).</summary>
    public static double[][][] SimdExp(int seed = 42, int epochs = 10000) => Fast(seed, epochs, FastPath.SimdExp);

    /// <summary>
    /// Step 6: step 5's arithmetic, written out for this one network so that it stays in registers
    /// (<see cref="FusedStep"/>); where the CPU lacks AVX2 and FMA, step 5 again.
    /// </summary>
    public static double[][][] Fused(int seed = 42, int epochs = 10000)
    {
        var network = FastNetwork.From(Initialization.Walkthrough(seed), FastPath.SimdExp);
        FastTrainer.Train(network, FastSamples.Walkthrough(), epochs);
        return network.ToJagged();
    }

    static double[][][] Fast(int seed, int epochs, FastPath path)
    {
        var network = FastNetwork.From(Initialization.Walkthrough(seed), path);
        FastTrainer.TrainKernelByKernel(network, FastSamples.Walkthrough(), epochs);
        return network.ToJagged();
    }
}
