namespace NeuralScratch.Cli.Heatmaps;

/// <summary>The file formats <c>heatmaps</c> can write.</summary>
public enum OutputFormat { Png, Svg, Html }

/// <summary>What <c>neuralscratch heatmaps</c> was asked to do.</summary>
/// <param name="WeightsFile">Draw the network in this file; null to train the walkthrough's network from <paramref name="Seed"/>.</param>
/// <param name="Browser">Chromium, Chrome or Edge for PNG and SVG; null to look for one.</param>
public sealed record HeatmapsOptions(string? WeightsFile, int Seed, int Epochs, string OutputFolder, IReadOnlyList<OutputFormat> Formats, string? Browser)
{
    public const string Usage =
        "neuralscratch heatmaps [--weights FILE | --seed 42 --epochs 10000] [--out heatmaps] [--format png,svg,html] [--browser PATH]";

    /// <summary>Reads the options after <c>heatmaps</c>; throws <see cref="UsageException"/> naming what is wrong.</summary>
    public static HeatmapsOptions Parse(IEnumerable<string> args)
    {
        var options = Arguments.Parse("heatmaps", args, ["--weights", "--seed", "--epochs", "--out", "--format", "--browser"]);
        if (options.Has("--weights") && (options.Has("--seed") || options.Has("--epochs")))
            throw new UsageException("heatmaps: --weights cannot be combined with --seed or --epochs; expected a weights file to draw, or a seed and epochs to train");
        return new HeatmapsOptions(
            WeightsFile: options.Text("--weights"),
            Seed: options.Int("--seed", 42, 0, int.MaxValue),
            Epochs: options.Int("--epochs", 10_000, 0, 10_000_000),
            OutputFolder: options.Text("--out", "heatmaps"),
            Formats: ParseFormats(options.Text("--format", "png,svg,html")),
            Browser: options.Text("--browser"));
    }

    static OutputFormat[] ParseFormats(string text)
    {
        var formats = new List<OutputFormat>();
        foreach (string name in text.Split(',', StringSplitOptions.TrimEntries))
        {
            OutputFormat format = name.ToLowerInvariant() switch
            {
                "png" => OutputFormat.Png,
                "svg" => OutputFormat.Svg,
                "html" => OutputFormat.Html,
                _ => throw new UsageException($"heatmaps: unknown format '{name}' in --format '{text}'; expected png, svg or html, separated by commas"),
            };
            if (!formats.Contains(format)) formats.Add(format);
        }
        return [.. formats];
    }
}
