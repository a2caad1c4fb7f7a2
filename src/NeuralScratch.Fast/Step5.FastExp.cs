using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace NeuralScratch.Fast;

/// <summary>
/// e^x written out, so it can run on a whole vector of numbers at once. <see cref="Math.Exp"/>
/// has no vector form: the fast network would otherwise call it once per neuron.
/// <para>
/// The method is the one glibc's <c>exp</c> uses (Szabolcs Nagy's, from Arm's optimized-routines,
/// with its published constants): write x = k·ln2/128 + r with a whole number k and a tiny r, then
/// e^x = 2^(k/128)·e^r, with 2^(k/128) from a table of 128 values and e^r from a short polynomial.
/// Step by step as glibc does it (with fused multiply-adds where the CPU has them, as glibc is
/// built), it gives glibc's bits: on Linux those are <see cref="Math.Exp"/>'s, and Python's
/// <c>math.exp</c>'s. Elsewhere it is still within about half a unit in the last place.
/// </para>
/// </summary>
public static class FastExp
{
    const int TableBits = 7, TableSize = 1 << TableBits; // 2^(k/128) for k = 0..127
    const int KShift = 52 - TableBits; // moves k / 128 up to where a double's exponent starts

    // glibc's constants, written with enough digits to give their exact bits (its hexadecimal form after each).
    const double SizeOverLn2 = 184.6649652337873;            // 128/ln2          0x1.71547652b82fep+7
    const double MinusLn2High = -0.005415212348111709;       // −ln2/128: its first 42 bits, -0x1.62e42fefa0000p-8,
    const double MinusLn2Low = -1.2864023111638346e-14;      //   and the rest,   -0x1.cf79abc9e3b3ap-47
    const double RoundingShift = 6755399441055744.0;         // 1.5·2^52: adding it rounds to a whole number
    // e^r ≈ 1 + r + C2·r² + C3·r³ + C4·r⁴ + C5·r⁵ for |r| ≤ ln2/256
    const double C2 = 0.49999999999996786;                   // 0x1.ffffffffffdbdp-2
    const double C3 = 0.16666666666665886;                   // 0x1.555555555543cp-3
    const double C4 = 0.0416666808410674;                    // 0x1.55555cf172b91p-5
    const double C5 = 0.008333335853059549;                  // 0x1.1111167a4d017p-7

    // 2^(k/128) ≈ H·(1 + Tail[k]), H the nearest double; ScaleBits[k] is H's bit pattern less k·2^45,
    // so that adding k's bits shifted left by KShift (45) makes 2^(k/128) times the right power of two.
    static readonly ulong[] TailBits, ScaleBits;

    static FastExp() => (TailBits, ScaleBits) = ExpTable.Build(TableSize);

    /// <summary>
    /// Whether this e^x gives <see cref="Math.Exp"/>'s bits here, scalar and vector form, on every one of
    /// 16,384 inputs, checked once, when first asked (the sigmoid's usual range, wider ones, and near-ties
    /// of the rounding of k). True where Math.Exp is glibc's and the CPU makes glibc's choice of fused
    /// multiply-add. Elsewhere a few answers differ in the last bit, and <see cref="FastPaths.Best"/>
    /// then keeps Math.Exp, so that the kit's fast runs still give the walkthrough trainer's bits.
    /// </summary>
    public static bool GivesMathExpsBits => agreesWithMathExp.Value;

    static readonly Lazy<bool> agreesWithMathExp = new(() => AgreesWithMathExp(count: 16_384));

    /// <summary>
    /// Builds the table now. Call before the first vector e^x of a hot loop: a loop compiled with the
    /// table already built reads it directly, without checking each time whether it is there yet.
    /// </summary>
    public static void Prepare() => RuntimeHelpers.RunClassConstructor(typeof(FastExp).TypeHandle);

    /// <summary>|x| below this takes the table path; beyond it (and for NaN) <see cref="Math.Exp"/> handles overflow and underflow.</summary>
    const double Limit = 512;

