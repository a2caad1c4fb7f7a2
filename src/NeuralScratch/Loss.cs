namespace NeuralScratch;

/// <summary>How far the network's outputs are from the targets.</summary>
public static class Loss
{
    /// <summary>Sum over outputs of (output - target)^2.</summary>
    [MethodImpl(AggressiveOptimization)]
    public static double SumOfSquaredErrors(double[] outputs, double[] targets)
    {
        if (outputs.Length != targets.Length)
            throw new ArgumentException($"there are {outputs.Length} outputs but {targets.Length} targets; expected as many of each");
        double sum = 0;
        for (int i = 0; i < outputs.Length; i++)
        {
            double error = outputs[i] - targets[i];
            sum += error * error;
        }
        return sum;
    }

    /// <summary>The sum of squared errors over every sample: the number training drives down.</summary>
    public static double SumOfSquaredErrors(double[][][] network, double[][] inputs, double[][] targets)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.Samples(network, inputs, targets);
        return Total(network, inputs, targets);
    }

    [MethodImpl(AggressiveOptimization)]
    internal static double Total(double[][][] network, double[][] inputs, double[][] targets)
    {
        double sum = 0;
        for (int i = 0; i < inputs.Length; i++)
            sum += SumOfSquaredErrors(Network.Outputs(network, inputs[i])[^1], targets[i]);
        return sum;
    }
}
