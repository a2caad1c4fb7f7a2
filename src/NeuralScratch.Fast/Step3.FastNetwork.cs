using System.Runtime.CompilerServices;
namespace NeuralScratch.Fast;

/// <summary>
/// The walkthrough's network (inputs, one hidden layer, outputs) in two flat arrays instead of
/// arrays of arrays. Each layer is stored transposed: row j holds input j's weight into every
/// neuron of the layer, and the last row holds the biases. On the SIMD path rows are padded with
/// zeros to whole pairs of vectors, so one vector carries the running sums of several neurons,
/// each sum still added input by input in the walkthrough's order. Working space is allocated here, once:
/// a training step allocates nothing. Not thread-safe: give each thread its own network.
/// </summary>
public sealed class FastNetwork
{
    public int Inputs { get; }
    public int Hidden { get; }
    public int Classes { get; }
    public FastPath Path { get; }

    // A layer's row length: its neuron count, rounded up to whole pairs of vectors on the SIMD path.
    internal readonly int HiddenStride, OutputStride;
    // HiddenWeights[j * HiddenStride + n] is input j's weight into hidden neuron n (j = Inputs: the bias).
    internal readonly double[] HiddenWeights;
    // OutputWeights[i * OutputStride + k] is hidden neuron i's weight into output k (i = Hidden: the bias).
    internal readonly double[] OutputWeights;
    // Working space for one sample, padded like the rows. The padding's deltas stay 0; its outputs
    // (the sigmoid of a zero sum) are never read as inputs.
    internal readonly double[] HiddenSums, HiddenOutputs, OutputSums, Outputs, HiddenDeltas, OutputDeltas;

    bool UsesVectors => Path != FastPath.Scalar;

    FastNetwork(int inputs, int hidden, int classes, FastPath path)
    {
        (Inputs, Hidden, Classes, Path) = (inputs, hidden, classes, path);
        if (path == FastPath.SimdExp) FastExp.Prepare();
        // The SIMD kernels take two vectors of neurons at a time.
        int lanes = path == FastPath.Scalar ? 1 : 2 * FastPaths.Lanes(path);
        HiddenStride = RoundUp(hidden, lanes);
        OutputStride = RoundUp(classes, lanes);
        HiddenWeights = new double[(inputs + 1) * HiddenStride];
        OutputWeights = new double[(hidden + 1) * OutputStride];
        HiddenSums = new double[HiddenStride];
        HiddenOutputs = new double[HiddenStride];
        OutputSums = new double[OutputStride];
        Outputs = new double[OutputStride];
        HiddenDeltas = new double[HiddenStride];
        OutputDeltas = new double[OutputStride];
    }

