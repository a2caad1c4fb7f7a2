using System.Text.Json.Nodes;
using NeuralScratch.Experiments;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The exercise track's shape: the committed notebook and its answered copy, cell for cell (no engine).</summary>
public sealed class ExercisesNotebookTests
{
    static ExecutedNotebook Blank => ExerciseCells.Read(Path.Combine(Repo.Root, "notebooks", ExerciseCells.Notebook));

    static ExecutedNotebook Answered => ExerciseCells.Read(ExerciseCells.Answered);

    static JsonObject[] Cells(ExecutedNotebook notebook) => notebook.Json["cells"]!.AsArray().Select(c => c!.AsObject()).ToArray();

    [Fact]
    public void Every_exercise_is_a_your_turn_cell_then_its_check_in_build_order()
    {
        List<JsonObject> checks = ExerciseCells.Checks(Blank), turns = ExerciseCells.YourTurns(Blank);
        Assert.Equal(Exercises.Names.Count, checks.Count);
        string[] checkers = ["CheckSigmoid(", "CheckNeuronOutput(", "CheckNandWeights(", "CheckFeedForward(", "CheckArgMax(", "CheckOneHot(",
            "CheckLoss(", "CheckOutputDeltas(", "CheckHiddenDeltas(", "CheckBackpropagate(", "CheckTrain(", "CheckNumericSlope("];
        Assert.Equal(checkers, checks.Select(c => checkers.Single(name => ExecutedNotebook.Source(c).Contains(name))));
        Assert.All(turns, cell => Assert.StartsWith("// Your turn", ExecutedNotebook.Source(cell)));
        // Every stub but the NAND weights throws, so a check can say "not yet" without guessing.
        Assert.Equal(11, turns.Count(cell => ExecutedNotebook.Source(cell).Contains("throw new NotImplementedException();")));
    }

    [Fact]
    public void The_answered_copy_differs_from_the_notebook_only_in_the_answers_and_the_loaders_path()
    {
        JsonObject[] blank = Cells(Blank), answered = Cells(Answered);
        Assert.Equal(blank.Select(c => (string?)c["id"]), answered.Select(c => (string?)c["id"]));
        var answerIds = ExerciseCells.YourTurns(Blank).Select(c => (string?)c["id"]).ToHashSet();
        for (int i = 0; i < blank.Length; i++)
        {
            string mine = ExecutedNotebook.Source(blank[i]), theirs = ExecutedNotebook.Source(answered[i]);
            if (answerIds.Contains((string?)blank[i]["id"]))
            {
                Assert.NotEqual(mine, theirs);
                Assert.DoesNotContain("NotImplementedException", theirs);
                Assert.Equal(mine.Split('\n')[0], theirs.Split('\n')[0]); // the same "// Your turn" line
            }
            else if (mine == "#load \"_loader/NeuralScratch.csx\"")
                Assert.Equal("#load \"../../../../../notebooks/_loader/NeuralScratch.csx\"", theirs);
            else
                Assert.Equal(mine, theirs);
        }
    }

    [Fact]
    public void The_notebook_follows_notebook_04_and_leads_to_06()
    {
        JsonObject[] cells = Cells(Blank);
        Assert.Contains("(04-experiments.ipynb)", ExecutedNotebook.Source(cells[0]));
        Assert.Equal("markdown", (string?)cells[^1]["cell_type"]);
        Assert.EndsWith("Next: [Making it fast](06-making-it-fast.ipynb)", ExecutedNotebook.Source(cells[^1]));
        Assert.DoesNotContain(cells, c => ExecutedNotebook.Source(c).Contains("Next: [Checking backprop]"));
        Assert.All(Cells(Blank), c => Assert.True(c["outputs"] is null || c["outputs"]!.AsArray().Count == 0));
    }
}

/// <summary>The answered copy of notebook 05, run in the real engine: every check passes and the payoff has the library's bits.</summary>
[Collection(EngineCollection.Name)]
public sealed class AnsweredExercisesTests(AnsweredExercisesRun answered) : IClassFixture<AnsweredExercisesRun>
{
    [Fact]
    public void Runs_with_no_failing_cell()
    {
        Assert.True(answered.Run.ExitCode == 0, answered.Run.ToString());
        Assert.Contains("1 notebook(s): 1 ran, 0 failed", answered.Run.Out);
    }

    [Fact]
    public void Every_check_passes()
    {
        string[] checks = ExerciseCells.Checks(answered.Notebook).Select(cell => ExerciseCells.Printed(cell).Trim()).ToArray();
        Assert.Equal(Exercises.Names.Count, checks.Length);
        for (int n = 1; n <= checks.Length; n++)
            Assert.StartsWith($"✓ {n}. {Exercises.Names[n - 1]}: ", checks[n - 1]);
        Assert.Equal("Progress: 12 of 12 exercises pass (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12); not yet: none.", answered.Notebook.Printed("Exercises.Progress()").Trim());
    }

    [Fact]
    public void The_payoff_trains_to_the_librarys_bits_and_reports_the_librarys_numbers()
    {
        double[][][] library = Initialization.Walkthrough(42);
        Training.Train(library, Digits.Inputs(), Digits.Targets(), 10000, new TrainingOptions { Backprop = BackpropKind.TrueGradient });
        double loss = Loss.SumOfSquaredErrors(library, Digits.Inputs(), Digits.Targets());
        string tests = string.Join(", ", Digits.Tests.Select(d => Network.Predict(library, d.Pixels)));
        int right = Digits.Training.Count(d => Network.Predict(library, d.Pixels) == d.Label);

        string[] payoff = answered.Notebook.Printed("Exercises.Payoff(Train, Predict)").Trim().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("✓ Payoff: your functions trained the digit network to the library's very bits, every weight identical.", payoff[0]);
        Assert.Equal($"{"loss after 10000 epochs",-26}{loss,-12:F6}{loss:F6}", payoff[2]);
        Assert.Equal($"{"training digits right",-26}{right + " of 10",-12}{right} of 10", payoff[3]);
        Assert.Equal($"{"the three test digits",-26}{tests,-12}{tests}", payoff[4]);
    }
}

/// <summary>Runs the answered copy of notebook 05 once, in place (it loads the library by a relative path).</summary>
public sealed class AnsweredExercisesRun : IDisposable
{
    readonly TempFolder output = new();

    public AnsweredExercisesRun() => Run = Cli.Run("run", ExerciseCells.Answered, "--out", output.Path, "--timeout", "600");

    public Cli Run { get; }

    public ExecutedNotebook Notebook => ExerciseCells.Read(output.File("05-exercises-answered.ipynb"));

    public void Dispose() => output.Dispose();
}
