using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using NeuralScratch.Experiments;
using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>
/// <c>compare</c>: the walkthrough's own Python against the kit, side by side in one run, and the
/// kit against the dependent-chain bound. Prints Markdown tables for the README.
/// </summary>
static class Comparison
{
    sealed record Options(int WarmRuns, int Rounds, int PythonProcessRuns, int ProcessRuns, string Walkthrough, string? Cli, bool SkipPython);

    sealed record Timing(string What, double MedianMs, double MinMs, double MaxMs, int Runs);

    public static Command Command()
    {
        var warmRuns = Cli.Options.WholeNumber("--warm-runs", 9, 1, 1000, "runs of each kit trainer per round, in this process");
        var rounds = Cli.Options.WholeNumber("--rounds", 5, 1, 1000, "rounds, each: Python once, the kit's trainers, the latencies");
        var pythonProcessRuns = Cli.Options.WholeNumber("--python-process-runs", 3, 1, 1000, "runs of the Python script as a whole process");
        var processRuns = Cli.Options.WholeNumber("--process-runs", 10, 1, 1000, "runs of each C# whole process");
        var walkthrough = Cli.Options.Text("--walkthrough", "PATH", "the walkthrough's Python (default: shared/reference/original_walkthrough.py beside the repository)");
        var cli = Cli.Options.Text("--cli", "COMMAND", "the command line to time as neuralscratch (default: the Release build's `neuralscratch train`)");
        var skipPython = Cli.Options.Flag("--skip-python", "time the kit only");
        var command = new Command("compare", "The walkthrough's Python against the kit, warm and as whole processes; Markdown tables for the README.")
        {
            warmRuns, rounds, pythonProcessRuns, processRuns, walkthrough, cli, skipPython,
        };
        command.SetAction(result =>
        {
            string repository = Host.Repository();
            string script = Path.GetFullPath(result.GetValue(walkthrough) ?? Path.Combine(repository, "..", "shared", "reference", "original_walkthrough.py"));
            if (!result.GetValue(skipPython) && !File.Exists(script))
                throw new FileNotFoundException($"the walkthrough's Python is not at {script}; pass --walkthrough PATH or --skip-python");
            return Run(repository, new Options(result.GetValue(warmRuns), result.GetValue(rounds), result.GetValue(pythonProcessRuns),
                result.GetValue(processRuns), script, result.GetValue(cli), result.GetValue(skipPython)));
        });
        return command;
    }

    static int Run(string repository, Options options)
    {
        var invariant = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = invariant;
#if DEBUG
        Console.WriteLine("WARNING: a Debug build; run with -c Release for meaningful numbers.");
#endif
        Console.WriteLine($"## Machine\n\n{Host.Machine()}\n\nLoad average at start: {Host.LoadAverage()}\n");

        Console.WriteLine($"Timing in {options.Rounds} rounds, each: the walkthrough's train() in Python once (warm), then " +
            $"the kit's trainers {options.WarmRuns} times each (interleaved), then the latencies of the chain bound...");
        Rounds rounds = TimeRounds(repository, options);
        List<Timing> kit = rounds.Kit;
        Timing sweep = Warm("Experiment.Run(100 seeds, 10000 epochs), both cores", () => Experiment.Run(new ExperimentSettings(), seeds: 100), Math.Max(3, options.WarmRuns / 3));
        Latencies latencies = rounds.MedianLatencies;
        Timing? python = rounds.Python;
        int[]? pythonPredictions = rounds.PythonPredictions;
        Console.WriteLine("Timing whole processes with hyperfine...");
        List<Timing> processes = Processes(repository, options);

        Console.WriteLine($"\nLoad average at end: {Host.LoadAverage()}\n");
        PrintWarm(kit, sweep, python, pythonPredictions);
        PrintChain(latencies, kit);
        PrintProcesses(processes);
        PrintRounds(rounds);
        PrintTargets(rounds, processes);
        return 0;
    }

    // ---------------------------------------------------------------- the kit, in process

    /// <summary>
    /// What one round measured: Python once, each kit trainer several times, the latencies. Taken
    /// round by round, so that a slow spell of this shared machine falls on both sides of a ratio.
    /// </summary>
    sealed record Round(double PythonMs, double[][] KitMs, Latencies Latencies)
    {
        public double KitMean(int variant) => KitMs[variant].Average();
        public double BoundMs => ChainBound.AsWritten.MillisecondsPerRun(Latencies);
    }

