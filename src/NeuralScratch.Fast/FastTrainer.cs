using System.Numerics;
namespace NeuralScratch.Fast;

/// <summary>
/// <see cref="Training.Train"/> on a <see cref="FastNetwork"/>: the same two backprops, the same
/// order of operations, the same bits, without allocating or re-checking anything per sample.
/// </summary>
public static class FastTrainer
{
    /// <summary>
    /// For each epoch, one backpropagation step per sample, in order; changes the network in
    /// place. Checks its arguments once, then allocates nothing. Where <see cref="FusedStep.Fits"/> (the
    /// walkthrough's network on SimdExp with AVX2) with the fused step, elsewhere with the general
    /// kernels (<see cref="TrainKernelByKernel"/>): the same bits either way.
    /// </summary>
    public static void Train(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop = BackpropKind.AsWritten, double learningRate = 1)
    {
        Check(network, samples, epochs, backprop, learningRate);
        Run(network, samples, epochs, backprop, learningRate);
    }

    /// <summary>
    /// <see cref="Train"/> with the general kernels only, never the fused step: steps 3-5 of "Making it
    /// fast", for any layer sizes and any SIMD width.
    /// </summary>
    public static void TrainKernelByKernel(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop = BackpropKind.AsWritten, double learningRate = 1)
    {
        Check(network, samples, epochs, backprop, learningRate);
        KernelTrainer.Train(network, samples, epochs, backprop, learningRate);
    }

    /// <summary>
    /// <see cref="Train"/>, also recording the loss: <c>Losses[e]</c> is the sum of squared errors
    /// after <c>e</c> epochs, as <see cref="Training.Train"/> records it (one forward pass per sample per epoch more).
    /// </summary>
    public static TrainingResult TrainRecordingLoss(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop = BackpropKind.AsWritten, double learningRate = 1)
    {
        Check(network, samples, epochs, backprop, learningRate);
        var losses = new double[epochs + 1];
        losses[0] = network.Loss(samples);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            // One epoch at a time: each starts from the first sample's hidden sums, which the loss's forward passes overwrote.
            Run(network, samples, 1, backprop, learningRate);
            losses[epoch] = network.Loss(samples);
        }
        return new TrainingResult(losses);
    }

    /// <summary>What this machine runs, e.g. "Simd: Vector&lt;double&gt; of 4 (hardware accelerated); FastExp gives Math.Exp's bits: yes; best path here: SimdExp; fused step ...: yes".</summary>
    public static string Describe() =>
        $"Simd: Vector<double> of {Vector<double>.Count} ({(Vector.IsHardwareAccelerated ? "hardware accelerated" : "software only")}); " +
        $"FastExp gives Math.Exp's bits: {YesNo(FastExp.GivesMathExpsBits)}; best path here: {FastPaths.Best}" +
        (FastPaths.Best == FastPath.SimdExp ? $"; fused step for 5 hidden neurons and 10 outputs (AVX2, FMA): {YesNo(FusedStep.RunsHere)}" : "");

    static string YesNo(bool value) => value ? "yes" : "no";

    static void Run(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        if (FusedStep.Fits(network)) FusedStep.Train(network, samples, epochs, backprop, learningRate);
        else KernelTrainer.Train(network, samples, epochs, backprop, learningRate);
    }

    static void Check(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.CheckSamples(samples);
        NetworkCheck.Epochs(epochs);
        NetworkCheck.LearningRate(learningRate);
        NetworkCheck.Backprop(backprop);
    }
}
