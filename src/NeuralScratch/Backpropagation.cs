namespace NeuralScratch;

/// <summary>
/// Backpropagation twice. <see cref="BackpropagateAsWritten"/> is the walkthrough's code,
/// update order and all, to reproduce its run exactly. <see cref="BackpropagateTrueGradient"/>
/// is gradient descent on E = ½·Σ(output − target)², for any number of layers.
/// </summary>
public static class Backpropagation
{
    /// <summary>
    /// The walkthrough's <c>backpropagate</c>: one hidden layer; it updates the output weights
    /// first, then computes the hidden deltas from those already-updated weights, so the hidden
    /// step is not quite the gradient. The walkthrough had no learning rate (it is 1).
    /// </summary>
    public static void BackpropagateAsWritten(double[][][] network, double[] input, double[] target, double learningRate = 1)
    {
        CheckOneSample(network, input, target);
        if (network.Length != 2)
            throw new ArgumentException($"the walkthrough's backpropagate handles one hidden layer (2 layers); this network has {network.Length}. Use BackpropagateTrueGradient for other depths");
        AsWritten(network, input, target, learningRate, SummationOrder.LeftToRight);
    }

    internal static void AsWritten(double[][][] network, double[] input, double[] target, double learningRate, SummationOrder order)
    {
        double[][] outputs = Network.FeedForward(network, input, order);
        double[] hiddenOutputs = outputs[0], finalOutputs = outputs[1];
        double[][] hiddenLayer = network[0], outputLayer = network[1];

        double[] outputDeltas = OutputDeltas(finalOutputs, target);

        // Output layer first, as written.
        UpdateLayer(outputLayer, outputDeltas, hiddenOutputs, learningRate);

        // The hidden deltas now read the output weights that were just changed.
        double[] hiddenDeltas = HiddenDeltas(hiddenOutputs, outputDeltas, outputLayer, order);

        UpdateLayer(hiddenLayer, hiddenDeltas, input, learningRate);
    }

    /// <summary>w_ij −= rate · δ_i · x_j for every weight of the layer; the bias's input x is 1.</summary>
    static void UpdateLayer(double[][] layer, double[] deltas, double[] input, double learningRate)
    {
        for (int i = 0; i < layer.Length; i++)
        {
            double[] neuron = layer[i];
            double step = learningRate * deltas[i];
            for (int j = 0; j < input.Length; j++)
                neuron[j] -= step * input[j];
            neuron[input.Length] -= step; // · 1
        }
    }

    /// <summary>One step of gradient descent: every weight moves by −learningRate · ∂E/∂w.</summary>
    public static void BackpropagateTrueGradient(double[][][] network, double[] input, double[] target, double learningRate = 1)
    {
        CheckOneSample(network, input, target);
        TrueGradient(network, input, target, learningRate, SummationOrder.LeftToRight);
    }

    internal static void TrueGradient(double[][][] network, double[] input, double[] target, double learningRate, SummationOrder order)
    {
        double[][] outputs = Network.FeedForward(network, input, order);
        double[][] deltas = Deltas(network, outputs, target, order);
        // Only now, with every delta known, change the weights.
        for (int l = 0; l < network.Length; l++)
            UpdateLayer(network[l], deltas[l], l == 0 ? input : outputs[l - 1], learningRate);
    }

    /// <summary>∂E/∂w for every weight, E = ½·Σ(output − target)², shaped like the network.</summary>
    public static double[][][] Gradient(double[][][] network, double[] input, double[] target)
    {
        CheckOneSample(network, input, target);
        return Gradient(network, input, target, SummationOrder.LeftToRight);
    }

    internal static double[][][] Gradient(double[][][] network, double[] input, double[] target, SummationOrder order)
    {
        double[][] outputs = Network.FeedForward(network, input, order);
        double[][] deltas = Deltas(network, outputs, target, order);
        var gradient = new double[network.Length][][];
        for (int l = 0; l < network.Length; l++)
        {
            double[] layerInput = Network.WithBias(l == 0 ? input : outputs[l - 1]);
            // ∂E/∂w_ij = δ_i · x_j: how much neuron i's error moves with its j-th input.
            gradient[l] = deltas[l].Select(delta => layerInput.Select(x => delta * x).ToArray()).ToArray();
        }
        return gradient;
    }

    /// <summary>The deltas of every layer, from the output back, all from the weights as they are.</summary>
    static double[][] Deltas(double[][][] network, double[][] outputs, double[] target, SummationOrder order)
    {
        var deltas = new double[network.Length][];
        deltas[^1] = OutputDeltas(outputs[^1], target);
        for (int l = network.Length - 1; l > 0; l--)
            deltas[l - 1] = HiddenDeltas(outputs[l - 1], deltas[l], network[l], order);
        return deltas;
    }

    /// <summary>δ = o·(1 − o)·(o − t): the error times the sigmoid's slope at each output.</summary>
    public static double[] OutputDeltas(double[] outputs, double[] targets)
    {
        var deltas = new double[outputs.Length];
        for (int i = 0; i < outputs.Length; i++)
            deltas[i] = outputs[i] * (1 - outputs[i]) * (outputs[i] - targets[i]);
        return deltas;
    }

    /// <summary>δ_i = h_i·(1 − h_i)·Σ_k δ_k·w_ki: the next layer's deltas sent back through its weights.</summary>
    public static double[] HiddenDeltas(double[] hiddenOutputs, double[] nextDeltas, double[][] nextLayer) =>
        HiddenDeltas(hiddenOutputs, nextDeltas, nextLayer, SummationOrder.LeftToRight);

    static double[] HiddenDeltas(double[] hiddenOutputs, double[] nextDeltas, double[][] nextLayer, SummationOrder order)
    {
        var deltas = new double[hiddenOutputs.Length];
        var column = new double[nextLayer.Length];
        for (int i = 0; i < hiddenOutputs.Length; i++)
        {
            for (int k = 0; k < nextLayer.Length; k++) column[k] = nextLayer[k][i];
            double h = hiddenOutputs[i];
            deltas[i] = h * (1 - h) * Summation.Dot(nextDeltas, column, order);
        }
        return deltas;
    }

    static void CheckOneSample(double[][][] network, double[] input, double[] target)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.Input(network, input);
        NetworkCheck.Target(network, target);
    }
}
