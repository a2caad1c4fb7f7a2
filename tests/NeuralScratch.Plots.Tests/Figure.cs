using System.Text.Json;
using Plotly.NET;

namespace NeuralScratch.Plots.Tests;

/// <summary>A chart as plotly.js receives it: its JSON data, layout and config.</summary>
public sealed class Figure(GenericChart chart)
{
    readonly JsonElement root = JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    public JsonElement[] Traces => root.GetProperty("data").EnumerateArray().ToArray();

    public JsonElement Layout => root.GetProperty("layout");

    public static double[][] Z(JsonElement trace) =>
        trace.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public string[] SubplotTitles => Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
}
