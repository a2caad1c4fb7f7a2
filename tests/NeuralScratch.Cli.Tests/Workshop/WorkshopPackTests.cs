using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using NeuralScratch.Cli.Tests.Notebooks;
using NeuralScratch.Cli.Workshop;

namespace NeuralScratch.Cli.Tests.Workshop;

/// <summary>What `neuralscratch workshop pack` makes, and what `workshop verify` says of a pack with a package removed.</summary>
[Collection(WorkshopCollection.Name)]
public sealed class WorkshopPackTests(WorkshopPacks packs)
{
    // What the pack adds to the kit's own files.
    static readonly string[] Added = ["NuGet.config", "WORKSHOP.md", "workshop-pack.json", ".vscode/settings.json"];

    [Fact]
    public void Pack_says_where_it_wrote_and_leaves_nothing_else_beside_it()
    {
        Assert.True(packs.FolderRun.ExitCode == 0, packs.FolderRun.ToString());
        Assert.True(packs.ZipRun.ExitCode == 0, packs.ZipRun.ToString());
        Assert.Contains($"wrote {packs.Folder}: ", packs.FolderRun.Out);
        Assert.Contains($"wrote {packs.Zip}: ", packs.ZipRun.Out);
        Assert.Equal(["pack", "zipped"], Directory.GetFileSystemEntries(packs.Parent).Select(Path.GetFileName).Order());
        Assert.Equal(["pack.zip"], Directory.GetFileSystemEntries(packs.ZipParent).Select(Path.GetFileName));
    }

    [Fact]
    public void The_pack_holds_the_files_git_tracks_as_they_are_and_no_build_output()
    {
        string[] tracked = TrackedFiles();
        foreach (string file in tracked)
            Assert.True(File.ReadAllBytes(Path.Combine(Repo.Root, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(packs.Folder, file))), file);

        string[] feed = packs.Manifest.Packages.Select(p => p.File).ToArray();
        Assert.Equal(tracked.Concat(Added).Concat(feed).Order(StringComparer.Ordinal), FilesIn(packs.Folder));
        Assert.DoesNotContain(FilesIn(packs.Folder), file => file.Split('/').Any(part => part is "bin" or "obj" or "executed"));
    }

