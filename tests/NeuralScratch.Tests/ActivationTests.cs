namespace NeuralScratch.Tests;

public class ActivationTests
{
    [Theory]
    [InlineData(-1e-300, 0)]
    [InlineData(0, 1)]
    [InlineData(3.5, 1)]
    [InlineData(-2, 0)]
    public void Step_is_one_from_zero_up(double x, double expected) => Assert.Equal(expected, Activation.Step(x));

    [Fact]
    public void Sigmoid_is_one_over_one_plus_e_to_minus_x_where_that_does_not_overflow()
    {
        foreach (double x in new[] { -709.0, -30, -1, 0, 0.5, 2, 40, 709.0 })
            Assert.Equal(1 / (1 + Math.Exp(-x)), Activation.Sigmoid(x));
        Assert.Equal(0.5, Activation.Sigmoid(0));
    }

    [Theory]
    [InlineData(-709.79)]
    [InlineData(-745)]
    [InlineData(-1000)]
    [InlineData(double.MinValue)]
    public void Sigmoid_stays_finite_and_right_far_below_the_walkthroughs_overflow(double x)
    {
        double y = Activation.Sigmoid(x);
        Assert.True(double.IsFinite(y) && y >= 0 && y < 1e-300, $"sigmoid({x}) = {y}");
        Assert.Equal(Math.Exp(x), y); // 1 + e^x is 1 here, so σ(x) = e^x / (1 + e^x) = e^x
    }

    [Fact]
    public void Sigmoid_reaches_one_for_large_inputs() => Assert.Equal(1.0, Activation.Sigmoid(double.MaxValue));

    [Fact]
    public void Sigmoid_is_symmetric_about_one_half()
    {
        foreach (double x in new[] { 0.1, 1, 5, 20 })
            Assert.Equal(1, Activation.Sigmoid(x) + Activation.Sigmoid(-x), 15);
    }
}
