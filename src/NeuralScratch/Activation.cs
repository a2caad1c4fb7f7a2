namespace NeuralScratch;

/// <summary>The two activation functions of the walkthrough.</summary>
public static class Activation
{
    /// <summary>The perceptron's step: 1 when x is zero or more, else 0.</summary>
    public static double Step(double x) => x >= 0 ? 1 : 0;

    /// <summary>The logistic function 1 / (1 + e^-x), squashing any x into (0, 1).</summary>
    [MethodImpl(AggressiveOptimization)]
    public static double Sigmoid(double x)
    {
        double expMinusX = Math.Exp(-x);
        // Below about -709.78, e^-x overflows (the walkthrough's math.exp raises there);
        // 1 + e^x rounds to 1 long before that, so the answer is e^x itself.
        if (double.IsPositiveInfinity(expMinusX)) return Math.Exp(x);
        return 1 / (1 + expMinusX);
    }
}
