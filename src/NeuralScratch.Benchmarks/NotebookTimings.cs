using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NeuralScratch.Cli;
using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// <c>notebooks</c>: how long a learner waits, side by side in one run, round after round so that a slow
/// spell of the machine falls on every measurement alike. In the real engine, started as VS Code and
/// <c>neuralscratch run</c> start it (<c>dotnet tool run dotnet-interactive -- stdio</c> in notebooks/, with the kit's
/// EngineEnvironment): its floor (a fresh engine running a one-line cell), the loader cell, the first chart, the
/// library's training inside the kernel (also with the engine's own server GC) against the same call in a fresh
/// plain process, and each notebook's Run All. Where Jupyter is installed, a one-line notebook in each language,
/// notebook 01 and the walkthrough itself as a Python notebook, each run by Jupyter (nbconvert) with its own kernel. Prints Markdown tables of the medians, and the issue's three ratios.
/// </summary>
static class NotebookTimings
{
    sealed record Options(int Rounds, string[] Notebooks, string? Walkthrough, bool SkipJupyter);

    public static Command Command()
    {
        var rounds = Cli.Options.WholeNumber("--rounds", 3, 1, 100, "rounds of every measurement");
        var notebooks = Cli.Options.Text("--notebooks", "LIST", "the notebooks to Run All, by their number, e.g. 01,06 (default: all)");
        var walkthrough = Cli.Options.Text("--walkthrough", "FILE", "the walkthrough's Python (default: ../shared/reference/original_walkthrough.py above the repository)");
        var skipJupyter = Cli.Options.Flag("--skip-jupyter", "leave out the runs under Jupyter (nbconvert)");
        var command = new Command("notebooks", "Times the notebooks as a learner waits for them: the engine's floor, the loader, the first chart, training inside the kernel, each Run All.")
        {
            rounds, notebooks, walkthrough, skipJupyter,
        };
        command.SetAction(result => Run(new Options(result.GetValue(rounds), Numbers(result.GetValue(notebooks)), result.GetValue(walkthrough), result.GetValue(skipJupyter)))
            .GetAwaiter().GetResult());
        return command;
    }

    static string[] Numbers(string? list) => list is null ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    const string Loader = "#load \"_loader/NeuralScratch.csx\"";
    const string FirstChart = "NeuralScratch.Plots.WeightCharts.ShowWeights(NeuralScratch.Initialization.Walkthrough(42), 0)";
    // The walkthrough's training as a learner calls it, timed inside the kernel (as TrainOnce times it in a plain process):
    // milliseconds, and the memory pages the process touched for the first time meanwhile (Linux's minor page faults).
    const string TimedTraining = """
        long MinorPageFaults()
        {
            if (!System.IO.File.Exists("/proc/self/stat")) return -1;
            string stat = System.IO.File.ReadAllText("/proc/self/stat");
            return long.Parse(stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[7]); // field 10, after the name
        }
        long faultsBefore = MinorPageFaults();
        var trainingClock = System.Diagnostics.Stopwatch.StartNew();
        NeuralScratch.Training.Train(NeuralScratch.Initialization.Walkthrough(42), NeuralScratch.Digits.Inputs(), NeuralScratch.Digits.Targets(), 10000);
        Console.Write(trainingClock.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (faultsBefore < 0 ? -1 : MinorPageFaults() - faultsBefore));
        """;

