namespace NeuralScratch.Cli.Notebooks;

/// <summary>Finds the repo whose .config/dotnet-tools.json pins the dotnet-interactive tool.</summary>
internal static class ToolLocator
{
    /// <summary>
    /// Looks above the notebook's folder first, then above the current folder, then above this
    /// program, so notebooks copied outside the repo still run with the repo's pinned tool.
    /// </summary>
    public static string? FindToolRoot(string notebookFolder) =>
        new[] { notebookFolder, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(FindAbove)
            .FirstOrDefault(root => root is not null);

    static string? FindAbove(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var manifest = Path.Combine(dir.FullName, ".config", "dotnet-tools.json");
            if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("dotnet-interactive", StringComparison.OrdinalIgnoreCase))
                return dir.FullName;
        }
        return null;
    }
}
