#nullable enable
// Loads the NeuralScratch library into this notebook's kernel.
// Every notebook's first code cell is:   #load "_loader/NeuralScratch.csx"
//
// What it does, in order:
//   1. finds the newest build of src/NeuralScratch.Plots (its bin folder also holds
//      NeuralScratch.dll, Plotly.NET and their dependencies);
//   2. stops with one clear line if there is no build, and warns if a source file
//      changed after the build;
//   3. lets Plotly.NET use the FSharp.Core this kernel already has (the kernel ships
//      FSharp.Core 10.0, Plotly.NET asks for 10.1, the two are compatible);
//   4. references every dll of the build, so later cells can say `using NeuralScratch;`;
//   5. runs charts.csx, which draws Plotly.NET charts with no internet connection;
//   6. when a cell uses a name that a cell above defines but that cell has not run in this
//      kernel (after a restart, or cells run out of order), says which cell to run.
// Paths are found from this file's own place in the repo, never from an absolute path.

using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

public static class NeuralScratchLoader
{
    const string BuildCommand = "dotnet build src/NeuralScratch.Plots -c Release";
    const string LoadedBuildKey = "NeuralScratch.LoadedBuild";
    // The kit's own projects in that build, the ones a learner may edit: each its folder under src/ and its dll.
    static readonly string[] Projects = ["NeuralScratch", "NeuralScratch.Fast", "NeuralScratch.Experiments", "NeuralScratch.Plots"];

    public static async Task LoadAsync(string loaderFolder)
    {
        var repoRoot = Path.GetFullPath(Path.Combine(loaderFolder, "..", ".."));
        var build = NewestBuild(repoRoot);
        if (build is null)
        {
            Stop($"NeuralScratch is not built: run `{BuildCommand}` from the repo root, then run this cell again.");
            return;
        }
        if (!File.Exists(Path.Combine(build, "Plotly.NET.dll")))
        {
            Stop($"NeuralScratch's build in {Relative(build)} lacks Plotly.NET.dll: run `{BuildCommand}` from the repo root, then run this cell again.");
            return;
        }
        if (WasRebuiltSinceLoaded(build))
        {
            Stop($"NeuralScratch was rebuilt after this kernel loaded it: restart the kernel, then run this cell again.");
            return;
        }

        WarnIfStale(repoRoot, build);
        UseTheKernelsFSharpCore();
        SayWhichCellToRun();
        ReferenceEveryDll(build);
        if (!await RunChartsSetupAsync(Path.Combine(loaderFolder, "charts.csx")))
            return;

        AppDomain.CurrentDomain.SetData(LoadedBuildKey, BuildStamp(build));
        Console.WriteLine($"NeuralScratch loaded from {Relative(build)} (built {BuildTime(build):yyyy-MM-dd HH:mm}); charts draw offline.");
    }

    // The folder of the newest src/NeuralScratch.Plots/bin/<configuration>/<framework>/ build.
    static string? NewestBuild(string repoRoot)
    {
        var bin = Path.Combine(repoRoot, "src", "NeuralScratch.Plots", "bin");
        if (!Directory.Exists(bin))
            return null;
        return Directory.EnumerateFiles(bin, "NeuralScratch.Plots.dll", SearchOption.AllDirectories)
            .Select(dll => Path.GetDirectoryName(dll)!)
            .Where(folder => Projects.All(project => File.Exists(Path.Combine(folder, project + ".dll"))))
            .OrderByDescending(BuildTime)
            .FirstOrDefault();
    }

    // When the newest of the kit's dlls was written.
    static DateTime BuildTime(string build) =>
        Projects.Select(project => File.GetLastWriteTime(Path.Combine(build, project + ".dll"))).Max();

    static string BuildStamp(string build) =>
        build + "|" + string.Join("|", Projects.Select(project => File.GetLastWriteTimeUtc(Path.Combine(build, project + ".dll")).Ticks));

    static bool WasRebuiltSinceLoaded(string build) =>
        AppDomain.CurrentDomain.GetData(LoadedBuildKey) is string loaded && loaded != BuildStamp(build);

    // A project's dll older than its newest .cs or .csproj file is stale.
    static void WarnIfStale(string repoRoot, string build)
    {
        var stale = Projects
            .Any(project => NewestSource(Path.Combine(repoRoot, "src", project)) > File.GetLastWriteTime(Path.Combine(build, project + ".dll")));
        if (stale)
            Console.Error.WriteLine($"Warning: NeuralScratch's sources changed after its last build: run `{BuildCommand}` from the repo root, then restart the kernel.");
    }

    static DateTime NewestSource(string projectFolder) =>
        Directory.EnumerateFiles(projectFolder, "*.*", SearchOption.AllDirectories)
            .Where(IsSource)
            .Select(File.GetLastWriteTime)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();