    /// <summary>
    /// Copies a walkthrough-shaped network (<c>[hidden layer, output layer]</c>, bias last) into
    /// flat arrays. Only one hidden layer: that is the walkthrough's network and the fast path's.
    /// </summary>
    public static FastNetwork From(double[][][] network, FastPath? path = null)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.FiniteWeights(network);
        NetworkCheck.OneHiddenLayer(network, "the fast network", "Training.Train");
        int inputs = Network.InputSize(network), hidden = network[0].Length, classes = network[1].Length;
        var fast = new FastNetwork(inputs, hidden, classes, path ?? FastPaths.Best);
        fast.SetWeights(network);
        return fast;
    }

    /// <summary>Overwrites the weights with a jagged network's of the same shape, allocating nothing.</summary>
    public void SetWeights(double[][][] network)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.FiniteWeights(network);
        if (network.Length != 2 || Network.InputSize(network) != Inputs || network[0].Length != Hidden || network[1].Length != Classes)
            throw new ArgumentException($"the network's layer sizes are [{string.Join(", ", Network.LayerSizes(network))}]; this fast network's are [{Inputs}, {Hidden}, {Classes}]");
        Transpose(network[0], HiddenWeights, HiddenStride);
        Transpose(network[1], OutputWeights, OutputStride);
    }

    /// <summary>The weights back as the walkthrough stores them: layers of neurons of weights, bias last.</summary>
    public double[][][] ToJagged() =>
    [
        Untranspose(HiddenWeights, HiddenStride, Hidden, Inputs + 1),
        Untranspose(OutputWeights, OutputStride, Classes, Hidden + 1),
    ];

    /// <summary>The output layer's values for one input (a new array).</summary>
    public double[] FeedForward(ReadOnlySpan<double> input)
    {
        CheckInput(input);
        Forward(input);
        return Outputs[..Classes];
    }

    /// <summary>The class the network picks: the index of the largest output (the first, on a tie). Allocates nothing.</summary>
    public int Predict(ReadOnlySpan<double> input)
    {
        CheckInput(input);
        Forward(input);
        return Network.ArgMax(Outputs.AsSpan(0, Classes));
    }

    /// <summary>The sum of squared errors over every sample, added as <see cref="Loss.SumOfSquaredErrors(double[][][], double[][], double[][])"/> adds it.</summary>
    public double Loss(FastSamples samples)
    {
        CheckSamples(samples);
        double total = 0;
        for (int s = 0; s < samples.Count; s++)
        {
            Forward(samples.Input(s));
            ReadOnlySpan<double> target = samples.Target(s);
            double sum = 0;
            for (int k = 0; k < Classes; k++)
            {
                double error = Outputs[k] - target[k];
                sum += error * error;
            }
            total += sum;
        }
        return total;
    }

    /// <summary>Fills <see cref="HiddenOutputs"/> and <see cref="Outputs"/> for one input. Unchecked.</summary>
    internal void Forward(ReadOnlySpan<double> input)
    {
        HiddenSumsOf(input);
        ForwardFromHiddenSums();
    }

    /// <summary>The hidden neurons' weighted sums for one input, into <see cref="HiddenSums"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void HiddenSumsOf(ReadOnlySpan<double> input)
    {
        if (UsesVectors) SimdKernels.Sums(HiddenWeights, HiddenStride, input, HiddenSums);
        else ScalarKernels.Sums(HiddenWeights, HiddenStride, input, HiddenSums);
    }

    /// <summary>The rest of the forward pass, from <see cref="HiddenSums"/> to <see cref="Outputs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ForwardFromHiddenSums()
    {
        Sigmoids(HiddenSums, HiddenOutputs, Hidden);
        ReadOnlySpan<double> hidden = HiddenOutputs.AsSpan(0, Hidden);
        if (UsesVectors) SimdKernels.Sums(OutputWeights, OutputStride, hidden, OutputSums);
        else ScalarKernels.Sums(OutputWeights, OutputStride, hidden, OutputSums.AsSpan(0, Classes));
        Sigmoids(OutputSums, Outputs, Classes);
    }

    /// <summary>outputs[n] = sigmoid(sums[n]) for the layer's neurons (SimdExp: and the rest of their last vector).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void Sigmoids(double[] sums, double[] outputs, int neurons)
    {
        if (Path == FastPath.SimdExp) SimdKernels.Sigmoids(sums, outputs, neurons);
        // Math.Exp has no vector form: one neuron at a time.
        else for (int n = 0; n < neurons; n++) outputs[n] = Activation.Sigmoid(sums[n]);
    }

    /// <summary>The output layer's w −= rate · δ · h, with <see cref="OutputDeltas"/>. Unchecked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void UpdateOutputLayer(double learningRate)
    {
        ReadOnlySpan<double> hidden = HiddenOutputs.AsSpan(0, Hidden);
        if (UsesVectors) SimdKernels.UpdateLayer(OutputWeights, OutputStride, OutputDeltas, hidden, learningRate);
        else ScalarKernels.UpdateLayer(OutputWeights, OutputStride, OutputDeltas, hidden, learningRate);
    }

    /// <summary>The hidden layer's w −= rate · δ · x with <see cref="HiddenDeltas"/>, and then <see cref="HiddenSums"/> for the next input. Unchecked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void UpdateHiddenLayerThenSums(ReadOnlySpan<double> input, ReadOnlySpan<double> next, double learningRate)
    {
        if (UsesVectors) SimdKernels.UpdateLayerThenSums(HiddenWeights, HiddenStride, HiddenDeltas, input, next, learningRate, HiddenSums);
        else ScalarKernels.UpdateLayerThenSums(HiddenWeights, HiddenStride, HiddenDeltas, input, next, learningRate, HiddenSums);
    }

    internal void CheckInput(ReadOnlySpan<double> input)
    {
        if (input.Length != Inputs)
            throw new ArgumentException($"the input has {input.Length} values; the network expects {Inputs}");
        for (int j = 0; j < input.Length; j++)
            if (!double.IsFinite(input[j])) throw new ArgumentException($"input[{j}] is {input[j]}; expected a finite number");
    }

    internal void CheckSamples(FastSamples samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.InputSize != Inputs || samples.TargetSize != Classes)
            throw new ArgumentException($"the samples have {samples.InputSize} inputs and {samples.TargetSize} targets each; the network takes {Inputs} inputs and has {Classes} outputs");
    }

    static int RoundUp(int count, int multiple) => (count + multiple - 1) / multiple * multiple;

    // Neuron n's weight j goes to row j, column n.
    static void Transpose(double[][] layer, double[] flat, int stride)
    {
        for (int n = 0; n < layer.Length; n++)
            for (int j = 0; j < layer[n].Length; j++)
                flat[j * stride + n] = layer[n][j];
    }

    static double[][] Untranspose(double[] flat, int stride, int neurons, int weightsPerNeuron) =>
        Enumerable.Range(0, neurons)
            .Select(n => Enumerable.Range(0, weightsPerNeuron).Select(j => flat[j * stride + n]).ToArray())
            .ToArray();
}
