namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// The loader (notebooks/_loader/NeuralScratch.csx) in a repo-shaped temp folder, run in the
/// real tool: notebooks/ with the loader, and src/NeuralScratch.Plots/ built or not.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class LoaderTests : IDisposable
{
    readonly TempFolder repo = new();

    public LoaderTests()
    {
        var loader = Path.Combine(repo.Path, "notebooks", "_loader");
        Directory.CreateDirectory(loader);
        foreach (var file in Directory.GetFiles(Repo.LoaderFolder, "*.csx"))
            File.Copy(file, Path.Combine(loader, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(repo.Path, "src", "NeuralScratch.Plots"));
        Directory.CreateDirectory(Path.Combine(repo.Path, "src", "NeuralScratch"));
        File.Copy(Repo.AloneFixture("uses-the-library.ipynb"), Path.Combine(repo.Path, "notebooks", "uses-the-library.ipynb"));
    }

    string Notebook => Path.Combine(repo.Path, "notebooks", "uses-the-library.ipynb");

    [Fact]
    public void Without_a_build_the_first_cell_fails_with_one_line_saying_what_to_build()
    {
        var run = Cli.Run("run", Notebook, "--out", Path.Combine(repo.Path, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "cell 2 of 3 (code cell 1 of 2) failed: NeuralScratch is not built: run `dotnet build src/NeuralScratch.Plots -c Release` from the repo root, then run this cell again.",
            run.Error);
    }

    [Fact]
    public void A_build_older_than_a_source_file_loads_with_a_warning_to_rebuild()
    {
        CopyTheRealBuild();
        File.WriteAllText(Path.Combine(repo.Path, "src", "NeuralScratch", "Changed.cs"), "// edited after the build\n");

        var run = Cli.Run("run", Notebook, "--out", Path.Combine(repo.Path, "out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var cells = NotebookRunTests.CodeCells(FixtureJson(Path.Combine(repo.Path, "out", "uses-the-library.ipynb")));
        var loaderText = string.Concat(cells[0]["outputs"]!.AsArray().Select(o => NotebookRunTests.Text(o!)));
        Assert.Contains("Warning: NeuralScratch's sources changed after its last build", loaderText);
        Assert.Contains("NeuralScratch loaded from ../src/NeuralScratch.Plots/bin/Release/net10.0", loaderText);
    }

    // The newest build of the real library (Debug when the tests were built with it), as Release.
    void CopyTheRealBuild()
    {
        var built = Directory.GetFiles(Path.Combine(Repo.Root, "src", "NeuralScratch.Plots", "bin"), "NeuralScratch.Plots.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .Select(Path.GetDirectoryName)
            .First()!;
        var target = Path.Combine(repo.Path, "src", "NeuralScratch.Plots", "bin", "Release", "net10.0");
        Directory.CreateDirectory(target);
        var past = DateTime.Now.AddHours(-1);
        foreach (var dll in Directory.GetFiles(built, "*.dll"))
        {
            var copy = Path.Combine(target, Path.GetFileName(dll));
            File.Copy(dll, copy);
            File.SetLastWriteTime(copy, past);
        }
    }

    static System.Text.Json.Nodes.JsonObject FixtureJson(string path) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    public void Dispose() => repo.Dispose();
}
