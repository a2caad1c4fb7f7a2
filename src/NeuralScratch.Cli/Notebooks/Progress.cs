namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// Reports progress. On a terminal one status line is redrawn as cells run; when the output is
/// redirected (a log, CI, a test) every step is a plain line of its own.
/// </summary>
internal sealed class Progress(TextWriter output, bool isTerminal)
{
    const string ClearLine = "\r\u001b[K";

    public static Progress For(TextWriter stdout) =>
        new(stdout, ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);

    public void NotebookStarted(string name, int codeCells) =>
        Status($"{name}: starting the kernel ({codeCells} code cells)");

    public void KernelStarted(string name, TimeSpan elapsed) =>
        Line($"{name}: kernel ready in {Seconds(elapsed)}");

    public void CellStarted(string name, CellPosition cell)
    {
        if (isTerminal)
            Status($"{name}: running {cell}");
    }

    public void CellFinished(string name, CellPosition cell, TimeSpan elapsed)
    {
        if (!isTerminal)
            Line($"{name}: {cell} ran in {Seconds(elapsed)}");
    }

    public void NotebookFinished(string name, string verdict, TimeSpan kernelStart, TimeSpan cells, string? savedTo)
    {
        var saved = savedTo is null ? "" : $" -> {savedTo}";
        Line($"{name}: {verdict}; kernel start {Seconds(kernelStart)}, cells {Seconds(cells)}{saved}");
    }

    public static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.00} s";

    // On a terminal, replaces the status line (the next line overwrites it); elsewhere, a line.
    void Status(string text)
    {
        if (isTerminal)
            output.Write(ClearLine + text);
        else
            output.WriteLine(text);
        output.Flush();
    }

    void Line(string text)
    {
        output.WriteLine((isTerminal ? ClearLine : "") + text);
        output.Flush();
    }
}
