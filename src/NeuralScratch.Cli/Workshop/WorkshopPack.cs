using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Notebooks;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Workshop;

/// <summary>
/// Makes a workshop pack: the kit's tracked files, a NuGet feed (packages/) with every package that
/// building the kit and running its notebooks needs, a NuGet.config that uses only that feed, VS Code's
/// setting for the pinned engine, workshop-pack.json and WORKSHOP.md. It is made in a temporary folder
/// beside the target and renamed into place at the end, so a refusal or Ctrl+C leaves nothing behind.
/// </summary>
internal static partial class WorkshopPack
{
    const string Project = "src/NeuralScratch.Cli"; // the command line; its restore covers every library project of the kit

    /// <summary>Makes the pack at <paramref name="target"/> (a folder, or a .zip file when <paramref name="zip"/>) from the kit at <paramref name="kit"/>.</summary>
    public static PackManifest Make(string kit, string target, bool zip, Invocation io)
    {
        string name = zip ? Path.GetFileNameWithoutExtension(target) : Path.GetFileName(target);
        string staging = Path.Combine(Path.GetDirectoryName(target)!, $".{name}.{Guid.NewGuid():N}.tmp");
        string pack = Path.Combine(staging, name); // the folder a teacher sees, also the zip's one top folder
        try
        {
            Directory.CreateDirectory(pack);
            PackManifest manifest = Fill(kit, pack, io);
            io.Cancel.ThrowIfCancellationRequested(); // the last moment to stop: after it the pack is put in place whole
            if (zip)
            {
                io.Out.WriteLine("zipping ...");
                string zipFile = Path.Combine(staging, name + ".zip");
                ZipFile.CreateFromDirectory(pack, zipFile, CompressionLevel.Optimal, includeBaseDirectory: true);
                File.Move(zipFile, target);
            }
            else
            {
                Directory.Move(pack, target);
            }
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    static PackManifest Fill(string kit, string pack, Invocation io)
    {
        string[] files = TrackedFiles(kit, io.Cancel);
        foreach (string file in files)
        {
            io.Cancel.ThrowIfCancellationRequested();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(pack, file))!);
            File.Copy(Path.Combine(kit, file), Path.Combine(pack, file));
        }
        long kitBytes = files.Sum(file => new FileInfo(Path.Combine(pack, file)).Length);
        io.Out.WriteLine($"copied the kit: {files.Length} files git tracks, {Megabytes(kitBytes)}");
        if (UntrackedFiles(kit, io.Cancel) is [string first, ..] untracked)
            io.Out.WriteLine($"left out {untracked.Length} file(s) git does not track, e.g. {first}: `git add` a notebook of your own to take it along");

        // Restored in the copy with this machine's NuGet settings: its cache first, its sources for what the cache lacks.
        io.Out.WriteLine("restoring the kit's packages and the engine (this machine's NuGet cache first) ...");
        Restore(pack, io.Cancel, "restore", Project, "--disable-build-servers");
        Restore(pack, io.Cancel, "tool", "restore");
        IReadOnlyList<NeededPackage> needed = NeededPackages.After(pack);
        foreach (string obj in Directory.GetDirectories(Path.Combine(pack, "src"), "obj", SearchOption.AllDirectories))
            Directory.Delete(obj, recursive: true); // the restore's own files: the pack holds no build output
        IReadOnlyList<PackedPackage> packages = CopyFeed(needed, Path.Combine(pack, "packages"));
        io.Out.WriteLine($"gathered the feed: {packages.Count} packages, {Megabytes(packages.Sum(p => p.Bytes))}");

        string engine = NeededPackages.PinnedTools(pack).Single(t => t.Id.Equals("microsoft.dotnet-interactive", StringComparison.OrdinalIgnoreCase)).Version;
        var manifest = new PackManifest(DateTimeOffset.UtcNow, SdkVersion(pack, io.Cancel), RuntimeInformation.RuntimeIdentifier,
            KitCommit(kit, io.Cancel), files.Length, kitBytes, engine, packages);
        File.WriteAllText(Path.Combine(pack, "NuGet.config"), NuGetConfig);
        Directory.CreateDirectory(Path.Combine(pack, ".vscode"));
        File.WriteAllText(Path.Combine(pack, ".vscode", "settings.json"), VsCodeSettings(engine));
        manifest.Write(pack);
        File.WriteAllText(Path.Combine(pack, "WORKSHOP.md"), WorkshopGuide.Text(manifest, GlobalJson.SdkWanted(pack)));
        return manifest;
    }

