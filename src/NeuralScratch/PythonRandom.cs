namespace NeuralScratch;

/// <summary>
/// Python's <c>random</c> module, bit for bit: the Mersenne Twister MT19937, seeded as
/// <c>random.seed(n)</c> seeds it (through <c>init_by_array</c>), and <c>random.random()</c>.
/// </summary>
public sealed class PythonRandom
{
    const int N = 624, M = 397;
    const uint MatrixA = 0x9908b0df, UpperMask = 0x80000000, LowerMask = 0x7fffffff;

    readonly uint[] state = new uint[N];
    int index = N;

    /// <summary>The generator <c>random.seed(seed)</c> gives, for a whole-number seed.</summary>
    public PythonRandom(ulong seed) => InitByArray(KeyOf(seed));

    /// <summary>The generator <c>random.seed(seed)</c> gives; Python seeds with |seed|.</summary>
    public PythonRandom(long seed) : this(seed == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(seed)) { }

    /// <summary><c>random.random()</c>: 53 random bits from two outputs, a float in [0, 1).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /// <summary>The next raw 32-bit output (<c>random.getrandbits(32)</c>).</summary>
    public uint NextUInt32()
    {
        if (index >= N) Twist();
        uint y = state[index++];
        // Tempering spreads the state's bits over the output.
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        return y;
    }

    // Python turns the seed into 32-bit words, least significant first; 0 becomes [0].
    static uint[] KeyOf(ulong seed) => (seed >> 32) == 0 ? [(uint)seed] : [(uint)seed, (uint)(seed >> 32)];

    void InitGenRand(uint seed)
    {
        state[0] = seed;
        for (int i = 1; i < N; i++)
            state[i] = 1812433253u * (state[i - 1] ^ (state[i - 1] >> 30)) + (uint)i;
    }

    void InitByArray(uint[] key)
    {
        InitGenRand(19650218u);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { state[0] = state[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { state[0] = state[N - 1]; i = 1; }
        }
        state[0] = 0x80000000u; // makes the initial state non-zero
        index = N;
    }

    void Twist()
    {
        for (int k = 0; k < N; k++)
        {
            uint y = (state[k] & UpperMask) | (state[(k + 1) % N] & LowerMask);
            state[k] = state[(k + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
        }
        index = 0;
    }
}
