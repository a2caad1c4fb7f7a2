namespace NeuralScratch.Plots.Tests;

public class PixelGridTests
{
    [Fact]
    public void Rows_are_the_walkthroughs_grid_and_leave_the_bias_out()
    {
        double[] weights = Enumerable.Range(0, 26).Select(i => (double)i).ToArray();

        double[][] rows = PixelGrid.Rows(weights);

        Assert.Equal(5, rows.Length);
        for (int r = 0; r < 5; r++)
            Assert.Equal(weights.Skip(5 * r).Take(5), rows[r]); // [w[row:row+5] for row in range(0, 25, 5)]
        Assert.DoesNotContain(25.0, rows.SelectMany(row => row));
    }

    [Theory]
    [InlineData(24)]
    [InlineData(27)]
    public void Rows_of_the_wrong_count_say_what_is_expected(int count)
    {
        var error = Assert.Throws<ArgumentException>(() => PixelGrid.Rows(new double[count]));
        Assert.Contains($"got {count} values", error.Message);
        Assert.Contains("expected 25", error.Message);
    }

    [Fact]
    public void Hover_text_names_each_pixel_and_its_signed_value()
    {
        double[][] rows = PixelGrid.Rows(TestNetwork.Neuron0());

        string[][] text = PixelGrid.HoverText(rows, "w");

        Assert.Equal("pixel 24 (row 4, column 4): w = -3", text[4][4]);
        Assert.Equal("pixel 7 (row 1, column 2): w = -0.17", text[1][2]);
    }
}
