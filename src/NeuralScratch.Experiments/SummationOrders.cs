namespace NeuralScratch.Experiments;

/// <summary>
/// The order in which a dot product adds its terms. Floating-point addition is not
/// associative, so each order can round differently, and a long training run can amplify that.
/// </summary>
public enum SummationOrder
{
    /// <summary>((a0*b0 + a1*b1) + a2*b2) + ...: what the walkthrough's NumPy (reference BLAS) did, and <see cref="Network.Dot"/> does.</summary>
    LeftToRight,
    /// <summary>Split in halves and add the halves' sums, recursively: NumPy's way for long sums.</summary>
    Pairwise,
    /// <summary>Each step is one fused multiply-add, rounded once: what many optimised BLAS kernels do.</summary>
    FusedMultiplyAdd,
}

/// <summary>
/// Notebook 02's experiment: the walkthrough's training with every dot product added in another
/// order, to see how far the last bits of a sum can move where a run ends.
/// </summary>
public static class SummationOrders
{
    /// <summary>Σ a[i]·b[i], added in the given order.</summary>
    public static double Dot(double[] a, double[] b, SummationOrder order)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"cannot take the dot product of vectors of {a.Length} and {b.Length} values; expected equal lengths");
        return order switch
        {
            SummationOrder.LeftToRight => Network.Dot(a, b),
            SummationOrder.Pairwise => Pairwise(a, b, 0, a.Length),
            SummationOrder.FusedMultiplyAdd => Fused(a, b),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "expected LeftToRight, Pairwise or FusedMultiplyAdd"),
        };
    }

    /// <summary>
    /// <see cref="PredictionHistory.Track"/> with every sum of training added in <paramref name="order"/>:
    /// trains <paramref name="network"/> in place with the walkthrough's backpropagate on the ten training
    /// digits, and records the predictions for <paramref name="digits"/> after every epoch.
    /// </summary>
    public static PredictionHistory Track(SummationOrder order, double[][][] network, IReadOnlyList<Digit> digits, int epochs)
    {
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        NetworkCheck.Shape(network);
        NetworkCheck.Samples(network, inputs, targets);
        NetworkCheck.OneHiddenLayer(network, "the walkthrough's backpropagate", "PredictionHistory.Track with BackpropKind.TrueGradient");
        NetworkCheck.Epochs(epochs);

        EpochRecorder<int[]> recorder = PredictionHistory.Recorder(network, digits);
        var losses = new double[epochs + 1];
        losses[0] = Loss(network, inputs, targets, order);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            for (int i = 0; i < inputs.Length; i++) Backpropagate(network, inputs[i], targets[i], order);
            losses[epoch] = Loss(network, inputs, targets, order);
            recorder.AfterEpoch(epoch, losses[epoch]);
        }
        return PredictionHistory.From(digits, recorder, losses);
    }

    /// <summary>
    /// The walkthrough's backpropagate (<see cref="Backpropagation.BackpropagateAsWritten"/>, learning rate 1),
    /// with its sums, the neurons' and the hidden deltas', added in <paramref name="order"/>.
    /// </summary>
    static void Backpropagate(double[][][] network, double[] input, double[] target, SummationOrder order)
    {
        double[][] hiddenLayer = network[0], outputLayer = network[1];
        double[] hiddenOutputs = Layer(hiddenLayer, input, order), outputs = Layer(outputLayer, hiddenOutputs, order);
        double[] outputDeltas = Backpropagation.OutputDeltas(outputs, target);
        Backpropagation.UpdateLayer(outputLayer, outputDeltas, hiddenOutputs, learningRate: 1); // output layer first, as written
        double[] hiddenDeltas = hiddenOutputs
            .Select((h, i) => h * (1 - h) * Dot(outputDeltas, outputLayer.Select(neuron => neuron[i]).ToArray(), order))
            .ToArray();
        Backpropagation.UpdateLayer(hiddenLayer, hiddenDeltas, input, learningRate: 1);
    }

    /// <summary>A layer's outputs: each neuron's sigmoid of its weights dotted with the input and the bias's 1.</summary>
    static double[] Layer(double[][] layer, double[] input, SummationOrder order)
    {
        double[] inputWithBias = [.. input, 1];
        return layer.Select(neuron => Activation.Sigmoid(Dot(neuron, inputWithBias, order))).ToArray();
    }

    static double Loss(double[][][] network, double[][] inputs, double[][] targets, SummationOrder order) =>
        inputs.Zip(targets).Sum(sample =>
            NeuralScratch.Loss.SumOfSquaredErrors(Layer(network[1], Layer(network[0], sample.First, order), order), sample.Second));

    static double Fused(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum = Math.FusedMultiplyAdd(a[i], b[i], sum); // rounds once per step
        return sum;
    }

    static double Pairwise(double[] a, double[] b, int start, int count)
    {
        if (count == 0) return 0;
        if (count == 1) return a[start] * b[start];
        int half = count / 2;
        return Pairwise(a, b, start, half) + Pairwise(a, b, start + half, count - half);
    }
}
