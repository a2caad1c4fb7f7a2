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
        NetworkCheck.Sample(network, input, target);
        NetworkCheck.OneHiddenLayer(network, "the walkthrough's backpropagate", "BackpropagateTrueGradient");
        NetworkCheck.LearningRate(learningRate);
        AsWritten(network, input, target, learningRate);
    }

    [MethodImpl(AggressiveOptimization)]
    internal static void AsWritten(double[][][] network, double[] input, double[] target, double learningRate)
    {
        double[][] outputs = Network.Outputs(network, input);
        double[] hiddenOutputs = outputs[0], finalOutputs = outputs[1];
        double[][] hiddenLayer = network[0], outputLayer = network[1];

        double[] outputDeltas = OutputDeltas(finalOutputs, target);

        // Output layer first, as written.
        UpdateLayer(outputLayer, outputDeltas, hiddenOutputs, learningRate);

        // The hidden deltas now read the output weights that were just changed.
        double[] hiddenDeltas = HiddenDeltas(hiddenOutputs, outputDeltas, outputLayer);

        UpdateLayer(hiddenLayer, hiddenDeltas, input, learningRate);
    }

    /// <summary>One step of gradient descent: every weight moves by −learningRate · ∂E/∂w.</summary>
    public static void BackpropagateTrueGradient(double[][][] network, double[] input, double[] target, double learningRate = 1)
    {
        NetworkCheck.Sample(network, input, target);
        NetworkCheck.LearningRate(learningRate);
        TrueGradient(network, input, target, learningRate);
    }

    [MethodImpl(AggressiveOptimization)]
    internal static void TrueGradient(double[][][] network, double[] input, double[] target, double learningRate)
    {
        double[][] outputs = Network.Outputs(network, input);
        double[][] deltas = Deltas(network, outputs, target);
        // Only now, with every delta known, change the weights.
        for (int l = 0; l < network.Length; l++)
            UpdateLayer(network[l], deltas[l], l == 0 ? input : outputs[l - 1], learningRate);
    }

    /// <summary>∂E/∂w for every weight, E = ½·Σ(output − target)², shaped like the network.</summary>
    public static double[][][] Gradient(double[][][] network, double[] input, double[] target)
    {
        NetworkCheck.Sample(network, input, target);
        double[][] outputs = Network.Outputs(network, input);
        double[][] deltas = Deltas(network, outputs, target);
        var gradient = new double[network.Length][][];
        for (int l = 0; l < network.Length; l++)
        {
            double[] layerInputWithBias = [.. l == 0 ? input : outputs[l - 1], 1];
            // ∂E/∂w_ij = δ_i · x_j: how much neuron i's error moves with its j-th input.
            gradient[l] = deltas[l].Select(delta => layerInputWithBias.Select(x => delta * x).ToArray()).ToArray();
        }
        return gradient;
    }

    /// <summary>The deltas of every layer, from the output back, all from the weights as they are.</summary>
    [MethodImpl(AggressiveOptimization)]
    static double[][] Deltas(double[][][] network, double[][] outputs, double[] target)
    {
        var deltas = new double[network.Length][];
        deltas[^1] = OutputDeltas(outputs[^1], target);
        for (int l = network.Length - 1; l > 0; l--)
            deltas[l - 1] = HiddenDeltas(outputs[l - 1], deltas[l], network[l]);
        return deltas;
    }

    /// <summary>δ = o·(1 − o)·(o − t): the error times the sigmoid's slope at each output.</summary>
    [MethodImpl(AggressiveOptimization)]
    public static double[] OutputDeltas(double[] outputs, double[] targets)
    {
        var deltas = new double[outputs.Length];
        for (int i = 0; i < outputs.Length; i++)
            deltas[i] = outputs[i] * (1 - outputs[i]) * (outputs[i] - targets[i]);
        return deltas;
    }

    /// <summary>δ_i = h_i·(1 − h_i)·Σ_k δ_k·w_ki: the next layer's deltas sent back through its weights.</summary>
    [MethodImpl(AggressiveOptimization)]
    public static double[] HiddenDeltas(double[] hiddenOutputs, double[] nextDeltas, double[][] nextLayer)
    {
        var deltas = new double[hiddenOutputs.Length];
        var weightsFromI = new double[nextLayer.Length]; // w_ki for every k: column i of the next layer
        for (int i = 0; i < hiddenOutputs.Length; i++)
        {
            for (int k = 0; k < nextLayer.Length; k++) weightsFromI[k] = nextLayer[k][i];
            double h = hiddenOutputs[i];
            deltas[i] = h * (1 - h) * Network.Dot(nextDeltas, weightsFromI);
        }
        return deltas;
    }

    /// <summary>w_ij −= rate · δ_i · x_j for every weight of the layer; the bias's input x is 1.</summary>
    [MethodImpl(AggressiveOptimization)]
    public static void UpdateLayer(double[][] layer, double[] deltas, double[] input, double learningRate)
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
}
