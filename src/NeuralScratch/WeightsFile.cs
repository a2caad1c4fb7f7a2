using System.Text.Json;

namespace NeuralScratch;

/// <summary>
/// Weights as JSON, <c>{"layers": [[[w, ...], ...], ...]}</c>: layers → neurons → weights,
/// bias last, each number in round-trip form so reading gives back the same bits.
/// </summary>
public static class WeightsFile
{
    /// <summary>The JSON text for a network.</summary>
    public static string ToJson(double[][][] network)
    {
        NetworkCheck.Shape(network);
        NetworkCheck.FiniteWeights(network);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("layers");
            foreach (double[][] layer in network)
            {
                json.WriteStartArray();
                foreach (double[] neuron in layer)
                {
                    json.WriteStartArray();
                    // "R" is the shortest text that reads back as the same double.
                    foreach (double w in neuron) json.WriteRawValue(w.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the network to a file atomically: a reader sees the old file or the new, never half.</summary>
    public static void Save(double[][][] network, string path) => AtomicFile.WriteAllText(path, ToJson(network) + "\n");

    /// <summary>Reads a network written by <see cref="Save"/>, checking its shape.</summary>
    public static double[][][] Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"weights file '{path}' does not exist; expected a JSON file written by `neuralscratch train --out`", path);
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new IOException($"weights file '{path}' could not be read: {e.Message}", e); }
        try { return FromJson(text); }
        catch (FormatException e) { throw new FormatException($"weights file '{path}': {e.Message}", e); }
    }

    /// <summary>Parses the JSON text of a network, checking its shape.</summary>
    public static double[][][] FromJson(string text)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text); }
        catch (JsonException e) { throw new FormatException($"not valid JSON ({e.Message}); {Expected}", e); }
        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("layers", out JsonElement layers))
                throw new FormatException($"no \"layers\" property at the top; {Expected}");
            double[][][] network = ArrayOf(layers, "layers", (layer, l) =>
                ArrayOf(layer, $"layers[{l}]", (neuron, n) =>
                    ArrayOf(neuron, $"layers[{l}][{n}]", (weight, w) => Number(weight, $"layers[{l}][{n}][{w}]"))));
            try
            {
                NetworkCheck.Shape(network);
                NetworkCheck.FiniteWeights(network);
            }
            catch (ArgumentException e) { throw new FormatException(e.Message, e); }
            return network;
        }
    }

    const string Expected = "expected {\"layers\": [[[w, ...], ...], ...]} (layers of neurons of weights, bias last)";

    static T[] ArrayOf<T>(JsonElement element, string where, Func<JsonElement, int, T> read)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{where} is {element.ValueKind.ToString().ToLowerInvariant()}; {Expected}");
        return element.EnumerateArray().Select(read).ToArray();
    }

    static double Number(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double value) || !double.IsFinite(value))
            throw new FormatException($"{where} is {element.GetRawText()}; expected a finite number");
        return value;
    }
}
