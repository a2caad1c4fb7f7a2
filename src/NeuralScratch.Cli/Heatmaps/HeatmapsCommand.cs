using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NeuralScratch.Plots;

namespace NeuralScratch.Cli.Heatmaps;

/// <summary>
/// <c>neuralscratch heatmaps</c>: writes every chart of the kit as files for slides (PNG, SVG)
/// and for browsing offline (self-contained HTML), the same bytes for the same input.
/// </summary>
public static class HeatmapsCommand
{
    static readonly OutputFormat[] AllFormats = [OutputFormat.Png, OutputFormat.Svg, OutputFormat.Html];

    public static Command Create(Invocation io)
    {
        var weights = Options.Text("--weights", "FILE", "draw the network in a weights file ({\"layers\": [...]}, as `train --out` writes)");
        var seed = Options.WholeNumber("--seed", 42, 0, int.MaxValue, "or train the walkthrough's network from random.seed(N)");
        var epochs = Options.WholeNumber("--epochs", 10_000, 0, 10_000_000, "for N epochs, keeping snapshots for the loss and slider charts");
        var output = Options.Text("--out", "DIR", "output folder; created if missing, reused (not emptied) if present", fallback: "heatmaps");
        var formats = new Option<OutputFormat[]>("--format")
        {
            Description = "any of png,svg,html (default: all three); PNG and SVG need Chromium, Chrome or Edge",
            HelpName = "png,svg,html",
            CustomParser = result => ParseFormats(result.Tokens[0].Value, result.AddError),
        };
        var browser = Options.Text("--browser", "PATH", "the browser to draw PNG and SVG with (default: found on the PATH or where installed)");
        var command = new Command("heatmaps", "Writes every chart of the kit, named after what it shows, into the output folder.")
        {
            weights, seed, epochs, output, formats, browser,
        };
        Options.Exclusive(command, weights, [seed, epochs],
            "--weights cannot be combined with --seed or --epochs; expected a weights file to draw, or a seed and epochs to train");
        command.SetAction(result => Write(new HeatmapsOptions(result.GetValue(weights), result.GetValue(seed), result.GetValue(epochs),
            result.GetValue(output)!, result.GetValue(formats) is [_, ..] given ? given : AllFormats, result.GetValue(browser)), io.Out, io.Cancel));
        return command;
    }

    static OutputFormat[] ParseFormats(string text, Action<string> error)
    {
        var formats = new List<OutputFormat>();
        foreach (string name in text.Split(',', StringSplitOptions.TrimEntries))
        {
            OutputFormat? format = name.ToLowerInvariant() switch
            {
                "png" => OutputFormat.Png,
                "svg" => OutputFormat.Svg,
                "html" => OutputFormat.Html,
                _ => null,
            };
            if (format is null)
            {
                error($"unknown format '{name}' in --format '{text}'; expected png, svg or html, separated by commas");
                return [];
            }
            if (!formats.Contains(format.Value)) formats.Add(format.Value);
        }
        return [.. formats];
    }

    static int Write(HeatmapsOptions options, TextWriter stdout, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        string folder = Path.GetFullPath(options.OutputFolder);
        if (File.Exists(folder))
            throw new IOException($"--out '{options.OutputFolder}' is a file; expected a folder (created if missing, reused if present)");
        bool images = options.Formats.Contains(OutputFormat.Png) || options.Formats.Contains(OutputFormat.Svg);
        string? browser = images ? FindBrowser(options.Browser) : null; // before any work: fail fast

        (double[][][] network, TrainingHistory? history) = LoadOrTrain(options, stdout, cancel);
        var making = Stopwatch.StartNew();
        IReadOnlyList<HeatmapChart> charts = HeatmapCharts.For(network, history);
        stdout.WriteLine($"made {charts.Count} charts in {Seconds(making)}");
        if (history is null)
            stdout.WriteLine("loss-curve and hidden-layer-over-training skipped: a weights file has no training history (use --seed and --epochs)");

        // The HTML pages are built while the browser draws; every file is ready in memory before
        // the first is written, so a failed drawing leaves the folder as it was.
        Task<(string Name, byte[] Bytes)[]> pages = options.Formats.Contains(OutputFormat.Html)
            ? Task.Run(() => charts.Select(chart => ($"{chart.Name}.html", Encoding.UTF8.GetBytes(
                ChartHtml.Page(chart.Chart, $"{chart.Title} - NeuralScratch", chart.Name)))).ToArray(), cancel)
            : Task.FromResult(Array.Empty<(string, byte[])>());
        var files = new List<(string Name, byte[] Bytes)>();
        if (images)
            files.AddRange(Draw(charts, options.Formats, browser!, stdout, cancel));
        files.AddRange(pages.GetAwaiter().GetResult());

        cancel.ThrowIfCancellationRequested(); // the last moment to stop with nothing written
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            AtomicFile.WriteAllBytes(Path.Combine(folder, name), bytes);
        stdout.WriteLine($"wrote {files.Count} files to {folder} in {Seconds(clock)}:");
        foreach (HeatmapChart chart in charts)
            stdout.WriteLine($"  {chart.Name}.{{{string.Join(",", options.Formats.Select(f => f.ToString().ToLowerInvariant()))}}}");
        if (history is not null)
            stdout.WriteLine($"  (hidden-layer-over-training: the HTML has a slider over {history.Snapshots.Count} snapshots; " +
                $"PNG and SVG show epochs {string.Join(", ", TrainingCharts.DefaultSmallMultipleEpochs(history))})");
        return 0;
    }

