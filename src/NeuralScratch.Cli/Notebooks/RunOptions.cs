namespace NeuralScratch.Cli.Notebooks;

/// <summary>What `neuralscratch run` was asked to do.</summary>
/// <param name="Inputs">Notebooks and folders, as given.</param>
/// <param name="OutDir">Where executed copies go; null means next to each notebook, in executed/.</param>
/// <param name="InPlace">Overwrite the source notebooks with their executed copies.</param>
/// <param name="CellTimeout">How long one cell may run.</param>
internal sealed record RunOptions(IReadOnlyList<string> Inputs, string? OutDir, bool InPlace, TimeSpan CellTimeout);
