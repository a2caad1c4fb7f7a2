namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// Where a code cell is, counted both ways, from 1: among all cells (what you see scrolling
/// the notebook, markdown included) and among code cells only.
/// </summary>
internal sealed record CellPosition(int Cell, int CellCount, int CodeCell, int CodeCellCount)
{
    public override string ToString() => $"cell {Cell} of {CellCount} (code cell {CodeCell} of {CodeCellCount})";
}
