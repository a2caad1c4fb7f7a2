namespace NeuralScratch.Plots;

/// <summary>25 values (a digit's pixels, a neuron's pixel weights) as the 5x5 image they belong to.</summary>
public static class PixelGrid
{
    public const int Size = Digits.Size;

    /// <summary>
    /// The first 25 values as 5 rows of 5, row 0 the top row, as the walkthrough's
    /// <c>[w[row:row+5] for row in range(0, 25, 5)]</c>. A hidden neuron has 26 weights:
    /// the 26th is its bias, which belongs to no pixel and is left out.
    /// </summary>
    public static double[][] Rows(double[] values)
    {
        if (values is null || (values.Length != Digits.PixelCount && values.Length != Digits.PixelCount + 1))
            throw new ArgumentException($"got {values?.Length.ToString() ?? "null"} values; expected 25 pixel values, or a hidden neuron's 26 weights (25 pixels, then the bias)");
        return Enumerable.Range(0, Size).Select(r => values.Skip(r * Size).Take(Size).ToArray()).ToArray();
    }

    /// <summary>The absolute value of every cell: how strongly each pixel counts, whatever its sign.</summary>
    public static double[][] Abs(double[][] rows) => rows.Select(row => row.Select(Math.Abs).ToArray()).ToArray();

    /// <summary>Hover text for each cell: its pixel number and value, e.g. "pixel 7 (row 1, column 2): w = -0.532".</summary>
    public static string[][] HoverText(double[][] rows, string symbol) =>
        rows.Select((row, r) => row.Select((value, c) =>
            $"pixel {r * Size + c} (row {r}, column {c}): {symbol} = {value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}").ToArray()).ToArray();
}
