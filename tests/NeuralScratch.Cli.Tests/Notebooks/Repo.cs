namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>Paths in the repo, found from the test's own build folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "NeuralScratch.Cli.Tests", "Notebooks", "fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>Fixtures that tests copy and run one by one, kept out of the folder run as a whole.</summary>
    public static string AloneFixture(string name) => Path.Combine(Fixtures, "alone", name);

    public static string LoaderFolder => Path.Combine(Root, "notebooks", "_loader");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ".config", "dotnet-tools.json")))
                return dir.FullName;
        }
        throw new InvalidOperationException("no .config/dotnet-tools.json above " + AppContext.BaseDirectory);
    }
}

/// <summary>A folder under the system's temp folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("neuralscratch-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
