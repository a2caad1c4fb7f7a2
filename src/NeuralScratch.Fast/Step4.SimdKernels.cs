using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NeuralScratch.Fast;

/// <summary>
/// <see cref="ScalarKernels"/> with <see cref="Vector{T}"/>: one vector holds a run of
/// neighbouring neurons (4 with AVX2). Multiplying and adding lane by lane keeps each
/// neuron's sum in the walkthrough's order (and no fused multiply-add), so the bits match.
/// Two vectors go side by side: an add waits about 3 cycles for the one before it in the
/// same sum, and meanwhile the CPU can work on the other vector's sum.
/// </summary>
static class SimdKernels
{
    /// <summary>A flat layer seen as vectors: row j is vectors j·perRow to (j + 1)·perRow − 1.</summary>
    static Span<Vector<double>> AsVectors(Span<double> values) => MemoryMarshal.Cast<double, Vector<double>>(values);

    static int VectorsPerRow(int stride) => stride / Vector<double>.Count; // even: the network pads rows to pairs of vectors

    /// <summary>sums[n] = Σ_j w_jn·x_j + bias_n, two vectors of neurons at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sums(double[] weights, int stride, ReadOnlySpan<double> input, Span<double> sums)
    {
        Span<Vector<double>> rows = AsVectors(weights), sum = AsVectors(sums);
        int perRow = VectorsPerRow(stride);
        for (int v = 0; v < perRow; v += 2)
        {
            Vector<double> sum0 = Vector<double>.Zero, sum1 = Vector<double>.Zero;
            int at = v;
            for (int j = 0; j < input.Length; j++, at += perRow)
            {
                var x = new Vector<double>(input[j]);
                sum0 += rows[at] * x;
                sum1 += rows[at + 1] * x;
            }
            sum[v] = sum0 + rows[at]; // the bias row
            sum[v + 1] = sum1 + rows[at + 1];
        }
    }

    /// <summary>outputs[n] = sigmoid(sums[n]) for the first <paramref name="neurons"/>, a vector at a time, with <see cref="FastExp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sigmoids(double[] sums, double[] outputs, int neurons)
    {
        Span<Vector<double>> sum = AsVectors(sums), output = AsVectors(outputs);
        int vectors = (neurons + Vector<double>.Count - 1) / Vector<double>.Count; // not the padding's whole vectors
        for (int v = 0; v < vectors; v++)
        {
            Vector<double> x = sum[v];
            // Two stores, not one store of either answer: that would send the common one through memory.
            if (FastExp.IsInTableRange(x)) output[v] = FastExp.SigmoidInTableRange(x);
            else output[v] = FastExp.SigmoidLaneByLane(x);
        }
    }

    /// <summary>w_jn −= (rate · δ_n) · x_j, two vectors of neurons at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateLayer(double[] weights, int stride, ReadOnlySpan<double> deltas, ReadOnlySpan<double> input, double learningRate)
    {
        Span<Vector<double>> rows = AsVectors(weights);
        ReadOnlySpan<Vector<double>> delta = MemoryMarshal.Cast<double, Vector<double>>(deltas);
        int perRow = VectorsPerRow(stride);
        for (int v = 0; v < perRow; v += 2)
        {
            Vector<double> step0 = learningRate * delta[v], step1 = learningRate * delta[v + 1];
            int at = v;
            for (int j = 0; j < input.Length; j++, at += perRow)
            {
                var x = new Vector<double>(input[j]);
                rows[at] -= step0 * x;
                rows[at + 1] -= step1 * x;
            }
            rows[at] -= step0; // the bias row
            rows[at + 1] -= step1;
        }
    }

    /// <summary>
    /// <see cref="UpdateLayer"/> for this sample, then <see cref="Sums"/> for the next sample, in
    /// one pass: each new weight goes into the next sum straight from the register that holds it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateLayerThenSums(double[] weights, int stride, ReadOnlySpan<double> deltas, ReadOnlySpan<double> input,
        ReadOnlySpan<double> next, double learningRate, Span<double> nextSums)
    {
        Span<Vector<double>> rows = AsVectors(weights), sum = AsVectors(nextSums);
        ReadOnlySpan<Vector<double>> delta = MemoryMarshal.Cast<double, Vector<double>>(deltas);
        int perRow = VectorsPerRow(stride);
        for (int v = 0; v < perRow; v += 2)
        {
            Vector<double> step0 = learningRate * delta[v], step1 = learningRate * delta[v + 1];
            Vector<double> sum0 = Vector<double>.Zero, sum1 = Vector<double>.Zero;
            int at = v;
            for (int j = 0; j < input.Length; j++, at += perRow)
            {
                var x = new Vector<double>(input[j]);
                var y = new Vector<double>(next[j]);
                Vector<double> w0 = rows[at] - step0 * x, w1 = rows[at + 1] - step1 * x;
                rows[at] = w0;
                rows[at + 1] = w1;
                sum0 += w0 * y;
                sum1 += w1 * y;
            }
            Vector<double> bias0 = rows[at] - step0, bias1 = rows[at + 1] - step1;
            rows[at] = bias0;
            rows[at + 1] = bias1;
            sum[v] = sum0 + bias0;
            sum[v + 1] = sum1 + bias1;
        }
    }
}