    /// <summary>e^x, one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Exp(double x)
    {
        if (!(Math.Abs(x) < Limit)) return Math.Exp(x);
        // k = round(x·128/ln2); the shift leaves k in the low bits of kShifted's bit pattern.
        double kShifted = MultiplyAdd(x, SizeOverLn2, RoundingShift);
        ulong kBits = BitConverter.DoubleToUInt64Bits(kShifted);
        double k = kShifted - RoundingShift;
        // r = x − k·ln2/128, in two steps so no bits of ln2 are lost.
        double r = MultiplyAdd(k, MinusLn2Low, MultiplyAdd(k, MinusLn2High, x));
        int index = (int)(kBits % TableSize);
        double scale = BitConverter.UInt64BitsToDouble(ScaleBits[index] + (kBits << KShift));
        return Finish(r, BitConverter.UInt64BitsToDouble(TailBits[index]), scale);
    }

    /// <summary>e^x for every lane of a vector: the same steps as <see cref="Exp(double)"/>, the same bits.</summary>
    // Inlined into the loop that calls it: passing vectors to a call goes through memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Exp(Vector<double> x) => IsInTableRange(x) ? ExpInTableRange(x) : LaneByLane(x);

    /// <summary>The logistic function 1 / (1 + e^−x) of every lane, as <see cref="Activation.Sigmoid"/> computes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Sigmoid(Vector<double> x) => IsInTableRange(x) ? SigmoidInTableRange(x) : SigmoidLaneByLane(x);

    /// <summary>Whether every lane takes the table path. Rarely not: then a lane may need Math.Exp's care with overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsInTableRange(Vector<double> x) => Vector.LessThanAll(Vector.Abs(x), new Vector<double>(Limit));

    /// <summary><see cref="Sigmoid(Vector{double})"/> where <see cref="IsInTableRange"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector<double> SigmoidInTableRange(Vector<double> x) => Vector<double>.One / (Vector<double>.One + ExpInTableRange(-x));

    /// <summary>The table path of <see cref="Exp(Vector{double})"/>, right only where every |x| &lt; 512.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector<double> ExpInTableRange(Vector<double> x)
    {
        Vector<double> kShifted = MultiplyAdd(x, new Vector<double>(SizeOverLn2), new Vector<double>(RoundingShift));
        Vector<ulong> kBits = kShifted.As<double, ulong>();
        Vector<double> k = kShifted - new Vector<double>(RoundingShift);
        Vector<double> r = MultiplyAdd(k, new Vector<double>(MinusLn2Low), MultiplyAdd(k, new Vector<double>(MinusLn2High), x));
        Vector<ulong> index = kBits & new Vector<ulong>(TableSize - 1);
        Vector<double> tail = Lookup(TailBits, index).As<ulong, double>();
        Vector<double> scale = (Lookup(ScaleBits, index) + (kBits << KShift)).As<ulong, double>();
        return Finish(r, tail, scale);
    }

    /// <summary>The logistic function of one number, with this e^x: the same bits as a lane of <see cref="Sigmoid(Vector{double})"/>.</summary>
    public static double Sigmoid(double x)
    {
        if (!(Math.Abs(x) < Limit)) return Activation.Sigmoid(x);
        return 1 / (1 + Exp(-x));
    }

