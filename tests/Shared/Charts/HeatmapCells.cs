namespace NeuralScratch.TestSupport;

/// <summary>
/// Reads a 5x5 heatmap out of a picture of it. The grid is found by its black corner cells:
/// the test weights make cells (0,0) and (4,4) the largest |w|, so the first row holding a run
/// of black pixels starts at the grid's top-left corner and the last one ends at its bottom-right.
/// </summary>
public static class HeatmapCells
{
    const double Black = 16; // darker than any text or axis line plotly draws
    const int Run = 10;      // a cell is dozens of pixels wide; glyphs and lines are thinner

    public static (int Left, int Top, int Right, int Bottom) LocateByBlackCorners(Image image)
    {
        int[] rows = Enumerable.Range(0, image.Height).Where(y => BlackRuns(image, y).Any()).ToArray();
        Assert.True(rows.Length > 0, "no black cell found in the picture");
        int top = rows[0], bottom = rows[^1];
        return (BlackRuns(image, top).First().Start, top, BlackRuns(image, bottom).Last().End, bottom);
    }

    /// <summary>The mean colour at the centre of each cell, [row, column].</summary>
    public static (double R, double G, double B, double Luminance)[,] Centres(Image image, (int Left, int Top, int Right, int Bottom) grid)
    {
        var cells = new (double, double, double, double)[5, 5];
        double width = (grid.Right - grid.Left + 1) / 5.0, height = (grid.Bottom - grid.Top + 1) / 5.0;
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 5; c++)
            {
                int x = (int)(grid.Left + (c + 0.5) * width), y = (int)(grid.Top + (r + 0.5) * height);
                var patch = (from dy in Enumerable.Range(-2, 5) from dx in Enumerable.Range(-2, 5) select (X: x + dx, Y: y + dy)).ToArray();
                cells[r, c] = (patch.Average(p => (double)image[p.X, p.Y].R), patch.Average(p => (double)image[p.X, p.Y].G),
                               patch.Average(p => (double)image[p.X, p.Y].B), patch.Average(p => image.Luminance(p.X, p.Y)));
            }
        return cells;
    }

    /// <summary>Checks a |w| picture of <see cref="TestNetwork.Neuron0"/>: the strong pixels dark, the weak ones light.</summary>
    public static void AssertDarkWhereAbsWeightIsLarge(Image image)
    {
        var cells = Centres(image, LocateByBlackCorners(image));
        for (int pixel = 0; pixel < 25; pixel++)
        {
            double luminance = cells[pixel / 5, pixel % 5].Luminance;
            if (TestNetwork.StrongPixels.Contains(pixel))
                Assert.True(luminance < 60, $"pixel {pixel} has |w| >= 2.8 but its cell's luminance is {luminance:F0}; expected dark");
            else
                Assert.True(luminance > 200, $"pixel {pixel} has |w| <= 0.34 but its cell's luminance is {luminance:F0}; expected light");
        }
    }

    static IEnumerable<(int Start, int End)> BlackRuns(Image image, int y)
    {
        int start = -1;
        for (int x = 0; x <= image.Width; x++)
        {
            bool black = x < image.Width && image.Luminance(x, y) < Black;
            if (black && start < 0) start = x;
            if (!black && start >= 0)
            {
                if (x - start >= Run) yield return (start, x - 1);
                start = -1;
            }
        }
    }
}
