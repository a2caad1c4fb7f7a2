using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NeuralScratch.Cli.Tests.Notebooks;

namespace NeuralScratch.Cli.Tests.Jupyter;

/// <summary>
/// Debian's classic Jupyter Notebook server on 127.0.0.1 (a free port, a token), serving a copy of a kit
/// notebook laid out as in the repo, with the kernel that <c>neuralscratch kernel install --path</c> wrote
/// as its only .net-csharp kernel, and Jupyter's own folders in a temp folder (nothing of the user's is read
/// or written). Where there is no Jupyter, a test that asks for it is skipped with the reason, or fails in CI.
/// </summary>
public sealed class ClassicNotebookServer : IDisposable
{
    public const string Missing = "install Debian's classic Jupyter Notebook to run the Jupyter tests: apt-get install jupyter-notebook jupyter-client (.ci/run installs them)";

    readonly TempFolder folder = new();
    readonly Process server;

    /// <summary>Starts the server for a copy of <paramref name="notebook"/> (a file name in notebooks/).</summary>
    public ClassicNotebookServer(string notebook)
    {
        string jupyter = Executable("jupyter-notebook");
        Kernels = Path.Combine(folder.Path, "kernels-path");
        Cli install = Cli.Run("kernel", "install", "--path", Kernels);
        Assert.True(install.ExitCode == 0, install.ToString());
        NotebookFolder = RepoLayout(folder.Path, notebook);
        Port = FreePort();
        server = Process.Start(StartInfo(jupyter))!;
        WaitUntilServing();
    }

    /// <summary>The folder given as JUPYTER_PATH: its kernels/.net-csharp is the kernel install wrote.</summary>
    public string Kernels { get; }

    /// <summary>The copy's notebooks/ folder: the notebook, and _loader as in the repo.</summary>
    public string NotebookFolder { get; }

    public int Port { get; }

    public string Token { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The address of a notebook of <see cref="NotebookFolder"/> in the classic Notebook's page.</summary>
    public string Url(string notebook) => $"http://127.0.0.1:{Port}/notebooks/{Uri.EscapeDataString(notebook)}?token={Token}";

    /// <summary>The server's process: the kernels it starts are its children.</summary>
    public int ProcessId => server.Id;

    /// <summary>
    /// A Jupyter program of Debian's (/usr/bin first: on PATH a pyenv shim may stand before it); skips the
    /// test where there is none, or fails it when CI=true.
    /// </summary>
    public static string Executable(string name)
    {
        string? found = new[] { "/usr/bin" }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            .Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists);
        if (found is not null) return found;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true and no {name} was found: {Missing}");
        Assert.Skip(Missing);
        return "";
    }

    // A folder laid out like the repo, so the loader finds the library's build relative to itself:
    // links to the repo's .config (the pinned engine), src (the build) and tests (reference data), a
    // link to notebooks/_loader, and a copy of the notebook, which the server may save without touching the repo's.
    static string RepoLayout(string root, string notebook)
    {
        foreach (string name in new[] { ".config", "src", "tests" })
            Directory.CreateSymbolicLink(Path.Combine(root, name), Path.Combine(Repo.Root, name));
        string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(notebooks, "_loader"), Repo.LoaderFolder);
        File.Copy(Path.Combine(Repo.Root, "notebooks", notebook), Path.Combine(notebooks, notebook));
        return notebooks;
    }

    static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    ProcessStartInfo StartInfo(string jupyter)
    {
        var start = new ProcessStartInfo(jupyter)
        {
            WorkingDirectory = NotebookFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = ["--no-browser", "--ip=127.0.0.1", $"--port={Port}", "--port-retries=0", $"--NotebookApp.token={Token}",
            $"--notebook-dir={NotebookFolder}", .. Environment.UserName == "root" ? ["--allow-root"] : Array.Empty<string>()];
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["JUPYTER_PATH"] = Kernels;
        foreach (string variable in new[] { "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR" })
            start.Environment[variable] = Directory.CreateDirectory(Path.Combine(folder.Path, "jupyter", variable)).FullName;
        return start;
    }

    // Reads its output as it comes (a full pipe would stop it), keeping it for a failure's message.
    readonly System.Text.StringBuilder log = new();

    void WaitUntilServing()
    {
        server.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.HasExited) break;
            try
            {
                if (http.GetAsync($"http://127.0.0.1:{Port}/api/status?token={Token}").GetAwaiter().GetResult().IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            Thread.Sleep(250);
        }
        Dispose();
        Assert.Fail($"the classic Notebook server did not start within 60 s:\n{Log}");
    }

    /// <summary>What the server printed (its log, and the kernels' output).</summary>
    public string Log { get { lock (log) return log.ToString(); } }

    public void Dispose()
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true); // the server and the kernels it started
            server.WaitForExit();
        }
        server.Dispose();
        folder.Dispose();
    }
}
