namespace NeuralScratch.Plots.Tests;

/// <summary>A saved chart page opened in headless Chromium with no network: plotly.js must come from the page itself.</summary>
public class OfflineRenderingTests
{
    [Fact]
    public void A_saved_show_weights_page_draws_its_cells_offline_dark_where_abs_w_is_large()
    {
        string folder = Directory.CreateTempSubdirectory("neuralscratch-offline-").FullName;
        try
        {
            string page = Path.Combine(folder, "show-weights.html");
            ChartHtml.Save(WeightCharts.ShowWeights(TestNetwork.Neuron0()), page, "show_weights");

            Image screenshot = Chromium.Screenshot(page, 440, 420);

            Assert.Equal((440, 420), (screenshot.Width, screenshot.Height));
            HeatmapCells.AssertDarkWhereAbsWeightIsLarge(screenshot);
            var grid = HeatmapCells.LocateByBlackCorners(screenshot);
            Assert.InRange(grid.Right - grid.Left, 150, 400); // the grid, not a stray black line
            Assert.InRange(grid.Bottom - grid.Top, 150, 400);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
