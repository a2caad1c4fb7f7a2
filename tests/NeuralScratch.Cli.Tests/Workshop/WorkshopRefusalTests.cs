using System.Diagnostics;
using System.Text.Json.Nodes;
using NeuralScratch.Cli.Tests.Notebooks;

namespace NeuralScratch.Cli.Tests.Workshop;

/// <summary>`workshop pack` on a machine whose NuGet cache lacks a package the kit needs, and whose only source lacks it too.</summary>
[Collection(WorkshopCollection.Name)]
public sealed class WorkshopRefusalTests : IDisposable
{
    readonly TempFolder temp = new();

    [Fact]
    public void A_package_neither_in_the_cache_nor_on_a_source_is_named_in_one_line_and_nothing_is_left()
    {
        string cache = CacheWithout("spectre.console");
        string home = NuGetHomeWithOneEmptySource();
        string parent = Directory.CreateDirectory(temp.File("out")).FullName;

        var (exitCode, stdout, stderr) = PackInAnotherProcess(Path.Combine(parent, "pack"), ("HOME", home), ("NUGET_PACKAGES", cache));

        Assert.True(exitCode == 1, $"exit {exitCode}\n{stdout}\n{stderr}");
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("neuralscratch workshop pack: `dotnet restore src/NeuralScratch.Cli --disable-build-servers` failed: NU1101: Unable to find package Spectre.Console.", line);
        Assert.EndsWith("expected every package the kit needs in this machine's NuGet cache or on a source it can reach: connect to the package registry and run the pack again", line);
        Assert.Empty(Directory.GetFileSystemEntries(parent)); // no pack, no half-made one
    }

    // This machine's NuGet cache, each package a link to the real one, but for one left out.
    string CacheWithout(string leftOut)
    {
        JsonNode assets = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "src", "NeuralScratch.Cli", "obj", "project.assets.json")))!;
        string real = (string)assets["project"]!["restore"]!["packagesPath"]!;
        Assert.True(Directory.Exists(Path.Combine(real, leftOut)), $"the test expects {leftOut} in this machine's NuGet cache {real}");
        string cache = Directory.CreateDirectory(temp.File("cache")).FullName;
        foreach (string package in Directory.GetDirectories(real).Where(p => Path.GetFileName(p) != leftOut))
            Directory.CreateSymbolicLink(Path.Combine(cache, Path.GetFileName(package)), package);
        return cache;
    }

    // A HOME whose NuGet.Config lists one source, an empty folder: nothing can be fetched.
    string NuGetHomeWithOneEmptySource()
    {
        string home = temp.File("home");
        string empty = Directory.CreateDirectory(temp.File("empty-source")).FullName;
        Directory.CreateDirectory(Path.Combine(home, ".nuget", "NuGet"));
        File.WriteAllText(Path.Combine(home, ".nuget", "NuGet", "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="empty" value="{empty}" />
              </packageSources>
            </configuration>
            """);
        return home;
    }

    // Another process, since HOME and NUGET_PACKAGES are the whole process's: the command line as this test build holds it.
    static (int ExitCode, string Out, string Error) PackInAnotherProcess(string output, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "NeuralScratch.Cli.dll"), "workshop", "pack", "--out", output])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(), stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "workshop pack did not end within 5 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => temp.Dispose();
}
