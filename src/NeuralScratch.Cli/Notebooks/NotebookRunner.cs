using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>Runs one notebook, top to bottom, in a kernel of its own, and saves the executed copy.</summary>
internal sealed class NotebookRunner(TimeSpan cellTimeout, Progress progress)
{
    static readonly TimeSpan KernelStartTimeout = TimeSpan.FromMinutes(3);

    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was triggered; nothing was written.</exception>
    public async Task<NotebookResult> RunAsync(NotebookDocument notebook, string name, string toolRoot, string outputPath, CancellationToken cancel)
    {
        var codeCells = CodeCells(notebook);
        progress.Start(Path.GetFileName(name), codeCells.Count, "code cells"); // a short name leaves the bar room on the line
        progress.Line($"{name}: starting the kernel ({codeCells.Count} code cells)");
        var clock = Stopwatch.StartNew();
        KernelSession kernel;
        try
        {
            var notebookFolder = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
            kernel = await KernelSession.StartAsync(toolRoot, notebookFolder, KernelStartTimeout, cancel);
        }
        catch (KernelStartException e)
        {
            return new NotebookResult(name, $"{name}: {e.Message}", clock.Elapsed, TimeSpan.Zero);
        }

        var kernelStart = clock.Elapsed;
        progress.Line($"{name}: kernel ready in {Seconds(kernelStart)}");
        clock.Restart();
        string? failure;
        using (kernel)
            failure = await RunCellsAsync(kernel, notebook, codeCells, name, cancel);
        var cellsTime = clock.Elapsed;

        notebook.SaveAs(outputPath);
        progress.Line($"{name}: {(failure is null ? "ok" : "FAILED")}; kernel start {Seconds(kernelStart)}, cells {Seconds(cellsTime)} -> {outputPath}");
        return new NotebookResult(name, failure, kernelStart, cellsTime);
    }

    static List<(JsonObject Cell, CellPosition Position)> CodeCells(NotebookDocument notebook)
    {
        var code = notebook.Cells.Select((cell, i) => (cell, i)).Where(c => NotebookDocument.IsCode(c.cell)).ToList();
        return code
            .Select((c, k) => (c.cell, new CellPosition(c.i + 1, notebook.Cells.Count, k + 1, code.Count)))
            .ToList();
    }

    // Returns null when every cell ran, else the one-line failure. Cells after a failure keep no outputs.
    async Task<string?> RunCellsAsync(KernelSession kernel, NotebookDocument notebook, List<(JsonObject Cell, CellPosition Position)> codeCells, string name, CancellationToken cancel)
    {
        foreach (var (cell, _) in codeCells)
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }

        var displaysById = new Dictionary<string, JsonObject>();
        var executionCount = 0;
        foreach (var (cell, position) in codeCells)
        {
            var code = NotebookDocument.SourceOf(cell);
            if (string.IsNullOrWhiteSpace(code))
                continue;
            var outputs = new CellOutputs(displaysById, ++executionCount);
            cell["execution_count"] = executionCount;
            cell["outputs"] = outputs.Outputs;
            progress.Report(position.CodeCell - 1, () => $"running cell {position.Cell} of {position.CellCount}");
            var failure = await RunCellAsync(kernel, notebook.KernelNameOf(cell), code, outputs, name, position, cancel);
            if (failure is not null)
                return failure;
        }
        return null;
    }

    async Task<string?> RunCellAsync(KernelSession kernel, string kernelName, string code, CellOutputs outputs, string name, CellPosition position, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var result = await kernel.SubmitAsync($"cell-{position.Cell}", code, kernelName, cellTimeout, outputs.Add, cancel);
        cancel.ThrowIfCancellationRequested(); // Ctrl+C reaches the kernel too, which may end first
        progress.Line($"{name}: {position} ran in {Seconds(clock.Elapsed)}");

        var failure = result.Outcome switch
        {
            SubmissionOutcome.Succeeded => null,
            SubmissionOutcome.Failed => result.Message!,
            SubmissionOutcome.TimedOut => $"timed out after {cellTimeout.TotalSeconds:0} s (allow more with --timeout SECONDS)",
            _ => $"the kernel stopped while running it: {LastLine(result.Message) ?? "no message"}",
        };
        if (failure is null)
            return null;
        outputs.AddError(failure);
        var verb = result.Outcome == SubmissionOutcome.TimedOut ? "" : "failed: ";
        return $"{name}: {position} {verb}{FirstLine(failure)}";
    }

    static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.00} s";

    static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');

    static string? LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
}

/// <summary>How one notebook went: <see cref="Failure"/> is null when every cell ran.</summary>
internal sealed record NotebookResult(string Name, string? Failure, TimeSpan KernelStart, TimeSpan Cells);
