using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// A learner runs a cell of notebook 01 before the cell above that defines what it uses (after a
/// kernel restart, say): in the real engine, the failing cell's output names the cell to run.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class WhichCellToRunTests
{
    const string Walkthrough = "01-neural-network-from-scratch.ipynb";

    static string NotebooksFolder => Path.Combine(Repo.Root, "notebooks");

    [Fact]
    public async Task A_cell_using_a_name_from_a_cell_that_has_not_run_says_which_cell_defines_it()
    {
        string[] cells = ExecutedNotebook.Read(Path.Combine(NotebooksFolder, Walkthrough)).Sources;
        string inputsCell = cells.Single(c => c.StartsWith("double[][] inputs = [zero"));
        int zeroCell = Array.FindIndex(cells, c => c.StartsWith("double[] zero =")) + 1;

        var (failure, shown) = await RunAfterTheLoader(inputsCell);

        Assert.Contains("error CS0103: The name 'zero' does not exist in the current context", failure);
        Assert.Contains($"`zero` is defined by cell {zeroCell} of {Walkthrough} (the code cell that starts `double[] zero = [1, 1, 1, 1, 1,`), " +
                        "which has not run in this kernel, or failed: run the cells above this one (Run Above), then this cell again.", shown);
    }

    [Fact]
    public async Task A_name_no_cell_above_defines_gets_a_hint_to_check_its_spelling()
    {
        var (failure, shown) = await RunAfterTheLoader("int total = countOfThings + 1;");

        Assert.Contains("CS0103", failure);
        Assert.Contains("`countOfThings` is not defined in this kernel. If a cell above defines it, run the cells above this one (Run Above), then this cell again; if not, check its spelling.", shown);
    }

    // Loads the library in a fresh engine in notebooks/, then runs the code: its failure and what it displayed.
    static async Task<(string Failure, string Shown)> RunAfterTheLoader(string code)
    {
        string toolRoot = ToolLocator.FindToolRoot(NotebooksFolder)!;
        TimeSpan timeout = TimeSpan.FromMinutes(3);
        using KernelSession kernel = await KernelSession.StartAsync(toolRoot, NotebooksFolder, timeout, CancellationToken.None);
        SubmissionResult loaded = await kernel.SubmitAsync("load", "#load \"_loader/NeuralScratch.csx\"", "csharp", timeout, _ => { }, CancellationToken.None);
        Assert.Equal(SubmissionOutcome.Succeeded, loaded.Outcome);

        var shown = new List<string>();
        SubmissionResult result = await kernel.SubmitAsync("cell", code, "csharp", timeout, e =>
        {
            if (e.Type == "DisplayedValueProduced")
                shown.Add(e.Body["formattedValues"]!.AsArray().Select(v => (string?)v!["value"]).FirstOrDefault() ?? "");
        }, CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Failed, result.Outcome);
        return (result.Message!, string.Join("\n", shown));
    }
}
