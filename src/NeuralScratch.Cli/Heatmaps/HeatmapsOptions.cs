namespace NeuralScratch.Cli.Heatmaps;

/// <summary>The file formats <c>heatmaps</c> can write.</summary>
public enum OutputFormat { Png, Svg, Html }

/// <summary>What <c>neuralscratch heatmaps</c> was asked to do.</summary>
/// <param name="WeightsFile">Draw the network in this file; null to train the walkthrough's network from <paramref name="Seed"/>.</param>
/// <param name="Browser">Chromium, Chrome or Edge for PNG and SVG; null to look for one.</param>
public sealed record HeatmapsOptions(string? WeightsFile, int Seed, int Epochs, string OutputFolder, IReadOnlyList<OutputFormat> Formats, string? Browser);
