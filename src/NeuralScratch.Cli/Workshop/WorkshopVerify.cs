using System.Diagnostics;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Notebooks;
using NeuralScratch.Plots;

namespace NeuralScratch.Cli.Workshop;

/// <summary>How one check of a laptop went: ok, a note (nothing the notebooks need), or a problem.</summary>
internal sealed record Finding(Verdict Verdict, string Text)
{
    public bool IsProblem => Verdict is Verdict.Missing or Verdict.Failed;

    public override string ToString() => $"{Verdict.ToString().ToLowerInvariant()}: {Text}";
}

internal enum Verdict { Ok, Note, Missing, Failed }

/// <summary>
/// <c>neuralscratch workshop verify DIR</c>: checks a pack on a laptop before the day, one line per finding:
/// the .NET SDK, every package of the feed, the engine starting, the first cell of the first notebook.
/// </summary>
internal static class WorkshopVerify
{
    static readonly TimeSpan EngineStartTimeout = TimeSpan.FromMinutes(3);
    static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(5);

    /// <summary>0 when nothing is missing; 1 otherwise.</summary>
    public static async Task<int> RunAsync(string folder, Invocation io)
    {
        if (!Directory.Exists(folder))
            throw new UsageException($"'{folder}' is not a folder; expected the folder of a workshop pack");
        string pack = Path.GetFullPath(folder);
        PackManifest manifest = PackManifest.Read(pack);

        int problems = 0;
        void Say(Finding finding) // each line as soon as it is known: the engine and the cell take seconds
        {
            io.Out.WriteLine(finding);
            if (finding.IsProblem) problems++;
        }

        Say(Sdk(pack, manifest, io.Cancel));
        foreach (Finding finding in Packages(pack, manifest)) Say(finding);
        await EngineAndFirstCellAsync(pack, manifest, Say, io.Cancel);
        Say(Browser.Find() is string browser
            ? new(Verdict.Ok, $"a browser for images: {browser}")
            : new(Verdict.Note, "no Chromium, Chrome or Edge found: the notebooks do not need one, but `neuralscratch heatmaps` can then write HTML only, no PNG or SVG"));
        io.Out.WriteLine(problems == 0 ? "ready for the workshop" : $"not ready: {problems} problem(s) above");
        return problems == 0 ? 0 : 1;
    }

    // `dotnet --version` in the pack answers only with an SDK its global.json accepts.
    static Finding Sdk(string pack, PackManifest manifest, CancellationToken cancel)
    {
        string wanted = GlobalJson.SdkWanted(pack);
        ChildProcess dotnet = ChildProcess.Run("dotnet", pack, cancel, "--version");
        return dotnet.ExitCode == 0
            ? new(Verdict.Ok, $".NET SDK {dotnet.Output.Trim()}, one global.json accepts ({wanted}); the pack was made with {manifest.Sdk}")
            : new(Verdict.Missing, $"a .NET SDK that global.json accepts: install the .NET SDK {wanted}");
    }

    static IEnumerable<Finding> Packages(string pack, PackManifest manifest)
    {
        var problems = new List<Finding>();
        foreach (PackedPackage package in manifest.Packages)
        {
            string file = Path.Combine(pack, package.File);
            if (!File.Exists(file))
                problems.Add(new(Verdict.Missing, $"package {package.Id} {package.Version}: {package.File} is not in the pack; copy the pack again"));
            else if (new FileInfo(file).Length != package.Bytes || WorkshopPack.Sha512(file) != package.Sha512)
                problems.Add(new(Verdict.Failed, $"package {package.Id} {package.Version}: {package.File} is not the file packed (its SHA-512 differs); copy the pack again"));
        }
        return problems.Count > 0 ? problems : [new(Verdict.Ok, $"all {manifest.Packages.Count} packages in packages/, each the file packed (SHA-512)")];
    }

    static async Task EngineAndFirstCellAsync(string pack, PackManifest manifest, Action<Finding> say, CancellationToken cancel)
    {
        string notebooks = Path.Combine(pack, "notebooks");
        var clock = Stopwatch.StartNew();
        KernelSession kernel;
        try
        {
            kernel = await KernelSession.StartAsync(pack, notebooks, EngineStartTimeout, cancel);
        }
        catch (KernelStartException e)
        {
            say(new(Verdict.Failed, $"the engine, dotnet-interactive {manifest.EngineVersion}, did not start: {e.Message}"));
            return;
        }
        using (kernel)
        {
            say(new(Verdict.Ok, $"the engine, dotnet-interactive {manifest.EngineVersion}, started in {clock.Elapsed.TotalSeconds:0.0} s"));
            say(await FirstCellAsync(kernel, notebooks, cancel));
        }
    }

    // The first code cell of the first notebook: in the kit, the one that loads the library's build.
    static async Task<Finding> FirstCellAsync(KernelSession kernel, string notebooks, CancellationToken cancel)
    {
        string? path = Directory.GetFiles(notebooks, "*.ipynb").Order(StringComparer.Ordinal).FirstOrDefault();
        var (notebook, error) = path is null ? (null, $"no notebook in {notebooks}") : NotebookDocument.Load(path);
        if (notebook is null)
            return new(Verdict.Missing, $"a notebook to run a cell of: {error}");
        int index = notebook.Cells.ToList().FindIndex(NotebookDocument.IsCode);
        if (index < 0)
            return new(Verdict.Missing, $"a code cell in notebooks/{Path.GetFileName(path)}");

        JsonObject cell = notebook.Cells[index];
        string where = $"cell {index + 1} of notebooks/{Path.GetFileName(path)}";
        var outputs = new CellOutputs([], executionCount: 1);
        var clock = Stopwatch.StartNew();
        SubmissionResult result = await kernel.SubmitAsync("verify", NotebookDocument.SourceOf(cell), notebook.KernelNameOf(cell), CellTimeout, outputs.Add, cancel);
        return result.Outcome == SubmissionOutcome.Succeeded
            ? new(Verdict.Ok, $"{where} ran in {clock.Elapsed.TotalSeconds:0.0} s{Printed(outputs)}")
            : new(Verdict.Failed, $"{where} did not run: {FirstLine(result.Message ?? result.Outcome.ToString())}");
    }

    // What the cell printed, e.g. "NeuralScratch loaded from ../src/NeuralScratch.Plots/bin/Release/net10.0 (built ...)".
    static string Printed(CellOutputs outputs)
    {
        string printed = string.Concat(outputs.Outputs.Where(o => (string?)o!["output_type"] == "stream").Select(o => NotebookDocument.JoinText(o!["text"])));
        return printed.Trim().Length == 0 ? "" : $": {FirstLine(printed)}";
    }

    static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
