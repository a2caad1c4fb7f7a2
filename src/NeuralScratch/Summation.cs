namespace NeuralScratch;

/// <summary>
/// The order in which a dot product adds its terms. Floating-point addition is not
/// associative, so each order can round differently, and a long training run can amplify that.
/// </summary>
public enum SummationOrder
{
    /// <summary>((a0*b0 + a1*b1) + a2*b2) + ...: what the walkthrough's NumPy (reference BLAS) did.</summary>
    LeftToRight,
    /// <summary>Split in halves and add the halves' sums, recursively: NumPy's way for long sums.</summary>
    Pairwise,
    /// <summary>Each step is one fused multiply-add, rounded once: what many optimised BLAS kernels do.</summary>
    FusedMultiplyAdd,
}

/// <summary>Dot products, in each summation order.</summary>
public static class Summation
{
    /// <summary>Σ a[i]·b[i], added in the given order (left to right unless told).</summary>
    public static double Dot(double[] a, double[] b, SummationOrder order = SummationOrder.LeftToRight)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"cannot take the dot product of vectors of {a.Length} and {b.Length} values; expected equal lengths");
        return order switch
        {
            SummationOrder.LeftToRight => LeftToRight(a, b, a.Length),
            SummationOrder.FusedMultiplyAdd => Fused(a, b, a.Length),
            SummationOrder.Pairwise => Pairwise(a, b, 0, a.Length),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "expected LeftToRight, Pairwise or FusedMultiplyAdd"),
        };
    }

    /// <summary>
    /// A neuron's weighted sum w·(x, 1): the inputs times their weights, then the bias weight
    /// (last) times the constant input 1. The same sum as <c>np.dot(weights, x + [1])</c>.
    /// </summary>
    public static double WeightedSum(double[] weights, double[] input, SummationOrder order = SummationOrder.LeftToRight)
    {
        int n = input.Length;
        if (weights.Length != n + 1)
            throw new ArgumentException($"a neuron with {weights.Length} weights takes {weights.Length - 1} inputs, got {n}");
        return order switch
        {
            // bias · 1 is the bias exactly, so adding it last is the same as appending the 1.
            SummationOrder.LeftToRight => LeftToRight(weights, input, n) + weights[n],
            SummationOrder.FusedMultiplyAdd => Fused(weights, input, n) + weights[n],
            SummationOrder.Pairwise => Pairwise(weights, Network.WithBias(input), 0, n + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "expected LeftToRight, Pairwise or FusedMultiplyAdd"),
        };
    }

    static double LeftToRight(double[] a, double[] b, int count)
    {
        double sum = 0;
        for (int i = 0; i < count; i++) sum += a[i] * b[i];
        return sum;
    }

    static double Fused(double[] a, double[] b, int count)
    {
        double sum = 0;
        for (int i = 0; i < count; i++) sum = Math.FusedMultiplyAdd(a[i], b[i], sum); // rounds once per step
        return sum;
    }

    static double Pairwise(double[] a, double[] b, int start, int count)
    {
        if (count == 0) return 0;
        if (count == 1) return a[start] * b[start];
        int half = count / 2;
        return Pairwise(a, b, start, half) + Pairwise(a, b, start + half, count - half);
    }
}
