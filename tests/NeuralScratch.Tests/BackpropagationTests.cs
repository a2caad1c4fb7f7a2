namespace NeuralScratch.Tests;

public class BackpropagationTests
{
    static readonly double[] Input = Digits.Training[2].Pixels, Target = Digits.OneHot(2);

    [Fact]
    public void Output_deltas_are_the_error_times_the_sigmoids_slope()
    {
        double[] deltas = Backpropagation.OutputDeltas([0.8, 0.1], [1, 0]);
        Assert.Equal(0.8 * 0.2 * -0.2, deltas[0], 15);
        Assert.Equal(0.1 * 0.9 * 0.1, deltas[1], 15);
    }

    [Fact]
    public void As_written_the_output_layer_moves_by_the_true_gradient_and_the_hidden_layer_does_not()
    {
        double[][][] network = Initialization.Walkthrough(42);
        double[][][] gradient = Backpropagation.Gradient(network, Input, Target);
        double[][][] asWritten = Network.Clone(network), trueStep = Network.Clone(network);

        Backpropagation.BackpropagateAsWritten(asWritten, Input, Target);
        Backpropagation.BackpropagateTrueGradient(trueStep, Input, Target);

        for (int n = 0; n < 10; n++)
            for (int w = 0; w < 6; w++)
            {
                Assert.Equal(network[1][n][w] - gradient[1][n][w], asWritten[1][n][w]);
                Assert.Equal(asWritten[1][n][w], trueStep[1][n][w]);
            }
        // The walkthrough's hidden deltas read the output weights after their update.
        Assert.NotEqual(trueStep[0][0], asWritten[0][0]);
        for (int n = 0; n < 5; n++)
            for (int w = 0; w < 26; w++)
                Assert.Equal(network[0][n][w] - gradient[0][n][w], trueStep[0][n][w]);
    }

    [Fact]
    public void The_learning_rate_scales_the_step()
    {
        double[][][] network = Initialization.Walkthrough(5);
        double[][][] gradient = Backpropagation.Gradient(network, Input, Target);
        double[][][] stepped = Network.Clone(network);
        Backpropagation.BackpropagateTrueGradient(stepped, Input, Target, learningRate: 0.25);
        Assert.Equal(network[0][1][2] - 0.25 * gradient[0][1][2], stepped[0][1][2], 15);
        Assert.Equal(network[1][9][5] - 0.25 * gradient[1][9][5], stepped[1][9][5], 15);
    }

    [Fact]
    public void A_true_gradient_step_lowers_the_loss_for_a_small_enough_rate()
    {
        foreach (int[] sizes in new[] { new[] { 25, 5, 10 }, [25, 6, 4, 10], [25, 4, 4, 4, 10] })
        {
            double[][][] network = Initialization.Python(3, sizes, -1, 1);
            double before = GradientCheck.HalfSquaredError(network, Input, Target);
            Backpropagation.BackpropagateTrueGradient(network, Input, Target, 0.1);
            Assert.True(GradientCheck.HalfSquaredError(network, Input, Target) < before);
        }
    }

    [Fact]
    public void The_walkthroughs_backprop_refuses_other_depths_and_says_what_to_use()
    {
        double[][][] deep = Initialization.Python(1, [25, 4, 4, 10]);
        var e = Assert.Throws<ArgumentException>(() => Backpropagation.BackpropagateAsWritten(deep, Input, Target));
        Assert.Contains("one hidden layer (2 layers); this network has 3. Use BackpropagateTrueGradient", e.Message);
    }
}
