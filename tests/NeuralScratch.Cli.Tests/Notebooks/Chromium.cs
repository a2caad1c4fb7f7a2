using System.Diagnostics;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>Debian's headless Chromium, with every network request sent to a closed local port.</summary>
internal static class Chromium
{
    /// <summary>The page's DOM after its scripts ran (5 s of virtual time).</summary>
    public static string DumpDom(string htmlFile)
    {
        var chromium = Find() ?? throw new InvalidOperationException(
            "chromium is not installed: `apt-get install chromium` (.ci/run installs it)");
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update",
            "--proxy-server=http://127.0.0.1:9", // no request can reach any network
            $"--user-data-dir={profile.Path}", "--virtual-time-budget=5000", "--dump-dom",
            new Uri(htmlFile).AbsoluteUri,
        })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            process.Kill(entireProcessTree: true);
        _ = stderr.Result;
        return dom;
    }

    static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
