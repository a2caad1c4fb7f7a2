using System.Text.Json.Nodes;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>Notebook 05 read as an exercise track: its check cells and its your-turn cells, in order.</summary>
internal static class ExerciseCells
{
    public const string Notebook = "05-exercises.ipynb";

    public static string Answered => Repo.AloneFixture("05-exercises-answered.ipynb");

    /// <summary>The check cells, one per exercise, in the notebook's order.</summary>
    public static List<JsonObject> Checks(ExecutedNotebook notebook) =>
        notebook.CodeCells.Where(c => ExecutedNotebook.Source(c).Contains("Exercises.Check")).ToList();

    /// <summary>The code cell before each check: where the learner writes the answer.</summary>
    public static List<JsonObject> YourTurns(ExecutedNotebook notebook)
    {
        List<JsonObject> code = notebook.CodeCells.ToList();
        return Checks(notebook).Select(check => code[code.IndexOf(check) - 1]).ToList();
    }

    public static string Printed(JsonObject cell) =>
        string.Concat(ExecutedNotebook.Outputs(cell).Where(o => (string?)o["output_type"] == "stream").Select(o => ExecutedNotebook.Text(o["text"])));

    public static ExecutedNotebook Read(string path) => ExecutedNotebook.Read(path);
}
