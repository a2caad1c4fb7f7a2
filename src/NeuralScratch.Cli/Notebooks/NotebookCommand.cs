namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// `neuralscratch run [NOTEBOOK.ipynb | FOLDER ...] [--out DIR | --in-place] [--timeout SECONDS]`
/// runs notebooks headlessly in the real engine (the dotnet-interactive tool pinned in
/// .config/dotnet-tools.json) and writes executed copies: by default to executed/ next to each
/// notebook; to DIR with --out; over the sources only with --in-place.
/// A failing cell stops its notebook (its partial copy is still written); the others still run.
/// Exit code: 0 all ran, 1 a notebook failed, 2 bad arguments, 130 cancelled.
/// </summary>
public static class NotebookCommand
{
    /// <param name="args">The arguments after `run`.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, CancellationToken.None);

    /// <param name="args">The arguments after `run`.</param>
    /// <param name="cancel">Stops the running kernel; the notebook it was running is not written.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel) =>
        RunAsync(args, stdout, stderr, cancel).GetAwaiter().GetResult();

    static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        if (args is ["--help"] or ["-h"])
        {
            stdout.WriteLine($"usage: {RunOptions.Usage}");
            return 0;
        }
        var (plan, error) = RunPlan.Make(args);
        if (plan is null)
        {
            stderr.WriteLine($"neuralscratch run: {error}");
            return 2;
        }

        var runner = new NotebookRunner(plan.Options.CellTimeout, Progress.For(stdout));
        var results = new List<NotebookResult>();
        foreach (var job in plan.Jobs)
        {
            try
            {
                cancel.ThrowIfCancellationRequested();
                var result = await runner.RunAsync(job.Notebook, job.Name, job.ToolRoot, job.OutputPath, cancel);
                if (result.Failure is not null)
                    stderr.WriteLine(result.Failure);
                results.Add(result);
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine($"neuralscratch run: cancelled while running {job.Name}, which was not written");
                return 130;
            }
        }
        return Summarize(results, stdout, stderr);
    }

    static int Summarize(List<NotebookResult> results, TextWriter stdout, TextWriter stderr)
    {
        var failed = results.Where(r => r.Failure is not null).ToList();
        stdout.WriteLine($"{results.Count} notebook(s): {results.Count - failed.Count} ran, {failed.Count} failed");
        if (failed.Count > 1)
        {
            foreach (var result in failed)
                stderr.WriteLine(result.Failure);
        }
        return failed.Count == 0 ? 0 : 1;
    }
}
