using System.Text.Json;

namespace NeuralScratch.Plots.Tests;

public class DigitAndXorChartsTests
{
    [Fact]
    public void A_digit_is_its_pixels_as_a_5x5_image()
    {
        Digit seven = Digits.Training[7];
        var figure = new Figure(DigitCharts.Digit(seven));

        Assert.Equal(PixelGrid.Rows(seven.Pixels), Figure.Z(Assert.Single(figure.Traces)));
        Assert.Equal("seven (7)", figure.Title);
    }

    [Fact]
    public void Every_digits_title_gives_the_networks_prediction_and_says_when_it_is_wrong()
    {
        double[][][] network = TestNetwork.Create(); // untrained: most predictions are wrong
        Digit[] digits = [.. Digits.Training, .. Digits.Tests];

        var figure = new Figure(DigitCharts.Digits(digits, network));

        Assert.Equal(digits.Length, figure.Traces.Count(t => t.GetProperty("type").GetString() == "heatmap"));
        string[] titles = figure.SubplotTitles.Where(t => t.Length > 0).ToArray();
        for (int i = 0; i < digits.Length; i++)
        {
            int predicted = Network.Predict(network, digits[i].Pixels);
            Assert.StartsWith(digits[i].Name, titles[i]);
            Assert.EndsWith(predicted == digits[i].Label ? $"predicted {predicted}" : $"predicted {predicted} (wrong)", titles[i]);
        }
        Assert.Contains(titles, t => t.EndsWith("(wrong)"));
    }

    [Fact]
    public void The_xor_chart_is_the_networks_output_over_the_unit_square()
    {
        double[][][] xor = XorNetwork.Create();

        var figure = new Figure(XorCharts.OutputOverUnitSquare(xor, steps: 11));

        JsonElement trace = Assert.Single(figure.Traces);
        double[][] z = Figure.Z(trace);
        double[] axis = trace.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(11, axis.Length);
        for (int row = 0; row < 11; row++)
            for (int column = 0; column < 11; column++)
                Assert.Equal(Network.FeedForward(xor, [axis[column], axis[row]])[^1][0], z[row][column]);
        Assert.Equal(4, figure.Layout.GetProperty("annotations").GetArrayLength()); // the walkthrough's four inputs
    }

    [Fact]
    public void The_xor_chart_refuses_a_network_without_two_inputs()
    {
        var error = Assert.Throws<ArgumentException>(() => XorCharts.OutputOverUnitSquare(TestNetwork.Create()));
        Assert.Contains("takes 25 inputs", error.Message);
    }
}
