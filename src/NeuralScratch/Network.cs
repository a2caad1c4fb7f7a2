namespace NeuralScratch;

/// <summary>
/// A network stored as the walkthrough stores it: a list of layers, each a list of
/// neurons, each a list of weights with the bias weight last (<c>double[][][]</c>).
/// </summary>
public static class Network
{
    /// <summary>Σ a[i]·b[i], added left to right, as the walkthrough's <c>np.dot</c> did.</summary>
    [MethodImpl(AggressiveOptimization)]
    public static double Dot(double[] a, double[] b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"cannot take the dot product of vectors of {a.Length} and {b.Length} values; expected equal lengths");
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>One neuron: the sigmoid of its weights dotted with its inputs, which end with the bias's 1.</summary>
    [MethodImpl(AggressiveOptimization)]
    public static double NeuronOutput(double[] weights, double[] inputs) => Activation.Sigmoid(Dot(weights, inputs));

    /// <summary>The outputs of every layer for one input, first layer first.</summary>
    public static double[][] FeedForward(double[][][] network, double[] input)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.Input(network, input);
        return Outputs(network, input);
    }

    /// <summary><see cref="FeedForward"/> for callers that checked the network and input already (training checks once per run).</summary>
    [MethodImpl(AggressiveOptimization)]
    internal static double[][] Outputs(double[][][] network, double[] input)
    {
        var outputs = new double[network.Length][];
        for (int l = 0; l < network.Length; l++)
        {
            double[] inputWithBias = [.. input, 1]; // the walkthrough's input_vector + [1]
            var output = new double[network[l].Length];
            for (int n = 0; n < output.Length; n++)
                output[n] = NeuronOutput(network[l][n], inputWithBias);
            outputs[l] = output;
            input = output; // each layer's output is the next layer's input
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

    /// <summary>How many inputs the network takes (its first layer's weights less the bias).</summary>
    public static int InputSize(double[][][] network) => network[0][0].Length - 1;

    /// <summary>The layer sizes, inputs first: [25, 5, 10] for the walkthrough's network.</summary>
    public static int[] LayerSizes(double[][][] network) =>
        [InputSize(network), .. network.Select(layer => layer.Length)];

    /// <summary>A deep copy, so training one copy leaves the other as it was.</summary>
    public static double[][][] Clone(double[][][] network) =>
        network.Select(layer => layer.Select(neuron => (double[])neuron.Clone()).ToArray()).ToArray();
}