    static bool IsSource(string path)
    {
        var inBuildOutput = path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                         || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}");
        return !inBuildOutput && (path.EndsWith(".cs") || path.EndsWith(".csproj"));
    }

    // The kernel already runs FSharp.Core 10.0; Plotly.NET was built against 10.1 and would
    // otherwise fail to load it. Hand it the one that is loaded. Registered once per kernel.
    static void UseTheKernelsFSharpCore()
    {
        if (AppDomain.CurrentDomain.GetData("NeuralScratch.FSharpCoreResolver") is not null)
            return;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name == "FSharp.Core"
                ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
                : null;
        AppDomain.CurrentDomain.SetData("NeuralScratch.FSharpCoreResolver", true);
    }

    // C# reports a name no cell has defined yet as CS0103. When that name is defined by a code cell
    // above the failing one, in a notebook of this folder, the cell's output says which to run.
    static void SayWhichCellToRun()
    {
        if (AppDomain.CurrentDomain.GetData("NeuralScratch.WhichCellToRun") is not null)
            return;
        KernelInvocationContext.Current.HandlingKernel.AddMiddleware(async (command, context, next) =>
        {
            if (command is not SubmitCode submitted) // not a cell being run (the editor's own requests, say)
            {
                await next(command, context);
                return;
            }
            using var hints = context.KernelEvents.Subscribe(e =>
            {
                if (e is not DiagnosticsProduced produced)
                    return;
                var missing = produced.Diagnostics.Where(d => d.Code == "CS0103")
                    .Select(d => System.Text.RegularExpressions.Regex.Match(d.Message, "'([^']+)'").Groups[1].Value)
                    .Where(name => name.Length > 0).Distinct();
                foreach (var name in missing)
                    context.Display(CellDefining(name, submitted.Code)
                        ?? $"`{name}` is not defined in this kernel. If a cell above defines it, run the cells above this one (Run Above), then this cell again; if not, check its spelling.",
                        "text/plain");
            });
            await next(command, context);
        });
        AppDomain.CurrentDomain.SetData("NeuralScratch.WhichCellToRun", true);
    }

    // "`inputs` is defined by cell 36 of 01-....ipynb (`double[][] inputs = ...`): ...", or null.
    static string? CellDefining(string name, string code)
    {
        var declaration = new System.Text.RegularExpressions.Regex(
            $@"(^|[\s(,])(?!(return|new|await|else|in|is|as|throw|yield|case|goto|out|ref|using)\b)[\w<>\[\],.?]+\s+{System.Text.RegularExpressions.Regex.Escape(name)}\s*(=|\(|;|,)", System.Text.RegularExpressions.RegexOptions.Multiline);
        foreach (var notebook in Directory.GetFiles(Directory.GetCurrentDirectory(), "*.ipynb"))
        {
            string[] cells, kinds;
            try
            {
                var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(notebook)).RootElement.GetProperty("cells");
                kinds = json.EnumerateArray().Select(c => c.GetProperty("cell_type").GetString() ?? "").ToArray();
                cells = json.EnumerateArray().Select(c => c.GetProperty("source") is var s && s.ValueKind == System.Text.Json.JsonValueKind.Array
                    ? string.Concat(s.EnumerateArray().Select(line => line.GetString())) : s.GetString() ?? "").ToArray();
            }
            catch (Exception) { continue; } // not a notebook this can read: look no further in it
            int failing = Array.FindIndex(cells, c => Same(c, code));
            if (failing < 0)
                continue;
            for (int i = failing - 1; i >= 0; i--)
                if (kinds[i] == "code" && declaration.IsMatch(cells[i]))
                    return $"`{name}` is defined by cell {i + 1} of {Path.GetFileName(notebook)} (the code cell that starts `{FirstLine(cells[i])}`), " +
                           "which has not run in this kernel, or failed: run the cells above this one (Run Above), then this cell again.";
        }
        return null;
    }

    static bool Same(string a, string b) => a.ReplaceLineEndings("\n").Trim() == b.ReplaceLineEndings("\n").Trim();

    static string FirstLine(string cell) => cell.ReplaceLineEndings("\n").Trim().Split('\n')[0];

    // Same effect as one `#r "path"` per dll, but decided at run time, after the checks above.
    static void ReferenceEveryDll(string build)
    {
        var csharp = (CSharpKernel)KernelInvocationContext.Current.HandlingKernel;
        csharp.AddAssemblyReferences(Directory.GetFiles(build, "*.dll"));
    }

    // charts.csx uses Plotly.NET types, which this file cannot: they are referenced only now.
    // So it is compiled as a submission of its own, after the references above.
    static async Task<bool> RunChartsSetupAsync(string chartsFile)
    {
        var kernel = KernelInvocationContext.Current.HandlingKernel;
        var result = await kernel.SendAsync(new SubmitCode($"#load \"{chartsFile}\"", kernel.Name));
        var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failure is not null)
            Stop($"NeuralScratch's chart set-up failed: {failure.Message}");
        return failure is null;
    }

    static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    // Fails the cell with just this message (no stack trace).
    static void Stop(string message)
    {
        var context = KernelInvocationContext.Current;
        context.Fail(context.Command, null, message);
    }
}

static string NeuralScratchLoaderFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

await NeuralScratchLoader.LoadAsync(NeuralScratchLoaderFolder());