    /// <param name="Fast">Which of the kit's trainers is the fast trainer (the jagged one is first).</param>
    sealed record Rounds(List<Round> Each, List<Timing> Kit, int Fast, Timing? Python, int[]? PythonPredictions, Latencies MedianLatencies)
    {
        public int Jagged => 0;
        /// <summary>The median over rounds of a per-round ratio.</summary>
        public double MedianRatio(Func<Round, double> ratio) => Statistics.Median(Each.Select(ratio));
    }

    const string FastTrainerName = "Fast trainer: fused step, as written";

    static (string What, Func<object> Train)[] KitVariants()
    {
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        return
        [
            ("Jagged, as written (walkthrough's train)", () => MakingItFast.Naive()),
            ("Jagged, true gradient", () =>
            {
                double[][][] network = Initialization.Walkthrough(42);
                for (int epoch = 0; epoch < 10000; epoch++)
                    for (int i = 0; i < inputs.Length; i++) Backpropagation.BackpropagateTrueGradient(network, inputs[i], targets[i]);
                return network;
            }),
            ("Jagged, no allocations (step 2)", () => MakingItFast.NoAllocations()),
            ("Fast scalar, as written (step 3)", () => MakingItFast.FlatArrays()),
            ("Fast SIMD, as written (step 4)", () => MakingItFast.Simd()),
            ("Fast SIMD + vector e^x, as written (step 5)", () => MakingItFast.SimdExp()),
            (FastTrainerName + " (step 6)", () => MakingItFast.Fused()),
            ("Fast trainer: fused step, true gradient", () =>
            {
                var network = FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp);
                FastTrainer.Train(network, FastSamples.Walkthrough(), 10000, BackpropKind.TrueGradient);
                return network;
            }),
        ];
    }

    static Rounds TimeRounds(string repository, Options options)
    {
        var variants = KitVariants();
        int fast = Array.FindIndex(variants, v => v.What.StartsWith(FastTrainerName));
        for (int warm = 0; warm < 3; warm++) foreach (var v in variants) v.Train();
        var each = new List<Round>();
        var pythonMs = new List<double>();
        int[]? predictions = null;
        for (int r = 0; r < options.Rounds; r++)
        {
            double python = double.NaN;
            if (!options.SkipPython)
            {
                (List<double> ms, predictions) = PythonWarm(repository, options.Walkthrough, runs: 1);
                python = ms[0];
                pythonMs.Add(python);
            }
            var kit = variants.Select(_ => new double[options.WarmRuns]).ToArray();
            for (int run = 0; run < options.WarmRuns; run++)
                for (int v = 0; v < variants.Length; v++)
                {
                    var watch = Stopwatch.StartNew();
                    variants[v].Train();
                    kit[v][run] = watch.Elapsed.TotalMilliseconds;
                }
            Latencies latencies = Latencies.Measure(repeats: 3);
            each.Add(new Round(python, kit, latencies));
            Console.WriteLine($"  round {r + 1}: Python {python:F0} ms, jagged {kit[0].Average():F1} ms, fast {kit[fast].Average():F1} ms (means); load {Host.LoadAverage()}");
        }
        List<Timing> timings = variants.Select((v, i) => Summarize(v.What, each.SelectMany(round => round.KitMs[i]).ToList())).ToList();
        Timing? pythonTiming = pythonMs.Count > 0 ? Summarize("Python: the walkthrough's train(), warm", pythonMs) : null;
        return new Rounds(each, timings, fast, pythonTiming, predictions, Latencies.MedianOf(each.Select(round => round.Latencies).ToList()));
    }

    static Timing Warm(string what, Action action, int runs)
    {
        action();
        var times = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return Summarize(what, times);
    }

    static Timing Summarize(string what, List<double> ms) => new(what, Statistics.Median(ms), ms.Min(), ms.Max(), ms.Count);

    // ---------------------------------------------------------------- Python

    static (List<double> Ms, int[] Predictions) PythonWarm(string repository, string walkthrough, int runs)
    {
        string script = Path.Combine(repository, "src", "NeuralScratch.Benchmarks", "python", "time_walkthrough_train.py");
        (int exit, string output, string error) = Host.Execute("/usr/bin/python3",
            [script, "--runs", runs.ToString(), "--walkthrough", walkthrough], Path.GetTempPath());
        if (exit != 0) throw new InvalidOperationException($"the Python timing script failed ({exit}): {error}");
        using JsonDocument json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        List<double> ms = json.RootElement.GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble() * 1000).ToList();
        int[] predictions = json.RootElement.GetProperty("test_predictions").EnumerateArray().Select(p => p.GetInt32()).ToArray();
        return (ms, predictions);
    }

    // ---------------------------------------------------------------- whole processes

    static List<Timing> Processes(string repository, Options options)
    {
        var results = new List<Timing>();
        string temporary = Directory.CreateTempSubdirectory("neuralscratch-compare-").FullName;
        try
        {
            if (!options.SkipPython)
                results.Add(Hyperfine("Python: /usr/bin/python3 original_walkthrough.py", $"/usr/bin/python3 {options.Walkthrough}", options.PythonProcessRuns, temporary));

            string? cli = options.Cli ?? DefaultCli(repository);
            if (cli is null)
                Console.WriteLine("  neuralscratch (src/NeuralScratch.Cli/bin/Release) is not built; build it with: dotnet build -c Release src/NeuralScratch.Cli");
            else
            {
                string[] words = cli.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                (int exit, string output, string error) = Host.Execute(words[0], words[1..], temporary);
                if (exit == 0 && output.Trim().Length > 0)
                    results.Add(Hyperfine($"C#: {Path.GetFileName(words[0])} {string.Join(' ', words[1..])}", cli, options.ProcessRuns, temporary));
                else
                    Console.WriteLine($"  `{cli}` did not train (exit code {exit}, {(output.Trim().Length == 0 ? "no output" : "output")}{(error.Length > 0 ? ": " + error.Trim() : "")}); not timed.");
            }

            string self = Path.Combine(AppContext.BaseDirectory, "NeuralScratch.Benchmarks");
            results.Add(Hyperfine("C#: walkthrough-process (jagged, as written)", $"{self} walkthrough-process", options.ProcessRuns, temporary));
            results.Add(Hyperfine("C#: walkthrough-process --fast (the fast trainer: fused step)", $"{self} walkthrough-process --fast", options.ProcessRuns, temporary));
        }
        finally { Directory.Delete(temporary, recursive: true); }
        return results;
    }

    static string? DefaultCli(string repository)
    {
        string apphost = Path.Combine(repository, "src", "NeuralScratch.Cli", "bin", "Release", "net10.0", "neuralscratch");
        return File.Exists(apphost) ? $"{apphost} train" : null;
    }

    static Timing Hyperfine(string what, string command, int runs, string workingDirectory)
    {
        Console.WriteLine($"  {what} ({runs} runs)");
        string export = Path.Combine(workingDirectory, "hyperfine.json");
        (int exit, _, string error) = Host.Execute("hyperfine",
            ["--shell=none", "--warmup", "1", "--runs", runs.ToString(), "--export-json", export, "--output=pipe", command], workingDirectory);
        if (exit != 0) throw new InvalidOperationException($"hyperfine failed on `{command}` ({exit}): {error}");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(export));
        List<double> ms = json.RootElement.GetProperty("results")[0].GetProperty("times").EnumerateArray().Select(t => t.GetDouble() * 1000).ToList();
        return Summarize(what, ms);
    }

    // ---------------------------------------------------------------- reports

    static void PrintWarm(List<Timing> kit, Timing sweep, Timing? python, int[]? pythonPredictions)
    {
        Console.WriteLine("## Training 10000 epochs, warm (median of runs in this process)\n");
        Console.WriteLine("| What | Median ms | Min ms | Max ms | Runs | Python / this |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        if (python is not null) Row(python, "1");
        foreach (Timing t in kit) Row(t, python is null ? "" : $"{python.MedianMs / t.MedianMs:F0}x");
        Row(sweep, "");
        if (pythonPredictions is not null) Console.WriteLine($"\nPython's test predictions after its last run: {string.Join(", ", pythonPredictions)}");
        Console.WriteLine();
    }

    static void PrintChain(Latencies l, List<Timing> kit)
    {
        Console.WriteLine("## The dependent-chain bound\n");
        Console.WriteLine($"Measured (ns per step): add {l.Add:F3}, multiply {l.Multiply:F3}, divide {l.Divide:F3}, sigmoid latency {l.Sigmoid:F2}, " +
            $"sigmoid throughput {l.SigmoidThroughput:F2}, store→load round trip {l.StoreLoad:F2}, FastExp's vector sigmoid latency {l.VectorSigmoid:F2}\n");
        Console.WriteLine("| Chain (25-5-10, per sample) | adds | multiplies | sigmoids | ns per sample | ms per run | ms per run, sigmoids at Math.Exp's throughput | ms per run, FastExp's vector sigmoid |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (ChainBound b in new[] { ChainBound.AsWritten, ChainBound.TrueGradient, ChainBound.AsWrittenTreeSums })
            Console.WriteLine($"| {b.Name} | {b.Adds} | {b.Multiplies} | 2 | {b.NanosecondsPerSample(l):F1} | {b.MillisecondsPerRun(l):F2} | {b.MillisecondsPerRunAtSigmoidThroughput(l):F2} | {b.MillisecondsPerRunWithVectorSigmoid(l):F2} |");
        Console.WriteLine($"\n1.5 million sigmoids at that throughput alone: {1.5e6 * l.SigmoidThroughput / 1e6:F2} ms.\n");
    }

    static void PrintProcesses(List<Timing> processes)
    {
        Console.WriteLine("## Whole processes, start-up included (hyperfine, median)\n");
        Console.WriteLine("| Command | Median ms | Min ms | Max ms | Runs | Python / this |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Timing? python = processes.FirstOrDefault(p => p.What.StartsWith("Python"));
        foreach (Timing p in processes) Row(p, python is null || p == python ? "" : $"{python.MedianMs / p.MedianMs:F0}x");
        Console.WriteLine();
    }

    static void PrintRounds(Rounds rounds)
    {
        Console.WriteLine("## Round by round (means of each round's runs; the bound from that round's latencies)\n");
        Console.WriteLine("| round | Python ms | jagged ms | fast ms | bound ms | Python / jagged | fast / bound | jagged / fast |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        int i = 1;
        foreach (Round r in rounds.Each)
        {
            double jagged = r.KitMean(rounds.Jagged), fast = r.KitMean(rounds.Fast), bound = r.BoundMs;
            string python = double.IsNaN(r.PythonMs) ? "–" : $"{r.PythonMs:F0}", pythonOverJagged = double.IsNaN(r.PythonMs) ? "–" : $"{r.PythonMs / jagged:F0}x";
            Console.WriteLine($"| {i++} | {python} | {jagged:F1} | {fast:F1} | {bound:F2} | {pythonOverJagged} | {fast / bound:F2}x | {jagged / fast:F2}x |");
        }
        Console.WriteLine();
    }

    static void PrintTargets(Rounds rounds, List<Timing> processes)
    {
        double pythonOverJagged = rounds.MedianRatio(r => r.PythonMs / r.KitMean(rounds.Jagged));
        double fastOverBound = rounds.MedianRatio(r => r.KitMean(rounds.Fast) / r.BoundMs);
        double jaggedOverFast = rounds.MedianRatio(r => r.KitMean(rounds.Jagged) / r.KitMean(rounds.Fast));
        Console.WriteLine("## Targets (medians over the rounds of each round's ratio)\n");
        if (rounds.Python is not null)
            Target($"1. jagged trainer, as written, >= 150x faster than Python (warm): {pythonOverJagged:F0}x", pythonOverJagged >= 150);
        Target($"2a. fast trainer within 2x of the dependent-chain bound (median {ChainBound.AsWritten.MillisecondsPerRun(rounds.MedianLatencies):F2} ms): {fastOverBound:F2}x the bound", fastOverBound <= 2);
        Target($"2b. fast trainer >= 3x faster than the jagged trainer: {jaggedOverFast:F1}x", jaggedOverFast >= 3);
        Timing? pythonProcess = processes.FirstOrDefault(p => p.What.StartsWith("Python"));
        foreach (Timing p in processes.Where(p => p != pythonProcess && pythonProcess is not null))
            Target($"3. {p.What} >= 15x faster than the Python script as a process: {pythonProcess!.MedianMs / p.MedianMs:F0}x", pythonProcess.MedianMs / p.MedianMs >= 15);
    }

    static void Target(string text, bool met) => Console.WriteLine($"- {(met ? "met" : "NOT met")}: {text}");

    static void Row(Timing t, string ratio) =>
        Console.WriteLine($"| {t.What} | {t.MedianMs:F1} | {t.MinMs:F1} | {t.MaxMs:F1} | {t.Runs} | {ratio} |");
}
