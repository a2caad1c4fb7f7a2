using System.Diagnostics;
using System.Runtime.InteropServices;
using NeuralScratch.Fast;

namespace NeuralScratch.Benchmarks;

/// <summary>What the benchmarks need to know of the machine and the repository, and how they run another program.</summary>
static class Host
{
    /// <summary>The repository this build is in (the folder with Directory.Packages.props).</summary>
    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no repository (Directory.Packages.props) above {AppContext.BaseDirectory}");
    }

    /// <summary>The CPU, its cores and vector instructions, the system, .NET, and the fast trainer's path here.</summary>
    public static string Machine()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "?"
            : RuntimeInformation.ProcessArchitecture.ToString();
        string features = string.Join(" ", new[]
        {
            ("AVX-512F", System.Runtime.Intrinsics.X86.Avx512F.IsSupported), ("AVX2", System.Runtime.Intrinsics.X86.Avx2.IsSupported),
            ("FMA", System.Runtime.Intrinsics.X86.Fma.IsSupported), ("NEON", System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported),
        }.Where(f => f.Item2).Select(f => f.Item1));
        return $"{cpu}, {Environment.ProcessorCount} cores, {features}; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}; {FastTrainer.Describe()}";
    }

    /// <summary>The load averages over 1, 5 and 15 minutes: how busy the machine was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Runs a program to its end and returns its exit code and what it printed.</summary>
    public static (int Exit, string Output, string Error) Execute(string file, string[] arguments, string? workingDirectory = null,
        Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary><see cref="Execute"/>, and what it printed on standard output; throws with its last error line if it failed.</summary>
    public static string Run(string file, string[] arguments, Dictionary<string, string>? environment = null)
    {
        (int exit, string output, string error) = Execute(file, arguments, environment: environment);
        if (exit != 0)
            throw new InvalidOperationException($"`{Path.GetFileName(file)} {string.Join(' ', arguments)}` failed ({exit}): {error.Trim().Split('\n')[^1]}");
        return output;
    }
}
