using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NeuralScratch.Fast;

/// <summary>
/// Step 6 of "Making it fast": one training step written out for the walkthrough's own network
/// (any number of inputs, 5 hidden neurons, 10 outputs) on AVX2, in four short methods: each
/// layer forward, then each layer back.
/// <para>
/// The kernels of steps 3-5 work for any layer size, so they loop over rows and vectors, check
/// bounds, and pass every value through an array. On this shape the whole step fits in the CPU's
/// 16 vector registers: the 5 hidden neurons are two vectors, the 10 outputs three. Between the
/// four methods only a few vectors go through memory; inside them everything but the weights
/// stays in registers. Same operations, same order as <see cref="SimdKernels"/> with
/// <see cref="FastExp"/>: the same bits as <see cref="FastPath.SimdExp"/>, so as the jagged trainer.
/// </para>
/// <para>
/// Why it matters: a training step is a chain of about 100 dependent operations, and the general
/// kernels spend many times that many instructions around it (loops, bounds checks, arrays). A CPU
/// core shared with another thread (as on a cloud machine) runs about half as many instructions
/// per cycle, and there the instruction count, not the chain, sets the time.
/// </para>
/// </summary>
public static class FusedStep
{
    /// <summary>
    /// Whether <see cref="FastTrainer.Train"/> trains this network with the fused step: the network is on
    /// <see cref="FastPath.SimdExp"/>, has 5 hidden neurons and 10 outputs, and the CPU has AVX2 and FMA
    /// with <see cref="Vector{T}"/> of 4 doubles (so the rows are 8 and 16 doubles wide).
    /// </summary>
    public static bool Fits(FastNetwork network) =>
        network.Path == FastPath.SimdExp && network.Hidden == 5 && network.Classes == 10 && RunsHere &&
        network.HiddenStride == HiddenStride && network.OutputStride == OutputStride;

    /// <summary>Whether this CPU can run the fused step: AVX2 and FMA, with <see cref="Vector{T}"/> of 4 doubles.</summary>
    public static bool RunsHere => Avx2.IsSupported && Fma.IsSupported && Vector<double>.Count == 4;

    // The row lengths FastNetwork gives this shape on SimdExp with 4 lanes (pairs of vectors): input j's
    // hidden weights start at 8·j, hidden neuron i's output weights at 16·i; the biases' rows come last.
    const int HiddenStride = 8, OutputStride = 16;

