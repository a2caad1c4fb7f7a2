namespace NeuralScratch.Tests;

public class InitializationTests
{
    [Fact]
    public void Weights_are_drawn_hidden_layer_first_neuron_by_neuron_bias_last()
    {
        var random = new PythonRandom(42);
        double[][][] network = Initialization.Walkthrough(42);
        foreach (double[][] layer in network)
            foreach (double[] neuron in layer)
                foreach (double weight in neuron)
                    Assert.Equal(random.NextDouble(), weight);
    }

    [Fact]
    public void A_range_centred_on_zero_scales_the_same_draws()
    {
        double[][][] unit = Initialization.Python(9, [25, 5, 10]);
        double[][][] centred = Initialization.Python(9, [25, 5, 10], -1, 1);
        Assert.Equal(-1 + 2 * unit[1][4][3], centred[1][4][3]);
        Assert.Contains(centred.SelectMany(l => l).SelectMany(n => n), w => w < 0);
    }

    [Fact]
    public void The_dotnet_seeded_option_is_repeatable_and_differs_from_pythons()
    {
        Assert.Equal(Initialization.DotNet(42, [25, 5, 10]), Initialization.DotNet(42, [25, 5, 10]));
        Assert.NotEqual(Initialization.Python(42, [25, 5, 10]), Initialization.DotNet(42, [25, 5, 10]));
    }

    [Fact]
    public void Bad_sizes_and_ranges_are_named()
    {
        Assert.Contains("at least two layer sizes", Assert.Throws<ArgumentException>(() => Initialization.Python(1, [25])).Message);
        Assert.Contains("layer size 1 is 0", Assert.Throws<ArgumentException>(() => Initialization.Python(1, [25, 0, 10])).Message);
        Assert.Contains("[1, -1) is not valid", Assert.Throws<ArgumentException>(() => Initialization.Python(1, [25, 5, 10], 1, -1)).Message);
    }
}
