using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

public class NoiseTests
{
    [Fact]
    public void Flipping_changes_exactly_that_many_pixels()
    {
        var random = new Random(3);
        double[] eight = Digits.Training[8].Pixels;
        foreach (int count in new[] { 0, 1, 5, 25 })
        {
            double[] noisy = Noise.FlipPixels(eight, count, random);
            Assert.Equal(count, eight.Zip(noisy).Count(p => p.First != p.Second));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => Noise.FlipPixels(eight, 26, random));
    }

    [Fact]
    public void Accuracy_starts_at_the_clean_accuracy_and_falls_with_noise()
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);
        NoisePoint[] curve = Noise.AccuracyCurve(network, maxFlips: 8, draws: 20);

        Assert.Equal(Enumerable.Range(0, 9), curve.Select(p => p.Flips));
        Assert.Equal(Digits.Training.Count(d => Network.Predict(network, d.Pixels) == d.Label) / 10.0, curve[0].Accuracy);
        Assert.True(curve[^1].Accuracy < curve[0].Accuracy);
        Assert.Equal(curve.Select(p => p.Accuracy), Noise.AccuracyCurve(network, 8, 20).Select(p => p.Accuracy)); // same seed, same curve
    }
}
