namespace NeuralScratch.Tests;

public class NetworkTests
{
    [Fact]
    public void A_neuron_is_the_sigmoid_of_its_weighted_sum()
    {
        double[] weights = [2, -1, 0.5], inputWithBias = [1, 3, 1];
        Assert.Equal(Activation.Sigmoid(2 - 3 + 0.5), Network.NeuronOutput(weights, inputWithBias));
    }

    [Fact]
    public void Dot_adds_the_products_left_to_right_and_names_mismatched_lengths()
    {
        double[] a = [0.1, 0.2, 0.3, 1e16, -1e16, 0.7], b = [3, 1, 4, 1, 1, 9];
        double expected = 0;
        for (int i = 0; i < a.Length; i++) expected += a[i] * b[i];
        Assert.Equal(expected, Network.Dot(a, b));
        Assert.Contains("3 and 2 values", Assert.Throws<ArgumentException>(() => Network.Dot([1, 2, 3], [1, 2])).Message);
    }

    [Fact]
    public void Feed_forward_returns_every_layers_outputs_each_feeding_the_next()
    {
        double[][][] network = Initialization.Walkthrough(7);
        double[] input = Digits.Training[4].Pixels;
        double[][] outputs = Network.FeedForward(network, input);

        Assert.Equal([5, 10], outputs.Select(o => o.Length));
        for (int n = 0; n < 5; n++)
            Assert.Equal(Network.NeuronOutput(network[0][n], [.. input, 1]), outputs[0][n]);
        for (int n = 0; n < 10; n++)
            Assert.Equal(Network.NeuronOutput(network[1][n], [.. outputs[0], 1]), outputs[1][n]);
    }

    [Fact]
    public void Predict_is_the_argmax_of_the_last_layer()
    {
        double[][][] network = Initialization.Walkthrough(3);
        foreach (Digit digit in Digits.Training)
        {
            double[] last = Network.FeedForward(network, digit.Pixels)[^1];
            Assert.Equal(Array.IndexOf(last, last.Max()), Network.Predict(network, digit.Pixels));
        }
    }

    [Fact]
    public void Argmax_takes_the_first_of_equal_largest_values_as_numpy_does()
    {
        Assert.Equal(1, Network.ArgMax([0.1, 0.9, 0.9, 0.2]));
        Assert.Equal(0, Network.ArgMax([5]));
    }

    [Fact]
    public void The_xor_network_computes_xor()
    {
        double[][][] xor = XorNetwork.Create();
        foreach (double[] x in XorNetwork.Inputs)
        {
            double output = Network.FeedForward(xor, x)[^1][0];
            double xorOfInputs = x[0] != x[1] ? 1 : 0;
            Assert.True(Math.Abs(output - xorOfInputs) < 1e-12, $"xor({x[0]}, {x[1]}) gave {output}");
        }
    }

    [Fact]
    public void Clone_is_deep()
    {
        double[][][] network = Initialization.Walkthrough(1);
        double[][][] copy = Network.Clone(network);
        copy[0][0][0] = 99;
        Assert.NotEqual(99, network[0][0][0]);
        Assert.Equal(network[1], Network.Clone(network)[1]);
    }

    [Fact]
    public void Layer_sizes_start_with_the_inputs()
    {
        Assert.Equal([25, 5, 10], Network.LayerSizes(Initialization.Walkthrough()));
        Assert.Equal([2, 2, 1], Network.LayerSizes(XorNetwork.Create()));
    }
}
