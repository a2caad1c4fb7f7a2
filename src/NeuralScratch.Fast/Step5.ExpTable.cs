using System.Numerics;

namespace NeuralScratch.Fast;

/// <summary>
/// The table behind <see cref="FastExp"/>: 2^(k/n) for k = 0..n−1, each as the nearest double H
/// and its relative rounding error, 2^(k/n) = H·(1 + tail). Worked out with whole numbers
/// 192 bits long, because the tail needs more bits than a double holds.
/// </summary>
static class ExpTable
{
    const int Bits = 192; // fixed point: a number v is stored as the whole number v·2^192

    /// <summary>n must be a power of two (FastExp uses 128).</summary>
    public static (ulong[] TailBits, ulong[] ScaleBits) Build(int n)
    {
        int shiftOfK = 52 - BitOperations.Log2((uint)n); // k's bits, moved up to where a double's exponent starts
        var tailBits = new ulong[n];
        var scaleBits = new ulong[n];
        BigInteger one = BigInteger.One << Bits;
        BigInteger step = Root(2 * one, n); // 2^(1/n)
        BigInteger power = one;             // 2^(k/n), starting at k = 0
        for (int k = 0; k < n; k++)
        {
            // The nearest double to a number in [1, 2) has 52 bits after the point.
            BigInteger mantissa = (power + (BigInteger.One << (Bits - 53))) >> (Bits - 52);
            BigInteger nearest = mantissa << (Bits - 52);
            double h = (double)mantissa / (1L << 52); // exact: the mantissa has at most 53 bits
            tailBits[k] = BitConverter.DoubleToUInt64Bits(NearestDouble(power - nearest, nearest));
            scaleBits[k] = BitConverter.DoubleToUInt64Bits(h) - ((ulong)k << shiftOfK);
            power = power * step >> Bits;
        }
        return (tailBits, scaleBits);
    }

    /// <summary>The n-th root (n a power of two) of a fixed-point number, by repeated square roots.</summary>
    static BigInteger Root(BigInteger value, int n)
    {
        for (; n > 1; n /= 2) value = SquareRoot(value << Bits); // √(v·2^B · 2^B) = √v · 2^B
        return value;
    }

    /// <summary>⌊√v⌋ for a whole number v, by Newton's method from above.</summary>
    static BigInteger SquareRoot(BigInteger v)
    {
        BigInteger x = BigInteger.One << (int)((v.GetBitLength() + 1) / 2 + 1); // above √v
        while (true)
        {
            BigInteger next = (x + v / x) >> 1;
            if (next >= x) return x;
            x = next;
        }
    }

    /// <summary>numerator / denominator, rounded to the nearest double (denominator above 0).</summary>
    static double NearestDouble(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero) return 0;
        int sign = numerator.Sign;
        numerator = BigInteger.Abs(numerator);
        // Scale so the quotient is a whole number of 53 bits, the digits a double holds.
        int shift = 53 - (int)(numerator.GetBitLength() - denominator.GetBitLength());
        BigInteger quotient = RoundedQuotient(numerator << shift, denominator);
        if (quotient.GetBitLength() > 53) quotient = RoundedQuotient(numerator << --shift, denominator);
        return sign * Math.ScaleB((double)quotient, -shift);
    }

    static BigInteger RoundedQuotient(BigInteger numerator, BigInteger denominator) =>
        (2 * numerator + denominator) / (2 * denominator); // ⌊n/d + ½⌋
}
