namespace NeuralScratch.Experiments;

/// <summary>Which pixels the training digits use, and so which weights training can change.</summary>
public static class PixelUse
{
    /// <summary>
    /// The pixels blank in every training digit. Their input is always 0, so the gradient of
    /// every weight reading them is 0: those weights keep their random starting values.
    /// </summary>
    public static int[] UnusedByTraining() =>
        Enumerable.Range(0, Digits.PixelCount).Where(p => Digits.Training.All(d => d.Pixels[p] == 0)).ToArray();

    /// <summary>The pixels a digit inks that no training digit does.</summary>
    public static int[] UnseenPixelsOf(Digit digit) =>
        UnusedByTraining().Where(p => digit.Pixels[p] != 0).ToArray();

    /// <summary>"row r, column c" for a pixel index, counting from 1 as a reader would.</summary>
    public static string Describe(int pixel) => $"pixel {pixel} (row {pixel / Digits.Size}, column {pixel % Digits.Size})"; // counted from 0, as the charts' hover text
}