    static async Task<int> Run(Options options)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string repository = Host.Repository();
        string notebookFolder = Path.Combine(repository, "notebooks");
        string[] notebooks = Directory.GetFiles(notebookFolder, "*.ipynb").Order(StringComparer.Ordinal)
            .Where(path => options.Notebooks.Length == 0 || options.Notebooks.Any(n => Path.GetFileName(path).StartsWith(n + "-"))).ToArray();
        if (notebooks.Length == 0) throw new UsageException($"--notebooks {string.Join(",", options.Notebooks)} names no notebook in {notebookFolder}; expected numbers such as 01,06");
        using var work = new TemporaryFolder();
        Jupyter? jupyter = options.SkipJupyter ? null : Jupyter.Find(repository, options.Walkthrough, work.Path);
        // The issue's goal compares notebook 01 with the walkthrough, whichever notebooks --notebooks names.
        string firstNotebook = Directory.GetFiles(notebookFolder, "01-*.ipynb").Single();
        Console.WriteLine($"## Machine\n\n{Host.Machine()}\n\nLoad average at start: {Host.LoadAverage()}\n");
        if (jupyter is null) Console.WriteLine($"Jupyter: {(options.SkipJupyter ? "left out (--skip-jupyter)" : Jupyter.Missing)}\n");

