using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// Runs every notebook of the kit (notebooks/*.ipynb) once in the real engine, as
/// `neuralscratch run notebooks --out DIR` does; the tests then read the executed copies.
/// </summary>
public sealed class KitNotebooksRun : IDisposable
{
    readonly TempFolder output = new();

    public KitNotebooksRun() => Run = Cli.Run("run", Path.Combine(Repo.Root, "notebooks"), "--out", output.Path, "--timeout", "600");

    public Cli Run { get; }

    public static string[] Names => Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order().ToArray()!;

    public ExecutedNotebook Notebook(string name) => ExecutedNotebook.Read(output.File(name));

    public void Dispose() => output.Dispose();
}

/// <summary>An executed notebook, read the way a test needs it: find a code cell by its code, read its outputs.</summary>
public sealed record ExecutedNotebook(JsonObject Json)
{
    public static ExecutedNotebook Read(string path) => new(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>Every cell, markdown and code, in order.</summary>
    public IEnumerable<JsonObject> Cells => Json["cells"]!.AsArray().Select(c => c!.AsObject());

    public IEnumerable<JsonObject> CodeCells => Cells.Where(c => (string?)c["cell_type"] == "code");

    /// <summary>Every cell's source, markdown and code, in order (cell n is [n − 1]).</summary>
    public string[] Sources => Cells.Select(Source).ToArray();

    /// <summary>Every markdown cell's text, joined by blank lines.</summary>
    public string Markdown => string.Join("\n\n", Cells.Where(c => (string?)c["cell_type"] == "markdown").Select(c => Source(c).ReplaceLineEndings("\n")));

    /// <summary>The one code cell whose code contains <paramref name="code"/>.</summary>
    public JsonObject Cell(string code) => Assert.Single(CodeCells, c => Source(c).Contains(code));

    public static string Source(JsonObject cell) => Text(cell["source"]);

    /// <summary>Everything the cell printed (stdout).</summary>
    public string Printed(string code) => string.Concat(Outputs(Cell(code)).Where(o => (string?)o["output_type"] == "stream").Select(o => Text(o["text"])));

    /// <summary>The cell's outputs of one MIME type (its displays and its value).</summary>
    public IEnumerable<string> Data(string code, string mimeType) => Data(Cell(code), mimeType);

    public static IEnumerable<string> Data(JsonObject cell, string mimeType) =>
        Outputs(cell).Select(o => o["data"]?[mimeType]).Where(d => d is not null).Select(Text);

    /// <summary>A cell's value as the engine shows it, e.g. &lt;pre&gt;4&lt;/pre&gt; read as "4".</summary>
    public string Value(string code)
    {
        string html = Assert.Single(Data(code, "text/html"));
        return Regex.Match(html, "<pre>(.*?)</pre>", RegexOptions.Singleline).Groups[1].Value;
    }

    public static IEnumerable<JsonObject> Outputs(JsonObject cell) => cell["outputs"]!.AsArray().Select(o => o!.AsObject());

    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        null => "",
        _ => (string?)node ?? "",
    };
}
