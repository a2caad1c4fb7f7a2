using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// Every kit notebook with each code cell run twice in a row, in the real engine, as a learner
/// who presses Shift+Enter twice would: the second run must show what the first showed.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class RerunTests(RerunTests.DoubledNotebooksRun run) : IClassFixture<RerunTests.DoubledNotebooksRun>
{
    [Fact]
    public void Every_doubled_notebook_runs_with_no_failing_cell()
    {
        Assert.True(run.Run.ExitCode == 0, run.Run.ToString());
    }

    [Fact]
    public void Each_code_cell_run_again_at_once_shows_what_it_showed_the_first_time()
    {
        var differences = new List<string>();
        foreach (string name in KitNotebooksRun.Names)
        {
            JsonObject[] cells = ExecutedNotebook.Read(run.Output(name)).CodeCells.ToArray();
            // cells come in pairs (a cell, then the same cell again); the first pair loads the library,
            // and its second run may say so differently
            for (int i = 2; i + 1 < cells.Length; i += 2)
            {
                string first = Shown(cells[i]), again = Shown(cells[i + 1]);
                if (first != again)
                    differences.Add($"{name}, code cell {i / 2 + 1} ({FirstLine(cells[i])}):\n  first run: {Clip(first)}\n  run again: {Clip(again)}");
            }
            Assert.True(cells.Length % 2 == 0 && cells.Length >= 4, $"{name}: {cells.Length} code cells in the doubled copy");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [InlineData("Wall time: 1.21 s", "Wall time: <time>")]
    [InlineData("58.4 ms per 10000 epochs", "<time> per 10000 epochs")]
    [InlineData("2.49x the step before      2.5x step 1", "<ratio> the step before <ratio> step 1")]
    [InlineData("as written    987.6 ms   12.5x", "as written <time> <ratio>")] // a column padded to its width:
    [InlineData("as written   1234.5 ms    9.3x", "as written <time> <ratio>")] // the padding shrinks as the number grows
    [InlineData("<div id=\"neuralscratch-chart-a8c258aed9e744aeb5d85d2c3416df14\">", "<div id=\"neuralscratch-chart-<id>\">")]
    [InlineData("\\u0022neuralscratch-chart-a8c258aed9e744aeb5d85d2c3416df14\\u0022", "\\u0022neuralscratch-chart-<id>\\u0022")]
    [InlineData("<div id=\"neuralscratch-playground-0123456789abcdef0123456789abcdef\"", "<div id=\"neuralscratch-playground-<id>\"")]
    [InlineData("id=\"neuralscratch-plotlyjs-0123456789abcdef0123456789abcdef\"", "id=\"neuralscratch-plotlyjs-<id>\"")]
    [InlineData("loss 0.699, 10 of 10 digits, 3 seeds, 13 digits", "loss 0.699, 10 of 10 digits, 3 seeds, 13 digits")]
    public void The_mask_hides_only_timings_speed_ratios_and_chart_playground_and_plotly_js_ids(string text, string masked)
    {
        Assert.Equal(masked, Mask(text));
    }

    /// <summary>
    /// What a learner sees of a cell: each output's kind and its text or data, with three things
    /// masked, since they differ from run to run by nature: a time (a number followed by ms or s),
    /// a speed ratio (a number followed by x), and the random id of a chart's, a playground's or plotly.js's &lt;div&gt;;
    /// the spaces before a time or a ratio become one, since a column pads a shorter number with more.
    /// </summary>
    static string Shown(JsonObject cell) => string.Join("\n", ExecutedNotebook.Outputs(cell).Select(output =>
        Mask($"{output["output_type"]}:{output["name"]}:{output["text"]?.ToJsonString()}:{output["data"]?.ToJsonString()}")));

    internal static string Mask(string text)
    {
        text = Regex.Replace(text, @"neuralscratch-(chart|playground|plotlyjs)-[0-9a-f]{32}", "neuralscratch-$1-<id>");
        text = Regex.Replace(text, @"( *)\b\d+(\.\d+)?( ?)(ms|s)\b", m => (m.Groups[1].Length > 0 ? " " : "") + "<time>");
        return Regex.Replace(text, @"( *)\b\d+(\.\d+)?x\b", m => (m.Groups[1].Length > 0 ? " " : "") + "<ratio>");
    }

    static string FirstLine(JsonObject cell) => ExecutedNotebook.Source(cell).Split('\n')[0].Trim();

    static string Clip(string text) => text.Length <= 600 ? text : text[..600] + " …";

    /// <summary>
    /// Copies of the kit's notebooks, each code cell followed by a copy of itself, in a folder laid
    /// out like the repo (the loader copied, src/ and tests/ linked), run once by `neuralscratch run`.
    /// </summary>
    public sealed class DoubledNotebooksRun : IDisposable
    {
        readonly TempFolder folder = new();
        readonly List<string> links = [];

        public DoubledNotebooksRun()
        {
            string notebooks = Path.Combine(folder.Path, "notebooks"), loader = Path.Combine(notebooks, "_loader");
            Directory.CreateDirectory(loader);
            foreach (string file in Directory.GetFiles(Repo.LoaderFolder))
                File.Copy(file, Path.Combine(loader, Path.GetFileName(file)));
            foreach (string top in new[] { "src", "tests" })
            {
                string link = Path.Combine(folder.Path, top);
                Directory.CreateSymbolicLink(link, Path.Combine(Repo.Root, top));
                links.Add(link);
            }
            foreach (string name in KitNotebooksRun.Names)
                File.WriteAllText(Path.Combine(notebooks, name), Doubled(File.ReadAllText(Path.Combine(Repo.Root, "notebooks", name))));
            Run = Cli.Run("run", notebooks, "--out", Path.Combine(folder.Path, "out"), "--timeout", "600");
        }

        public Cli Run { get; }

        public string Output(string name) => Path.Combine(folder.Path, "out", name);

        static string Doubled(string notebookJson)
        {
            JsonObject notebook = JsonNode.Parse(notebookJson)!.AsObject();
            var cells = new JsonArray();
            foreach (JsonNode? cell in notebook["cells"]!.AsArray())
            {
                cells.Add(cell!.DeepClone());
                if ((string?)cell["cell_type"] != "code") continue;
                JsonNode again = cell.DeepClone();
                again["id"] = $"{(string?)cell["id"]}-again";
                cells.Add(again);
            }
            notebook["cells"] = cells;
            return notebook.ToJsonString();
        }

        public void Dispose()
        {
            foreach (string link in links) Directory.Delete(link); // the link only, never what it points to
            folder.Dispose();
        }
    }
}
