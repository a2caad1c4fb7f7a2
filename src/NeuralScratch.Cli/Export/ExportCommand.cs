using System.CommandLine;
using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli.Export;

/// <summary>
/// <c>neuralscratch export [NOTEBOOK.ipynb | FOLDER ...] [--out DIR]</c>: each notebook as a C# file-based app
/// (<see cref="AppExport"/>), by default in apps/ beside the notebooks. Every app is made before any is written;
/// a file there that this command did not write is never overwritten.
/// </summary>
public static class ExportCommand
{
    public static Command Create(Invocation io)
    {
        var inputs = new Argument<string[]>("NOTEBOOK.ipynb|FOLDER") { Description = "notebooks, or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var output = Options.Text("--out", "DIR", "where the apps go (default: apps/ beside the notebooks)");
        var command = new Command("export", "Writes each notebook as a C# file-based app (dotnet run app.cs): the lessons with no notebook engine.")
        {
            inputs, output,
        };
        command.SetAction(result => Run(io, result.GetValue(inputs)!, result.GetValue(output)));
        return command;
    }

    static int Run(Invocation io, string[] inputs, string? outFolder)
    {
        var (paths, error) = RunPlan.FindNotebooks(inputs);
        if (paths is null) throw new UsageException(error!);
        var apps = paths.Select(path => (Path: AppPath(path, outFolder), Text: Export(path))).ToList();
        foreach (var (path, text) in apps)
        {
            if (File.Exists(path) && !File.ReadLines(path).FirstOrDefault("").StartsWith(AppExport.Generated))
                throw new IOException($"'{path}' exists and was not written by neuralscratch export; expected no file there, or one it wrote (move yours away)");
        }
        foreach (var (path, text) in apps)
        {
            bool same = File.Exists(path) && File.ReadAllText(path) == text;
            if (!same) AtomicFile.WriteAllText(path, text);
            io.Out.WriteLine($"{(same ? "Up to date" : "Wrote")}: {path}");
        }
        return 0;

        string Export(string notebookPath)
        {
            var (notebook, loadError) = NotebookDocument.Load(notebookPath);
            if (notebook is null) throw new UsageException(loadError!);
            string folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
            string repoRoot = ToolLocator.FindToolRoot(folder)
                ?? throw new IOException($"no .config/dotnet-tools.json above '{folder}'; expected a notebook inside the NeuralScratch repo, whose library the app uses");
            return AppExport.Export(notebookPath, notebook.Cells, notebook.KernelNameOf, AppPath(notebookPath, outFolder), repoRoot);
        }
    }

    static string AppPath(string notebook, string? outFolder) =>
        Path.Combine(outFolder ?? Path.Combine(Path.GetDirectoryName(notebook) ?? ".", "apps"), Path.ChangeExtension(Path.GetFileName(notebook), ".cs"));
}
