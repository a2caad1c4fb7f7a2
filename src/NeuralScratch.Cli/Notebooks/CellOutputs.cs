using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// Turns the kernel's events for one cell into nbformat outputs:
/// displays -> display_data, the cell's value -> execute_result, Console -> stream,
/// failures -> error.
/// </summary>
internal sealed partial class CellOutputs(Dictionary<string, JsonObject> displaysById, int executionCount)
{
    public JsonArray Outputs { get; } = new();

    public void Add(KernelEvent e)
    {
        switch (e.Type)
        {
            case "DisplayedValueProduced": AddDisplay(e.Body); break;
            case "DisplayedValueUpdated": UpdateDisplay(e.Body); break;
            case "ReturnValueProduced": AddResult(e.Body); break;
            case "StandardOutputValueProduced": AddStream("stdout", e.Body); break;
            case "StandardErrorValueProduced": AddStream("stderr", e.Body); break;
            case "ErrorProduced": AddError(e.Message ?? "error"); break;
        }
    }

    void AddDisplay(JsonObject body)
    {
        var data = DataOf(body);
        if (data.Count == 0)
            return;
        var output = new JsonObject { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() };
        Outputs.Add(output);
        if ((string?)body["valueId"] is { } valueId)
            displaysById[valueId] = output;
    }

    // An update replaces an earlier display, which may be in an earlier cell.
    void UpdateDisplay(JsonObject body)
    {
        if ((string?)body["valueId"] is { } valueId && displaysById.TryGetValue(valueId, out var earlier))
            earlier["data"] = DataOf(body);
        else
            AddDisplay(body);
    }

    void AddResult(JsonObject body)
    {
        var data = DataOf(body);
        if (data.Count == 0)
            return;
        Outputs.Add(new JsonObject
        {
            ["output_type"] = "execute_result",
            ["data"] = data,
            ["metadata"] = new JsonObject(),
            ["execution_count"] = executionCount,
        });
    }

    // Consecutive writes to the same stream become one output, as in Jupyter.
    void AddStream(string name, JsonObject body)
    {
        var text = string.Concat(FormattedValues(body).Select(v => v.Value));
        if (Outputs.LastOrDefault() is JsonObject last && (string?)last["output_type"] == "stream" && (string?)last["name"] == name)
        {
            last["text"] = Lines(NotebookDocument.JoinText(last["text"]) + text);
            return;
        }
        Outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = name, ["text"] = Lines(text) });
    }

    /// <summary>Adds an error output; an exception's first line gives its name and message.</summary>
    public void AddError(string message)
    {
        var lines = message.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var exception = ExceptionLine().Match(lines[0]);
        Outputs.Add(new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = exception.Success ? exception.Groups["name"].Value : "Error",
            ["evalue"] = exception.Success ? exception.Groups["message"].Value : message,
            ["traceback"] = new JsonArray(lines.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
        });
    }

    static JsonObject DataOf(JsonObject body)
    {
        var data = new JsonObject();
        foreach (var (mimeType, value) in FormattedValues(body))
            data[mimeType] = Lines(value);
        return data;
    }

    // Values the kernel marks suppressDisplay are not shown, so they are not written either.
    static IEnumerable<(string MimeType, string Value)> FormattedValues(JsonObject body) =>
        (body["formattedValues"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(v => (bool?)v["suppressDisplay"] != true)
            .Select(v => ((string?)v["mimeType"] ?? "text/plain", (string?)v["value"] ?? ""));

    /// <summary>Text as nbformat stores it: a list of lines, each but the last ending in "\n".</summary>
    static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    [GeneratedRegex(@"^(?<name>[\w.]+(Exception|Error)): (?<message>.*)$")]
    private static partial Regex ExceptionLine();
}
