using System.Runtime.CompilerServices;
namespace NeuralScratch.Fast;

/// <summary>
/// The loops over a transposed flat layer, one number at a time. Every sum is added in the
/// walkthrough's order (input by input, bias last), so the results are the jagged code's, bit for bit.
/// </summary>
static class ScalarKernels
{
    /// <summary>sums[n] = Σ_j w_jn·x_j + bias_n, added input by input, the bias last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sums(double[] weights, int stride, ReadOnlySpan<double> input, Span<double> sums)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < sums.Length; n++)
        {
            double sum = 0;
            for (int j = 0; j < input.Length; j++) sum += weights[j * stride + n] * input[j];
            sums[n] = sum + weights[biasRow + n]; // bias · 1
        }
    }

    /// <summary>w_jn −= (rate · δ_n) · x_j for every weight; the bias's input is 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateLayer(double[] weights, int stride, ReadOnlySpan<double> deltas, ReadOnlySpan<double> input, double learningRate)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < stride; n++)
        {
            double step = learningRate * deltas[n];
            for (int j = 0; j < input.Length; j++) weights[j * stride + n] -= step * input[j];
            weights[biasRow + n] -= step;
        }
    }

    /// <summary>
    /// <see cref="UpdateLayer"/> for this sample, then <see cref="Sums"/> for the next sample,
    /// in one pass: each new weight is used while it is at hand instead of being read back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateLayerThenSums(double[] weights, int stride, ReadOnlySpan<double> deltas, ReadOnlySpan<double> input,
        ReadOnlySpan<double> next, double learningRate, Span<double> nextSums)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < stride; n++)
        {
            double step = learningRate * deltas[n], sum = 0;
            for (int j = 0; j < input.Length; j++)
            {
                double w = weights[j * stride + n] - step * input[j];
                weights[j * stride + n] = w;
                sum += w * next[j];
            }
            double bias = weights[biasRow + n] - step;
            weights[biasRow + n] = bias;
            nextSums[n] = sum + bias;
        }
    }
}