    /// <summary>
    /// <see cref="FastTrainer.Train"/> with the fused step, for a network it <see cref="Fits"/>. A sample whose
    /// sums leave FastExp's table range (|x| ≥ 512) is stepped by the general kernels instead, which
    /// handle it lane by lane.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Train(FastNetwork net, FastSamples samples, int epochs, BackpropKind backprop, double learningRate)
    {
        if (!Fits(net)) throw new ArgumentException("the fused step does not fit this network; expected 5 hidden neurons, 10 outputs, SimdExp, AVX2 and FMA"); // the loads and stores below rely on its shape
        bool trueGradient = backprop == BackpropKind.TrueGradient;
        if (epochs > 0) net.HiddenSumsOf(samples.Input(0));
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int s = 0; s < samples.Count; s++)
            {
                int next = s + 1 == samples.Count ? 0 : s + 1;
                if (!Forward(net, samples.Target(s)))
                {
                    KernelTrainer.Step(net, samples, s, backprop, learningRate);
                    continue;
                }
                OutputLayerBack(net, learningRate, trueGradient);
                HiddenLayerBack(net, samples.Input(s), samples.Input(next), learningRate);
            }
    }

    /// <summary>
    /// From the hidden sums to the output deltas δ_k = o·(1 − o)·(o − t). False, with nothing changed
    /// but working space, if a sum is outside FastExp's table range.
    /// </summary>
    static bool Forward(FastNetwork net, ReadOnlySpan<double> target) => HiddenLayerForward(net) && OutputLayerForward(net, target);

    /// <summary>The hidden layer's outputs, and from them the output layer's sums.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    static bool HiddenLayerForward(FastNetwork net)
    {
        ref double hiddenSums = ref Start(net.HiddenSums), hidden = ref Start(net.HiddenOutputs), outputSums = ref Start(net.OutputSums);
        Vector256<double> sums0 = Load(ref hiddenSums, 0), sums1 = Load(ref hiddenSums, 4); // neurons 0-3, neuron 4
        if (!InTableRange(sums0, sums1, sums1)) return false;
        Vector256<double> h0 = Sigmoid(sums0), h1 = Sigmoid(sums1);
        Store(h0, ref hidden, 0);
        Store(h1, ref hidden, 4);

        // Each output's sum, hidden neuron by hidden neuron, then the bias: three vectors of outputs side by side.
        ref double w = ref Start(net.OutputWeights);
        Vector256<double> b = Avx2.Permute4x64(h0, 0b00_00_00_00); // hidden neuron 0's output in every lane
        Vector256<double> sum0 = Vector256<double>.Zero + Load(ref w, 0) * b; // outputs 0-3
        Vector256<double> sum1 = Vector256<double>.Zero + Load(ref w, 4) * b; // outputs 4-7
        Vector256<double> sum2 = Vector256<double>.Zero + Load(ref w, 8) * b; // outputs 8-9, and 2 lanes of padding
        b = Avx2.Permute4x64(h0, 0b01_01_01_01);
        sum0 += Load(ref w, OutputStride) * b; sum1 += Load(ref w, OutputStride + 4) * b; sum2 += Load(ref w, OutputStride + 8) * b;
        b = Avx2.Permute4x64(h0, 0b10_10_10_10);
        sum0 += Load(ref w, 2 * OutputStride) * b; sum1 += Load(ref w, 2 * OutputStride + 4) * b; sum2 += Load(ref w, 2 * OutputStride + 8) * b;
        b = Avx2.Permute4x64(h0, 0b11_11_11_11);
        sum0 += Load(ref w, 3 * OutputStride) * b; sum1 += Load(ref w, 3 * OutputStride + 4) * b; sum2 += Load(ref w, 3 * OutputStride + 8) * b;
        b = Avx2.Permute4x64(h1, 0b00_00_00_00);
        sum0 += Load(ref w, 4 * OutputStride) * b; sum1 += Load(ref w, 4 * OutputStride + 4) * b; sum2 += Load(ref w, 4 * OutputStride + 8) * b;
        Store(sum0 + Load(ref w, 5 * OutputStride), ref outputSums, 0);
        Store(sum1 + Load(ref w, 5 * OutputStride + 4), ref outputSums, 4);
        Store(sum2 + Load(ref w, 5 * OutputStride + 8), ref outputSums, 8);
        return true;
    }

    /// <summary>The output layer's outputs, and their deltas δ_k = o·(1 − o)·(o − t).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    static bool OutputLayerForward(FastNetwork net, ReadOnlySpan<double> target)
    {
        Vector256<double> one = Vector256<double>.One;
        ref double outputSums = ref Start(net.OutputSums), deltas = ref Start(net.OutputDeltas);
        Vector256<double> sum0 = Load(ref outputSums, 0), sum1 = Load(ref outputSums, 4), sum2 = Load(ref outputSums, 8);
        if (!InTableRange(sum0, sum1, sum2)) return false;
        Vector256<double> o0 = Sigmoid(sum0), o1 = Sigmoid(sum1), o2 = Sigmoid(sum2);
        ref double t = ref MemoryMarshal.GetReference(target);
        Vector256<double> t2 = Vector128.LoadUnsafe(ref t, 8).ToVector256Unsafe(); // targets 8 and 9; lanes 2-3 are padding
        Store((o0 * (one - o0)) * (o0 - Load(ref t, 0)), ref deltas, 0);
        Store((o1 * (one - o1)) * (o1 - Load(ref t, 4)), ref deltas, 4);
        Store(Avx.Blend((o2 * (one - o2)) * (o2 - t2), Vector256<double>.Zero, 0b1100), ref deltas, 8); // the padding's deltas stay 0
        return true;
    }

    /// <summary>
    /// The output layer's w −= (rate·δ_k)·h_i, and the hidden deltas δ_i = h·(1 − h)·Σ_k δ_k·w_ik, from the
    /// new weights as the walkthrough does (the true gradient: from the old ones).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    static void OutputLayerBack(FastNetwork net, double learningRate, bool trueGradient)
    {
        Vector256<double> zero = Vector256<double>.Zero, one = Vector256<double>.One, rate = Vector256.Create(learningRate);
        ref double hidden = ref Start(net.HiddenOutputs), deltas = ref Start(net.OutputDeltas), hiddenDeltas = ref Start(net.HiddenDeltas);
        Vector256<double> h0 = Load(ref hidden, 0), h1 = Load(ref hidden, 4);
        ref double w = ref Start(net.OutputWeights);
        // sum03 holds Σ_k δ_k·w_ik for hidden neurons 0-3, sum4 for neuron 4; both added k by k, in order.
        Vector256<double> sum03 = zero, sum4 = zero;
        for (int v = 0; v < 3; v++) // outputs 4v to 4v + 3
        {
            int c = 4 * v;
            Vector256<double> delta = Load(ref deltas, c), step = rate * delta;
            Vector256<double> old0 = Load(ref w, c), old1 = Load(ref w, c + OutputStride),
                old2 = Load(ref w, c + 2 * OutputStride), old3 = Load(ref w, c + 3 * OutputStride), old4 = Load(ref w, c + 4 * OutputStride);
            Vector256<double> w0 = old0 - step * Avx2.Permute4x64(h0, 0b00_00_00_00);
            Vector256<double> w1 = old1 - step * Avx2.Permute4x64(h0, 0b01_01_01_01);
            Vector256<double> w2 = old2 - step * Avx2.Permute4x64(h0, 0b10_10_10_10);
            Vector256<double> w3 = old3 - step * Avx2.Permute4x64(h0, 0b11_11_11_11);
            Vector256<double> w4 = old4 - step * Avx2.Permute4x64(h1, 0b00_00_00_00);
            Store(w0, ref w, c); Store(w1, ref w, c + OutputStride); Store(w2, ref w, c + 2 * OutputStride);
            Store(w3, ref w, c + 3 * OutputStride); Store(w4, ref w, c + 4 * OutputStride);
            Store(Load(ref w, c + 5 * OutputStride) - step, ref w, c + 5 * OutputStride); // the biases
            if (trueGradient) (w0, w1, w2, w3, w4) = (old0, old1, old2, old3, old4);

            // δ_k·w_ik with k across the lanes; turned (a 4x4 transpose) so that a vector holds one k for neurons 0-3.
            Vector256<double> p0 = delta * w0, p1 = delta * w1, p2 = delta * w2, p3 = delta * w3, p4 = delta * w4;
            Vector256<double> p01Low = Avx.UnpackLow(p0, p1), p01High = Avx.UnpackHigh(p0, p1);
            Vector256<double> p23Low = Avx.UnpackLow(p2, p3), p23High = Avx.UnpackHigh(p2, p3);
            Vector256<double> p4Low = Avx.UnpackLow(p4, zero), p4High = Avx.UnpackHigh(p4, zero);
            sum03 += Avx.Permute2x128(p01Low, p23Low, 0x20);   // k = 4v
            sum4 += Avx.Permute2x128(p4Low, zero, 0x20);
            sum03 += Avx.Permute2x128(p01High, p23High, 0x20); // k = 4v + 1
            sum4 += Avx.Permute2x128(p4High, zero, 0x20);
            if (v == 2) break; // outputs 10 and 11 are padding
            sum03 += Avx.Permute2x128(p01Low, p23Low, 0x31);   // k = 4v + 2
            sum4 += Avx.Permute2x128(p4Low, zero, 0x31);
            sum03 += Avx.Permute2x128(p01High, p23High, 0x31); // k = 4v + 3
            sum4 += Avx.Permute2x128(p4High, zero, 0x31);
        }
        Store((h0 * (one - h0)) * sum03, ref hiddenDeltas, 0);
        Store((h1 * (one - h1)) * sum4, ref hiddenDeltas, 4);
    }

    /// <summary>The hidden layer's w −= (rate·δ_i)·x_j, and each new weight straight into the next sample's sums.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    static void HiddenLayerBack(FastNetwork net, ReadOnlySpan<double> input, ReadOnlySpan<double> next, double learningRate)
    {
        Vector256<double> rate = Vector256.Create(learningRate);
        ref double hiddenDeltas = ref Start(net.HiddenDeltas), hiddenSums = ref Start(net.HiddenSums);
        Vector256<double> step0 = rate * Load(ref hiddenDeltas, 0), step1 = rate * Load(ref hiddenDeltas, 4);
        Vector256<double> sum0 = Vector256<double>.Zero, sum1 = Vector256<double>.Zero;
        ref double row = ref Start(net.HiddenWeights); // row j: input j's weights into neurons 0-3, then 4-7
        ref double x = ref MemoryMarshal.GetReference(input), y = ref MemoryMarshal.GetReference(next);
        for (int j = 0; j < input.Length; j++, row = ref Unsafe.Add(ref row, HiddenStride))
        {
            Vector256<double> xj = Vector256.Create(Unsafe.Add(ref x, j)), yj = Vector256.Create(Unsafe.Add(ref y, j));
            Vector256<double> w0 = Load(ref row, 0) - step0 * xj, w1 = Load(ref row, 4) - step1 * xj;
            Store(w0, ref row, 0);
            Store(w1, ref row, 4);
            sum0 += w0 * yj;
            sum1 += w1 * yj;
        }
        Vector256<double> bias0 = Load(ref row, 0) - step0, bias1 = Load(ref row, 4) - step1; // the last row: the biases
        Store(bias0, ref row, 0);
        Store(bias1, ref row, 4);
        Store(sum0 + bias0, ref hiddenSums, 0);
        Store(sum1 + bias1, ref hiddenSums, 4);
    }

    // Fits fixed the shape, so every offset used here is inside its array: loads and stores skip the
    // bounds check, from a reference to the array's first element taken once per method.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ref double Start(double[] array) => ref MemoryMarshal.GetArrayDataReference(array);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Load(ref double start, int offset) => Vector256.LoadUnsafe(ref start, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store(Vector256<double> value, ref double start, int offset) => value.StoreUnsafe(ref start, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool InTableRange(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        FastExp.IsInTableRange(a.AsVector()) && FastExp.IsInTableRange(b.AsVector()) && FastExp.IsInTableRange(c.AsVector());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Sigmoid(Vector256<double> x) => FastExp.SigmoidInTableRange(x.AsVector()).AsVector256();
}
