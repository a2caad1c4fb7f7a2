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
//   5. runs charts.csx, which draws Plotly.NET charts with no internet connection.
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
            .Where(folder => File.Exists(Path.Combine(folder, "NeuralScratch.dll")))
            .OrderByDescending(BuildTime)
            .FirstOrDefault();
    }

    // When the newer of the two library dlls was written.
    static DateTime BuildTime(string build) =>
        new[] { "NeuralScratch.dll", "NeuralScratch.Plots.dll" }
            .Select(name => File.GetLastWriteTime(Path.Combine(build, name)))
            .Max();

    static string BuildStamp(string build) =>
        build + "|" + string.Join("|", new[] { "NeuralScratch.dll", "NeuralScratch.Plots.dll" }
            .Select(name => File.GetLastWriteTimeUtc(Path.Combine(build, name)).Ticks));

    static bool WasRebuiltSinceLoaded(string build) =>
        AppDomain.CurrentDomain.GetData(LoadedBuildKey) is string loaded && loaded != BuildStamp(build);

    // A project's dll older than its newest .cs or .csproj file is stale.
    static void WarnIfStale(string repoRoot, string build)
    {
        var stale = new[] { "NeuralScratch", "NeuralScratch.Plots" }
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
