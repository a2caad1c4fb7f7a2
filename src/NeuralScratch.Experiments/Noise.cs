namespace NeuralScratch.Experiments;

/// <summary>Accuracy of a trained network as random pixels of the digits are flipped.</summary>
/// <param name="Flips">How many pixels were flipped in each digit.</param>
/// <param name="Accuracy">The share of noisy digits predicted right, averaged over every draw.</param>
public sealed record NoisePoint(int Flips, double Accuracy);

public static class Noise
{
    /// <summary>A copy of the pixels with <paramref name="count"/> distinct pixels flipped (0 ↔ 1).</summary>
    public static double[] FlipPixels(double[] pixels, int count, Random random)
    {
        if (count < 0 || count > pixels.Length)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"expected 0 to {pixels.Length} pixels to flip");
        double[] noisy = (double[])pixels.Clone();
        int[] order = Enumerable.Range(0, pixels.Length).ToArray();
        random.Shuffle(order);
        foreach (int p in order.Take(count)) noisy[p] = 1 - noisy[p];
        return noisy;
    }

    /// <summary>
    /// For 0 to <paramref name="maxFlips"/> flipped pixels: the share of the ten training digits
    /// predicted right, over <paramref name="draws"/> random noisy copies of each.
    /// </summary>
    public static NoisePoint[] AccuracyCurve(double[][][] network, int maxFlips, int draws, int seed = 0)
    {
        if (draws < 1) throw new ArgumentOutOfRangeException(nameof(draws), draws, "expected at least 1 draw");
        var random = new Random(seed);
        return Enumerable.Range(0, maxFlips + 1).Select(flips =>
        {
            int right = 0;
            for (int draw = 0; draw < draws; draw++)
                foreach (Digit digit in Digits.Training)
                    if (Network.Predict(network, FlipPixels(digit.Pixels, flips, random)) == digit.Label) right++;
            return new NoisePoint(flips, right / (double)(draws * Digits.Training.Count));
        }).ToArray();
    }
}
