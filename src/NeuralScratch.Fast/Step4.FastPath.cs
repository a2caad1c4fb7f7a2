using System.Numerics;

namespace NeuralScratch.Fast;

/// <summary>
/// How the fast network does its arithmetic. Every path gives the jagged trainer's bits (SimdExp:
/// where <see cref="FastExp.GivesMathExpsBits"/>, as on Linux; elsewhere each e^x is within a unit
/// in the last place of Math.Exp's, and a long run drifts away from the jagged trainer's).
/// </summary>
public enum FastPath
{
    /// <summary>One number at a time. Runs on every machine.</summary>
    Scalar,
    /// <summary>
    /// <see cref="Vector{T}"/> of doubles: several neurons at once (4 with AVX2, 2 with SSE2 or
    /// Arm NEON). Each neuron's sum is still added input by input, so the result is the scalar one.
    /// </summary>
    Simd,
    /// <summary>
    /// <see cref="Simd"/>, and the sigmoids a vector at a time too, with <see cref="FastExp"/>
    /// instead of one <see cref="Math.Exp"/> call per neuron.
    /// </summary>
    SimdExp,
}

public static class FastPaths
{
    /// <summary>
    /// The fastest path that gives the jagged trainer's bits here: <see cref="FastPath.SimdExp"/> where the
    /// hardware accelerates <see cref="Vector{T}"/> and <see cref="FastExp"/> gives Math.Exp's bits,
    /// <see cref="FastPath.Simd"/> where only the first holds, else <see cref="FastPath.Scalar"/>.
    /// </summary>
    public static FastPath Best =>
        !Vector.IsHardwareAccelerated ? FastPath.Scalar
        : GivesJaggedBits(FastPath.SimdExp) ? FastPath.SimdExp
        : FastPath.Simd;

    /// <summary>
    /// Whether training on <paramref name="path"/> gives the jagged trainer's bits on this machine. Scalar and
    /// Simd do everywhere (the same operations in the same order); SimdExp where its e^x is Math.Exp's.
    /// </summary>
    public static bool GivesJaggedBits(FastPath path) => path switch
    {
        FastPath.Scalar or FastPath.Simd => true,
        FastPath.SimdExp => FastExp.GivesMathExpsBits,
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "expected FastPath.Scalar, FastPath.Simd or FastPath.SimdExp"),
    };

    /// <summary>Every path; the SIMD ones still run without SIMD hardware, only slowly (in software).</summary>
    public static IReadOnlyList<FastPath> All { get; } = [FastPath.Scalar, FastPath.Simd, FastPath.SimdExp];

    /// <summary>How many doubles one step of the path handles: 1, or <c>Vector&lt;double&gt;.Count</c>.</summary>
    public static int Lanes(FastPath path) => path switch
    {
        FastPath.Scalar => 1,
        FastPath.Simd or FastPath.SimdExp => Vector<double>.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "expected FastPath.Scalar, FastPath.Simd or FastPath.SimdExp"),
    };
}
