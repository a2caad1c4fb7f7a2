namespace NeuralScratch.Experiments.Tests.Exercises;

/// <summary>Right answers to the exercise track, written as a learner would (loops, no library calls).</summary>
internal static class Answers
{
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public static double NeuronOutput(double[] weights, double[] x)
    {
        double sum = 0;
        for (int i = 0; i < weights.Length; i++) sum += weights[i] * x[i];
        return Sigmoid(sum);
    }

    public static readonly double[] NandWeights = [-20, -20, 30];

    public static double[][] FeedForward(double[][][] network, double[] input)
    {
        var outputs = new List<double[]>();
        foreach (double[][] layer in network)
        {
            double[] withBias = [.. input, 1];
            input = layer.Select(neuron => NeuronOutput(neuron, withBias)).ToArray();
            outputs.Add(input);
        }
        return outputs.ToArray();
    }

    public static int ArgMax(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }

    public static int Predict(double[][][] network, double[] input) => ArgMax(FeedForward(network, input)[^1]);

    public static double[] OneHot(int label, int classes)
    {
        var vector = new double[classes];
        vector[label] = 1;
        return vector;
    }

    public static double SumOfSquaredErrors(double[] outputs, double[] targets)
    {
        double sum = 0;
        for (int i = 0; i < outputs.Length; i++) sum += (outputs[i] - targets[i]) * (outputs[i] - targets[i]);
        return sum;
    }

    public static double[] OutputDeltas(double[] outputs, double[] targets) =>
        outputs.Select((o, i) => o * (1 - o) * (o - targets[i])).ToArray();

    public static double[] HiddenDeltas(double[] hiddenOutputs, double[] nextDeltas, double[][] nextLayer)
    {
        var deltas = new double[hiddenOutputs.Length];
        for (int i = 0; i < hiddenOutputs.Length; i++)
        {
            double sum = 0;
            for (int k = 0; k < nextLayer.Length; k++) sum += nextDeltas[k] * nextLayer[k][i];
            deltas[i] = hiddenOutputs[i] * (1 - hiddenOutputs[i]) * sum;
        }
        return deltas;
    }

    public static void Backpropagate(double[][][] network, double[] input, double[] target)
    {
        double[][] outputs = FeedForward(network, input);
        var deltas = new double[network.Length][];
        deltas[^1] = OutputDeltas(outputs[^1], target);
        for (int l = network.Length - 2; l >= 0; l--)
            deltas[l] = HiddenDeltas(outputs[l], deltas[l + 1], network[l + 1]);
        for (int l = 0; l < network.Length; l++)
        {
            double[] x = [.. l == 0 ? input : outputs[l - 1], 1];
            for (int i = 0; i < network[l].Length; i++)
                for (int j = 0; j < x.Length; j++)
                    network[l][i][j] -= deltas[l][i] * x[j];
        }
    }

    public static void Train(double[][][] network, double[][] inputs, double[][] targets, int epochs)
    {
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                Backpropagate(network, inputs[i], targets[i]);
    }

    public static double E(double[][][] network, double[] input, double[] target) =>
        0.5 * SumOfSquaredErrors(FeedForward(network, input)[^1], target);

    public static double NumericSlope(double[][][] network, double[] input, double[] target, int layer, int neuron, int weight, double h)
    {
        double original = network[layer][neuron][weight];
        network[layer][neuron][weight] = original + h;
        double above = E(network, input, target);
        network[layer][neuron][weight] = original - h;
        double below = E(network, input, target);
        network[layer][neuron][weight] = original;
        return (above - below) / (2 * h);
    }
}
