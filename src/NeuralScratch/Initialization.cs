namespace NeuralScratch;

/// <summary>Networks with random starting weights, drawn in the walkthrough's order.</summary>
public static class Initialization
{
    /// <summary>
    /// The walkthrough's network for <c>random.seed(seed)</c>: every weight is Python's
    /// <c>random.random()</c> in [0, 1), hidden layer first, neuron by neuron, bias last.
    /// Seed 42 gives the walkthrough's exact starting weights.
    /// </summary>
    public static double[][][] Walkthrough(int seed = 42, int hidden = 5) =>
        Random(new PythonRandom(seed).NextDouble, [25, hidden, 10]);

    /// <summary>The same draw from Python's generator, for any layer sizes (inputs first).</summary>
    public static double[][][] Python(int seed, int[] layerSizes, double low = 0, double high = 1) =>
        Random(new PythonRandom(seed).NextDouble, layerSizes, low, high);

    /// <summary>The same draw from .NET's own seeded <see cref="System.Random"/>.</summary>
    public static double[][][] DotNet(int seed, int[] layerSizes, double low = 0, double high = 1) =>
        Random(new Random(seed).NextDouble, layerSizes, low, high);

    /// <summary>
    /// Weights low + (high − low)·u for uniform draws u in [0, 1), layer by layer, neuron by
    /// neuron, each neuron's weights for its inputs first and its bias last.
    /// </summary>
    public static double[][][] Random(Func<double> uniform, int[] layerSizes, double low = 0, double high = 1)
    {
        CheckSizes(layerSizes);
        if (!double.IsFinite(low) || !double.IsFinite(high) || low > high)
            throw new ArgumentException($"the weight range [{low}, {high}) is not valid; expected finite low <= high");
        var network = new double[layerSizes.Length - 1][][];
        for (int l = 0; l < network.Length; l++)
        {
            network[l] = new double[layerSizes[l + 1]][];
            for (int n = 0; n < network[l].Length; n++)
            {
                network[l][n] = new double[layerSizes[l] + 1];
                for (int w = 0; w < network[l][n].Length; w++)
                    network[l][n][w] = low + (high - low) * uniform();
            }
        }
        return network;
    }

    static void CheckSizes(int[] layerSizes)
    {
        if (layerSizes is null || layerSizes.Length < 2)
            throw new ArgumentException("expected at least two layer sizes: the number of inputs, then the neurons of each layer");
        for (int i = 0; i < layerSizes.Length; i++)
            if (layerSizes[i] < 1)
                throw new ArgumentException($"layer size {i} is {layerSizes[i]}; every size must be 1 or more");
    }
}