    // The files git tracks (the kit as a clone has it, local edits included): no build output, no executed notebooks, nothing ignored.
    static string[] TrackedFiles(string kit, CancellationToken cancel)
    {
        ChildProcess git = ChildProcess.Run("git", kit, cancel, "ls-files", "-z");
        if (git.ExitCode != 0)
            throw new InvalidOperationException($"'{kit}' is not a git clone of the kit ({FirstLine(git.Errors)}); expected a clone: the pack takes the files git tracks");
        return git.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(file => File.Exists(Path.Combine(kit, file))) // a tracked file deleted here is left out, as in the working tree
            .ToArray();
    }

    // Files a teacher made here that git neither tracks nor ignores (a notebook of their own, weights.json, heatmaps/).
    static string[] UntrackedFiles(string kit, CancellationToken cancel) =>
        ChildProcess.Run("git", kit, cancel, "ls-files", "--others", "--exclude-standard", "-z").Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    static void Restore(string pack, CancellationToken cancel, params string[] arguments)
    {
        ChildProcess dotnet = ChildProcess.Run("dotnet", pack, cancel, arguments);
        if (dotnet.ExitCode == 0) return;
        throw new InvalidOperationException($"`dotnet {string.Join(' ', arguments)}` failed: {NuGetError(dotnet.Output + dotnet.Errors)}; "
            + "expected every package the kit needs in this machine's NuGet cache or on a source it can reach: connect to the package registry and run the pack again");
    }

    /// <summary>The first error NuGet gave (e.g. "NU1101: Unable to find package Spectre.Console. ..."), without the project it names.</summary>
    internal static string NuGetError(string output)
    {
        Match error = NuGetErrorLine().Match(output);
        if (error.Success) return error.Groups[1].Value.Trim();
        string? last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return last ?? "it printed nothing";
    }

    [GeneratedRegex(@"error (NU\d+: [^\r\n]*?)(?: \[[^\]\r\n]*\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex NuGetErrorLine();

    static IReadOnlyList<PackedPackage> CopyFeed(IReadOnlyList<NeededPackage> needed, string feed)
    {
        Directory.CreateDirectory(feed);
        var packed = new List<PackedPackage>();
        foreach (NeededPackage package in needed)
        {
            if (!File.Exists(package.CachedFile))
                throw new InvalidOperationException($"package {package.Id} {package.Version} was restored but {package.CachedFile} is missing; "
                    + "expected NuGet's cache to keep each package's .nupkg: clear it (`dotnet nuget locals global-packages --clear`) and run the pack again");
            string copy = Path.Combine(feed, package.FileName); // one flat folder: NuGet reads it as a feed, on every system
            File.Copy(package.CachedFile, copy);
            packed.Add(new PackedPackage(package.Id, package.Version, $"packages/{package.FileName}", new FileInfo(copy).Length, Sha512(copy)));
        }
        return packed;
    }

    internal static string Sha512(string file)
    {
        using FileStream stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA512.HashData(stream));
    }

    static string SdkVersion(string pack, CancellationToken cancel) => ChildProcess.Run("dotnet", pack, cancel, "--version").Output.Trim();

    static string KitCommit(string kit, CancellationToken cancel)
    {
        string commit = ChildProcess.Run("git", kit, cancel, "rev-parse", "--short", "HEAD").Output.Trim();
        bool edited = ChildProcess.Run("git", kit, cancel, "status", "--porcelain", "--untracked-files=no").Output.Trim().Length > 0;
        return edited ? $"{commit} with local changes" : commit;
    }

    // Only the pack's feed: nothing is looked for on a network (a relative value is relative to this file).
    const string NuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="workshop" value="packages" />
          </packageSources>
        </configuration>

        """;

    // VS Code's Polyglot Notebooks installs its own copy of the engine: asked for the pinned version, it finds it in the
    // NuGet cache. It starts the engine in the environment these settings give it, the one `run` and `verify` give theirs.
    static string VsCodeSettings(string engine) => new JsonObject
    {
        ["dotnet-interactive.requiredInteractiveToolVersion"] = engine,
        ["polyglot-notebook.kernelEnvironmentVariables"] = EngineEnvironment.AsJson(),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    internal static string Megabytes(long bytes) => $"{bytes / 1e6:0.0} MB";

    static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
