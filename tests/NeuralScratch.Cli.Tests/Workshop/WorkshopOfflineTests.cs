using System.IO.Compression;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Tests.Notebooks;
using NeuralScratch.Cli.Workshop;

namespace NeuralScratch.Cli.Tests.Workshop;

/// <summary>
/// The workshop's promise: a laptop with only the .NET SDK, no network at all and an empty NuGet cache sets
/// itself up from the pack and runs every notebook, and nothing it runs tries to reach the network.
/// Needs root, unshare and strace (CI has them); elsewhere skipped with the reason.
/// </summary>
[Collection(WorkshopCollection.Name)]
public sealed class WorkshopOfflineTests(WorkshopPacks packs, ITestOutputHelper output) : IDisposable
{
    // The Polyglot Notebooks extension's default source for its engine (its setting dotnet-interactive.interactiveToolSource).
    const string ExtensionsToolSource = "https://pkgs.dev.azure.com/dnceng/public/_packaging/dotnet-tools/nuget/v3/index.json";

    readonly TempFolder temp = new();

    [Fact]
    public void A_laptop_with_no_network_and_an_empty_NuGet_cache_sets_up_from_the_zip_and_runs_every_notebook()
    {
        OfflineLaptop.SkipUnlessPossible();
        Assert.True(packs.ZipRun.ExitCode == 0, packs.ZipRun.ToString());
        ZipFile.ExtractToDirectory(packs.Zip, temp.File("usb-stick"));
        string pack = Path.Combine(temp.File("usb-stick"), "pack");
        var laptop = new OfflineLaptop(Directory.CreateDirectory(temp.File("home")).FullName);
        string neuralscratch = Path.Combine(pack, "src", "NeuralScratch.Cli", "bin", "Release", "net10.0", "neuralscratch");
        string sizes = $"{WorkshopSize(packs.Zip)} as a zip, {WorkshopSize(pack)} unzipped";

        OfflineStep tools = Offline(laptop.Run(pack, "dotnet", "tool", "restore"));
        // The build leaves its compiler and MSBuild servers running, and strace waits for every process: shutting them down ends the step.
        OfflineStep build = Offline(laptop.Run(pack, "sh", "-c", "dotnet build src/NeuralScratch.Cli -c Release; built=$?; dotnet build-server shutdown > /dev/null; exit $built"));
        OfflineStep verify = Offline(laptop.Run(pack, neuralscratch, "workshop", "verify", "."));
        OfflineStep run = Offline(laptop.Run(pack, neuralscratch, "run", "notebooks"));
        OfflineStep vsCode = Offline(VsCodeInstallsItsEngine(laptop, pack));

        Assert.Contains("ready for the workshop", verify.Output);
        int notebooks = Directory.GetFiles(Path.Combine(pack, "notebooks"), "*.ipynb").Length;
        Assert.Contains($"{notebooks} notebook(s): {notebooks} ran, 0 failed", run.Output);
        Assert.Contains("was successfully installed", vsCode.Output);

        output.WriteLine($"{DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, load average {LoadAverage()}");
        output.WriteLine($"the pack: {sizes}; made in {packs.FolderTime.TotalSeconds:0.0} s (folder) and {packs.ZipTime.TotalSeconds:0.0} s (zip)");
        output.WriteLine("on the offline laptop, from an empty NuGet cache:");
        foreach (var (label, step) in new[] { ("dotnet tool restore", tools), ("dotnet build src/NeuralScratch.Cli -c Release (and stopping its build servers)", build),
                     ("neuralscratch workshop verify .", verify), ("neuralscratch run notebooks", run), ("VS Code's install of its engine", vsCode) })
            output.WriteLine($"{step.Elapsed.TotalSeconds,7:0.0} s  {label}");
    }

    /// <summary>What the Polyglot Notebooks extension runs to get its engine (its source, commands.ts): in a folder of its own, a tool manifest, then an install of the version asked for.</summary>
    static OfflineStep VsCodeInstallsItsEngine(OfflineLaptop laptop, string pack)
    {
        string version = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(pack, ".vscode", "settings.json")))!["dotnet-interactive.requiredInteractiveToolVersion"]!;
        string storage = Directory.CreateDirectory(Path.Combine(pack, "..", "vscode-extension-storage")).FullName;
        return laptop.Run(storage, "sh", "-c",
            $"dotnet new tool-manifest > /dev/null && dotnet tool install --add-source {ExtensionsToolSource} --ignore-failed-sources Microsoft.dotnet-interactive --version {version}");
    }

    [Fact]
    public void The_network_watch_sees_attempts_that_a_program_swallows()
    {
        OfflineLaptop.SkipUnlessPossible();
        var laptop = new OfflineLaptop(temp.Path);

        // 192.0.2.1 is an address kept for documentation; in a namespace with no network nothing leaves this machine.
        OfflineStep connect = laptop.Run(temp.Path, "bash", "-c", ": < /dev/tcp/192.0.2.1/80; exit 0");
        OfflineStep lookup = laptop.Run(temp.Path, "sh", "-c", "getent hosts nuget.org; exit 0");

        Assert.Equal((0, 0), (connect.ExitCode, lookup.ExitCode)); // both programs carried on as if nothing happened
        Assert.Contains(connect.NetworkAttempts, line => line.Contains("inet_addr(\"192.0.2.1\")"));
        Assert.Contains(lookup.NetworkAttempts, line => line.Contains("htons(53)")); // the name server, whatever its address
    }

    [Theory]
    [InlineData("""42 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("203.0.113.7")}, 16) = -1 ENETUNREACH (Network is unreachable)""", true)]
    [InlineData("""42 connect(237, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16 <unfinished ...>""", true)]
    [InlineData("""42 connect(9, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = -1 ECONNREFUSED (Connection refused)""", true)]
    [InlineData("""42 connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH""", true)]
    [InlineData("""42 sendto(8, "x", 1, 0, {sa_family=AF_INET, sin_port=htons(123), sin_addr=inet_addr("192.0.2.9")}, 16) = -1 ENETUNREACH""", true)]
    [InlineData("""42 connect(5, {sa_family=AF_INET, sin_port=htons(41000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0""", false)]
    [InlineData("""42 connect(7, {sa_family=AF_INET6, sin6_port=htons(41000), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0""", false)]
    [InlineData("""42 connect(201, {sa_family=AF_UNIX, sun_path="/tmp/MSBuild4901"}, 19) = -1 ENOENT (No such file or directory)""", false)]
    [InlineData("""42 sendto(151, [{nlmsg_len=20, nlmsg_type=RTM_GETLINK}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20""", false)]
    public void An_strace_line_is_an_attempt_when_it_reaches_past_loopback_or_asks_a_name_server(string line, bool attempt) =>
        Assert.Equal(attempt, OfflineLaptop.NetworkAttempts(line).Count == 1);

    static OfflineStep Offline(OfflineStep step)
    {
        Assert.True(step.ExitCode == 0, step.ToString());
        Assert.True(step.NetworkAttempts.Count == 0, $"{step.Command} reached for the network:\n{string.Join('\n', step.NetworkAttempts.Take(10))}\n{step}");
        return step;
    }

    static string WorkshopSize(string path) => WorkshopPack.Megabytes(File.Exists(path)
        ? new FileInfo(path).Length
        : Directory.GetFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length));

    // The machine is shared: how busy it was says how to read the times.
    static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";

    public void Dispose() => temp.Dispose();
}
