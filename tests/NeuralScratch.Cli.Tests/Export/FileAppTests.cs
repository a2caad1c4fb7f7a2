using System.Diagnostics;
using System.Text.RegularExpressions;
using NeuralScratch.Cli.Export;
using NeuralScratch.Cli.Notebooks;
using NeuralScratch.Cli.Tests.Notebooks;

namespace NeuralScratch.Cli.Tests.Export;

/// <summary>
/// The lessons as C# file-based apps (notebooks/apps/): each is what <c>neuralscratch export</c> makes of its
/// notebook today, and running it prints what the notebook printed in the engine (the run the notebook tests read).
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class FileAppTests(KitNotebooksRun kit, ITestOutputHelper output)
{
    static string Apps => Path.Combine(Repo.Root, "notebooks", "apps");

    public static TheoryData<string> Notebooks => [.. KitNotebooksRun.Names];

    [Fact]
    public void Every_app_is_what_export_makes_of_its_notebook_today()
    {
        foreach (string name in KitNotebooksRun.Names)
        {
            string notebookPath = Path.Combine(Repo.Root, "notebooks", name), appPath = Path.Combine(Apps, Path.ChangeExtension(name, ".cs"));
            var (notebook, error) = NotebookDocument.Load(notebookPath);
            Assert.True(notebook is not null, error);
            Assert.True(File.Exists(appPath), $"{appPath} is missing: run `neuralscratch export notebooks`");
            string fresh = AppExport.Export(notebookPath, notebook.Cells, notebook.KernelNameOf, appPath, Repo.Root);
            Assert.True(fresh == File.ReadAllText(appPath), $"{appPath} is not what `neuralscratch export notebooks` makes of {name} now: run it and commit the app");
        }
        Assert.Equal(KitNotebooksRun.Names.Select(n => Path.ChangeExtension(n, ".cs")), Directory.GetFiles(Apps, "*.cs").Select(Path.GetFileName).Order());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_app_prints_what_the_notebook_printed_in_the_engine(string name)
    {
        ExecutedNotebook notebook = kit.Notebook(name);
        var clock = Stopwatch.StartNew();
        string printed = Run(Path.Combine(Apps, Path.ChangeExtension(name, ".cs")));
        output.WriteLine($"{name}: the app ran in {clock.Elapsed.TotalSeconds:F1} s (build included)");

        // Each cell's printed lines and value, in the notebook's order (after the first: the loader, which the app has not);
        // a cell that prints a time differs from run to run.
        int from = 0;
        foreach (var cell in notebook.CodeCells.Skip(1))
        {
            string expected = Printed(cell) + Value(cell);
            if (expected.Length == 0 || Timed.IsMatch(expected)) continue;
            int at = printed.IndexOf(expected, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{name}: the app did not print, after what it printed before, what this cell printed in the engine:\n{expected}\n--- the app printed:\n{printed[from..]}");
            from = at + expected.Length;
        }
    }

    [Fact]
    public void The_walkthroughs_app_prints_the_xor_table_the_shapes_and_the_predictions()
    {
        ExecutedNotebook notebook = kit.Notebook("01-neural-network-from-scratch.ipynb");
        string printed = Run(Path.Combine(Apps, "01-neural-network-from-scratch.cs"));

        foreach (string cell in new[] { "xorNetwork =", "double[][] inputs = [zero, one, two", "double[][] targets =", "int Predict(double[][][] network, double[] x)" })
            Assert.Contains(notebook.Printed(cell).ReplaceLineEndings("\n"), printed);
        string tests = string.Join("\n", new[] { "// Testing with a different 3", "// Testing with a different 7", "// Testing with a different 8" }.Select(notebook.Value));
        Assert.Contains(tests + "\n", printed);
        // Each chart the notebook drew (live training's last frame too) and its playground, a file whose path is printed.
        var outputs = notebook.CodeCells.SelectMany(cell => ExecutedNotebook.Data(cell, "text/html")).ToList();
        Assert.Equal(outputs.Count(html => html.Contains("neuralscratch-chart-")), Regex.Matches(printed, @"(?m)^(chart|live training \(.*\)): .*-(chart|live-training)\.html$").Count);
        Assert.Equal(outputs.Count(html => html.Contains("neuralscratch-playground-")), Regex.Matches(printed, @"(?m)^the playground: draw a digit: .*-playground\.html$").Count);
    }

    static readonly Regex Timed = new(@"\d(\.\d+)? ?(s|ms)\b");

    static string Printed(System.Text.Json.Nodes.JsonObject cell) =>
        string.Concat(ExecutedNotebook.Outputs(cell).Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout")
            .Select(o => ExecutedNotebook.Text(o["text"]))).ReplaceLineEndings("\n");

    // A cell's value that is not a chart or the playground: the engine shows it as <pre>text</pre>; the app prints the text.
    static string Value(System.Text.Json.Nodes.JsonObject cell) =>
        ExecutedNotebook.Data(cell, "text/html").Select(html => Regex.Match(html, "^<pre>(.*)</pre>$", RegexOptions.Singleline))
            .Where(m => m.Success).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) + "\n").FirstOrDefault() ?? "";

    // `dotnet run -c Release APP`, as the app's first lines say, from the repo's root: what it printed; it must end well.
    static string Run(string app)
    {
        var start = new ProcessStartInfo("dotnet", ["run", "-c", "Release", app])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(), stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{app} did not end within 10 minutes");
        }
        Assert.True(process.ExitCode == 0, $"{app} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result.ReplaceLineEndings("\n");
    }
}
