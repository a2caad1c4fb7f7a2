using System.Numerics;
using System.Runtime.Intrinsics.X86;
using NeuralScratch.Fast;

namespace NeuralScratch.Fast.Tests;

public class FastExpTests
{
    // Math.Exp is the C library's exp; FastExp reproduces glibc's, the one the reference run's math.exp
    // was (Reference.SigmoidIsTheWalkthroughs checks that Math.Exp here is too). glibc picks its fused
    // multiply-add build of exp from the CPU; FastExp fuses where .NET lets it (DOTNET_EnableAVX2=0, say,
    // hides the CPU's FMA from .NET but not from glibc), and where the two choices differ, so do a few
    // last bits. Elsewhere the tests below still bound the error.
    static bool ExpectMathExpsBits =>
        Reference.SigmoidIsTheWalkthroughs && (!Machine.IsX64 || Machine.CpuHasFma == Fma.IsSupported);

    /// <summary>Numbers spread over the table path (|x| &lt; 512) and beyond it, with the edges and special values.</summary>
    static IEnumerable<double> Samples(int count)
    {
        var random = new Random(20261129);
        double[] edges = [0, -0.0, double.Epsilon, -double.Epsilon, 1e-300, 5e-17, -5e-17, 1, -1, 511.999, -511.999, 512, -512,
                          709.78, 709.79, -708.4, -745.1, -746, 1e4, -1e4, double.MaxValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN];
        foreach (double x in edges) yield return x;
        for (int i = 0; i < count; i++)
        {
            double scale = (i % 3) switch { 0 => 1, 1 => 40, _ => 700 };
            yield return (random.NextDouble() * 2 - 1) * scale;
            // Near a tie: x·128/ln2 close to a whole number plus ½, where rounding k is decided by the last bit.
            yield return (random.Next(-60000, 60000) + 0.5 + (random.NextDouble() - 0.5) * 1e-9) * Math.Log(2) / 128;
        }
    }

    static long UlpsApart(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        return Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));
    }

    [Fact]
    public void TheTableStartsWithGlibcsPublishedValues()
    {
        // The first entries of glibc's __exp_data.tab (sysdeps/ieee754/dbl-64/e_exp_data.c), written as bit patterns.
        ulong[] glibc = [0x0, 0x3ff0000000000000, 0x3c9b3b4f1a88bf6e, 0x3feff63da9fb3335, 0xbc7160139cd8dc5d, 0x3fefec9a3e778061,
                         0xbc905e7a108766d1, 0x3fefe315e86e7f85, 0x3c8cd2523567f613, 0x3fefd9b0d3158574];
        (ulong[] tailBits, ulong[] scaleBits) = ExpTable.Build(128);
        for (int k = 0; k < glibc.Length / 2; k++)
        {
            Assert.Equal(glibc[2 * k], tailBits[k]);
            Assert.Equal(glibc[2 * k + 1], scaleBits[k]);
        }
    }

    [Fact]
    public void TheTableIsTwoToTheKOver128()
    {
        (ulong[] tailBits, ulong[] scaleBits) = ExpTable.Build(128);
        for (int k = 0; k < 128; k++)
        {
            double h = BitConverter.UInt64BitsToDouble(scaleBits[k] + ((ulong)k << 45));
            Assert.Equal(Math.Pow(2, k / 128.0), h, 1e-15);
            Assert.InRange(Math.Abs(BitConverter.UInt64BitsToDouble(tailBits[k])), 0, Math.Pow(2, -53)); // at most half a unit in the last place of h
        }
    }

    [Fact]
    public void GivesMathExpsBitsOnGlibcAndIsWithinOneUlpAnywhere()
    {
        int differing = 0, checkedCount = 0;
        foreach (double x in Samples(500_000))
        {
            long apart = UlpsApart(Math.Exp(x), FastExp.Exp(x));
            Assert.True(apart <= 1, $"FastExp.Exp({x:R}) = {FastExp.Exp(x):R}, Math.Exp = {Math.Exp(x):R}: {apart} units in the last place apart");
            if (apart != 0) differing++;
            checkedCount++;
        }
        Assert.True(checkedCount > 1_000_000);
        if (ExpectMathExpsBits) Assert.Equal(0, differing);
        // The start-up check (16,384 inputs) comes to the same verdict as this million.
        Assert.Equal(differing == 0, FastExp.GivesMathExpsBits);
    }

    [Fact]
    public void EveryLaneOfTheVectorFormIsTheScalarOne()
    {
        int lanes = Vector<double>.Count;
        double[] xs = Samples(100_000).ToArray();
        // Windows sliding one by one over the edges (so they share vectors with ordinary numbers), then whole vectors.
        IEnumerable<int> starts = Enumerable.Range(0, 40).Concat(Enumerable.Range(0, (xs.Length - 40) / lanes).Select(v => 40 + v * lanes));
        foreach (int start in starts)
        {
            var x = new Vector<double>(xs, start);
            Vector<double> exp = FastExp.Exp(x), sigmoid = FastExp.Sigmoid(x);
            for (int i = 0; i < lanes; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(FastExp.Exp(x[i])), BitConverter.DoubleToInt64Bits(exp[i]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(FastExp.Sigmoid(x[i])), BitConverter.DoubleToInt64Bits(sigmoid[i]));
            }
        }
    }

    [Fact]
    public void TheSigmoidIsActivationSigmoidOnGlibcAndWithinOneUlpAnywhere()
    {
        foreach (double x in Samples(200_000))
        {
            long apart = UlpsApart(Activation.Sigmoid(x), FastExp.Sigmoid(x));
            Assert.True(apart <= (ExpectMathExpsBits ? 0 : 2), $"FastExp.Sigmoid({x:R}) = {FastExp.Sigmoid(x):R}, Activation.Sigmoid = {Activation.Sigmoid(x):R}");
        }
    }
}
