namespace NeuralScratch.Cli.Notebooks;

/// <summary>One notebook to run: where it is, what to call it, which tool, where its copy goes.</summary>
internal sealed record NotebookJob(NotebookDocument Notebook, string Name, string ToolRoot, string OutputPath);

/// <summary>
/// Checks everything before any kernel starts: that each input is a notebook or a
/// folder of them, that each notebook parses, that the engine's tool manifest is there, and
/// that no source would be overwritten unless --in-place was given.
/// </summary>
internal sealed record RunPlan(RunOptions Options, IReadOnlyList<NotebookJob> Jobs)
{
    public static (RunPlan? Plan, string? Error) Make(RunOptions options)
    {
        var (paths, findError) = FindNotebooks(options.Inputs);
        if (paths is null)
            return (null, findError);

        var jobs = new List<NotebookJob>();
        foreach (var path in paths)
        {
            var (job, jobError) = MakeJob(path, options);
            if (job is null)
                return (null, jobError);
            jobs.Add(job);
        }
        var clash = OutputClash(jobs);
        return clash is null ? (new RunPlan(options, jobs), null) : (null, clash);
    }

    // A folder means the .ipynb files directly inside it, by name; executed/ below it is not entered. (export finds its notebooks so too.)
    internal static (List<string>? Paths, string? Error) FindNotebooks(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0)
            return (null, "no notebook given; expected one or more .ipynb files or folders");
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                    return (null, $"'{input}' has no .ipynb notebooks (expected a folder of notebooks)");
                paths.AddRange(found);
            }
            else if (!File.Exists(input))
                return (null, $"'{input}' does not exist (expected a .ipynb notebook or a folder of them)");
            else if (!input.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                return (null, $"'{input}' is not a notebook (expected a .ipynb file)");
            else
                paths.Add(input);
        }
        return (paths.DistinctBy(Path.GetFullPath).ToList(), null);
    }

    static (NotebookJob? Job, string? Error) MakeJob(string path, RunOptions options)
    {
        var (notebook, error) = NotebookDocument.Load(path);
        if (notebook is null)
            return (null, error);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var toolRoot = ToolLocator.FindToolRoot(folder);
        if (toolRoot is null)
            return (null, $"no .config/dotnet-tools.json with dotnet-interactive above '{folder}' (expected to run inside the NeuralScratch repo)");
        var output = OutputPath(path, options);
        if (!options.InPlace && SamePath(output, path))
            return (null, $"'{path}' would be overwritten by its executed copy (choose another --out folder, or pass --in-place to overwrite sources)");
        return (new NotebookJob(notebook, DisplayName(path), toolRoot, output), null);
    }

    static string OutputPath(string path, RunOptions options)
    {
        var fileName = Path.GetFileName(path);
        if (options.InPlace)
            return path;
        if (options.OutDir is not null)
            return Path.Combine(options.OutDir, fileName);
        return Path.Combine(Path.GetDirectoryName(path) ?? ".", "executed", fileName);
    }

    static string? OutputClash(List<NotebookJob> jobs) =>
        jobs.GroupBy(job => Path.GetFullPath(job.OutputPath))
            .Where(group => group.Count() > 1)
            .Select(group => $"'{group.First().Name}' and '{group.Last().Name}' would both be written to '{group.Key}' (expected notebooks with different names)")
            .FirstOrDefault();

    static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    // Shown in progress and errors: relative to where the command was run, when below it.
    static string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..") ? Path.GetFullPath(path) : relative;
    }
}
