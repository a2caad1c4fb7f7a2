using System.Numerics;

namespace NeuralScratch.Fast;

/// <summary>
/// <see cref="ScalarKernels"/> with <see cref="Vector{T}"/>: one vector holds a run of
/// neighbouring neurons (row n..n+3 with AVX2). Multiplying and adding lane by lane keeps each
/// neuron's sum in the walkthrough's order (and no fused multiply-add), so the bits match.
/// </summary>
static class SimdKernels
{
    static int Lanes => Vector<double>.Count;

    /// <summary>The sums a vector of neurons at a time, then the sigmoid of each real neuron.</summary>
    public static void ForwardLayer(double[] weights, int stride, ReadOnlySpan<double> input, Span<double> sums, Span<double> outputs)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < stride; n += Lanes)
        {
            var sum = Vector<double>.Zero;
            for (int j = 0; j < input.Length; j++)
                sum += new Vector<double>(weights, j * stride + n) * new Vector<double>(input[j]);
            sum += new Vector<double>(weights, biasRow + n);
            sum.CopyTo(sums[n..]);
        }
        // e^x has no vector instruction; Math.Exp lane by lane keeps the exact bits.
        for (int n = 0; n < outputs.Length; n++) outputs[n] = Activation.Sigmoid(sums[n]);
    }

    /// <summary>w_jn −= (rate · δ_n) · x_j, a vector of neurons at a time.</summary>
    public static void UpdateLayer(double[] weights, int stride, ReadOnlySpan<double> deltas, ReadOnlySpan<double> input, double learningRate)
    {
        int biasRow = input.Length * stride;
        for (int n = 0; n < stride; n += Lanes)
        {
            Vector<double> step = learningRate * new Vector<double>(deltas[n..]);
            for (int j = 0; j < input.Length; j++)
            {
                int at = j * stride + n;
                (new Vector<double>(weights, at) - step * new Vector<double>(input[j])).CopyTo(weights, at);
            }
            (new Vector<double>(weights, biasRow + n) - step).CopyTo(weights, biasRow + n);
        }
    }
}
