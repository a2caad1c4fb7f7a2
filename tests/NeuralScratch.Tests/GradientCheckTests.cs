namespace NeuralScratch.Tests;

public class GradientCheckTests
{
    [Theory]
    [InlineData(new[] { 25, 5, 10 })]
    [InlineData(new[] { 25, 6, 5, 10 })]
    [InlineData(new[] { 25, 4, 5, 3, 10 })]
    public void Backprop_agrees_with_finite_differences_for_1_2_and_3_hidden_layers(int[] sizes)
    {
        for (int seed = 0; seed < 3; seed++)
        {
            double[][][] network = Initialization.Python(seed, sizes, -1, 1);
            Digit digit = Digits.Training[seed * 3];
            GradientCheckResult check = GradientCheck.Check(network, digit.Pixels, Digits.OneHot(digit.Label));
            Assert.True(check.RelativeError < 1e-6, $"relative error {check.RelativeError} at {check.WorstWeight}");
        }
    }

    [Fact]
    public void The_check_catches_a_wrong_gradient()
    {
        double[][][] network = Initialization.Python(0, [25, 5, 10], -1, 1);
        double[] input = Digits.Training[8].Pixels, target = Digits.OneHot(8);
        double[][][] numeric = GradientCheck.NumericGradient(network, input, target);
        double[][][] analytic = Backpropagation.Gradient(network, input, target);
        Assert.True(GradientCheck.Compare(analytic, numeric).RelativeError < 1e-6);

        analytic[0][2][7] += 1e-3; // a bug in one weight's gradient
        GradientCheckResult check = GradientCheck.Compare(analytic, numeric);
        Assert.True(check.RelativeError > 1e-6, $"relative error {check.RelativeError}");
        Assert.Equal((0, 2, 7), check.WorstWeight);
    }

    [Fact]
    public void The_numeric_gradient_leaves_the_network_as_it_was()
    {
        double[][][] network = Initialization.Python(2, [25, 5, 10], -1, 1), before = Network.Clone(network);
        GradientCheck.NumericGradient(network, Digits.Training[1].Pixels, Digits.OneHot(1));
        Assert.Equal(before, network);
    }
}
