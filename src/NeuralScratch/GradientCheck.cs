namespace NeuralScratch;

/// <summary>The result of comparing backprop's gradient with finite differences.</summary>
/// <param name="RelativeError">‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) over every weight.</param>
/// <param name="WorstWeight">Layer, neuron and weight index of the largest absolute difference.</param>
public sealed record GradientCheckResult(double RelativeError, double MaxAbsoluteDifference, (int Layer, int Neuron, int Weight) WorstWeight, double[][][] Analytic, double[][][] Numeric);

/// <summary>
/// Checks backprop against calculus: nudge each weight by ±h and see how the loss moves.
/// (E(w + h) − E(w − h)) / 2h approaches ∂E/∂w with an error of order h².
/// </summary>
public static class GradientCheck
{
    public static GradientCheckResult Check(double[][][] network, double[] input, double[] target, double h = 1e-5)
    {
        double[][][] analytic = Backpropagation.Gradient(network, input, target);
        return Compare(analytic, NumericGradient(network, input, target, h));
    }

    /// <summary>How far a gradient (yours, or backprop's) is from the numeric one.</summary>
    public static GradientCheckResult Compare(double[][][] analytic, double[][][] numeric)
    {
        double diffSquared = 0, analyticSquared = 0, numericSquared = 0, worst = -1;
        (int, int, int) worstAt = (0, 0, 0);
        for (int l = 0; l < numeric.Length; l++)
            for (int n = 0; n < numeric[l].Length; n++)
                for (int w = 0; w < numeric[l][n].Length; w++)
                {
                    double a = analytic[l][n][w], b = numeric[l][n][w], d = Math.Abs(a - b);
                    diffSquared += d * d;
                    analyticSquared += a * a;
                    numericSquared += b * b;
                    if (d > worst) { worst = d; worstAt = (l, n, w); }
                }
        double scale = Math.Sqrt(analyticSquared) + Math.Sqrt(numericSquared);
        double relative = scale == 0 ? 0 : Math.Sqrt(diffSquared) / scale;
        return new GradientCheckResult(relative, worst, worstAt, analytic, numeric);
    }

    /// <summary>½·Σ(output − target)², the loss whose gradient backprop computes.</summary>
    public static double HalfSquaredError(double[][][] network, double[] input, double[] target) =>
        0.5 * Loss.SumOfSquaredErrors(Network.FeedForward(network, input)[^1], target);

    /// <summary>Central differences for every weight; the network is left as it was.</summary>
    public static double[][][] NumericGradient(double[][][] network, double[] input, double[] target, double h = 1e-5)
    {
        var gradient = new double[network.Length][][];
        for (int l = 0; l < network.Length; l++)
        {
            gradient[l] = new double[network[l].Length][];
            for (int n = 0; n < network[l].Length; n++)
            {
                gradient[l][n] = new double[network[l][n].Length];
                for (int w = 0; w < network[l][n].Length; w++)
                {
                    double original = network[l][n][w];
                    network[l][n][w] = original + h;
                    double above = HalfSquaredError(network, input, target);
                    network[l][n][w] = original - h;
                    double below = HalfSquaredError(network, input, target);
                    network[l][n][w] = original;
                    gradient[l][n][w] = (above - below) / (2 * h);
                }
            }
        }
        return gradient;
    }
}
