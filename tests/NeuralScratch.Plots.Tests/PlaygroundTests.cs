using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeuralScratch.Plots.Tests;

public class PlaygroundTests
{
    static readonly double[][][] Trained = TrainedNetwork();

    static double[][][] TrainedNetwork()
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 2000);
        return network;
    }

    [Fact]
    public void The_page_keeps_its_contract_and_loads_no_script_from_anywhere()
    {
        string html = Playground.Digits(Trained).Page();

        Assert.DoesNotMatch(new Regex(@"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.Contains("data-prediction", html);
        Assert.Contains("setAttribute(\"data-pixel\"", html);
        Assert.Contains("\"data-output\"", html);
        // the weights are in the page, each as its round-trip text
        Assert.Contains(Trained[0][0][0].ToString("R", CultureInfo.InvariantCulture), html);
    }

    [Fact]
    public void The_playground_needs_a_25_input_network_with_one_hidden_layer()
    {
        var error = Assert.Throws<ArgumentException>(() => Playground.Digits(Initialization.Python(1, [4, 3, 2])));
        Assert.Equal("the network takes 4 inputs; the playground needs 25, one per pixel of a 5x5 digit", error.Message);
        error = Assert.Throws<ArgumentException>(() => Playground.Digits(Initialization.Python(1, [25, 4, 4, 10])));
        Assert.Equal("the network has 3 layers; the playground shows one hidden layer and the outputs, so it needs 2", error.Message);
    }

    [Fact]
    public void The_page_holds_every_weight_bit_for_bit_and_each_playground_its_own_id()
    {
        PlaygroundView first = Playground.Digits(Trained), second = Playground.Digits(Trained);

        Match data = Regex.Match(first.Html, "<script type=\"application/json\" class=\"data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(data.Success, "the playground carries no weights");
        using JsonDocument json = JsonDocument.Parse(data.Groups[1].Value);
        double[][][] written = json.RootElement.GetProperty("network").Deserialize<double[][][]>()!;
        Assert.Equal(Trained.SelectMany(l => l.SelectMany(n => n)).Select(BitConverter.DoubleToInt64Bits),
            written.SelectMany(l => l.SelectMany(n => n)).Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(13, json.RootElement.GetProperty("digits").GetArrayLength());

        string Id(PlaygroundView view) => Regex.Match(view.Html, "id=\"(neuralscratch-playground-[0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEqual(Id(first), Id(second));
        Assert.Contains($"document.getElementById(\"{Id(first)}\")", first.Html); // the script finds its own playground
        Assert.DoesNotContain("__ROOT__", first.Html);
    }
}
