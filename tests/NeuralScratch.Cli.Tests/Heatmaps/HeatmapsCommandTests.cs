using System.Text.RegularExpressions;
using NeuralScratch.Plots;

namespace NeuralScratch.Cli.Tests.Heatmaps;

/// <summary>
/// The command run three times, once each: on the tests' own weights (into a folder that
/// already holds a file), and twice on the same seed, to compare the bytes. PNG and SVG need a
/// browser: without one the runs are not made, and each test is skipped (in CI, failed) by <see cref="Drawn"/>.
/// </summary>
public sealed class HeatmapsRuns : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("neuralscratch-heatmaps-").FullName;
    public string WeightsOut => Path.Combine(Folder, "from-weights");
    public Cli FromWeights { get; } = null!;
    public Cli Trained1 { get; } = null!;
    public Cli Trained2 { get; } = null!;
    public const string Notes = "a teacher's notes, which the command must leave alone";

    public HeatmapsRuns()
    {
        if (Browser.Find() is null) return;
        string weights = Path.Combine(Folder, "test-network.json");
        WeightsFile.Save(TestNetwork.Create(), weights);
        Directory.CreateDirectory(WeightsOut);
        File.WriteAllText(Path.Combine(WeightsOut, "notes.txt"), Notes);
        File.WriteAllText(Path.Combine(WeightsOut, "hidden-neuron-0-abs-weights.png"), "an old picture, to be replaced");
        FromWeights = Cli.Run("heatmaps", "--weights", weights, "--out", WeightsOut);
        Trained1 = Cli.Run("heatmaps", "--seed", "7", "--epochs", "300", "--out", Path.Combine(Folder, "trained-1"));
        Trained2 = Cli.Run("heatmaps", "--seed", "7", "--epochs", "300", "--out", Path.Combine(Folder, "trained-2"));
    }

    /// <summary>The runs; a test that asks for them is skipped (in CI, failed) where there is no browser.</summary>
    public HeatmapsRuns Drawn
    {
        get
        {
            _ = Chromium.Path;
            return this;
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public class HeatmapsCommandTests(HeatmapsRuns fixture) : IClassFixture<HeatmapsRuns>
{
    HeatmapsRuns runs => fixture.Drawn;

    static readonly string[] WeightCharts =
    [
        .. Enumerable.Range(0, 5).SelectMany(n => new[] { $"hidden-neuron-{n}-abs-weights", $"hidden-neuron-{n}-signed-weights" }),
        "hidden-layer-abs-weights", "hidden-layer-signed-weights", "output-layer-weights", "digits-with-predictions", "xor-network-output",
    ];

    static readonly string[] TrainingCharts = ["loss-curve", "hidden-layer-over-training"];

    static string[] Files(string folder) => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    static string[] Expected(IEnumerable<string> charts) =>
        charts.SelectMany(chart => new[] { "png", "svg", "html" }.Select(extension => $"{chart}.{extension}")).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void From_a_weights_file_it_writes_every_weight_chart_in_every_format_and_keeps_other_files()
    {
        Assert.True(runs.FromWeights.ExitCode == 0, runs.FromWeights.Error);
        Assert.Equal([.. Expected(WeightCharts), "notes.txt"], Files(runs.WeightsOut).Where(f => f != "notes.txt").Append("notes.txt"));
        Assert.Equal(HeatmapsRuns.Notes, File.ReadAllText(Path.Combine(runs.WeightsOut, "notes.txt")));
        Assert.Contains("loss-curve and hidden-layer-over-training skipped: a weights file has no training history", runs.FromWeights.Out);
    }

    [Fact]
    public void Trained_it_also_writes_the_loss_curve_and_the_weights_over_training()
    {
        Assert.True(runs.Trained1.ExitCode == 0, runs.Trained1.Error);
        Assert.Equal(Expected([.. WeightCharts, .. TrainingCharts]), Files(Path.Combine(runs.Folder, "trained-1")));
        Assert.Contains("training the walkthrough's network: seed 7, 300 epochs", runs.Trained1.Out);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        string first = Path.Combine(runs.Folder, "trained-1"), second = Path.Combine(runs.Folder, "trained-2");
        Assert.Equal(Files(first), Files(second));
        foreach (string file in Files(first))
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between two runs");
    }

    [Fact]
    public void The_pngs_are_twice_the_charts_size_and_dark_where_abs_w_is_large()
    {
        Image abs = Png.Decode(File.ReadAllBytes(Path.Combine(runs.WeightsOut, "hidden-neuron-0-abs-weights.png")));
        Assert.Equal((880, 840), (abs.Width, abs.Height));
        HeatmapCells.AssertDarkWhereAbsWeightIsLarge(abs);

        // The signed picture: red where w is strongly positive, blue where strongly negative, near white where weak.
        Image signed = Png.Decode(File.ReadAllBytes(Path.Combine(runs.WeightsOut, "hidden-neuron-0-signed-weights.png")));
        var grid = HeatmapCells.LocateByBlackCorners(abs); // both charts have the same layout
        var cells = HeatmapCells.Centres(signed, grid);
        double[] weights = TestNetwork.Neuron0();
        for (int pixel = 0; pixel < 25; pixel++)
        {
            var (r, g, b, luminance) = cells[pixel / 5, pixel % 5];
            if (weights[pixel] > 2) Assert.True(r > 150 && g < 60 && b < 80, $"pixel {pixel} (w = {weights[pixel]}): rgb {r:F0},{g:F0},{b:F0}, expected red");
            else if (weights[pixel] < -2) Assert.True(b > 120 && r < 60, $"pixel {pixel} (w = {weights[pixel]}): rgb {r:F0},{g:F0},{b:F0}, expected blue");
            else Assert.True(luminance > 215, $"pixel {pixel} (w = {weights[pixel]}): luminance {luminance:F0}, expected near white");
        }
    }

    [Fact]
    public void Every_png_is_a_picture_not_a_blank_page()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(runs.Folder, "trained-1"), "*.png"))
        {
            Image image = Png.Decode(File.ReadAllBytes(file));
            int dark = 0;
            for (int y = 0; y < image.Height; y += 2)
                for (int x = 0; x < image.Width; x += 2)
                    if (image.Luminance(x, y) < 128) dark++;
            Assert.True(dark > 500, $"{Path.GetFileName(file)} has only {dark} dark pixels of {image.Width * image.Height / 4} sampled");
        }
    }

    [Fact]
    public void The_svgs_are_the_charts_size_with_their_titles_and_heatmaps()
    {
        var svg = new Svg(File.ReadAllBytes(Path.Combine(runs.WeightsOut, "hidden-neuron-0-abs-weights.svg")));
        Assert.Equal((440, 420), svg.Size);
        Assert.Contains("Hidden neuron 0: |w| of each pixel's weight", svg.Texts);
        double[,] cells = Svg.CellLuminance(Assert.Single(svg.HeatmapImages));
        for (int pixel = 0; pixel < 25; pixel++)
            Assert.True(TestNetwork.StrongPixels.Contains(pixel) ? cells[pixel / 5, pixel % 5] < 60 : cells[pixel / 5, pixel % 5] > 200,
                $"pixel {pixel}: luminance {cells[pixel / 5, pixel % 5]:F0} in the SVG");

        var layer = new Svg(File.ReadAllBytes(Path.Combine(runs.WeightsOut, "hidden-layer-abs-weights.svg")));
        Assert.Equal(5, layer.HeatmapImages.Length);
        Assert.All(Enumerable.Range(0, 5), n => Assert.Contains($"hidden neuron {n}", layer.Texts));
    }

    [Fact]
    public void The_html_files_carry_plotly_inside_and_load_no_script_from_a_url()
    {
        foreach (string file in Directory.GetFiles(runs.WeightsOut, "*.html"))
        {
            string html = File.ReadAllText(file);
            Assert.All(Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.DoesNotContain("src", tag));
            Assert.Contains(PlotlyJs.Source, html);
            Assert.Contains($"<div id=\"{Path.GetFileNameWithoutExtension(file)}\"><p>", html); // the chart's div, holding the line shown where scripts do not run
        }
    }

    [Fact]
    public void No_temporary_file_is_left_behind()
    {
        Assert.DoesNotContain(Directory.GetFiles(runs.Folder, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp"));
    }
}
