using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace NeuralScratch.TestSupport;

/// <summary>The walkthrough's own numbers, from tests/reference/walkthrough-reference.json.</summary>
public static class Reference
{
    static readonly Lazy<JsonElement> root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "reference", "walkthrough-reference.json"))).RootElement);

    public static JsonElement Root => root.Value;

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static double[][] Matrix(JsonElement array) => array.EnumerateArray().Select(Doubles).ToArray();

    /// <summary>
    /// Whether this machine's sigmoid gives the walkthrough's bits on the reference's 16,384 inputs
    /// (the SHA-256 of the results, as generate_reference.py hashes Python's). The Python run can be
    /// reproduced bit for bit only where it does: e^x is the C library's, glibc's on Linux, another
    /// library's on Windows or macOS, and a last-bit difference grows over 10000 epochs.
    /// </summary>
    public static bool SigmoidIsTheWalkthroughs => sigmoidIsTheWalkthroughs.Value;

    /// <summary>Why a test that needs the Python run's bits is skipped where <see cref="SigmoidIsTheWalkthroughs"/> is false.</summary>
    public const string NotTheWalkthroughsSigmoid =
        "this machine's e^x is not the walkthrough's (not glibc's): the Python run's bits cannot be reproduced here (see the README)";

    /// <summary>Skips the calling test, with the reason, where this machine cannot give the Python run's bits.</summary>
    public static void SkipUnlessSigmoidIsTheWalkthroughs() => Assert.SkipUnless(SigmoidIsTheWalkthroughs, NotTheWalkthroughsSigmoid);

    static readonly Lazy<bool> sigmoidIsTheWalkthroughs = new(() =>
    {
        double[] values = Enumerable.Range(0, 16384).Select(k => Activation.Sigmoid(FingerprintInput(k))).ToArray();
        string hash = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(values.AsSpan())));
        return hash == Root.GetProperty("sigmoid_fingerprint").GetProperty("sha256").GetString();
    });

    /// <summary>The fingerprint's k-th input, as generate_reference.py writes it: x_k = (k − 8192) / 204.8, from −40 to 40.</summary>
    public static double FingerprintInput(int k) => (k - 8192) / 204.8;

    /// <summary>A network stored as {"hidden": [...], "output": [...]}.</summary>
    public static double[][][] Network(string name) =>
        [Matrix(Root.GetProperty(name).GetProperty("hidden")), Matrix(Root.GetProperty(name).GetProperty("output"))];

    /// <summary>The seed-42 network after the walkthrough's 10000 epochs, as Python left it.</summary>
    public static double[][][] TrainedSeed42()
    {
        Assert.Equal(10000, Root.GetProperty("trained_network_seed_42").GetProperty("epochs").GetInt32());
        return Network("trained_network_seed_42");
    }

    /// <summary>The walkthrough's predictions for its three modified test digits, in its order (3, 7, 8).</summary>
    public static int[] TestPredictions() =>
        Root.GetProperty("test_predictions").EnumerateArray().Select(t => t.GetProperty("prediction").GetInt32()).ToArray();

    /// <summary>The pixels of the walkthrough's test digits, to check they are <see cref="Digits.Tests"/>.</summary>
    public static double[][] TestPixels() =>
        Root.GetProperty("test_predictions").EnumerateArray().Select(t => Doubles(t.GetProperty("pixels"))).ToArray();
}
