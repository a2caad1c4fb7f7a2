using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace NeuralScratch.Tests;

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
}
