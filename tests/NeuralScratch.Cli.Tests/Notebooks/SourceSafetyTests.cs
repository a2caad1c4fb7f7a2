using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>A source notebook is overwritten only when --in-place says so.</summary>
[Collection(EngineCollection.Name)]
public sealed class SourceSafetyTests : IDisposable
{
    readonly TempFolder folder = new();
    readonly string notebook;

    public SourceSafetyTests()
    {
        notebook = folder.File("good.ipynb");
        File.Copy(Repo.Fixture("good.ipynb"), notebook);
    }

    [Fact]
    public void Without_out_the_executed_copy_goes_to_executed_and_the_source_is_untouched()
    {
        var before = File.ReadAllBytes(notebook);

        var run = Cli.Run("run", notebook);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(before, File.ReadAllBytes(notebook));
        string executedPath = Path.Combine(folder.Path, "executed", "good.ipynb");
        Assert.Empty(Nbformat.Problems(executedPath));
        var executed = JsonNode.Parse(File.ReadAllText(executedPath))!.AsObject();
        Assert.NotEmpty(NotebookRunTests.CodeCells(executed)[0]["outputs"]!.AsArray());
    }

    [Fact]
    public void With_in_place_the_source_gets_the_outputs_and_nothing_else_is_written()
    {
        var run = Cli.Run("run", notebook, "--in-place");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(Nbformat.Problems(notebook));
        var executed = JsonNode.Parse(File.ReadAllText(notebook))!.AsObject();
        Assert.Equal(1, (int?)NotebookRunTests.CodeCells(executed)[0]["execution_count"]);
        Assert.Equal(["good.ipynb"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_out_folder_that_is_the_notebooks_own_folder_is_refused()
    {
        var before = File.ReadAllBytes(notebook);

        var run = Cli.Run("run", notebook, "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would be overwritten", run.Error);
        Assert.Equal(before, File.ReadAllBytes(notebook));
    }

    public void Dispose() => folder.Dispose();
}
