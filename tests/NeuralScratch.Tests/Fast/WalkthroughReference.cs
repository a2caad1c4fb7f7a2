using System.Text.Json;

namespace NeuralScratch.Tests.Fast;

/// <summary>Values from tests/reference/walkthrough-reference.json, written by the walkthrough's own Python run.</summary>
static class WalkthroughReference
{
    static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(File.ReadAllText(FindFile(Path.Combine("tests", "reference", "walkthrough-reference.json")))).RootElement);

    /// <summary>The seed-42 network after the walkthrough's 10000 epochs, as Python left it.</summary>
    public static double[][][] TrainedSeed42()
    {
        JsonElement trained = Root.Value.GetProperty("trained_network_seed_42");
        Assert.Equal(10000, trained.GetProperty("epochs").GetInt32());
        return [Layer(trained.GetProperty("hidden")), Layer(trained.GetProperty("output"))];
    }

    /// <summary>The walkthrough's predictions for its three modified test digits, in its order (3, 7, 8).</summary>
    public static int[] TestPredictions() =>
        Root.Value.GetProperty("test_predictions").EnumerateArray().Select(t => t.GetProperty("prediction").GetInt32()).ToArray();

    /// <summary>The pixels of the walkthrough's test digits, to check they are <see cref="Digits.Tests"/>.</summary>
    public static double[][] TestPixels() =>
        Root.Value.GetProperty("test_predictions").EnumerateArray()
            .Select(t => t.GetProperty("pixels").EnumerateArray().Select(p => p.GetDouble()).ToArray()).ToArray();

    static double[][] Layer(JsonElement layer) =>
        layer.EnumerateArray().Select(neuron => neuron.EnumerateArray().Select(w => w.GetDouble()).ToArray()).ToArray();

    static string FindFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"could not find {relative} above {AppContext.BaseDirectory}");
    }
}
