namespace NeuralScratch.TestSupport;

/// <summary>Comparisons of networks, weight by weight.</summary>
public static class Compare
{
    /// <summary>The largest |a − b| over every weight; the shapes must match.</summary>
    public static double MaxDifference(double[][][] a, double[][][] b)
    {
        Assert.Equal(Network.LayerSizes(a), Network.LayerSizes(b));
        double worst = 0;
        for (int l = 0; l < a.Length; l++)
            for (int n = 0; n < a[l].Length; n++)
                for (int w = 0; w < a[l][n].Length; w++)
                    worst = Math.Max(worst, Math.Abs(a[l][n][w] - b[l][n][w]));
        return worst;
    }

    /// <summary>How many weights differ in any bit.</summary>
    public static int DifferingBits(double[][][] a, double[][][] b)
    {
        Assert.Equal(Network.LayerSizes(a), Network.LayerSizes(b));
        int count = 0;
        for (int l = 0; l < a.Length; l++)
            for (int n = 0; n < a[l].Length; n++)
                for (int w = 0; w < a[l][n].Length; w++)
                    if (BitConverter.DoubleToInt64Bits(a[l][n][w]) != BitConverter.DoubleToInt64Bits(b[l][n][w])) count++;
        return count;
    }

    /// <summary>The jagged trainer as the walkthrough wrote it: one backprop per sample, in order, for each epoch.</summary>
    public static double[][][] TrainJagged(double[][][] start, double[][] inputs, double[][] targets, int epochs, BackpropKind backprop, double learningRate = 1)
    {
        double[][][] network = Network.Clone(start);
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                if (backprop == BackpropKind.AsWritten) Backpropagation.BackpropagateAsWritten(network, inputs[i], targets[i], learningRate);
                else Backpropagation.BackpropagateTrueGradient(network, inputs[i], targets[i], learningRate);
        return network;
    }
}
