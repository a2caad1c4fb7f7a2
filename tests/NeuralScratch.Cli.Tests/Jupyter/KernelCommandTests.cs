using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Jupyter;
using NeuralScratch.Cli.Tests.Notebooks;

namespace NeuralScratch.Cli.Tests.Jupyter;

/// <summary><c>neuralscratch kernel install|uninstall</c>: the kernel.json it writes, where, and what it leaves alone.</summary>
public sealed class KernelCommandTests : IDisposable
{
    readonly TempFolder folder = new();

    string KernelJson => Path.Combine(folder.Path, "kernels", ".net-csharp", "kernel.json");

    JsonObject Written => JsonNode.Parse(File.ReadAllText(KernelJson))!.AsObject();

    static string[] Argv(JsonObject spec) => spec["argv"]!.AsArray().Select(a => (string)a!).ToArray();

    [Fact]
    public void Install_path_writes_a_kernel_that_runs_the_pinned_engine_on_loopback_and_ports_browsers_allow()
    {
        Cli run = Cli.Run("kernel", "install", "--path", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Path.GetDirectoryName(KernelJson)!, run.Out);
        string[] argv = Argv(Written);
        Assert.Equal(["dotnet", "tool", "run", "dotnet-interactive", "--", "jupyter"], argv[..6]);
        Assert.Contains("--http-local-only", argv);
        Assert.Equal("2050-3000", argv[Array.IndexOf(argv, "--http-port-range") + 1]);
        Assert.Equal("{connection_file}", argv[^1]);
        Assert.Equal(".NET (C#)", (string?)Written["display_name"]);
        Assert.Equal("0", (string?)Written["env"]!["DOTNET_gcServer"]); // the workstation garbage collector, as `neuralscratch run` starts the engine
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(KernelJson)!, "*.tmp")); // written atomically: no temp file left
    }

    /// <summary>The Fetch standard's bad ports (https://fetch.spec.whatwg.org/#port-blocking), which Chromium and Firefox refuse, from 1000 up.</summary>
    static readonly int[] BadPorts = [1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080];

    [Fact]
    public void The_port_range_holds_no_port_a_browser_refuses()
    {
        int[] range = KernelSpec.HttpPortRange.Split('-').Select(int.Parse).ToArray();
        Assert.True(range[0] < range[1]);
        Assert.DoesNotContain(BadPorts, port => port >= range[0] && port <= range[1]);
    }

    [Fact]
    public void Jupyter_lists_the_kernel_from_JUPYTER_PATH()
    {
        string kernelspec = ClassicNotebookServer.Executable("jupyter-kernelspec"); // skipped where there is no Jupyter (failed in CI)
        Assert.Equal(0, Cli.Run("kernel", "install", "--path", folder.Path).ExitCode);

        var start = new ProcessStartInfo(kernelspec, ["list", "--json"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["JUPYTER_PATH"] = folder.Path;
        using Process list = Process.Start(start)!;
        string json = list.StandardOutput.ReadToEnd();
        list.WaitForExit();

        JsonNode listed = JsonNode.Parse(json)!["kernelspecs"]![".net-csharp"]!;
        Assert.Equal(Path.GetDirectoryName(KernelJson), (string?)listed["resource_dir"]);
        Assert.Equal(Argv(Written), listed["spec"]!["argv"]!.AsArray().Select(a => (string)a!));
    }

    [Fact]
    public void A_kernel_of_the_same_name_that_it_did_not_write_is_left_alone_unless_forced()
    {
        string polyglots = """{"argv": ["dotnet", "interactive", "jupyter", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}""";
        Directory.CreateDirectory(Path.GetDirectoryName(KernelJson)!);
        File.WriteAllText(KernelJson, polyglots);

        Cli install = Cli.Run("kernel", "install", "--path", folder.Path), uninstall = Cli.Run("kernel", "uninstall", "--path", folder.Path);

        Assert.Equal((1, 1), (install.ExitCode, uninstall.ExitCode));
        Assert.Equal($"neuralscratch kernel install: {KernelJson} was not written by neuralscratch (Polyglot Notebooks' own, say); expected none there, or --force to replace it", install.ErrorLine);
        Assert.StartsWith("neuralscratch kernel uninstall: ", uninstall.ErrorLine);
        Assert.Equal(polyglots, File.ReadAllText(KernelJson));

        Assert.Equal(0, Cli.Run("kernel", "install", "--path", folder.Path, "--force").ExitCode);
        Assert.Contains("--http-local-only", Argv(Written));
    }

    [Fact]
    public void Uninstall_removes_its_kernel_and_says_so_when_there_is_none()
    {
        Cli.Run("kernel", "install", "--path", folder.Path);

        Cli removed = Cli.Run("kernel", "uninstall", "--path", folder.Path), again = Cli.Run("kernel", "uninstall", "--path", folder.Path);

        Assert.Equal((0, 0), (removed.ExitCode, again.ExitCode));
        Assert.False(Directory.Exists(Path.GetDirectoryName(KernelJson)));
        Assert.Equal($"No .net-csharp kernel in {folder.Path}: nothing to remove.", again.Out.Trim());
    }

    [Theory]
    [InlineData("--user", "--path", "x")]
    [InlineData("--path")]
    public void A_wrong_command_line_gets_one_line_and_exit_code_2(params string[] options)
    {
        Cli run = Cli.Run(["kernel", "install", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("neuralscratch kernel install: ", run.ErrorLine);
    }

    [Fact]
    public void The_user_folder_is_jupyters_data_dir()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string expected = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } set ? set
            : OperatingSystem.IsLinux() ? Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share"), "jupyter")
            : KernelSpec.UserDataDirectory();
        Assert.Equal(expected, KernelSpec.UserDataDirectory());
        // Where Jupyter is installed, it says the same.
        if (new[] { "/usr/bin/jupyter" }.FirstOrDefault(File.Exists) is string jupyter)
        {
            using Process dataDir = Process.Start(new ProcessStartInfo(jupyter, ["--data-dir"]) { RedirectStandardOutput = true })!;
            Assert.Equal(KernelSpec.UserDataDirectory(), dataDir.StandardOutput.ReadToEnd().Trim());
        }
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>The kernel started as the kernelspec says: every socket it listens on is on loopback.</summary>
[Collection(EngineCollection.Name)]
public sealed class KernelListensOnLoopbackTests(ITestOutputHelper output) : IDisposable
{
    readonly TempFolder folder = new();

    [Fact]
    public void The_kernel_as_installed_listens_only_on_loopback()
    {
        Assert.SkipUnless(ListeningSockets.Readable, "reads the sockets from Linux's /proc");
        Assert.Equal(0, Cli.Run("kernel", "install", "--path", folder.Path).ExitCode);
        JsonObject spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "kernels", ".net-csharp", "kernel.json")))!.AsObject();

        using Process kernel = Start(spec, ConnectionFile());
        try
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<IPEndPoint> listening = [];
            // The HTTP server (ports 2050-3000) is the last thing the engine starts.
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && !kernel.HasExited && !listening.Any(e => e.Port is >= 2050 and <= 3000))
            {
                Thread.Sleep(500);
                listening = ListeningSockets.Of(kernel.Id);
            }
            Assert.True(listening.Any(e => e.Port is >= 2050 and <= 3000),
                $"no HTTP server in 2050-3000 after {clock.Elapsed.TotalSeconds:F0} s; listening on {string.Join(", ", listening)}; exited: {kernel.HasExited}");
            output.WriteLine($"after {clock.Elapsed.TotalSeconds:F1} s the kernel listens on {string.Join(", ", listening)}");
            Assert.All(listening, endPoint => Assert.True(IPAddress.IsLoopback(endPoint.Address), $"the kernel listens on {endPoint}, not on loopback"));
        }
        finally
        {
            kernel.Kill(entireProcessTree: true);
            kernel.WaitForExit();
        }
    }

    // As Jupyter starts a kernel: argv with the connection file, the notebook's folder as working directory, env added.
    static Process Start(JsonObject spec, string connectionFile)
    {
        string[] argv = spec["argv"]!.AsArray().Select(a => ((string)a!).Replace("{connection_file}", connectionFile)).ToArray();
        var start = new ProcessStartInfo(argv[0], argv[1..])
        {
            WorkingDirectory = Path.Combine(Repo.Root, "notebooks"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in spec["env"]!.AsObject()) start.Environment[name] = (string?)value;
        Process kernel = Process.Start(start)!;
        kernel.OutputDataReceived += (_, _) => { };
        kernel.ErrorDataReceived += (_, _) => { };
        kernel.BeginOutputReadLine();
        kernel.BeginErrorReadLine();
        return kernel;
    }

    // What Jupyter writes for a kernel on this machine: loopback, five free ports, a key.
    string ConnectionFile()
    {
        var listeners = Enumerable.Range(0, 5).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners) listener.Start();
        int[] ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners) listener.Stop();
        string path = folder.File("kernel-connection.json");
        File.WriteAllText(path, new JsonObject
        {
            ["ip"] = "127.0.0.1", ["transport"] = "tcp", ["signature_scheme"] = "hmac-sha256", ["key"] = Guid.NewGuid().ToString("N"),
            ["shell_port"] = ports[0], ["iopub_port"] = ports[1], ["stdin_port"] = ports[2], ["control_port"] = ports[3], ["hb_port"] = ports[4],
        }.ToJsonString());
        return path;
    }

    public void Dispose() => folder.Dispose();
}
