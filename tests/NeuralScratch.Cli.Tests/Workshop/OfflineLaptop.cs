using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Tests.Workshop;

/// <summary>How one command went on the offline laptop: its exit code, what it printed, how long it took, and every attempt it made to reach the network.</summary>
public sealed record OfflineStep(string Command, int ExitCode, string Output, TimeSpan Elapsed, IReadOnlyList<string> NetworkAttempts)
{
    public override string ToString() => $"`{Command}`: exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n{Output}";
}

/// <summary>
/// A laptop with no network, on this machine: each command runs in a network namespace of its own with
/// only loopback (`unshare -n`, as root), with a fresh HOME (so an empty NuGet cache) and the environment a
/// workshop laptop would have, under `strace -f`, which records every connect() and send of it and of every
/// process it starts. A program may swallow a failed attempt; strace still sees it.
/// </summary>
public sealed partial class OfflineLaptop(string home)
{
    static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(15);

    /// <summary>Why this machine cannot be the offline laptop, or null when it can: unshare needs root; strace and unshare must be installed.</summary>
    public static string? WhyNot()
    {
        if (!OperatingSystem.IsLinux()) return "the offline laptop needs Linux's network namespaces (unshare -n)";
        if (!Environment.IsPrivilegedProcess) return "the offline laptop needs root: `unshare -n` makes a network namespace (CI runs as root)";
        string[] missing = new[] { "unshare", "strace", "ip" }.Where(tool => OnPath(tool) is null).ToArray();
        return missing.Length == 0 ? null : $"the offline laptop needs {string.Join(", ", missing)}: apt-get install strace iproute2 util-linux (.ci/run installs them)";
    }

    /// <summary>Skips the test with the reason where this machine cannot be the offline laptop; fails it in CI (CI=true), where it must run.</summary>
    public static void SkipUnlessPossible()
    {
        if (WhyNot() is not string reason) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true and {reason}");
        Assert.Skip(reason);
    }

    /// <summary>Runs <paramref name="command"/> in <paramref name="folder"/> with no network.</summary>
    public OfflineStep Run(string folder, params string[] command)
    {
        string log = Path.Combine(home, $"strace-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("unshare")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Loopback up, then the command under strace: only the calls that reach out stop it (--seccomp-bpf), so it runs at nearly full speed.
        string script = $"{OnPath("ip")} link set lo up && exec {OnPath("strace")} -f --seccomp-bpf -qq -e trace=connect,sendto,sendmsg -o \"$0\" -- \"$@\"";
        string[] wrapper = ["-n", "sh", "-c", script, log];
        foreach (string argument in wrapper.Concat(command)) start.ArgumentList.Add(argument);
        LaptopEnvironment(start.Environment);

        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(), errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{string.Join(' ', command)}` did not end within {StepTimeout.TotalMinutes} minutes");
        }
        process.WaitForExit();
        clock.Stop();
        string trace = File.Exists(log) ? File.ReadAllText(log) : "";
        File.Delete(log);
        return new OfflineStep(string.Join(' ', command), process.ExitCode, output.Result + errors.Result, clock.Elapsed, NetworkAttempts(trace));
    }

    // A fresh laptop: its own HOME, the PATH to dotnet, and what WORKSHOP.md says to set; nothing else of this machine's environment.
    void LaptopEnvironment(IDictionary<string, string?> environment)
    {
        environment.Clear();
        environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        environment["HOME"] = home;
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is string root) environment["DOTNET_ROOT"] = root;
        foreach (var (name, value) in WorkshopSettings) environment[name] = value;
    }

    /// <summary>The variables WORKSHOP.md tells a teacher to set: without them the SDK sends usage data and NuGet checks certificates online (both fail harmlessly with no network).</summary>
    public static readonly (string Name, string Value)[] WorkshopSettings =
        [("DOTNET_CLI_TELEMETRY_OPTOUT", "1"), ("NUGET_CERT_REVOCATION_MODE", "offline")];

    /// <summary>
    /// The lines of an strace log where a process reached for an address that is not this machine's loopback, or
    /// asked a name server (port 53, even on loopback: a local resolver would pass the question on). Lookups that go
    /// through a local socket instead (nscd, systemd-resolved's own socket) are not seen; this machine has neither.
    /// </summary>
    public static IReadOnlyList<string> NetworkAttempts(string trace) => trace.Split('\n').Where(IsAttempt).ToList();

    static bool IsAttempt(string line)
    {
        Match address = InternetAddress().Match(line);
        return address.Success && (!IsLoopback(address.Groups["address"].Value) || line.Contains("_port=htons(53)"));
    }

    static bool IsLoopback(string address) => address.StartsWith("127.") || address is "::1" || address.StartsWith("::ffff:127.");

    // sin_addr=inet_addr("10.255.255.53") for IPv4; inet_pton(AF_INET6, "2001:db8::1", &sin6_addr) for IPv6.
    [GeneratedRegex("""sa_family=AF_INET6?, .*?(?:inet_addr\("(?<address>[^"]+)"\)|inet_pton\(AF_INET6, "(?<address>[^"]+)")""")]
    private static partial Regex InternetAddress();

    static string? OnPath(string tool) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Concat(["/usr/sbin", "/sbin"])
        .Select(folder => Path.Combine(folder, tool))
        .FirstOrDefault(File.Exists);
}