        var times = new Dictionary<string, List<double>>();
        var pageFaults = new Dictionary<string, List<double>>();
        static void Append(Dictionary<string, List<double>> into, string what, double value) => (into.TryGetValue(what, out var list) ? list : into[what] = []).Add(value);
        void Add(string what, double seconds) => Append(times, what, seconds);
        for (int round = 1; round <= options.Rounds; round++)
        {
            Console.WriteLine($"round {round} of {options.Rounds} (load {Host.LoadAverage()})...");
            var floor = await FirstCells(repository, notebookFolder, ["1 + 1"]);
            Add("engine start (process to ready)", floor.Start);
            Add("floor: a one-line first cell", floor.Cells[0]);
            var loaded = await FirstCells(repository, notebookFolder, [Loader, FirstChart, TimedTraining, TimedTraining]);
            Add("the loader cell, first in a fresh engine", loaded.Cells[0]);
            Add("the first chart, after the loader", loaded.Cells[1]);
            if (round == 1) Console.WriteLine($"  {loaded.Printed[0]}"); // the loader's line: which build the notebooks load
            // The same two cells with the engine's own choice of garbage collector, the server one: VS Code from a clone starts it so.
            var serverGc = await FirstCells(repository, notebookFolder, [Loader, TimedTraining], new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" });
            string[] plain = Host.Run("dotnet", [typeof(NotebookTimings).Assembly.Location, "train-once"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (where, call, printed) in new[] { ("inside the kernel", "first", loaded.Printed[2]), ("inside the kernel", "second", loaded.Printed[3]),
                                                          ("inside the kernel with the server GC", "first", serverGc.Printed[1]),
                                                          ("in a plain process", "first", plain[0]), ("in a plain process", "second", plain[1]) })
            {
                string[] msAndFaults = printed.Split(' ');
                string what = $"Training.Train, 10000 epochs, {where}: {call} call";
                Add(what, double.Parse(msAndFaults[0]) / 1000);
                Append(pageFaults, what, long.Parse(msAndFaults[1]));
            }
            foreach (string notebook in notebooks)
                Add($"Run All {Path.GetFileName(notebook)}, engine as neuralscratch run starts it", RunAll(notebook, work.Path));
            if (jupyter is not null)
            {
                Add("Jupyter's floor: a one-line C# notebook (nbconvert)", jupyter.RunAll(jupyter.OneLineCSharp, work.Path));
                Add("Jupyter's floor: a one-line Python notebook (nbconvert)", jupyter.RunAll(jupyter.OneLinePython, work.Path));
                Add($"Run All {Path.GetFileName(firstNotebook)} under Jupyter (nbconvert)", jupyter.RunAll(firstNotebook, work.Path));
                Add("Run All of the walkthrough as a Python notebook under Jupyter (nbconvert)", jupyter.RunAll(jupyter.WalkthroughNotebook, work.Path));
            }
        }

        Console.WriteLine($"\nLoad average at end: {Host.LoadAverage()}\n\n| what | median of {options.Rounds} | each round |\n|---|---:|---|");
        foreach (var (what, seconds) in times)
            Console.WriteLine($"| {what} | {Statistics.Median(seconds):F2} s | {string.Join(", ", seconds.Select(s => s.ToString("F2")))} |");
        Console.WriteLine($"\nMemory pages touched for the first time during each call (minor page faults; -1 where the system does not say):\n\n| what | median of {options.Rounds} | each round |\n|---|---:|---|");
        foreach (var (what, faults) in pageFaults)
            Console.WriteLine($"| {what} | {Statistics.Median(faults):F0} | {string.Join(", ", faults.Select(f => f.ToString("F0")))} |");
        double Median(string what) => Statistics.Median(times[what]);
        Console.WriteLine("\n| target | measured | goal |\n|---|---:|---:|");
        if (jupyter is not null)
            Console.WriteLine($"| Run All of {Path.GetFileName(firstNotebook)} / the Python walkthrough's, both under Jupyter | {Median($"Run All {Path.GetFileName(firstNotebook)} under Jupyter (nbconvert)") / Median("Run All of the walkthrough as a Python notebook under Jupyter (nbconvert)"):F2}x | at most 0.6x |");
        Console.WriteLine($"| the loader cell − the floor's first cell | {Median("the loader cell, first in a fresh engine") - Median("floor: a one-line first cell"):F2} s | at most 1.5 s |");
        foreach (string call in new[] { "first", "second" })
            Console.WriteLine($"| training inside the kernel / in a plain process, {call} call | {Median($"Training.Train, 10000 epochs, inside the kernel: {call} call") / Median($"Training.Train, 10000 epochs, in a plain process: {call} call"):F2}x | at most 1.5x |");
        return 0;
    }

    sealed record CellTimes(double Start, double[] Cells, string[] Printed);

    /// <summary>A fresh engine in the notebooks' folder (as VS Code and neuralscratch run start one), running these cells in order.</summary>
    static async Task<CellTimes> FirstCells(string repository, string notebookFolder, string[] cells, IReadOnlyDictionary<string, string>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        using KernelSession kernel = await KernelSession.StartAsync(repository, notebookFolder, TimeSpan.FromMinutes(3), CancellationToken.None, environment);
        double start = clock.Elapsed.TotalSeconds;
        var seconds = new double[cells.Length];
        var printed = new string[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            var output = new System.Text.StringBuilder();
            clock.Restart();
            SubmissionResult result = await kernel.SubmitAsync($"cell-{i + 1}", cells[i], "csharp", TimeSpan.FromMinutes(10), e =>
            {
                if (e.Type == "StandardOutputValueProduced")
                    foreach (var value in e.Body["formattedValues"]?.AsArray() ?? []) output.Append((string?)value?["value"]);
            }, CancellationToken.None);
            seconds[i] = clock.Elapsed.TotalSeconds;
            if (result.Outcome != SubmissionOutcome.Succeeded)
                throw new InvalidOperationException($"the engine could not run `{cells[i].Split('\n')[0]}`: {result.Outcome} {result.Message}");
            printed[i] = output.ToString().Trim();
        }
        return new CellTimes(start, seconds, printed);
    }

    /// <summary><c>neuralscratch run</c> of one notebook, start to end: the engine starting, then every cell.</summary>
    static double RunAll(string notebook, string outFolder)
    {
        var clock = Stopwatch.StartNew();
        var output = new StringWriter();
        int exitCode = Cli.Program.Run(["run", notebook, "--out", outFolder], output, output);
        if (exitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(notebook)} failed to run: {output.ToString().Trim().Split('\n')[^1]}");
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Jupyter's nbconvert with the kit's kernel (written by <c>neuralscratch kernel install --path</c>) and Python's.</summary>
    sealed class Jupyter(string kernels, string walkthroughNotebook, string oneLineCSharp, string oneLinePython)
    {
        public const string Missing = "not installed (apt-get install jupyter-nbconvert python3-ipykernel python3-numpy python3-matplotlib), left out";
        const string NbConvert = "/usr/bin/jupyter-nbconvert";

        public string WalkthroughNotebook { get; } = walkthroughNotebook;
        public string OneLineCSharp { get; } = oneLineCSharp;
        public string OneLinePython { get; } = oneLinePython;

        public static Jupyter? Find(string repository, string? walkthrough, string workFolder)
        {
            if (!File.Exists(NbConvert)) return null;
            string script = Path.GetFullPath(walkthrough ?? Path.Combine(repository, "..", "shared", "reference", "original_walkthrough.py"));
            if (!File.Exists(script)) throw new FileNotFoundException($"the walkthrough's Python is not at {script}; pass --walkthrough FILE or --skip-jupyter");
            string folder = Directory.CreateDirectory(Path.Combine(workFolder, "jupyter")).FullName;
            int exitCode = Cli.Program.Run(["kernel", "install", "--path", folder], TextWriter.Null, Console.Error);
            if (exitCode != 0) throw new InvalidOperationException("neuralscratch kernel install --path failed");
            string notebook = Path.Combine(folder, "walkthrough.ipynb");
            Host.Run("/usr/bin/python3", [Path.Combine(repository, "src", "NeuralScratch.Benchmarks", "python", "make_walkthrough_notebook.py"), notebook, "--walkthrough", script]);
            return new Jupyter(folder, notebook, OneLineNotebook("C#"), OneLineNotebook("Python"));
        }

        /// <summary>
        /// A notebook of one cell, <c>1 + 1</c>, for the kit's kernel ("C#") or Python's: what nbconvert and a kernel
        /// cost by themselves. Kept beside this program, inside the repository, where the kit's kernel finds the engine's tool manifest.
        /// </summary>
        static string OneLineNotebook(string language)
        {
            (string kernel, string display) = language == "C#" ? (".net-csharp", ".NET (C#)") : ("python3", "Python 3");
            string notebook = Path.Combine(AppContext.BaseDirectory, $"one-line-{kernel.Trim('.')}.ipynb");
            File.WriteAllText(notebook, $$"""
                { "cells": [ { "cell_type": "code", "execution_count": null, "id": "one-line", "metadata": {}, "outputs": [], "source": ["1 + 1"] } ],
                  "metadata": { "kernelspec": { "display_name": "{{display}}", "language": "{{language}}", "name": "{{kernel}}" } },
                  "nbformat": 4, "nbformat_minor": 5 }
                """);
            return notebook;
        }

        /// <summary>nbconvert executing the notebook in its own folder with the kernel its metadata names, start to end.</summary>
        public double RunAll(string notebook, string outFolder)
        {
            var clock = Stopwatch.StartNew();
            Host.Run(NbConvert, ["--to", "notebook", "--execute", notebook, "--output-dir", outFolder, "--ExecutePreprocessor.timeout=600"],
                environment: new() { ["JUPYTER_PATH"] = kernels, ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1" });
            return clock.Elapsed.TotalSeconds;
        }
    }

    sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("neuralscratch-notebook-timings-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

/// <summary><c>train-once</c>: the training call the <c>notebooks</c> benchmark times inside the kernel, in a fresh plain process.</summary>
static class TrainOnce
{
    public static Command Command()
    {
        var command = new Command("train-once", "Times Training.Train (seed 42, 10000 epochs) twice in this fresh process; prints a line per call: ms and minor page faults (for `notebooks`).");
        command.SetAction(_ =>
        {
            for (int call = 0; call < 2; call++)
            {
                long faultsBefore = MinorPageFaults();
                var clock = Stopwatch.StartNew();
                Training.Train(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 10000);
                Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " " + (faultsBefore < 0 ? -1 : MinorPageFaults() - faultsBefore));
            }
            return 0;
        });
        return command;
    }

    // Linux's count of pages this process touched for the first time (field 10 of /proc/self/stat); -1 elsewhere.
    static long MinorPageFaults()
    {
        if (!File.Exists("/proc/self/stat")) return -1;
        string stat = File.ReadAllText("/proc/self/stat");
        return long.Parse(stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[7]); // field 10, after the name
    }
}
