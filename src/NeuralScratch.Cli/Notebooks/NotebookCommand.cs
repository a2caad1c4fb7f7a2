using System.CommandLine;

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
    public static Command Create(Invocation io)
    {
        var inputs = new Argument<string[]>("NOTEBOOK.ipynb|FOLDER") { Description = "notebooks, or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var output = Options.Text("--out", "DIR", "where the executed copies go (default: executed/ next to each notebook)");
        var inPlace = Options.Flag("--in-place", "write the outputs into the notebooks themselves");
        var timeout = Options.Positive("--timeout", 600, "SECONDS", "how long one cell may run");
        var command = new Command("run", "Runs notebooks headlessly in the real Polyglot engine and writes executed copies.")
        {
            inputs, output, inPlace, timeout,
        };
        Options.Exclusive(command, output, [inPlace], "--out and --in-place exclude each other; expected one of them, or neither");
        command.SetAction(result => Run(new RunOptions(result.GetValue(inputs)!, result.GetValue(output), result.GetValue(inPlace),
            TimeSpan.FromSeconds(result.GetValue(timeout))), io).GetAwaiter().GetResult());
        return command;
    }

    static async Task<int> Run(RunOptions options, Invocation io)
    {
        var (plan, error) = RunPlan.Make(options);
        if (plan is null)
            throw new UsageException(error!);

        var results = await Progress.ShowAsync(io, async progress =>
        {
            var runner = new NotebookRunner(options.CellTimeout, progress);
            var results = new List<NotebookResult>();
            foreach (var job in plan.Jobs)
            {
                try
                {
                    io.Cancel.ThrowIfCancellationRequested();
                    results.Add(await runner.RunAsync(job.Notebook, job.Name, job.ToolRoot, job.OutputPath, io.Cancel));
                }
                catch (OperationCanceledException)
                {
                    throw new CancelledException($"cancelled while running {job.Name}, which was not written");
                }
            }
            return results;
        });
        return Summarize(results, io);
    }

    static int Summarize(List<NotebookResult> results, Invocation io)
    {
        var failed = results.Where(r => r.Failure is not null).ToList();
        foreach (var result in failed)
            io.Error.WriteLine(result.Failure);
        io.Out.WriteLine($"{results.Count} notebook(s): {results.Count - failed.Count} ran, {failed.Count} failed");
        return failed.Count == 0 ? 0 : 1;
    }
}
