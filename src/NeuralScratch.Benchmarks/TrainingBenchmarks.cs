using BenchmarkDotNet.Attributes;
using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// The walkthrough's training run, 10 digits × 10000 epochs from seed 42's weights, by each
/// trainer. Every invocation first puts the starting weights back in place (no allocation).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class TrainingBenchmarks
{
    public const int Epochs = 10000;

    readonly double[][][] start = Initialization.Walkthrough(42);
    readonly double[][][] jagged = Initialization.Walkthrough(42);
    readonly double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
    readonly FastSamples samples = FastSamples.Walkthrough();
    readonly FastNetwork scalar = FastNetwork.From(Initialization.Walkthrough(42), FastPath.Scalar);
    readonly FastNetwork simd = FastNetwork.From(Initialization.Walkthrough(42), FastPath.Simd);
    readonly FastNetwork simdExp = FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp);

    [Benchmark(Baseline = true, Description = "Jagged, as written (the walkthrough's train)")]
    public double[][][] JaggedAsWritten()
    {
        Reset();
        for (int epoch = 0; epoch < Epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                Backpropagation.BackpropagateAsWritten(jagged, inputs[i], targets[i]);
        return jagged;
    }

    [Benchmark(Description = "Jagged, true gradient")]
    public double[][][] JaggedTrueGradient()
    {
        Reset();
        for (int epoch = 0; epoch < Epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                Backpropagation.BackpropagateTrueGradient(jagged, inputs[i], targets[i]);
        return jagged;
    }

    [Benchmark(Description = "Jagged, no allocations (step 2)")]
    public double[][][] JaggedNoAllocations()
    {
        Reset();
        NoAllocationTrainer.Train(jagged, inputs, targets, Epochs);
        return jagged;
    }

    [Benchmark(Description = "Fast scalar, as written (step 3)")]
    public FastNetwork FastScalarAsWritten() => TrainFast(scalar, BackpropKind.AsWritten);

    [Benchmark(Description = "Fast SIMD, as written (step 4)")]
    public FastNetwork FastSimdAsWritten() => TrainFast(simd, BackpropKind.AsWritten);

    [Benchmark(Description = "Fast SIMD + vector e^x, as written (step 5)")]
    public FastNetwork FastSimdExpAsWritten() => TrainFast(simdExp, BackpropKind.AsWritten);

    [Benchmark(Description = "Fast fused step, as written (step 6: the fast trainer)")]
    public FastNetwork FastFusedAsWritten() => TrainFused(BackpropKind.AsWritten);

    [Benchmark(Description = "Fast scalar, true gradient")]
    public FastNetwork FastScalarTrueGradient() => TrainFast(scalar, BackpropKind.TrueGradient);

    [Benchmark(Description = "Fast SIMD, true gradient")]
    public FastNetwork FastSimdTrueGradient() => TrainFast(simd, BackpropKind.TrueGradient);

    [Benchmark(Description = "Fast SIMD + vector e^x, true gradient")]
    public FastNetwork FastSimdExpTrueGradient() => TrainFast(simdExp, BackpropKind.TrueGradient);

    [Benchmark(Description = "Fast fused step, true gradient")]
    public FastNetwork FastFusedTrueGradient() => TrainFused(BackpropKind.TrueGradient);

    // Steps 3-5: the general kernels, whatever the machine.
    FastNetwork TrainFast(FastNetwork network, BackpropKind backprop)
    {
        network.SetWeights(start);
        FastTrainer.TrainKernelByKernel(network, samples, Epochs, backprop);
        return network;
    }

    // Step 6: FastTrainer.Train, the fused step where FusedStep.Fits (else step 5 again).
    FastNetwork TrainFused(BackpropKind backprop)
    {
        simdExp.SetWeights(start);
        FastTrainer.Train(simdExp, samples, Epochs, backprop);
        return simdExp;
    }

    void Reset()
    {
        for (int l = 0; l < start.Length; l++)
            for (int n = 0; n < start[l].Length; n++)
                start[l][n].CopyTo(jagged[l][n], 0);
    }
}
