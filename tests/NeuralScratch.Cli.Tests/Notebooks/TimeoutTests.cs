namespace NeuralScratch.Cli.Tests.Notebooks;

[Collection(EngineCollection.Name)]
public sealed class TimeoutTests : IDisposable
{
    readonly TempFolder folder = new();

    [Fact]
    public void A_cell_that_runs_too_long_is_stopped_with_a_clear_message_and_its_kernel_ended()
    {
        var notebook = folder.File("slow.ipynb");
        File.Copy(Repo.AloneFixture("slow.ipynb"), notebook);

        var run = CommandRun.Of(notebook, "--timeout", "3", "--out", folder.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("slow.ipynb: cell 1 of 2 (code cell 1 of 2) timed out after 3 s (allow more with --timeout SECONDS)", run.Stderr);
        Assert.True(File.Exists(folder.File(Path.Combine("out", "slow.ipynb"))));
        Assert.Empty(ProcessesMentioning(folder.Path));
    }

    // Linux: command lines of running processes that name this folder (the kernel's --working-dir).
    static List<string> ProcessesMentioning(string text)
    {
        if (!OperatingSystem.IsLinux())
            return [];
        var found = new List<string>();
        foreach (var cmdline in Directory.GetDirectories("/proc").Select(p => Path.Combine(p, "cmdline")))
        {
            try
            {
                var line = File.ReadAllText(cmdline).Replace('\0', ' ');
                if (line.Contains(text))
                    found.Add(line);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    public void Dispose() => folder.Dispose();
}
