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

    /// <summary>A network stored as {"hidden": [...], "output": [...]}.</summary>
    public static double[][][] Network(string name) =>
        [Matrix(Root.GetProperty(name).GetProperty("hidden")), Matrix(Root.GetProperty(name).GetProperty("output"))];
}
