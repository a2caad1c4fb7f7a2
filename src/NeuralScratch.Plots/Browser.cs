using System.Diagnostics;

namespace NeuralScratch.Plots;

/// <summary>Finds and starts a Chromium-family browser (Chromium, Chrome, Edge) with no window and no network.</summary>
public static class Browser
{
    /// <summary>The first browser found among <see cref="Candidates"/>, or null if there is none.</summary>
    public static string? Find() => Candidates().FirstOrDefault(File.Exists);

    /// <summary>Where Chromium, Chrome and Edge are usually installed on Linux, macOS and Windows, and on the PATH.</summary>
    public static IEnumerable<string> Candidates()
    {
        string[] names = OperatingSystem.IsWindows()
            ? ["chrome.exe", "msedge.exe", "chromium.exe"]
            : ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable"];
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (string name in names)
                yield return Path.Combine(directory, name);

        if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
            yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
        }
        if (OperatingSystem.IsWindows())
            foreach (var folder in new[] { Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86, Environment.SpecialFolder.LocalApplicationData })
            {
                string root = Environment.GetFolderPath(folder);
                if (root.Length == 0) continue;
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
                yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
            }
    }

    /// <summary>
    /// The flags that keep a headless browser off the network: without the background-networking
    /// ones it tries to reach Google's servers, and the proxy on a closed local port makes any
    /// request for a web address fail at once instead of waiting. (No flag holds a space, so a
    /// driver that joins them unquoted, as PuppeteerSharp does, passes them as they are.)
    /// </summary>
    public static readonly IReadOnlyList<string> OfflineFlags =
    [
        "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
        "--disable-crash-reporter", "--disable-breakpad",
        "--proxy-server=http://127.0.0.1:9",
    ];

    /// <summary>The browser set up to run headless with a throw-away profile and <see cref="OfflineFlags"/>.</summary>
    public static ProcessStartInfo Headless(string browser, string profileDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        string[] flags = ["--headless", .. OfflineFlags, $"--user-data-dir={profileDirectory}", .. arguments];
        foreach (string flag in flags) start.ArgumentList.Add(flag);
        return start;
    }

    /// <summary>
    /// Runs the browser to the end and returns what it printed on standard output; throws with
    /// the end of its error output if it fails. It is stopped, with every process it started,
    /// if it takes longer than <paramref name="timeout"/> or <paramref name="cancel"/> fires.
    /// </summary>
    public static string Run(ProcessStartInfo start, TimeSpan timeout, CancellationToken cancel = default)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start the browser '{start.FileName}'");
        Task<string> output = process.StandardOutput.ReadToEndAsync(), errors = process.StandardError.ReadToEndAsync();
        using var timeoutOrCancel = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeoutOrCancel.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(timeoutOrCancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            cancel.ThrowIfCancellationRequested();
            throw new TimeoutException($"the browser '{start.FileName}' did not finish within {timeout.TotalSeconds:0} s and was stopped");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"the browser '{start.FileName}' failed with exit code {process.ExitCode}: {LastLines(errors.Result)}");
        return output.Result;
    }

    /// <summary>The end of the browser's error output, without the D-Bus noise it prints on machines with no desktop.</summary>
    internal static string LastLines(string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains("dbus", StringComparison.OrdinalIgnoreCase) && !line.Contains("unexpected operator")).TakeLast(3);
        string text = string.Join(" | ", lines);
        return text.Length == 0 ? "(no error output)" : text;
    }
}
