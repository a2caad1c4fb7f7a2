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
    sealed record Options(int WarmRuns, int PythonRuns, int PythonProcessRuns, int ProcessRuns, string Walkthrough, string? Cli, bool SkipPython);

    sealed record Timing(string What, double MedianMs, double MinMs, double MaxMs, int Runs);

    public static int Run(string[] args)
    {
        string repository = RepositoryRoot();
        Options options = Parse(args, repository);
        var invariant = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = invariant;
#if DEBUG
        Console.WriteLine("WARNING: a Debug build; run with -c Release for meaningful numbers.");
#endif
        Console.WriteLine($"## Machine\n\n{Machine()}\n\nLoad average at start: {LoadAverage()}\n");

        Console.WriteLine("Timing the kit's trainers in this process (warm, runs interleaved)...");
        List<Timing> kit = WarmKit(options.WarmRuns);
        Timing sweep = Warm("SeedSweep.Run(0, 99, 10000), both cores", () => SeedSweep.Run(0, 99, 10000), Math.Max(3, options.WarmRuns / 3));
        Console.WriteLine("Measuring latencies for the dependent-chain bound...");
        Latencies latencies = Latencies.Measure();

        Timing? python = null;
        int[]? pythonPredictions = null;
        if (!options.SkipPython)
        {
            Console.WriteLine($"Timing the walkthrough's train() in Python, warm, {options.PythonRuns} runs...");
            (python, pythonPredictions) = PythonWarm(repository, options);
        }
        Console.WriteLine("Timing whole processes with hyperfine...");
        List<Timing> processes = Processes(repository, options);

        Console.WriteLine($"\nLoad average at end: {LoadAverage()}\n");
        PrintWarm(kit, sweep, python, pythonPredictions);
        PrintChain(latencies, kit);
        PrintProcesses(processes);
        PrintTargets(kit, python, latencies, processes);
        return 0;
    }

    // ---------------------------------------------------------------- the kit, in process

    static List<Timing> WarmKit(int runs)
    {
        double[][] inputs = Digits.Inputs(), targets = Digits.Targets();
        var variants = new (string What, Func<object> Train)[]
        {
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
            ("Fast SIMD + vector e^x, true gradient", () =>
            {
                var network = FastNetwork.From(Initialization.Walkthrough(42), FastPath.SimdExp);
                FastTrainer.Train(network, FastSamples.Walkthrough(), 10000, BackpropKind.TrueGradient);
                return network;
            }),
        };
        var times = variants.Select(_ => new List<double>()).ToArray();
        for (int warm = 0; warm < 3; warm++) foreach (var v in variants) v.Train();
        for (int run = 0; run < runs; run++)
            for (int v = 0; v < variants.Length; v++)
            {
                var watch = Stopwatch.StartNew();
                variants[v].Train();
                times[v].Add(watch.Elapsed.TotalMilliseconds);
            }
        return variants.Select((v, i) => Summarize(v.What, times[i])).ToList();
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

    static (Timing, int[]) PythonWarm(string repository, Options options)
    {
        string script = Path.Combine(repository, "src", "NeuralScratch.Benchmarks", "python", "time_walkthrough_train.py");
        (int exit, string output, string error) = Execute("/usr/bin/python3",
            [script, "--runs", options.PythonRuns.ToString(), "--walkthrough", options.Walkthrough], Path.GetTempPath());
        if (exit != 0) throw new InvalidOperationException($"the Python timing script failed ({exit}): {error}");
        using JsonDocument json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        List<double> ms = json.RootElement.GetProperty("seconds").EnumerateArray().Select(s => s.GetDouble() * 1000).ToList();
        int[] predictions = json.RootElement.GetProperty("test_predictions").EnumerateArray().Select(p => p.GetInt32()).ToArray();
        return (Summarize("Python: the walkthrough's train(), warm", ms), predictions);
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
                (int exit, string output, string error) = Execute(words[0], words[1..], temporary);
                if (exit == 0 && output.Trim().Length > 0)
                    results.Add(Hyperfine($"C#: {Path.GetFileName(words[0])} {string.Join(' ', words[1..])}", cli, options.ProcessRuns, temporary));
                else
                    Console.WriteLine($"  `{cli}` did not train (exit code {exit}, {(output.Trim().Length == 0 ? "no output" : "output")}{(error.Length > 0 ? ": " + error.Trim() : "")}); not timed.");
            }

            string self = Path.Combine(AppContext.BaseDirectory, "NeuralScratch.Benchmarks");
            results.Add(Hyperfine("C#: walkthrough-process (jagged, as written)", $"{self} walkthrough-process", options.ProcessRuns, temporary));
            results.Add(Hyperfine("C#: walkthrough-process --fast (fast SIMD + vector e^x)", $"{self} walkthrough-process --fast", options.ProcessRuns, temporary));
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
        (int exit, _, string error) = Execute("hyperfine",
            ["--shell=none", "--warmup", "1", "--runs", runs.ToString(), "--export-json", export, "--output=pipe", command], workingDirectory);
        if (exit != 0) throw new InvalidOperationException($"hyperfine failed on `{command}` ({exit}): {error}");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(export));
        List<double> ms = json.RootElement.GetProperty("results")[0].GetProperty("times").EnumerateArray().Select(t => t.GetDouble() * 1000).ToList();
        return Summarize(what, ms);
    }

    static (int Exit, string Output, string Error) Execute(string file, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
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
            $"sigmoid throughput {l.SigmoidThroughput:F2}, store→load round trip {l.StoreLoad:F2}\n");
        Console.WriteLine("| Chain (25-5-10, per sample) | adds | multiplies | sigmoids | ns per sample | ms per run | ms per run, sigmoids at Math.Exp's throughput |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (ChainBound b in new[] { ChainBound.AsWritten, ChainBound.TrueGradient, ChainBound.AsWrittenTreeSums })
            Console.WriteLine($"| {b.Name} | {b.Adds} | {b.Multiplies} | 2 | {b.NanosecondsPerSample(l):F1} | {b.MillisecondsPerRun(l):F2} | {b.MillisecondsPerRunAtSigmoidThroughput(l):F2} |");
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

    static void PrintTargets(List<Timing> kit, Timing? python, Latencies l, List<Timing> processes)
    {
        Timing jagged = kit[0], fast = kit.Single(t => t.What.StartsWith("Fast SIMD + vector e^x, as written"));
        double bound = ChainBound.AsWritten.MillisecondsPerRun(l), throughputBound = ChainBound.AsWritten.MillisecondsPerRunAtSigmoidThroughput(l);
        Console.WriteLine("## Targets\n");
        if (python is not null)
            Target($"1. jagged trainer, as written, >= 150x faster than Python (warm): {python.MedianMs / jagged.MedianMs:F0}x", python.MedianMs / jagged.MedianMs >= 150);
        Target($"2a. fast trainer within 2x of the dependent-chain bound ({bound:F2} ms): {fast.MedianMs / bound:F2}x the bound", fast.MedianMs / bound <= 2);
        Target($"2a'. fast trainer within 2x of the chain with sigmoids at Math.Exp's throughput ({throughputBound:F2} ms): {fast.MedianMs / throughputBound:F2}x", fast.MedianMs / throughputBound <= 2);
        Target($"2b. fast trainer >= 3x faster than the jagged trainer: {jagged.MedianMs / fast.MedianMs:F1}x", jagged.MedianMs / fast.MedianMs >= 3);
        Timing? pythonProcess = processes.FirstOrDefault(p => p.What.StartsWith("Python"));
        foreach (Timing p in processes.Where(p => p != pythonProcess && pythonProcess is not null))
            Target($"3. {p.What} >= 15x faster than the Python script as a process: {pythonProcess!.MedianMs / p.MedianMs:F0}x", pythonProcess.MedianMs / p.MedianMs >= 15);
    }

    static void Target(string text, bool met) => Console.WriteLine($"- {(met ? "met" : "NOT met")}: {text}");

    static void Row(Timing t, string ratio) =>
        Console.WriteLine($"| {t.What} | {t.MedianMs:F1} | {t.MinMs:F1} | {t.MaxMs:F1} | {t.Runs} | {ratio} |");

    // ---------------------------------------------------------------- set-up

    static Options Parse(string[] args, string repository)
    {
        string Value(string name, string fallback)
        {
            int at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        string walkthrough = Path.GetFullPath(Value("--walkthrough", Path.Combine(repository, "..", "shared", "reference", "original_walkthrough.py")));
        if (!args.Contains("--skip-python") && !File.Exists(walkthrough))
            throw new FileNotFoundException($"the walkthrough's Python is not at {walkthrough}; pass --walkthrough PATH or --skip-python");
        return new Options(int.Parse(Value("--warm-runs", "9")), int.Parse(Value("--python-runs", "5")), int.Parse(Value("--python-process-runs", "3")),
            int.Parse(Value("--process-runs", "10")), walkthrough, args.Contains("--cli") ? Value("--cli", "") : null, args.Contains("--skip-python"));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no repository (Directory.Packages.props) above {AppContext.BaseDirectory}");
    }

    static string Machine()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "?"
            : RuntimeInformation.ProcessArchitecture.ToString();
        string features = string.Join(" ", new[]
        {
            ("AVX-512F", System.Runtime.Intrinsics.X86.Avx512F.IsSupported), ("AVX2", System.Runtime.Intrinsics.X86.Avx2.IsSupported),
            ("FMA", System.Runtime.Intrinsics.X86.Fma.IsSupported), ("NEON", System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported),
        }.Where(f => f.Item2).Select(f => f.Item1));
        return $"{cpu}, {Environment.ProcessorCount} cores, {features}; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}; {FastPaths.Describe()}";
    }

    static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
