namespace NeuralScratch.Tests;

public class LossTests
{
    [Fact]
    public void Sum_of_squared_errors_adds_every_squared_difference()
    {
        Assert.Equal(0.25 + 0.04 + 1, Loss.SumOfSquaredErrors([0.5, 0.2, 0], [1, 0, 1]), 15);
    }

    [Fact]
    public void The_loss_over_samples_adds_each_samples_loss()
    {
        double[][][] network = Initialization.Walkthrough(42);
        double expected = Digits.Training.Sum(d => Loss.SumOfSquaredErrors(Network.FeedForward(network, d.Pixels)[^1], Digits.OneHot(d.Label)));
        Assert.Equal(expected, Loss.SumOfSquaredErrors(network, Digits.Inputs(), Digits.Targets()), 12);
    }

    [Fact]
    public void Mismatched_lengths_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Loss.SumOfSquaredErrors([1, 2], [1]));
        Assert.Contains("2 outputs but 1 targets", e.Message);
    }
}
