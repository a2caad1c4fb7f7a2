using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// A .ipynb file (nbformat 4) held as plain JSON, so that everything the runner does not
/// touch (metadata, attachments, unknown keys) is written back exactly as it was read.
/// (Microsoft.DotNet.Interactive.Documents reads and writes notebooks too, but writes nbformat 4.5
/// without the cell ids 4.5 requires, and the runner would still map the engine's events itself.)
/// </summary>
internal sealed class NotebookDocument
{
    readonly JsonObject root;

    NotebookDocument(string path, JsonObject root, IReadOnlyList<JsonObject> cells)
    {
        Path = path;
        this.root = root;
        Cells = cells;
    }

    public string Path { get; }

    public IReadOnlyList<JsonObject> Cells { get; }

    /// <summary>Reads a notebook; on a bad file returns null and a one-line reason.</summary>
    public static (NotebookDocument? Notebook, string? Error) Load(string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return (null, $"'{path}' is not valid JSON (line {e.LineNumber + 1}): expected a Jupyter notebook");
        }

        var problem = NbformatProblem(node);
        if (problem is not null)
            return (null, $"'{path}' is not a Jupyter notebook: {problem} (expected nbformat 4 JSON with a \"cells\" list)");
        var cells = node!["cells"]!.AsArray().Select(cell => cell!.AsObject()).ToList();
        return (new NotebookDocument(path, node.AsObject(), cells), null);
    }

    static string? NbformatProblem(JsonNode? node)
    {
        if (node is not JsonObject notebook)
            return "the top level is not a JSON object";
        if (notebook["nbformat"] is not JsonValue version || !version.TryGetValue<int>(out var major) || major != 4)
            return "\"nbformat\" is not 4";
        if (notebook["cells"] is not JsonArray cells)
            return "no \"cells\" list";
        for (var i = 0; i < cells.Count; i++)
        {
            if (!IsCell(cells[i]))
                return $"cell {i + 1} has no \"cell_type\" or \"source\"";
        }
        return null;
    }

    static bool IsCell(JsonNode? cell) =>
        cell is JsonObject o && o["cell_type"]?.GetValueKind() == JsonValueKind.String && o["source"] is not null;

    public static bool IsCode(JsonObject cell) => (string?)cell["cell_type"] == "code";

    /// <summary>A cell's source: nbformat allows one string or a list of lines.</summary>
    public static string SourceOf(JsonObject cell) => JoinText(cell["source"]);

    public static string JoinText(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };

    /// <summary>The kernel a code cell is meant for, as VS Code records it.</summary>
    public string KernelNameOf(JsonObject cell) =>
        (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"]
        ?? (string?)cell["metadata"]?["dotnet_interactive"]?["language"]
        ?? DefaultKernelName;

    public string DefaultKernelName =>
        (string?)root["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] ?? "csharp";

    /// <summary>Writes a copy of this notebook to <paramref name="path"/>, atomically.</summary>
    public void SaveAs(string path)
    {
        NotebookFormat.Complete(root);
        var json = root.ToJsonString(WriteOptions) + "\n";
        AtomicFile.WriteAllText(path, json);
    }

    // Jupyter and VS Code write one-space indents and leave <, > and non-ASCII text as is.
    static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
