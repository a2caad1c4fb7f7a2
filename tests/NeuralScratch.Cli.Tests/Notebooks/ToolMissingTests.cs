namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>A repo whose pinned tool was never restored: one line saying to restore it.</summary>
public sealed class ToolMissingTests : IDisposable
{
    readonly TempFolder repo = new();

    [Fact]
    public void An_unrestored_tool_gives_one_line_saying_to_run_dotnet_tool_restore()
    {
        Directory.CreateDirectory(Path.Combine(repo.Path, ".config"));
        var manifest = File.ReadAllText(Path.Combine(Repo.Root, ".config", "dotnet-tools.json"));
        var pinned = System.Text.RegularExpressions.Regex.Match(manifest, "\"version\": \"([^\"]+)\"").Groups[1].Value;
        File.WriteAllText(Path.Combine(repo.Path, ".config", "dotnet-tools.json"), manifest.Replace(pinned, "0.0.1"));
        File.Copy(Repo.Fixture("good.ipynb"), repo.File("good.ipynb"));

        var run = Cli.Run("run", repo.File("good.ipynb"), "--out", repo.File("out"));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith($"good.ipynb: the dotnet-interactive tool is not installed: run `dotnet tool restore` in {repo.Path}", line);
    }

    public void Dispose() => repo.Dispose();
}
