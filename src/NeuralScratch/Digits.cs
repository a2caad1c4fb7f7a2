namespace NeuralScratch;

/// <summary>A 5x5 digit: its name, the digit it is meant to be, and its 25 pixels row by row.</summary>
public sealed record Digit(string Name, int Label, double[] Pixels)
{
    /// <summary>The digit as five rows of text, '#' for ink and '.' for blank.</summary>
    public override string ToString() => $"{Name} ({Label}):{Environment.NewLine}{Digits.Draw(Pixels)}";
}

/// <summary>The walkthrough's 5x5 "captcha" digits, and a way to write digits as text.</summary>
public static class Digits
{
    public const int Size = 5;
    public const int PixelCount = Size * Size;
    public const int ClassCount = 10;

    /// <summary>The ten training digits 0 to 9, drawn as in the walkthrough.</summary>
    public static IReadOnlyList<Digit> Training { get; } =
    [
        Named("zero", 0, "#####", "#...#", "#...#", "#...#", "#####"),
        Named("one", 1, "..#..", "..#..", "..#..", "..#..", "..#.."),
        Named("two", 2, "#####", "....#", "#####", "#....", "#####"),
        Named("three", 3, "#####", "....#", "#####", "....#", "#####"),
        Named("four", 4, "#...#", "#...#", "#####", "....#", "....#"),
        Named("five", 5, "#####", "#....", "#####", "....#", "#####"),
        Named("six", 6, "#####", "#....", "#####", "#...#", "#####"),
        Named("seven", 7, "#####", "....#", "....#", "....#", "....#"),
        Named("eight", 8, "#####", "#...#", "#####", "#...#", "#####"),
        Named("nine", 9, "#####", "#...#", "#####", "....#", "#####"),
    ];

    /// <summary>The walkthrough's three test digits: a 3, a 7 and an 8 drawn a little differently.</summary>
    public static IReadOnlyList<Digit> Tests { get; } =
    [
        Named("different three", 3, ".####", "...##", ".####", "...##", ".####"),
        Named("different seven", 7, "#####", "...#.", "..#..", ".#...", "#...."),
        Named("different eight", 8, ".###.", "#...#", "#####", "#...#", ".###."),
    ];

    /// <summary>The training pixels as the walkthrough's <c>inputs</c>: 10 rows of 25.</summary>
    public static double[][] Inputs() => Training.Select(d => (double[])d.Pixels.Clone()).ToArray();

    /// <summary>The walkthrough's <c>targets</c>: row j is the one-hot vector of digit j (10 x 10).</summary>
    public static double[][] Targets() => Enumerable.Range(0, ClassCount).Select(j => OneHot(j)).ToArray();

    /// <summary>A vector of zeros with a 1 at <paramref name="label"/>.</summary>
    public static double[] OneHot(int label, int classes = ClassCount)
    {
        if (label < 0 || label >= classes)
            throw new ArgumentOutOfRangeException(nameof(label), label, $"expected a class from 0 to {classes - 1}");
        var vector = new double[classes];
        vector[label] = 1;
        return vector;
    }

    /// <summary>
    /// Reads a digit written as five rows of five characters, '#' (or '1') for ink and
    /// '.' (or '0') for blank, the rows separated by commas or new lines:
    /// <c>"#####,....#,#####,....#,#####"</c> is a 3.
    /// </summary>
    public static double[] Parse(string drawing)
    {
        if (string.IsNullOrWhiteSpace(drawing))
            throw new FormatException($"the digit drawing is empty; {Expected}");
        string[] rows = drawing.Trim().Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (rows.Length != Size)
            throw new FormatException($"the digit drawing has {rows.Length} rows; {Expected}");
        var pixels = new double[PixelCount];
        for (int r = 0; r < Size; r++)
        {
            if (rows[r].Length != Size)
                throw new FormatException($"row {r + 1} of the digit drawing, \"{rows[r]}\", has {rows[r].Length} characters; {Expected}");
            for (int c = 0; c < Size; c++)
                pixels[r * Size + c] = rows[r][c] switch
                {
                    '#' or '1' => 1,
                    '.' or '0' => 0,
                    char other => throw new FormatException($"row {r + 1} of the digit drawing, \"{rows[r]}\", has '{other}' at column {c + 1}; {Expected}"),
                };
        }
        return pixels;
    }

    /// <summary>25 pixels as five rows of text, '#' for ink and '.' for blank (above 0.5 is ink).</summary>
    public static string Draw(double[] pixels)
    {
        if (pixels is null || pixels.Length != PixelCount)
            throw new ArgumentException($"expected {PixelCount} pixels (5 rows of 5), got {pixels?.Length.ToString() ?? "null"}");
        return string.Join(Environment.NewLine, Enumerable.Range(0, Size).Select(r =>
            new string(Enumerable.Range(0, Size).Select(c => pixels[r * Size + c] > 0.5 ? '#' : '.').ToArray())));
    }

    const string Expected = "expected 5 rows of 5 characters, '#' for ink and '.' for blank, rows separated by commas or new lines (e.g. \"#####,....#,#####,....#,#####\")";

    static Digit Named(string name, int label, params string[] rows) => new(name, label, Parse(string.Join(",", rows)));
}
