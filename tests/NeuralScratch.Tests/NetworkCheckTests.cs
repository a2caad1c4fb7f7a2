namespace NeuralScratch.Tests;

/// <summary>Bad networks and vectors get an error that says what was wrong and what was expected.</summary>
public class NetworkCheckTests
{
    static readonly double[] Three = Digits.Training[3].Pixels;

    [Fact]
    public void An_input_of_the_wrong_length_is_named_with_the_length_expected()
    {
        var e = Assert.Throws<ArgumentException>(() => Network.FeedForward(Initialization.Walkthrough(), new double[24]));
        Assert.Contains("the input has 24 values; the network expects 25", e.Message);
    }

    [Fact]
    public void A_target_of_the_wrong_length_is_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Backpropagation.BackpropagateAsWritten(Initialization.Walkthrough(), Three, new double[9]));
        Assert.Contains("the target has 9 values; the network's output layer has 10 neurons", e.Message);
    }

    [Fact]
    public void A_ragged_layer_is_named()
    {
        double[][][] network = Initialization.Walkthrough();
        network[0][3] = new double[25];
        var e = Assert.Throws<ArgumentException>(() => Network.FeedForward(network, Three));
        Assert.Contains("layer 0 is ragged: neuron 0 has 26 weights but neuron 3 has 25", e.Message);
    }

    [Fact]
    public void A_layer_that_does_not_fit_the_one_before_is_named()
    {
        double[][][] network = Initialization.Walkthrough();
        network[1][7] = new double[5];
        var e = Assert.Throws<ArgumentException>(() => Network.Predict(network, Three));
        Assert.Contains("layer 1, neuron 7 has 5 weights; expected 6 (one per neuron of layer 0, which has 5, plus the bias)", e.Message);
    }

    [Fact]
    public void An_empty_network_or_layer_is_named()
    {
        Assert.Contains("no layers", Assert.Throws<ArgumentException>(() => Network.FeedForward([], Three)).Message);
        Assert.Contains("layer 1 has no neurons", Assert.Throws<ArgumentException>(() =>
            Network.FeedForward([Initialization.Walkthrough()[0], []], Three)).Message);
    }

    [Fact]
    public void Nan_in_an_input_is_named_with_its_position()
    {
        double[] input = (double[])Three.Clone();
        input[6] = double.NaN;
        var e = Assert.Throws<ArgumentException>(() => Network.Predict(Initialization.Walkthrough(), input));
        Assert.Equal("input[6] is NaN; expected a finite number", e.Message);
    }

    [Fact]
    public void Nan_in_a_weight_stops_training_before_it_starts()
    {
        double[][][] network = Initialization.Walkthrough();
        network[1][2][4] = double.NaN;
        var e = Assert.Throws<ArgumentException>(() => Training.Train(network, Digits.Inputs(), Digits.Targets(), 1));
        Assert.Contains("weight 4 of layer 1, neuron 2 is NaN; every weight must be a finite number", e.Message);
    }

    [Fact]
    public void Inputs_and_targets_must_pair_up()
    {
        var e = Assert.Throws<ArgumentException>(() => Training.Train(Initialization.Walkthrough(), Digits.Inputs(), Digits.Targets()[..9], 1));
        Assert.Contains("10 inputs but 9 targets", e.Message);
    }

    [Fact]
    public void A_bad_sample_is_named_by_its_index()
    {
        double[][] inputs = Digits.Inputs();
        inputs[5] = new double[20];
        var e = Assert.Throws<ArgumentException>(() => Training.Train(Initialization.Walkthrough(), inputs, Digits.Targets(), 1));
        Assert.Contains("the input 5 has 20 values; the network expects 25", e.Message);
    }
}
