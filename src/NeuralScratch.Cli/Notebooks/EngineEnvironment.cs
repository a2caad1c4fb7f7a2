using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Notebooks;

/// <summary>
/// The environment the kit starts the notebook engine with, wherever it starts it: <c>neuralscratch run</c> and
/// <c>workshop verify</c> (where a variable the user has set wins), and the files that start it later, the Jupyter
/// kernel's kernel.json and a workshop's VS Code settings (which carry these values).
/// </summary>
static class EngineEnvironment
{
    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>
    {
        // No usage data sent: workshops are often offline, and a learner's runs are their own.
        ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        // The engine asks for the server garbage collector, which gives a kernel tens of MB of fresh memory for new
        // objects: the first training run in a kernel spent most of its time touching new memory pages. The workstation
        // collector, .NET's default for a program on one person's machine, reuses a few MB (NeuralScratch.Benchmarks notebooks).
        ["DOTNET_gcServer"] = "0",
    };

    /// <summary>Sets <see cref="Variables"/> on a process about to start, except those its environment already has (the user's).</summary>
    public static void ApplyTo(System.Diagnostics.ProcessStartInfo start)
    {
        foreach (var (name, value) in Variables)
            start.Environment.TryAdd(name, value);
    }

    /// <summary><see cref="Variables"/> as a JSON object, for a kernel.json's "env" or VS Code's settings.</summary>
    public static JsonObject AsJson() => new(Variables.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(v.Value))));
}
