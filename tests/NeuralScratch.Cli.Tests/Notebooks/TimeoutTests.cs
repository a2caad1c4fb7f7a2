namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>A cell that runs too long, or a run cancelled (Ctrl+C): the kernel is ended either way.</summary>
[Collection(EngineCollection.Name)]
public sealed class TimeoutTests : IDisposable
{
    readonly TempFolder folder = new();
    readonly string notebook;

    public TimeoutTests()
    {
        notebook = folder.File("slow.ipynb");
        File.Copy(Repo.AloneFixture("slow.ipynb"), notebook);
    }

    [Fact]
    public void A_cell_that_runs_too_long_is_stopped_with_a_clear_message_and_its_kernel_ended()
    {
        var run = Cli.Run("run", notebook, "--timeout", "3", "--out", folder.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("slow.ipynb: cell 1 of 2 (code cell 1 of 2) timed out after 3 s (allow more with --timeout SECONDS)", run.Error);
        Assert.True(File.Exists(folder.File(Path.Combine("out", "slow.ipynb"))));
        Assert.Empty(ProcessesMentioning(folder.Path));
    }

    [Fact]
    public void A_cancelled_run_ends_its_kernel_writes_nothing_and_exits_130()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(8));

        var run = Cli.Run(cancel.Token, "run", notebook, "--out", folder.File("out"));

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("neuralscratch run: cancelled while running", run.Error);
        Assert.False(Directory.Exists(folder.File("out")));
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
