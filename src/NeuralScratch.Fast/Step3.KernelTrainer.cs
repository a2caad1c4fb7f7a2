using System.Runtime.CompilerServices;
namespace NeuralScratch.Fast;

/// <summary>
/// Steps 3-5 of "Making it fast": the walkthrough's training step on a <see cref="FastNetwork"/>, for
/// any layer sizes, with whichever kernels the network's <see cref="FastPath"/> picks (scalar, SIMD,
/// SIMD with the vector e^x). The same operations in the same order as <see cref="Training.Train"/>.
/// </summary>
static class KernelTrainer
{
    // The hot methods of the fast path are compiled optimised at once, not after tiering: a
    // notebook's busy kernel can delay tiering for seconds, and the first runs are the ones a learner times.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Train(FastNetwork network, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        if (epochs > 0) network.HiddenSumsOf(samples.Input(0));
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int s = 0; s < samples.Count; s++)
                Step(network, samples, s, backprop, learningRate);
    }

    /// <summary>
    /// One backpropagation step for sample <paramref name="s"/>, whose hidden sums are already in
    /// the network; it leaves there the hidden sums of the sample after it (sample 0 after the last).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Step(FastNetwork net, FastSamples samples, int s, BackpropKind backprop, double learningRate)
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
}
