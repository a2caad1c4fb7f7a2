using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// The rules of the nbformat 4.5 schema that an executed copy could break, written out:
/// required keys, no unknown keys where the schema forbids them, cell ids, output shapes.
/// Returns the problems found; none means valid.
/// </summary>
internal static class Nbformat
{
    static readonly Regex CellId = new("^[a-zA-Z0-9-_]{1,64}$");

    static readonly Dictionary<string, string[]> OutputKeys = new()
    {
        ["stream"] = ["output_type", "name", "text"],
        ["display_data"] = ["output_type", "data", "metadata"],
        ["execute_result"] = ["output_type", "data", "metadata", "execution_count"],
        ["error"] = ["output_type", "ename", "evalue", "traceback"],
    };

    public static List<string> Problems(JsonObject notebook)
    {
        var problems = new List<string>();
        Check(problems, (int?)notebook["nbformat"] == 4, "nbformat is not 4");
        Check(problems, (int?)notebook["nbformat_minor"] >= 5, "nbformat_minor is below 5");
        Check(problems, notebook["metadata"] is JsonObject, "no metadata object");
        if (notebook["cells"] is not JsonArray cells)
            return [.. problems, "no cells list"];

        var ids = new HashSet<string>();
        for (var i = 0; i < cells.Count; i++)
            CheckCell(problems, $"cell {i + 1}", cells[i]!.AsObject(), ids);
        return problems;
    }

    static void CheckCell(List<string> problems, string where, JsonObject cell, HashSet<string> ids)
    {
        var id = (string?)cell["id"];
        Check(problems, id is not null && CellId.IsMatch(id), $"{where}: bad id '{id}'");
        Check(problems, id is null || ids.Add(id), $"{where}: duplicate id '{id}'");
        Check(problems, cell["metadata"] is JsonObject, $"{where}: no metadata object");
        Check(problems, IsMultilineString(cell["source"]), $"{where}: source is not text");
        var type = (string?)cell["cell_type"];
        if (type == "code")
            CheckCodeCell(problems, where, cell);
        else
            Check(problems, Keys(cell).IsSubsetOf(["id", "cell_type", "metadata", "source", "attachments"]),
                $"{where}: a {type} cell has keys {string.Join(",", Keys(cell))}");
    }

    static void CheckCodeCell(List<string> problems, string where, JsonObject cell)
    {
        Check(problems, Keys(cell).SetEquals(["id", "cell_type", "metadata", "source", "outputs", "execution_count"]),
            $"{where}: code cell keys are {string.Join(",", Keys(cell))}");
        Check(problems, cell["execution_count"] is null || cell["execution_count"]!.GetValueKind() == JsonValueKind.Number,
            $"{where}: execution_count is neither null nor a number");
        if (cell["outputs"] is not JsonArray outputs)
        {
            problems.Add($"{where}: no outputs list");
            return;
        }
        foreach (var output in outputs)
            CheckOutput(problems, where, output!.AsObject());
    }

    static void CheckOutput(List<string> problems, string where, JsonObject output)
    {
        var type = (string?)output["output_type"] ?? "";
        if (!OutputKeys.TryGetValue(type, out var keys))
        {
            problems.Add($"{where}: unknown output_type '{type}'");
            return;
        }
        Check(problems, Keys(output).SetEquals(keys), $"{where}: {type} output keys are {string.Join(",", Keys(output))}");
        if (type == "stream")
            Check(problems, (string?)output["name"] is "stdout" or "stderr" && IsMultilineString(output["text"]), $"{where}: bad stream");
        if (type is "display_data" or "execute_result")
            Check(problems, output["data"] is JsonObject data && data.All(kv => IsMultilineString(kv.Value) || kv.Value is JsonObject),
                $"{where}: {type} data is not mime type -> text");
        if (type == "error")
            Check(problems, output["traceback"] is JsonArray tb && tb.All(line => line?.GetValueKind() == JsonValueKind.String),
                $"{where}: traceback is not a list of strings");
    }

    static bool IsMultilineString(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.String
        || node is JsonArray lines && lines.All(line => line?.GetValueKind() == JsonValueKind.String);

    static HashSet<string> Keys(JsonObject o) => o.Select(kv => kv.Key).ToHashSet();

    static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
            problems.Add(problem);
    }
}
