using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// Runs the fixture folder (good, broken and chart notebooks) once in the real engine, with
/// executed copies going to a temp folder; several tests then look at the result.
/// </summary>
public sealed class FixtureRun : IDisposable
{
    readonly TempFolder output = new();

    public FixtureRun()
    {
        SourcesBefore = SnapshotSources();
        Run = Cli.Run("run", Repo.Fixtures, "--out", output.Path, "--timeout", "300");
    }

    public Cli Run { get; }

    public Dictionary<string, string> SourcesBefore { get; }

    public string Executed(string name) => output.File(name);

    public JsonObject ExecutedNotebook(string name) =>
        JsonNode.Parse(File.ReadAllText(Executed(name)))!.AsObject();

    /// <summary>Each fixture notebook's SHA-256, to show that a run did not change it.</summary>
    public static Dictionary<string, string> SnapshotSources() =>
        Directory.GetFiles(Repo.Fixtures, "*.ipynb")
            .ToDictionary(path => path, path => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));

    public void Dispose() => output.Dispose();
}
