using System.Runtime.CompilerServices;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// The steps on a training run's critical path, each timed as a long chain where every step
/// waits for the one before: the time per step is its latency, not its throughput. The
/// constants come in as arguments so the compiler can neither fold them nor spill the chain.
/// </summary>
public static class ChainLatency
{
    /// <summary>x = x + c, n times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double Adds(int n, double c)
    {
        double x = 1;
        for (int i = 0; i < n; i++) x += c;
        return x;
    }

    /// <summary>x = x · c, n times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double Multiplies(int n, double c)
    {
        double x = 1;
        for (int i = 0; i < n; i++) x *= c;
        return x;
    }

    /// <summary>x = x / c, n times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double Divides(int n, double c)
    {
        double x = 1;
        for (int i = 0; i < n; i++) x /= c;
        return x;
    }

    /// <summary>x = sigmoid(x) with the kit's <see cref="Activation.Sigmoid"/> (Math.Exp, an add, a division), n times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double Sigmoids(int n, double start)
    {
        double x = start;
        for (int i = 0; i < n; i++) x = Activation.Sigmoid(x);
        return x;
    }

    /// <summary>x = sigmoid(x) for a whole vector with <see cref="NeuralScratch.Fast.FastExp"/>, n times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double VectorSigmoids(int n, double start)
    {
        var x = new System.Numerics.Vector<double>(start);
        for (int i = 0; i < n; i++) x = NeuralScratch.Fast.FastExp.Sigmoid(x);
        return x[0];
    }

    /// <summary>n sigmoids that do not wait for each other (of 16 inputs in turn): the time per sigmoid is its throughput.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double IndependentSigmoids(int n, double[] inputs)
    {
        double total = 0;
        for (int i = 0; i < n; i++) total += Activation.Sigmoid(inputs[i & 15]);
        return total;
    }

    /// <summary>a[k] = a[k] + c, n times: a value stored, then loaded again by the next step (plus one add).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public static double StoreLoadAdds(int n, double c, double[] slots)
    {
        int k = n & 1; // an index the compiler cannot know
        for (int i = 0; i < n; i++) slots[k] += c;
        return slots[k];
    }
}
