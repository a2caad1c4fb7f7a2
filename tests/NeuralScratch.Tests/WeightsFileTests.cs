namespace NeuralScratch.Tests;

public sealed class WeightsFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("weights-tests").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Saved_weights_read_back_bit_for_bit()
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 20);
        string path = Path.Combine(folder, "w.json");
        WeightsFile.Save(network, path);
        double[][][] back = WeightsFile.Load(path);
        Assert.Equal(network.SelectMany(l => l).SelectMany(n => n).Select(BitConverter.DoubleToInt64Bits),
                     back.SelectMany(l => l).SelectMany(n => n).Select(BitConverter.DoubleToInt64Bits));
        Assert.StartsWith("{", File.ReadAllText(path));
        Assert.Contains("\"layers\"", File.ReadAllText(path));
        Assert.Equal(["w.json"], Directory.GetFiles(folder).Select(Path.GetFileName)); // no temporary file left
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        string path = Path.Combine(folder, "nope.json");
        var e = Assert.Throws<FileNotFoundException>(() => WeightsFile.Load(path));
        Assert.Contains($"weights file '{path}' does not exist", e.Message);
    }

    [Theory]
    [InlineData("{\"layers\": [[[1, 2", "not valid JSON")]
    [InlineData("[1, 2]", "no \"layers\" property at the top; expected {\"layers\": [[[w, ...], ...], ...]}")]
    [InlineData("{\"layers\": [[[1, \"a\"]]]}", "layers[0][0][1] is \"a\"; expected a finite number")]
    [InlineData("{\"layers\": [[1, 2]]}", "layers[0][0] is number")]
    [InlineData("{\"layers\": [[[1, 2, 3], [1, 2]]]}", "layer 0 is ragged: neuron 0 has 3 weights but neuron 1 has 2")]
    [InlineData("{\"layers\": [[[1, 2, 3], [1, 2, 3]], [[1, 2]]]}", "layer 1, neuron 0 has 2 weights; expected 3")]
    [InlineData("{\"layers\": []}", "the network has no layers")]
    public void A_malformed_file_says_what_is_wrong(string json, string message)
    {
        string path = Path.Combine(folder, "bad.json");
        File.WriteAllText(path, json);
        var e = Assert.Throws<FormatException>(() => WeightsFile.Load(path));
        Assert.Contains($"weights file '{path}': ", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Saving_over_an_existing_file_replaces_it_whole()
    {
        string path = Path.Combine(folder, "w.json");
        File.WriteAllText(path, "old");
        WeightsFile.Save(XorNetwork.Create(), path);
        Assert.Equal(XorNetwork.Create(), WeightsFile.Load(path));
    }
}