    [Fact]
    public void The_feed_holds_exactly_the_packages_a_restore_of_the_kit_uses_and_the_pinned_engine()
    {
        JsonNode assets = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "src", "NeuralScratch.Cli", "obj", "project.assets.json")))!;
        var expected = assets["libraries"]!.AsObject().Where(l => (string?)l.Value!["type"] == "package").Select(l => l.Key.Replace('/', '.'))
            .Concat(PinnedTools().Select(t => $"{t.Id}.{t.Version}"))
            .Select(name => $"packages/{name.ToLowerInvariant()}.nupkg");
        Assert.Equal(expected.Order(StringComparer.Ordinal), FilesIn(Path.Combine(packs.Folder, "packages")).Select(f => $"packages/{f}"));

        foreach (PackedPackage package in packs.Manifest.Packages)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(packs.Folder, package.File));
            Assert.Equal((bytes.LongLength, Convert.ToHexStringLower(SHA512.HashData(bytes))), (package.Bytes, package.Sha512));
        }
    }

    [Fact]
    public void NuGet_config_takes_packages_from_the_feed_and_nowhere_else()
    {
        XElement sources = XDocument.Load(Path.Combine(packs.Folder, "NuGet.config")).Root!.Element("packageSources")!;
        Assert.Equal(["clear", "add"], sources.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("packages", (string?)sources.Element("add")!.Attribute("value"));
    }

    [Fact]
    public void WORKSHOP_md_says_what_the_pack_holds_what_a_laptop_needs_and_what_to_run()
    {
        string guide = File.ReadAllText(Path.Combine(packs.Folder, "WORKSHOP.md"));
        PackManifest pack = packs.Manifest;
        Assert.Equal(DotnetVersion(), pack.Sdk);
        Assert.Contains($"with the .NET SDK {pack.Sdk} on ", guide);
        Assert.Contains($"the kit ({pack.KitFiles} files, {WorkshopPack.Megabytes(pack.KitBytes)})", guide);
        Assert.Contains($"{pack.Packages.Count} packages ({WorkshopPack.Megabytes(pack.PackagesBytes)})", guide);
        foreach (PackedPackage package in pack.Packages)
            Assert.Contains($"| {package.Id} | {package.Version} | {package.Bytes / 1e3:0} kB |", guide);

        Assert.Contains($"**The .NET 10 SDK**, {GlobalJsonVersion()} or a later", guide);
        foreach (string command in new[] { "dotnet tool restore", "dotnet build src/NeuralScratch.Cli -c Release", "-- workshop verify .", "-- run notebooks" })
            Assert.Contains(command, guide);

        string engine = PinnedTools().Single(t => t.Id == "microsoft.dotnet-interactive").Version;
        Assert.Equal(engine, pack.EngineVersion);
        JsonNode settings = JsonNode.Parse(File.ReadAllText(Path.Combine(packs.Folder, ".vscode", "settings.json")))!;
        Assert.Equal(engine, (string?)settings["dotnet-interactive.requiredInteractiveToolVersion"]);
        Assert.Equal("1", (string?)settings["polyglot-notebook.kernelEnvironmentVariables"]!["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"]);
        Assert.Equal("0", (string?)settings["polyglot-notebook.kernelEnvironmentVariables"]!["DOTNET_gcServer"]);
    }

    /// <summary>WORKSHOP.md says one feed serves every system the kit supports: checked on the packages themselves.</summary>
    [Fact]
    public void Every_system_gets_the_same_packages()
    {
        // NuGet resolved the kit for its framework alone: no runtime identifier, so no system-specific package.
        JsonNode assets = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "src", "NeuralScratch.Cli", "obj", "project.assets.json")))!;
        Assert.Equal(["net10.0"], assets["targets"]!.AsObject().Select(t => t.Key));

        // The engine is one package that runs on the laptop's .NET and carries each system's native libraries.
        PackedPackage engine = packs.Manifest.Packages.Single(p => p.Id == "microsoft.dotnet-interactive");
        using ZipArchive nupkg = ZipFile.OpenRead(Path.Combine(packs.Folder, engine.File));
        string settings = new StreamReader(nupkg.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open()).ReadToEnd();
        Assert.Contains("Runner=\"dotnet\"", settings);
        Assert.DoesNotContain("RuntimeIdentifierPackages", settings);
        Assert.All(nupkg.Entries.Where(e => e.FullName.StartsWith("tools/")), e => Assert.StartsWith("tools/net10.0/any/", e.FullName));
        foreach (string system in new[] { "win-x64", "win-arm64", "osx-arm64", "osx-x64", "linux-x64", "linux-arm64" })
            Assert.Contains(nupkg.Entries, e => e.FullName.StartsWith($"tools/net10.0/any/runtimes/{system}/"));
    }

    [Fact]
    public void The_zip_holds_the_same_pack_under_one_folder_named_like_it()
    {
        using ZipArchive zip = ZipFile.OpenRead(packs.Zip);
        string[] files = zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(FilesIn(packs.Folder).Select(f => $"pack/{f}"), files);
    }

    [Fact]
    public void Verify_names_a_package_removed_and_one_changed_and_exits_1()
    {
        using var copy = new TempFolder();
        CopyFolder(packs.Folder, copy.Path);
        PackedPackage removed = packs.Manifest.Packages.Single(p => p.Id == "Spectre.Console");
        PackedPackage changed = packs.Manifest.Packages.Single(p => p.Id == "System.CommandLine");
        File.Delete(Path.Combine(copy.Path, removed.File));
        File.AppendAllText(Path.Combine(copy.Path, changed.File), " ");

        Cli verify = Cli.Run("workshop", "verify", copy.Path);

        Assert.True(verify.ExitCode == 1, verify.ToString());
        string[] lines = verify.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"missing: package {removed.Id} {removed.Version}: {removed.File} is not in the pack; copy the pack again", lines);
        Assert.Contains($"failed: package {changed.Id} {changed.Version}: {changed.File} is not the file packed (its SHA-512 differs); copy the pack again", lines);
        Assert.Equal($"not ready: {lines.Count(l => l.StartsWith("missing: ") || l.StartsWith("failed: "))} problem(s) above", lines[^1]);
        Assert.Equal("", verify.Error);
    }

    [Fact]
    public void Verify_says_when_no_installed_SDK_is_one_global_json_accepts()
    {
        using var copy = new TempFolder();
        CopyFolder(packs.Folder, copy.Path);
        string globalJson = Path.Combine(copy.Path, "global.json");
        File.WriteAllText(globalJson, File.ReadAllText(globalJson).Replace(GlobalJsonVersion(), "99.0.100")); // no SDK has that yet

        Cli verify = Cli.Run("workshop", "verify", copy.Path);

        Assert.True(verify.ExitCode == 1, verify.ToString());
        Assert.Contains("missing: a .NET SDK that global.json accepts: install the .NET SDK 99.0.100 or a later 99.0.1xx", verify.Out.Split('\n').Select(l => l.Trim()));
    }

    static string GlobalJsonVersion() => (string)JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "global.json")))!["sdk"]!["version"]!;

    static string[] TrackedFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", ["ls-files", "-z"]) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true })!;
        string output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(Repo.Root, f))).ToArray();
    }

    static IEnumerable<(string Id, string Version)> PinnedTools() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".config", "dotnet-tools.json")))!["tools"]!.AsObject()
            .Select(t => (t.Key, (string)t.Value!["version"]!));

    static string DotnetVersion()
    {
        var dotnet = Process.Start(new ProcessStartInfo("dotnet", ["--version"]) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true })!;
        string version = dotnet.StandardOutput.ReadToEnd().Trim();
        dotnet.WaitForExit();
        return version;
    }

    /// <summary>Every file under a folder, relative to it with '/', in ordinal order.</summary>
    internal static string[] FilesIn(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    internal static void CopyFolder(string from, string to)
    {
        foreach (string file in FilesIn(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, file))!);
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
        }
    }
}
