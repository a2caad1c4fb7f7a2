using System.Runtime.CompilerServices;
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
        Kernels(network, samples, epochs, backprop, learningRate);
    }

    static void Run(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        if (!FusedStep.TryTrain(network, samples, epochs, backprop, learningRate))
            Kernels(network, samples, epochs, backprop, learningRate);
    }

    // The hot methods of the fast path are compiled optimised at once, not after tiering: a
    // notebook's busy kernel can delay tiering for seconds, and the first runs are the ones a learner times.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void Kernels(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        if (epochs > 0) network.HiddenSumsOf(samples.Input(0));
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int s = 0; s < samples.Count; s++)
                Step(network, samples, s, backprop, learningRate);
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

    /// <summary>
    /// One backpropagation step for sample <paramref name="s"/>, whose hidden sums are already in
    /// the network; it leaves there the hidden sums of the sample after it (sample 0 after the last).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Step(FastNetwork net, FastSamples samples, int s, BackpropKind backprop, double learningRate)
    {
        net.ForwardFromHiddenSums();
        OutputDeltas(net, samples.Target(s));
        if (backprop == BackpropKind.AsWritten)
        {
            // The walkthrough's order: output weights first, then hidden deltas from those new weights.
            net.UpdateOutputLayer(learningRate);
            HiddenDeltas(net);
        }
        else
        {
            // The true gradient: every delta from the weights as they were, then every update.
            HiddenDeltas(net);
            net.UpdateOutputLayer(learningRate);
        }
        // The last use of this sample's hidden weights and the first use by the next sample, in one pass.
        net.UpdateHiddenLayerThenSums(samples.Input(s), samples.Input((s + 1) % samples.Count), learningRate);
    }

    /// <summary>δ_k = o·(1 − o)·(o − t) for each output; the padding's deltas stay 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void OutputDeltas(FastNetwork net, ReadOnlySpan<double> target)
    {
        double[] outputs = net.Outputs, deltas = net.OutputDeltas;
        for (int k = 0; k < net.Classes; k++)
            deltas[k] = outputs[k] * (1 - outputs[k]) * (outputs[k] - target[k]);
    }

    /// <summary>δ_i = h·(1 − h)·Σ_k δ_k·w_ik. Row i of the transposed output layer is the walkthrough's column.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void HiddenDeltas(FastNetwork net)
    {
        ReadOnlySpan<double> outputDeltas = net.OutputDeltas.AsSpan(0, net.Classes), hidden = net.HiddenOutputs.AsSpan(0, net.Hidden);
        Span<double> hiddenDeltas = net.HiddenDeltas.AsSpan(0, hidden.Length);
        double[] weights = net.OutputWeights;
        int stride = net.OutputStride;
        for (int i = 0; i < hidden.Length; i++)
        {
            ReadOnlySpan<double> row = weights.AsSpan(i * stride, outputDeltas.Length);
            double sum = 0;
            for (int k = 0; k < row.Length; k++) sum += outputDeltas[k] * row[k];
            double h = hidden[i];
            hiddenDeltas[i] = h * (1 - h) * sum;
        }
    }

    static void Check(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.CheckSamples(samples);
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "the number of epochs must be 0 or more");
        if (!double.IsFinite(learningRate) || learningRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the learning rate must be a finite number above 0");
        if (backprop is not (BackpropKind.AsWritten or BackpropKind.TrueGradient))
            throw new ArgumentOutOfRangeException(nameof(backprop), backprop, "expected AsWritten or TrueGradient");
    }
}
