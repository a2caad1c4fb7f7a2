namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>Bad arguments: one line naming what was wrong and what was expected; no kernel starts.</summary>
public sealed class ArgumentTests : IDisposable
{
    readonly TempFolder folder = new();

    [Theory]
    [InlineData("--fast", "unknown option '--fast'; expected one of --out, --in-place, --timeout")]
    [InlineData("--out", "--out needs a value; expected --out DIR")]
    [InlineData("--timeout", "--timeout needs a value; expected --timeout SECONDS")]
    [InlineData("--timeout=0", "--timeout '0' is not a number above 0; expected e.g. --timeout 600")]
    [InlineData("--timeout=soon", "--timeout 'soon' is not a number above 0")]
    public void Unknown_or_incomplete_options_are_refused(string option, string message)
    {
        var run = Cli.Run("run", Repo.Fixture("good.ipynb"), option);
        AssertRefused(run, message);
    }

    [Fact]
    public void No_notebook_is_refused() => AssertRefused(Cli.Run("run"), "no notebook given");

    [Fact]
    public void A_missing_file_is_refused() =>
        AssertRefused(Cli.Run("run", folder.File("nope.ipynb")), "nope.ipynb' does not exist (expected a .ipynb notebook or a folder of them)");

    [Fact]
    public void A_file_that_is_not_a_notebook_is_refused()
    {
        File.WriteAllText(folder.File("notes.txt"), "hello");
        AssertRefused(Cli.Run("run", folder.File("notes.txt")), "notes.txt' is not a notebook (expected a .ipynb file)");
    }

    [Fact]
    public void Malformed_json_is_refused_naming_the_line()
    {
        File.WriteAllText(folder.File("bad.ipynb"), "{\n \"cells\": [\n");
        AssertRefused(Cli.Run("run", folder.File("bad.ipynb")), "bad.ipynb' is not valid JSON (line 3): expected a Jupyter notebook");
    }

    [Fact]
    public void Json_that_is_not_a_notebook_is_refused()
    {
        File.WriteAllText(folder.File("data.ipynb"), "{\"nbformat\": 4, \"rows\": []}");
        AssertRefused(Cli.Run("run", folder.File("data.ipynb")), "data.ipynb' is not a Jupyter notebook: no \"cells\" list");
    }

    [Fact]
    public void A_folder_without_notebooks_is_refused() =>
        AssertRefused(Cli.Run("run", folder.Path), "has no .ipynb notebooks");

    [Fact]
    public void Out_and_in_place_together_are_refused() =>
        AssertRefused(Cli.Run("run", Repo.Fixture("good.ipynb"), "--out", folder.Path, "--in-place"), "--out and --in-place exclude each other");

    [Fact]
    public void A_bad_notebook_among_good_ones_stops_the_run_before_any_kernel_starts()
    {
        File.WriteAllText(folder.File("bad.ipynb"), "not json");
        var run = Cli.Run("run", Repo.Fixture("good.ipynb"), folder.File("bad.ipynb"), "--out", folder.File("out"));
        AssertRefused(run, "bad.ipynb' is not valid JSON");
        Assert.False(Directory.Exists(folder.File("out")));
    }

    static void AssertRefused(Cli run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("neuralscratch run: ", run.ErrorLine);
        Assert.Contains(message, run.ErrorLine);
        Assert.EndsWith("(see `neuralscratch run --help`)", run.ErrorLine);
        Assert.Equal("", run.Out);
    }

    public void Dispose() => folder.Dispose();
}
