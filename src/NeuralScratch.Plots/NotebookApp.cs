using System.Collections;
using System.Diagnostics;
using Plotly.NET;

namespace NeuralScratch.Plots;

/// <summary>
/// What a notebook's engine does for its cells, done for a notebook exported as a C# file-based app
/// (<c>neuralscratch export</c>, notebooks/apps/): a cell's value is printed, a chart or the playground
/// becomes a self-contained HTML file (it works offline) whose path is printed, and LiveTraining's frames go
/// to one such file, its last frame when training ends. With <c>--open</c> (<c>dotnet run app.cs -- --open</c>)
/// or NEURALSCRATCH_OPEN=1, each file is also opened in the browser.
/// </summary>
public static class NotebookApp
{
    static string outputFolder = Path.Combine(Path.GetTempPath(), "neuralscratch");
    static bool open;
    static int files;

    /// <summary>
    /// Runs the rest of the app from the notebook's folder, <paramref name="notebookFolder"/> relative to
    /// the app's own (so a path in a cell means what it means in the notebook), and writes its HTML files
    /// to out/ beside the app, in a folder named after it.
    /// </summary>
    public static void Start(string[] args, string notebookFolder, [System.Runtime.CompilerServices.CallerFilePath] string app = "")
    {
        string appFolder = Path.GetDirectoryName(app)!;
        outputFolder = Path.Combine(appFolder, "out", Path.GetFileNameWithoutExtension(app));
        open = args.Contains("--open") || Environment.GetEnvironmentVariable("NEURALSCRATCH_OPEN") == "1";
        Directory.SetCurrentDirectory(Path.GetFullPath(Path.Combine(appFolder, notebookFolder)));
        LiveTraining.Display = first =>
        {
            string path = Write(ChartHtml.Page(first, "NeuralScratch: live training"), "live-training", "live training (its last frame when training ends)");
            return frame => ChartHtml.Save(frame, path, "NeuralScratch: live training");
        };
    }

    /// <summary>Shows a value as the notebook would: a chart or the playground as an HTML file, anything else printed.</summary>
    public static void Display(object? value)
    {
        switch (value)
        {
            case GenericChart chart:
                Write(ChartHtml.Page(chart, "NeuralScratch chart"), "chart", "chart");
                break;
            case PlaygroundView playground:
                Write(playground.Page(), "playground", "the playground: draw a digit");
                break;
            default:
                Console.WriteLine(Text(value));
                break;
        }
    }

    /// <summary>How a value is printed: as Console.WriteLine writes it, a list as [a, b, c].</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Text))}]",
        _ => value.ToString() ?? "",
    };

    // 01-chart.html, 02-chart.html, 03-live-training.html, ... in the order the app shows them: the same names each run.
    static string Write(string html, string name, string what)
    {
        string path = Path.Combine(outputFolder, $"{++files:00}-{name}.html");
        AtomicFile.WriteAllText(path, html);
        Console.WriteLine($"{what}: {path}");
        if (open) Open(path);
        return path;
    }

    static void Open(string path)
    {
        try { Process.Start(new ProcessStartInfo(path) { UseShellExecute = true })?.Dispose(); }
        catch (System.ComponentModel.Win32Exception e) { Console.Error.WriteLine($"could not open {path} in a browser ({e.Message}): open it by hand"); }
    }
}
