using System.Text.Json;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli.Jupyter;

/// <summary>
/// The kit's Jupyter kernel: the notebook engine pinned in .config/dotnet-tools.json, registered under
/// the name the notebooks ask for (<c>.net-csharp</c>), so that the VS Code Jupyter extension, JupyterLab
/// and the classic Notebook run them with it.
/// </summary>
public static class KernelSpec
{
    /// <summary>The kernel's name: the notebooks' metadata asks for it (<c>"kernelspec": {"name": ".net-csharp"}</c>).</summary>
    public const string Name = ".net-csharp";

    /// <summary>
    /// The ports the engine's HTTP server may take. The engine's default, 2048-3000, gives a second open
    /// notebook port 2049, which browsers refuse (NFS: on Chromium's and the Fetch standard's list of bad
    /// ports); the next refused port is 3659, so 2050-3000 holds none.
    /// </summary>
    public const string HttpPortRange = "2050-3000";

    // Marks a kernel.json as this command's, so that install and uninstall touch no other.
    const string WrittenBy = "neuralscratch kernel install";

    /// <summary>
    /// kernel.json: <c>dotnet tool run</c> from the kernel's working directory, which Jupyter sets to the
    /// notebook's folder, so the engine is the one the repo pins (a new pin needs no reinstall); its HTTP
    /// server on loopback only, on ports browsers allow; the kit's engine environment (<see cref="EngineEnvironment"/>).
    /// </summary>
    public static string Json() => new JsonObject
    {
        ["argv"] = new JsonArray("dotnet", "tool", "run", "dotnet-interactive", "--", "jupyter",
            "--default-kernel", "csharp", "--http-local-only", "--http-port-range", HttpPortRange, "{connection_file}"),
        ["display_name"] = ".NET (C#)",
        ["language"] = "C#",
        ["env"] = EngineEnvironment.AsJson(),
        ["metadata"] = new JsonObject { ["written_by"] = WrittenBy },
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    /// <summary>Where Jupyter looks for kernels in <paramref name="dataDirectory"/>: its kernels/.net-csharp folder.</summary>
    public static string Folder(string dataDirectory) => Path.Combine(dataDirectory, "kernels", Name);

    /// <summary>
    /// Jupyter's user data folder, as jupyter_core computes it (what <c>jupyter --data-dir</c> prints):
    /// $JUPYTER_DATA_DIR if set; else on Linux $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter, on macOS
    /// ~/Library/Jupyter, on Windows %APPDATA%\jupyter. Computed here, so no Python is needed to install.
    /// </summary>
    public static string UserDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } set) return set;
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter");
        string dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share");
        return Path.Combine(dataHome, "jupyter");
    }

    /// <summary>Whether the kernel.json in <paramref name="folder"/> is one this command wrote.</summary>
    public static bool IsOurs(string folder)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))?["metadata"]?["written_by"]?.GetValue<string>() == WrittenBy;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return false; // not JSON, or not the shape we write: someone else's
        }
    }
}
