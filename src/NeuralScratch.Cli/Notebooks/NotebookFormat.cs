using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// Fills in what nbformat 4.5 requires and VS Code writes, keeping whatever is already there:
/// a unique id on every cell, the .NET kernel's notebook metadata, and per-cell kernel metadata.
/// </summary>
internal static partial class NotebookFormat
{
    public static void Complete(JsonObject notebook)
    {
        notebook["nbformat"] = 4;
        notebook["nbformat_minor"] = Math.Max(5, (int?)notebook["nbformat_minor"] ?? 0);
        CompleteNotebookMetadata(notebook);
        var cells = notebook["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        GiveEveryCellAnId(cells);
        foreach (var cell in cells)
            CompleteCell(cell);
    }

    static void CompleteNotebookMetadata(JsonObject notebook)
    {
        var metadata = ObjectAt(notebook, "metadata");
        metadata["kernelspec"] ??= new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        };
        metadata["language_info"] ??= new JsonObject { ["name"] = "polyglot-notebook" };
        metadata["polyglot_notebook"] ??= new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
            },
        };
    }

    // Ids are kept when valid and unique; others get "cell-<number>", which stays the same run after run.
    static void GiveEveryCellAnId(List<JsonObject> cells)
    {
        var taken = new HashSet<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var id = (string?)cells[i]["id"];
            if (id is null || !ValidId().IsMatch(id) || !taken.Add(id))
                cells[i]["id"] = NewId(i + 1, taken);
        }
    }

    static string NewId(int number, HashSet<string> taken)
    {
        var id = $"cell-{number}";
        for (var suffix = 2; !taken.Add(id); suffix++)
            id = $"cell-{number}-{suffix}";
        return id;
    }

    static void CompleteCell(JsonObject cell)
    {
        var metadata = ObjectAt(cell, "metadata");
        if (!NotebookDocument.IsCode(cell))
        {
            cell.Remove("outputs");
            cell.Remove("execution_count");
            return;
        }
        var kernelName = (string?)metadata["polyglot_notebook"]?["kernelName"] ?? "csharp";
        metadata["dotnet_interactive"] ??= new JsonObject { ["language"] = kernelName };
        metadata["polyglot_notebook"] ??= new JsonObject { ["kernelName"] = kernelName };
        cell["outputs"] ??= new JsonArray();
        if (!cell.ContainsKey("execution_count"))
            cell["execution_count"] = null;
    }

    static JsonObject ObjectAt(JsonObject parent, string key)
    {
        if (parent[key] is not JsonObject child)
            parent[key] = child = new JsonObject();
        return child;
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex ValidId();
}
