namespace NeuralScratch;

/// <summary>Checks of networks and vectors, with messages that say what was wrong and what was expected.</summary>
public static class NetworkCheck
{
    /// <summary>Throws unless every layer is rectangular and fits the layer before it.</summary>
    public static void Shape(double[][][] network)
    {
        if (network is null) throw new ArgumentNullException(nameof(network), "expected a network (layers of neurons of weights), got null");
        if (network.Length == 0) throw new ArgumentException("the network has no layers; expected at least one layer of neurons");
        for (int l = 0; l < network.Length; l++)
        {
            double[][] layer = network[l] ?? throw new ArgumentException($"layer {l} is null; expected a list of neurons");
            if (layer.Length == 0) throw new ArgumentException($"layer {l} has no neurons; expected at least one");
            int expected = l == 0 ? Width(layer[0], l, 0) : network[l - 1].Length + 1;
            if (expected < 2)
                throw new ArgumentException($"layer 0, neuron 0 has {expected} weights; expected at least 2 (one per input, then the bias)");
            for (int n = 0; n < layer.Length; n++)
            {
                int width = Width(layer[n], l, n);
                if (width != expected)
                    throw new ArgumentException(l == 0
                        ? $"layer 0 is ragged: neuron 0 has {expected} weights but neuron {n} has {width}; every neuron of a layer needs the same number of weights"
                        : $"layer {l}, neuron {n} has {width} weights; expected {expected} (one per neuron of layer {l - 1}, which has {network[l - 1].Length}, plus the bias)");
            }
        }
    }

    /// <summary>Throws unless every weight is a finite number.</summary>
    public static void FiniteWeights(double[][][] network)
    {
        for (int l = 0; l < network.Length; l++)
            for (int n = 0; n < network[l].Length; n++)
                for (int w = 0; w < network[l][n].Length; w++)
                    if (!double.IsFinite(network[l][n][w]))
                        throw new ArgumentException($"weight {w} of layer {l}, neuron {n} is {network[l][n][w]}; every weight must be a finite number");
    }

    /// <summary>Throws unless the input has one finite value per input of the first layer.</summary>
    public static void Input(double[][][] network, double[] input, string what = "input")
    {
        if (input is null) throw new ArgumentNullException(nameof(input), $"expected an {what} vector, got null");
        int expected = Network.InputSize(network);
        if (input.Length != expected)
            throw new ArgumentException($"the {what} has {input.Length} values; the network expects {expected} (its first layer's neurons have {expected + 1} weights: {expected} inputs and the bias last)");
        Finite(input, what);
    }

    /// <summary>Throws unless the target has one finite value per output neuron.</summary>
    public static void Target(double[][][] network, double[] target, string what = "target")
    {
        if (target is null) throw new ArgumentNullException(nameof(target), $"expected a {what} vector, got null");
        int expected = network[^1].Length;
        if (target.Length != expected)
            throw new ArgumentException($"the {what} has {target.Length} values; the network's output layer has {expected} neurons");
        Finite(target, what);
    }

    /// <summary>Throws if any value is NaN or infinite.</summary>
    public static void Finite(double[] values, string what)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{what}[{i}] is {values[i]}; expected a finite number");
    }

    /// <summary>Throws unless the network, one input and its target fit together.</summary>
    public static void Sample(double[][][] network, double[] input, double[] target)
    {
        Shape(network);
        Input(network, input);
        Target(network, target);
    }

    /// <summary>Throws unless inputs and targets pair up and each fits the network.</summary>
    public static void Samples(double[][][] network, double[][] inputs, double[][] targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (inputs.Length != targets.Length)
            throw new ArgumentException($"there are {inputs.Length} inputs but {targets.Length} targets; expected one target per input");
        for (int i = 0; i < inputs.Length; i++)
        {
            Input(network, inputs[i], $"input {i}");
            Target(network, targets[i], $"target {i}");
        }
    }

    /// <summary>Throws unless the network has one hidden layer (2 layers), as <paramref name="who"/> needs.</summary>
    public static void OneHiddenLayer(double[][][] network, string who, string otherwise)
    {
        if (network.Length != 2)
            throw new ArgumentException($"{who} handles one hidden layer (2 layers); this network has {network.Length}. Use {otherwise} for other depths");
    }

    /// <summary>Throws unless there are 0 epochs or more.</summary>
    public static void Epochs(int epochs)
    {
        if (epochs < 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "the number of epochs must be 0 or more");
    }

    /// <summary>Throws unless the learning rate is a finite number above 0.</summary>
    public static void LearningRate(double learningRate)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "the learning rate must be a finite number above 0");
    }

    /// <summary>Throws unless <paramref name="backprop"/> is one of the two the kit has.</summary>
    public static void Backprop(BackpropKind backprop)
    {
        if (backprop is not (BackpropKind.AsWritten or BackpropKind.TrueGradient))
            throw new ArgumentOutOfRangeException(nameof(backprop), backprop, "expected BackpropKind.AsWritten or BackpropKind.TrueGradient");
    }

    static int Width(double[] neuron, int layer, int index) =>
        neuron?.Length ?? throw new ArgumentException($"layer {layer}, neuron {index} is null; expected a list of weights");
}
