namespace NeuralScratch.Fast;

/// <summary>Training samples in two flat arrays: sample i is row i of <see cref="Inputs"/> and of <see cref="Targets"/>.</summary>
public sealed class FastSamples
{
    public int Count { get; }
    public int InputSize { get; }
    public int TargetSize { get; }
    internal double[] Inputs { get; }
    internal double[] Targets { get; }

    FastSamples(double[] inputs, double[] targets, int count, int inputSize, int targetSize) =>
        (Inputs, Targets, Count, InputSize, TargetSize) = (inputs, targets, count, inputSize, targetSize);

    /// <summary>Copies jagged samples (one array per sample) into two flat arrays.</summary>
    public static FastSamples From(double[][] inputs, double[][] targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (inputs.Length != targets.Length)
            throw new ArgumentException($"there are {inputs.Length} inputs but {targets.Length} targets; expected one target per input");
        if (inputs.Length == 0) throw new ArgumentException("there are no samples; expected at least one");
        return new FastSamples(Flatten(inputs, "input"), Flatten(targets, "target"), inputs.Length, inputs[0].Length, targets[0].Length);
    }

    /// <summary>The walkthrough's ten training digits and their one-hot targets.</summary>
    public static FastSamples Walkthrough() => From(Digits.Inputs(), Digits.Targets());

    public ReadOnlySpan<double> Input(int i) => Inputs.AsSpan(i * InputSize, InputSize);
    public ReadOnlySpan<double> Target(int i) => Targets.AsSpan(i * TargetSize, TargetSize);

    static double[] Flatten(double[][] rows, string what)
    {
        int width = rows[0]?.Length ?? throw new ArgumentException($"{what} 0 is null");
        var flat = new double[rows.Length * width];
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null || rows[i].Length != width)
                throw new ArgumentException($"{what} {i} has {rows[i]?.Length.ToString() ?? "no"} values; {what} 0 has {width}, and every {what} needs as many");
            NetworkCheck.Finite(rows[i], $"{what} {i}");
            rows[i].CopyTo(flat, i * width);
        }
        return flat;
    }
}
