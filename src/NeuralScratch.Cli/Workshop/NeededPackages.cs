using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Workshop;

/// <summary>A package the kit needs, and its .nupkg in the NuGet cache a restore put it in.</summary>
internal sealed record NeededPackage(string Id, string Version, string CachedFile)
{
    /// <summary>The name NuGet gives the file, in a feed folder as in its cache: lower case.</summary>
    public string FileName => $"{Id}.{Version}.nupkg".ToLowerInvariant();
}

/// <summary>
/// Which packages a restore of the kit used: the ones NuGet wrote into each project's
/// obj/project.assets.json (every package of the build, dependencies included, whatever else the
/// cache holds), and the tools pinned in .config/dotnet-tools.json (a tool package has no dependencies).
/// </summary>
internal static class NeededPackages
{
    public static IReadOnlyList<NeededPackage> After(string restoredKit)
    {
        var packages = new List<NeededPackage>();
        string? cache = null;
        foreach (string assets in Directory.EnumerateFiles(Path.Combine(restoredKit, "src"), "project.assets.json", SearchOption.AllDirectories))
        {
            JsonNode json = JsonNode.Parse(File.ReadAllText(assets))!;
            cache = (string)json["project"]!["restore"]!["packagesPath"]!;
            foreach (var (key, library) in json["libraries"]!.AsObject())
                if ((string?)library!["type"] == "package")
                    packages.Add(InCache(cache, key.Split('/')[0], key.Split('/')[1]));
        }
        if (cache is null)
            throw new InvalidOperationException($"the restore of {restoredKit} wrote no project.assets.json; expected one per project under src/");
        foreach (var (id, version) in PinnedTools(restoredKit))
            packages.Add(InCache(cache, id, version));
        return packages.DistinctBy(p => p.FileName).OrderBy(p => p.FileName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The tools of .config/dotnet-tools.json and their versions: the kit pins one, dotnet-interactive.</summary>
    public static IEnumerable<(string Id, string Version)> PinnedTools(string kit)
    {
        JsonNode manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(kit, ".config", "dotnet-tools.json")))!;
        foreach (var (id, tool) in manifest["tools"]!.AsObject())
            yield return (id, (string)tool!["version"]!);
    }

    static NeededPackage InCache(string cache, string id, string version)
    {
        string folder = Path.Combine(cache, id.ToLowerInvariant(), version.ToLowerInvariant());
        return new NeededPackage(id, version, Path.Combine(folder, $"{id}.{version}.nupkg".ToLowerInvariant()));
    }
}
