using NeuralScratch.Fast;

namespace NeuralScratch.Fast.Tests;

public class FusedStepTests
{
    const string NoFusedStep = "this CPU lacks AVX2 or FMA, or 4-lane vectors: FastTrainer.Train runs the general kernels here, and there is no fused step to compare";

    static double[][][] Train(double[][][] start, FastSamples samples, int epochs, BackpropKind backprop, bool fused, double rate = 1)
    {
        var network = FastNetwork.From(start, FastPath.SimdExp);
        if (fused) FastTrainer.Train(network, samples, epochs, backprop, rate);
        else FastTrainer.TrainKernelByKernel(network, samples, epochs, backprop, rate);
        return network.ToJagged();
    }

    [Fact]
    public void Fits_the_walkthroughs_network_on_SimdExp_wherever_the_cpu_has_avx2_and_fma()
    {
        Assert.Equal(FusedStep.RunsHere, FusedStep.Fits(FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp)));
        if (FastPaths.Best == FastPath.SimdExp)
            Assert.EndsWith($"fused step for 5 hidden neurons and 10 outputs (AVX2, FMA): {(FusedStep.RunsHere ? "yes" : "no")}", FastTrainer.Describe());
        // Nothing else: other paths, other hidden layers, other output layers.
        Assert.False(FusedStep.Fits(FastNetwork.From(Initialization.Walkthrough(42), FastPath.Simd)));
        Assert.False(FusedStep.Fits(FastNetwork.From(Initialization.Walkthrough(42), FastPath.Scalar)));
        Assert.False(FusedStep.Fits(FastNetwork.From(Initialization.DotNet(1, [25, 6, 10], -1, 1), FastPath.SimdExp)));
        Assert.False(FusedStep.Fits(FastNetwork.From(Initialization.DotNet(1, [25, 5, 9], -1, 1), FastPath.SimdExp)));
    }

    [Fact]
    public void Runs_on_a_cpu_whose_cpuinfo_lists_avx2_and_fma()
    {
        // .NET's own detection against Linux's list of the CPU's features: a machine like CI's trains with the fused step.
        Assert.SkipUnless(Machine.CpuHas("avx2") && Machine.CpuHasFma && Environment.GetEnvironmentVariable("DOTNET_EnableAVX2") is null,
            "/proc/cpuinfo lists no AVX2 and FMA here (or .NET was told to hide AVX2)");
        Assert.True(FusedStep.RunsHere, "the CPU has AVX2 and FMA, but FusedStep.RunsHere is false");
    }

    [Theory]
    [InlineData(BackpropKind.AsWritten)]
    [InlineData(BackpropKind.TrueGradient)]
    public void Gives_the_general_kernels_bits_after_10000_epochs(BackpropKind backprop)
    {
        Assert.SkipUnless(FusedStep.RunsHere, NoFusedStep);
        foreach (int seed in new[] { 42, 7 })
        {
            double[][][] start = Initialization.Walkthrough(seed);
            double[][][] fused = Train(start, FastSamples.Walkthrough(), 10000, backprop, fused: true);
            double[][][] kernels = Train(start, FastSamples.Walkthrough(), 10000, backprop, fused: false);
            Assert.True(Compare.MaxDifference(fused, start) > 1, "training should move the weights");
            Assert.Equal(0, Compare.DifferingBits(kernels, fused));
        }
    }

    [Fact]
    public void Takes_any_number_of_inputs_and_learning_rate()
    {
        Assert.SkipUnless(FusedStep.RunsHere, NoFusedStep);
        var random = new Random(9);
        foreach (int inputs in new[] { 1, 9, 30 })
        {
            double[][] xs = Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, inputs).Select(_ => random.NextDouble() * 2 - 1).ToArray()).ToArray();
            double[][] ts = Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, 10).Select(_ => random.NextDouble()).ToArray()).ToArray();
            double[][][] start = Initialization.DotNet(inputs, [inputs, 5, 10], -1, 1);
            var samples = FastSamples.From(xs, ts);
            Assert.True(FusedStep.Fits(FastNetwork.From(start, FastPath.SimdExp)));
            foreach (BackpropKind backprop in new[] { BackpropKind.AsWritten, BackpropKind.TrueGradient })
            {
                double[][][] jagged = Compare.TrainJagged(start, xs, ts, 300, backprop, 0.7);
                double[][][] fused = Train(start, samples, 300, backprop, fused: true, rate: 0.7);
                Assert.Equal(0, Compare.DifferingBits(Train(start, samples, 300, backprop, fused: false, rate: 0.7), fused));
                if (FastExp.GivesMathExpsBits) Assert.Equal(0, Compare.DifferingBits(jagged, fused));
                else Assert.InRange(Compare.MaxDifference(jagged, fused), 0, 1e-9);
            }
        }
    }

    [Fact]
    public void Hands_a_sample_whose_sums_leave_the_table_range_to_the_general_kernels()
    {
        Assert.SkipUnless(FusedStep.RunsHere, NoFusedStep);
        // Hidden weights 80 times the walkthrough's: some digits' sums pass 512, others' do not, so both branches run.
        double[][][] start = Initialization.Walkthrough(42);
        foreach (double[] neuron in start[0])
            for (int j = 0; j < neuron.Length; j++) neuron[j] *= 80;
        var probe = FastNetwork.From(start, FastPath.SimdExp);
        double[] sums = Digits.Inputs().Select(x => { probe.FeedForward(x); return probe.HiddenSums.Take(5).Max(Math.Abs); }).ToArray();
        Assert.Contains(sums, s => s >= 512);
        Assert.Contains(sums, s => s < 512);
        foreach (BackpropKind backprop in new[] { BackpropKind.AsWritten, BackpropKind.TrueGradient })
        {
            double[][][] fused = Train(start, FastSamples.Walkthrough(), 200, backprop, fused: true);
            Assert.Equal(0, Compare.DifferingBits(Train(start, FastSamples.Walkthrough(), 200, backprop, fused: false), fused));
            Assert.Equal(0, Compare.DifferingBits(Compare.TrainJagged(start, Digits.Inputs(), Digits.Targets(), 200, backprop), fused));
        }
    }

    [Fact]
    public void Records_the_same_losses_as_the_general_kernels()
    {
        var fused = FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp);
        var kernels = FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp);
        TrainingResult withFused = FastTrainer.TrainRecordingLoss(fused, FastSamples.Walkthrough(), 50);
        FastTrainer.TrainKernelByKernel(kernels, FastSamples.Walkthrough(), 50);
        Assert.Equal(0, Compare.DifferingBits(kernels.ToJagged(), fused.ToJagged()));
        Assert.True(withFused.Losses[50] < withFused.Losses[0]);
    }
}