    /// <summary>Every chart as PNG and/or SVG, drawn by plotly.js in one browser run.</summary>
    static IEnumerable<(string Name, byte[] Bytes)> Draw(IReadOnlyList<HeatmapChart> charts, IReadOnlyList<OutputFormat> wanted,
        string browser, TextWriter stdout, CancellationToken cancel)
    {
        var formats = new List<ImageFormat>();
        if (wanted.Contains(OutputFormat.Png)) formats.Add(ImageFormat.Png);
        if (wanted.Contains(OutputFormat.Svg)) formats.Add(ImageFormat.Svg);
        var clock = Stopwatch.StartNew();
        stdout.WriteLine($"drawing {charts.Count} charts as {string.Join(" and ", formats.Select(f => f.ToString().ToUpperInvariant()))} with {browser}...");
        IReadOnlyList<ChartImage> drawn = ImageExport.Render(charts.Select(c => new NamedChart(c.Name, c.ForImages)).ToArray(), formats, browser, cancel: cancel);
        stdout.WriteLine($"drawn in {Seconds(clock)}");
        return drawn.Select(image => ($"{image.Name}.{image.Format.ToString().ToLowerInvariant()}", image.Bytes));
    }

    static (double[][][] Network, TrainingHistory? History) LoadOrTrain(HeatmapsOptions options, TextWriter stdout, CancellationToken cancel)
    {
        if (options.WeightsFile is string path)
        {
            double[][][] loaded = WeightsFile.Load(path);
            int weights = loaded[0][0].Length;
            if (weights != Digits.PixelCount + 1)
                throw new FormatException($"weights file '{path}': the first layer's neurons have {weights} weights; heatmaps draws each as a 5x5 image, so expected 26 (25 pixels, then the bias)");
            stdout.WriteLine($"read {path}: layers {string.Join("-", Network.LayerSizes(loaded))}");
            return (loaded, null);
        }
        var clock = Stopwatch.StartNew();
        stdout.WriteLine($"training the walkthrough's network: seed {options.Seed}, {options.Epochs} epochs...");
        double[][][] network = Initialization.Walkthrough(options.Seed);
        TrainingHistory history = TrainingHistory.Train(network, Digits.Inputs(), Digits.Targets(), options.Epochs,
            options: new TrainingOptions { Cancellation = cancel });
        stdout.WriteLine($"trained in {Seconds(clock)}: loss {Number(history.Result.Losses[0])} before, {Number(history.Result.FinalLoss)} after");
        return (network, history);
    }

    static string FindBrowser(string? given)
    {
        if (given is not null)
            return File.Exists(given) ? given
                : throw new FileNotFoundException($"--browser '{given}' does not exist; expected the path of a Chromium, Chrome or Edge executable");
        return Browser.Find() ?? throw new FileNotFoundException(
            "PNG and SVG need Chromium, Chrome or Edge, and none was found on the PATH or where they are usually installed; " +
            "install one (Debian/Ubuntu: apt-get install chromium), pass --browser PATH, or use --format html");
    }

    static string Seconds(Stopwatch clock) => $"{clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s";

    static string Number(double value) => Math.Round(value, 3).ToString(CultureInfo.InvariantCulture);
}
