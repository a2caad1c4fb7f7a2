namespace NeuralScratch.TestSupport;

/// <summary>A 25-5-10 network whose hidden neuron 0 the tests chose, to check pictures against.</summary>
public static class TestNetwork
{
    /// <summary>Pixels where neuron 0's weight is strong (|w| from 2.8 to 3): the four corners and the centre.</summary>
    public static readonly int[] StrongPixels = [0, 4, 12, 20, 24];

    /// <summary>
    /// Neuron 0: +3 at pixel 0 and −3 at pixel 24 (the largest |w|, so those corner cells are
    /// black in a |w| chart), −2.8, −2.9, +2.9 at pixels 4, 12, 20; weak weights of ±0.10 to ±0.34
    /// elsewhere; and a bias of 50, which a weight image must leave out.
    /// </summary>
    public static double[] Neuron0()
    {
        var weights = new double[26];
        for (int i = 0; i < 25; i++) weights[i] = (i % 2 == 0 ? 1 : -1) * (0.10 + 0.01 * i);
        (weights[0], weights[4], weights[12], weights[20], weights[24]) = (3, -2.8, -2.9, 2.9, -3);
        weights[25] = 50;
        return weights;
    }

    public static double[][][] Create()
    {
        var random = new Random(3);
        double[] Weights(int count) => Enumerable.Range(0, count).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        return
        [
            [Neuron0(), .. Enumerable.Range(1, 4).Select(_ => Weights(26))],
            Enumerable.Range(0, 10).Select(_ => Weights(6)).ToArray(),
        ];
    }
}
