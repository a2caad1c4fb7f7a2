using System.Text.Json;

namespace NeuralScratch.Plots.Tests;

public class WeightChartsTests
{
    static readonly double[][][] Network = TestNetwork.Create();

    [Fact]
    public void Show_weights_draws_abs_w_of_the_25_pixels_white_to_black_row_0_on_top()
    {
        var figure = new Figure(WeightCharts.ShowWeights(TestNetwork.Neuron0()));

        JsonElement trace = Assert.Single(figure.Traces);
        double[][] expected = PixelGrid.Rows(TestNetwork.Neuron0()).Select(row => row.Select(Math.Abs).ToArray()).ToArray();
        Assert.Equal(expected, Figure.Z(trace));
        JsonElement scale = figure.Layout.GetProperty("coloraxis");
        Assert.Equal("Greys", scale.GetProperty("colorscale").GetString());
        Assert.True(scale.GetProperty("reversescale").GetBoolean()); // Greys is black-to-white; reversed it is matplotlib's binary
        // As imshow: the smallest |w| is white, the largest black; the bias (50) plays no part.
        Assert.Equal(expected.SelectMany(r => r).Min(), scale.GetProperty("cmin").GetDouble());
        Assert.Equal(3, scale.GetProperty("cmax").GetDouble());
        Assert.Equal("reversed", figure.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("x", figure.Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString()); // square cells
    }

    [Fact]
    public void Image_draws_any_5x5_grid_white_for_its_smallest_value_black_for_its_largest()
    {
        double[][] grid = Enumerable.Range(0, 5).Select(r => Enumerable.Range(0, 5).Select(c => r * 10.0 - c).ToArray()).ToArray();

        var figure = new Figure(WeightCharts.Image(grid, "my grid", "v"));

        Assert.Equal(grid, Figure.Z(Assert.Single(figure.Traces)));
        JsonElement scale = figure.Layout.GetProperty("coloraxis");
        Assert.Equal(-4, scale.GetProperty("cmin").GetDouble());
        Assert.Equal(40, scale.GetProperty("cmax").GetDouble());
        Assert.Equal("v", scale.GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("my grid", figure.Title);
    }

    [Theory]
    [InlineData(4, 5, "the grid has 4 rows; expected 5 rows of 5 numbers, one per pixel")]
    [InlineData(5, 6, "row 0 of the grid has 6 numbers; expected 5 rows of 5 numbers, one per pixel")]
    public void Image_refuses_a_grid_that_is_not_5x5_and_says_what_it_got(int rows, int columns, string message)
    {
        double[][] grid = Enumerable.Range(0, rows).Select(_ => new double[columns]).ToArray();

        var error = Assert.Throws<ArgumentException>(() => WeightCharts.Image(grid, "t"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Image_refuses_a_grid_holding_NaN()
    {
        double[][] grid = Enumerable.Range(0, 5).Select(_ => new double[5]).ToArray();
        grid[2][3] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => WeightCharts.Image(grid, "t"));

        Assert.Equal("row 2 of the grid holds NaN; expected 5 rows of 5 numbers, one per pixel (finite)", error.Message);
    }

    [Fact]
    public void Show_weights_of_a_neuron_is_that_neurons_weights()
    {
        var figure = new Figure(WeightCharts.ShowWeights(Network, 3));

        Assert.Equal(PixelGrid.Abs(PixelGrid.Rows(Network[0][3])), Figure.Z(Assert.Single(figure.Traces)));
        Assert.Contains("Hidden neuron 3", figure.Title);
    }

    [Fact]
    public void Signed_weights_keep_the_sign_on_a_scale_centred_on_zero()
    {
        var figure = new Figure(WeightCharts.SignedWeights(TestNetwork.Neuron0()));

        Assert.Equal(PixelGrid.Rows(TestNetwork.Neuron0()), Figure.Z(Assert.Single(figure.Traces)));
        JsonElement scale = figure.Layout.GetProperty("coloraxis");
        Assert.Equal(-3, scale.GetProperty("cmin").GetDouble());
        Assert.Equal(3, scale.GetProperty("cmax").GetDouble());
        var stops = scale.GetProperty("colorscale").EnumerateArray().ToArray();
        Assert.Equal("#ffffff", stops.Single(s => s[0].GetDouble() == 0.5)[1].GetString()); // zero is white
    }

    [Fact]
    public void The_hidden_layer_is_every_neuron_side_by_side_on_one_colour_axis()
    {
        var figure = new Figure(WeightCharts.HiddenLayer(Network));

        Assert.Equal(5, figure.Traces.Length);
        for (int n = 0; n < 5; n++)
        {
            Assert.Equal(PixelGrid.Rows(Network[0][n]), Figure.Z(figure.Traces[n]));
            Assert.Equal("coloraxis", figure.Traces[n].GetProperty("coloraxis").GetString());
        }
        Assert.Equal(Enumerable.Range(0, 5).Select(n => $"hidden neuron {n}"), figure.SubplotTitles);
        double largest = Network[0].SelectMany(neuron => neuron.Take(25)).Max(Math.Abs);
        Assert.Equal(largest, figure.Layout.GetProperty("coloraxis").GetProperty("cmax").GetDouble());
        Assert.Equal(new[] { "x", "x2", "x3", "x4", "x5" }, figure.Traces.Select(t => t.GetProperty("xaxis").GetString()));
    }

    [Fact]
    public void A_hidden_layer_of_seven_wraps_to_a_second_row_with_the_empty_places_hidden()
    {
        double[][][] network = Initialization.Walkthrough(1, hidden: 7);

        var figure = new Figure(WeightCharts.HiddenLayer(network, signed: false));

        Assert.Equal(7, figure.Traces.Count(t => t.GetProperty("type").GetString() == "heatmap"));
        Assert.Equal(2, figure.Layout.GetProperty("grid").GetProperty("rows").GetInt32());
        Assert.False(figure.Layout.GetProperty("xaxis10").GetProperty("visible").GetBoolean());
    }

    [Fact]
    public void The_output_layer_is_classes_by_hidden_units_and_the_bias()
    {
        var figure = new Figure(WeightCharts.OutputLayer(Network));

        JsonElement trace = Assert.Single(figure.Traces);
        Assert.Equal(Network[1], Figure.Z(trace));
        Assert.Equal(["h0", "h1", "h2", "h3", "h4", "bias"], trace.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(Enumerable.Range(0, 10).Select(d => $"{d}"), trace.GetProperty("y").EnumerateArray().Select(y => y.GetString()));
    }

    [Fact]
    public void A_network_without_25_pixel_inputs_is_refused_with_what_was_expected()
    {
        var error = Assert.Throws<ArgumentException>(() => WeightCharts.HiddenLayer(XorNetwork.Create()));
        Assert.Contains("have 3 weights", error.Message);
        Assert.Contains("needs 26", error.Message);
    }

    [Fact]
    public void A_neuron_that_does_not_exist_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WeightCharts.ShowWeights(Network, 5));
        Assert.Contains("from 0 to 4", error.Message);
    }
}
