namespace NeuralScratch.Cli;

/// <summary>
/// Shows progress: a bar redrawn in place on a terminal, or a plain line every tenth of the
/// way when the output goes to a file or a pipe.
/// </summary>
public sealed class ProgressBar(TextWriter output, bool isTerminal, int total, string unit)
{
    const int Width = 30;
    int lastTenth = -1;
    long lastDrawn = -1;

    public void Report(int done, string detail = "")
    {
        if (isTerminal) DrawBar(done, detail);
        else WriteLine(done, detail);
    }

    public void Finish()
    {
        if (isTerminal) output.WriteLine();
    }

    void DrawBar(int done, string detail)
    {
        long now = Environment.TickCount64;
        if (done < total && now - lastDrawn < 50) return; // redraw at most 20 times a second
        lastDrawn = now;
        int filled = total == 0 ? Width : (int)((long)done * Width / total);
        output.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} {unit} {detail}  ");
    }

    void WriteLine(int done, string detail)
    {
        int tenth = total == 0 ? 10 : (int)((long)done * 10 / total);
        if (tenth == lastTenth) return;
        lastTenth = tenth;
        output.WriteLine($"{done}/{total} {unit} {detail}".TrimEnd());
    }
}
