using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

public class PixelUseTests
{
    [Fact]
    public void The_unused_pixels_are_exactly_those_no_training_digit_sets()
    {
        int[] unused = PixelUse.UnusedByTraining();
        Assert.NotEmpty(unused);
        for (int p = 0; p < 25; p++)
        {
            bool anyDigitInks = Digits.Training.Any(d => d.Pixels[p] == 1);
            Assert.Equal(!anyDigitInks, unused.Contains(p));
        }
    }

    [Fact]
    public void Weights_on_unused_pixels_never_move_in_training()
    {
        double[][][] network = Initialization.Walkthrough(42), start = Network.Clone(network);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 200);
        foreach (int p in PixelUse.UnusedByTraining())
            for (int n = 0; n < 5; n++)
                Assert.Equal(start[0][n][p], network[0][n][p]);
        Assert.NotEqual(start[0][0][0], network[0][0][0]); // a used pixel's weight does move
    }

    [Fact]
    public void The_test_digits_ink_pixels_training_never_saw()
    {
        Assert.NotEmpty(PixelUse.UnseenPixelsOf(Digits.Tests[0]));
        Assert.Empty(PixelUse.UnseenPixelsOf(Digits.Training[8]));
        Assert.Equal("pixel 8 (row 1, column 3)", PixelUse.Describe(8));
    }
}
