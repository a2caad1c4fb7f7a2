namespace NeuralScratch.Tests;

/// <summary>The library against the numbers the walkthrough's Python code printed and computed.</summary>
public class WalkthroughReproductionTests
{
    [Fact]
    public void Xor_table_matches_the_walkthrough_digit_for_digit()
    {
        var printed = Reference.Root.GetProperty("xor_printed").EnumerateArray().Select(e => e.GetString()).ToArray();
        double[][][] xor = XorNetwork.Create();
        // Python prints a float by repr: the shortest text that reads back as the same double.
        var ours = XorNetwork.Inputs.Select(x =>
            $"{x[0]} {x[1]} [{PythonRepr(Network.FeedForward(xor, x)[^1][0])}]").ToArray();
        Assert.Equal(printed, ours);
    }

    [Fact]
    public void Seed_42_initial_weights_are_the_walkthroughs()
    {
        AssertBitIdentical(Reference.Network("initial_network_seed_42"), Initialization.Walkthrough(42));
    }

    [Fact]
    public void Seed_42_after_10000_epochs_every_weight_equals_the_python_run_bit_for_bit()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        double[][][] network = Initialization.Walkthrough(42);
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        for (int epoch = 0; epoch < 10000; epoch++)
            for (int i = 0; i < inputs.Length; i++)
                Backpropagation.BackpropagateAsWritten(network, inputs[i], targets[i]);

        AssertBitIdentical(Reference.Network("trained_network_seed_42"), network);
    }

    [Fact]
    public void Train_reproduces_the_python_run_its_losses_and_its_predictions()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        double[][][] network = Initialization.Walkthrough(42);
        TrainingResult result = Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);

        AssertBitIdentical(Reference.Network("trained_network_seed_42"), network);
        var losses = Reference.Root.GetProperty("loss_checkpoints").GetProperty("values");
        // Same weights, so the same loss; only the order of adding up the 100 squared errors may differ.
        foreach (var checkpoint in losses.EnumerateArray())
            Assert.Equal(checkpoint.GetProperty("loss").GetDouble(), result.Losses[checkpoint.GetProperty("epoch").GetInt32()], 1e-12);

        var expectedTests = Reference.Root.GetProperty("test_predictions").EnumerateArray().Select(t => t.GetProperty("prediction").GetInt32());
        Assert.Equal(expectedTests, Digits.Tests.Select(d => Network.Predict(network, d.Pixels)));
        var expectedTraining = Reference.Root.GetProperty("training_predictions").EnumerateArray().Select(t => t.GetProperty("prediction").GetInt32());
        Assert.Equal(expectedTraining, Digits.Training.Select(d => Network.Predict(network, d.Pixels)));
    }

    [Fact]
    public void The_first_100_epochs_track_the_python_run_on_any_machine()
    {
        // Where e^x differs from Python's in a last bit, the runs part in the end, but not at once.
        double[][][] network = Initialization.Walkthrough(42);
        TrainingResult result = Training.Train(network, Digits.Inputs(), Digits.Targets(), 100);
        var checkpoints = Reference.Root.GetProperty("loss_checkpoints").GetProperty("values").EnumerateArray()
            .Select(c => (Epoch: c.GetProperty("epoch").GetInt32(), Loss: c.GetProperty("loss").GetDouble()))
            .Where(c => c.Epoch <= 100).ToArray();
        Assert.Equal([0, 1, 2, 10, 100], checkpoints.Select(c => c.Epoch));
        Assert.All(checkpoints, c => Assert.Equal(c.Loss, result.Losses[c.Epoch], 1e-12));
    }

    [Fact]
    public void On_linux_with_glibc_the_sigmoid_is_the_walkthroughs()
    {
        // The gate of the bit-for-bit tests must be open where CI runs (a machine like the one the
        // reference came from: x64 Linux, glibc, a CPU with FMA), or they would pass by doing nothing.
        Assert.SkipUnless(Machine.IsGlibcLinux && Machine.IsX64 && Machine.CpuHasFma,
            "not x64 Linux with glibc on a CPU with FMA, the machine the reference came from: its e^x may differ, and the tests that need the Python run's bits are skipped here");
        Assert.True(Reference.SigmoidIsTheWalkthroughs, "Math.Exp here is not the reference run's e^x");
        // The hash covers the inputs the reference names: its first values are this sigmoid's at k = 0, 1, 2.
        double[] ours = [.. Enumerable.Range(0, 3).Select(k => Activation.Sigmoid(Reference.FingerprintInput(k)))];
        Assert.Equal(Reference.Doubles(Reference.Root.GetProperty("sigmoid_fingerprint").GetProperty("first")), ours);
    }

    [Fact]
    public void The_digit_set_is_the_walkthroughs()
    {
        var training = Reference.Root.GetProperty("training_predictions").EnumerateArray().Select(t => Reference.Doubles(t.GetProperty("pixels")));
        Assert.Equal(training, Digits.Training.Select(d => d.Pixels));
        var tests = Reference.Root.GetProperty("test_predictions").EnumerateArray().Select(t => Reference.Doubles(t.GetProperty("pixels")));
        Assert.Equal(tests, Digits.Tests.Select(d => d.Pixels));
    }

    static void AssertBitIdentical(double[][][] expected, double[][][] actual)
    {
        Assert.Equal(Network.LayerSizes(expected), Network.LayerSizes(actual));
        for (int l = 0; l < expected.Length; l++)
            for (int n = 0; n < expected[l].Length; n++)
                for (int w = 0; w < expected[l][n].Length; w++)
                    Assert.True(BitConverter.DoubleToInt64Bits(expected[l][n][w]) == BitConverter.DoubleToInt64Bits(actual[l][n][w]),
                        $"layer {l}, neuron {n}, weight {w}: python {expected[l][n][w]:R}, ours {actual[l][n][w]:R}");
    }

    // .NET writes exponents as E-14 where Python writes e-14; the digits are the same shortest form.
    static string PythonRepr(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace("E", "e");
}