    // e^x = scale·(1 + tail)·e^r ≈ scale + scale·(tail + r + C2·r² + C3·r³ + C4·r⁴ + C5·r⁵), grouped as glibc groups it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static double Finish(double r, double tail, double scale)
    {
        double r2 = r * r;
        double sum = MultiplyAdd(r2 * r2, MultiplyAdd(r, C5, C4), MultiplyAdd(r2, MultiplyAdd(r, C3, C2), tail + r));
        return MultiplyAdd(scale, sum, scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector<double> Finish(Vector<double> r, Vector<double> tail, Vector<double> scale)
    {
        Vector<double> r2 = r * r;
        Vector<double> sum = MultiplyAdd(r2 * r2, MultiplyAdd(r, new Vector<double>(C5), new Vector<double>(C4)),
            MultiplyAdd(r2, MultiplyAdd(r, new Vector<double>(C3), new Vector<double>(C2)), tail + r));
        return MultiplyAdd(scale, sum, scale);
    }

    // glibc rounds a·b + c once where the CPU has a fused multiply-add (its build for such CPUs), twice elsewhere.
    static bool Fused => Fma.IsSupported || AdvSimd.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static double MultiplyAdd(double a, double b, double c) => Fused ? Math.FusedMultiplyAdd(a, b, c) : a * b + c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector<double> MultiplyAdd(Vector<double> a, Vector<double> b, Vector<double> c)
    {
        // Vector.FusedMultiplyAdd did not become the FMA instruction here (.NET 10): e^x ran 3x slower with it.
        if (Fma.IsSupported && Vector<double>.Count == 4) return Fma.MultiplyAdd(a.AsVector256(), b.AsVector256(), c.AsVector256()).AsVector();
        return Fused ? Vector.FusedMultiplyAdd(a, b, c) : a * b + c;
    }

    // Read the table lane by lane. AVX2 has a gather instruction, but on the Zen 3 this was measured
    // on it was slower than four loads. The index is masked to 0..127, so always in range: the
    // 4-lane form skips the bounds checks (16 instructions per vector e^x).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector<ulong> Lookup(ulong[] table, Vector<ulong> index)
    {
        if (Vector<ulong>.Count == 4)
        {
            ref ulong first = ref MemoryMarshal.GetArrayDataReference(table);
            return Vector256.Create(Unsafe.Add(ref first, (nint)index[0]), Unsafe.Add(ref first, (nint)index[1]),
                Unsafe.Add(ref first, (nint)index[2]), Unsafe.Add(ref first, (nint)index[3])).AsVector();
        }
        Span<ulong> lanes = stackalloc ulong[Vector<ulong>.Count];
        for (int i = 0; i < lanes.Length; i++) lanes[i] = table[(int)index[i]];
        return new Vector<ulong>(lanes);
    }

    static bool AgreesWithMathExp(int count)
    {
        var random = new Random(20261129);
        Span<double> xs = stackalloc double[Vector<double>.Count];
        for (int i = 0; i < count; i += xs.Length)
        {
            for (int lane = 0; lane < xs.Length; lane++)
            {
                int which = (i + lane) % 4;
                xs[lane] = which switch
                {
                    0 => (random.NextDouble() * 2 - 1) * 40,   // where sigmoid inputs usually are
                    1 => (random.NextDouble() * 2 - 1) * 700,  // the whole table path, and past it
                    // k·ln2/128 + ln2/256: x·128/ln2 close to a whole number plus ½, where the last bit decides k
                    _ => (random.Next(-60000, 60000) + 0.5 + (random.NextDouble() - 0.5) * 1e-9) * Math.Log(2) / TableSize,
                };
            }
            Vector<double> vector = Exp(new Vector<double>(xs));
            for (int lane = 0; lane < xs.Length; lane++)
            {
                double expected = Math.Exp(xs[lane]);
                if (!SameBits(Exp(xs[lane]), expected) || !SameBits(vector[lane], expected)) return false;
            }
        }
        return true;
    }

    static bool SameBits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    static Vector<double> LaneByLane(Vector<double> x)
    {
        Span<double> lanes = stackalloc double[Vector<double>.Count];
        for (int i = 0; i < lanes.Length; i++) lanes[i] = Exp(x[i]);
        return new Vector<double>(lanes);
    }

    internal static Vector<double> SigmoidLaneByLane(Vector<double> x)
    {
        Span<double> lanes = stackalloc double[Vector<double>.Count];
        for (int i = 0; i < lanes.Length; i++) lanes[i] = Sigmoid(x[i]);
        return new Vector<double>(lanes);
    }
}
