namespace NeuralScratch;

/// <summary>
/// A network stored as the walkthrough stores it: a list of layers, each a list of
/// neurons, each a list of weights with the bias weight last (<c>double[][][]</c>).
/// </summary>
public static class Network
{
    /// <summary>One neuron: the sigmoid of its weights dotted with the input (bias input 1 last).</summary>
    public static double NeuronOutput(double[] weights, double[] inputWithBias) =>
        Activation.Sigmoid(Summation.Dot(weights, inputWithBias));

    /// <summary>One neuron fed an input without the bias's 1: the same number, no copy of the input.</summary>
    public static double NeuronOutputOf(double[] weights, double[] input, SummationOrder order = SummationOrder.LeftToRight) =>
        Activation.Sigmoid(Summation.WeightedSum(weights, input, order));

    /// <summary>The outputs of every layer for one input, first layer first.</summary>
    public static double[][] FeedForward(double[][][] network, double[] input)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.Input(network, input);
        return FeedForward(network, input, SummationOrder.LeftToRight);
    }

    /// <summary><see cref="FeedForward(double[][][], double[])"/> with a chosen summation order, unchecked.</summary>
    internal static double[][] FeedForward(double[][][] network, double[] input, SummationOrder order)
    {
        var outputs = new double[network.Length][];
        for (int layer = 0; layer < network.Length; layer++)
        {
            var output = new double[network[layer].Length];
            for (int n = 0; n < output.Length; n++)
                output[n] = NeuronOutputOf(network[layer][n], input, order);
            outputs[layer] = output;
            input = output;
        }
        return outputs;
    }

    /// <summary>The class the network picks: the index of the largest output (the first, on a tie).</summary>
    public static int Predict(double[][][] network, double[] input) => ArgMax(FeedForward(network, input)[^1]);

    /// <summary>The index of the largest value; the first one on a tie, as NumPy's argmax.</summary>
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }

    /// <summary>The input with the constant 1 appended, the input the bias weight multiplies.</summary>
    public static double[] WithBias(double[] input)
    {
        var withBias = new double[input.Length + 1];
        input.CopyTo(withBias, 0);
        withBias[^1] = 1;
        return withBias;
    }

    /// <summary>How many inputs the network takes (its first layer's weights less the bias).</summary>
    public static int InputSize(double[][][] network) => network[0][0].Length - 1;

    /// <summary>The layer sizes, inputs first: [25, 5, 10] for the walkthrough's network.</summary>
    public static int[] LayerSizes(double[][][] network) =>
        [InputSize(network), .. network.Select(layer => layer.Length)];

    /// <summary>A deep copy, so training one copy leaves the other as it was.</summary>
    public static double[][][] Clone(double[][][] network) =>
        network.Select(layer => layer.Select(neuron => (double[])neuron.Clone()).ToArray()).ToArray();
}
