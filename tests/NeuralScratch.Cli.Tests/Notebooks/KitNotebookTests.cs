using System.Text.RegularExpressions;
using NeuralScratch.Experiments;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The kit's own notebooks, run in the real dotnet-interactive tool, show what they claim.</summary>
[Collection(EngineCollection.Name)]
public sealed class KitNotebookTests(KitNotebooksRun kit) : IClassFixture<KitNotebooksRun>
{
    const string Walkthrough = "01-neural-network-from-scratch.ipynb";

    static readonly Lazy<double[][][]> TrainedSeed42 = new(() =>
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);
        return network;
    });

    [Fact]
    public void Every_notebook_runs_with_no_failing_cell()
    {
        Assert.True(kit.Run.ExitCode == 0, kit.Run.ToString());
        Assert.Contains($"{KitNotebooksRun.Names.Length} notebook(s): {KitNotebooksRun.Names.Length} ran, 0 failed", kit.Run.Stdout);
        Assert.True(KitNotebooksRun.Names.Length >= 5);
    }

    [Fact]
    public void Each_notebook_loads_the_library_in_its_first_cell()
    {
        foreach (string name in KitNotebooksRun.Names)
        {
            var first = kit.Notebook(name).CodeCells.First();
            Assert.Equal("#load \"_loader/NeuralScratch.csx\"", ExecutedNotebook.Source(first).Trim());
        }
    }

    [Fact]
    public void The_xor_table_is_the_walkthroughs_digit_for_digit()
    {
        string[] printed = kit.Notebook(Walkthrough).Printed("xorNetwork =").ReplaceLineEndings("\n").Trim().Split('\n');
        // .NET writes the exponent as E-14 where Python writes e-14; the digits are the walkthrough's.
        Assert.Equal(["0 0 [9.38314668300676e-14]", "0 1 [0.9999999999999059]", "1 0 [0.9999999999999059]", "1 1 [9.383146683006828e-14]"],
            printed.Select(line => line.Replace("E-", "e-")));
    }

    [Fact]
    public void The_data_shapes_are_10_by_25_and_10_by_10()
    {
        ExecutedNotebook notebook = kit.Notebook(Walkthrough);
        Assert.Equal("(10, 25)", notebook.Printed("double[][] inputs = Digits.Inputs()").Trim());
        Assert.Equal("(10, 10)", notebook.Printed("double[][] targets =").Trim());
    }

    [Fact]
    public void The_notebooks_own_training_matches_the_library_and_gets_every_training_digit_right()
    {
        ExecutedNotebook notebook = kit.Notebook(Walkthrough);
        Assert.StartsWith("every weight identical to the library's: True", notebook.Printed("bool sameBits"));
        string predictions = notebook.Printed("int Predict(double[][][] network, double[] x)");
        foreach (Digit digit in Digits.Training)
            Assert.Matches(new Regex($@"^{digit.Name}\s+-> {digit.Label}$", RegexOptions.Multiline), predictions.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_three_test_predictions_are_what_the_library_computes()
    {
        ExecutedNotebook notebook = kit.Notebook(Walkthrough);
        string[] cells = ["// Testing with a different 3", "// Testing with a different 7", "// Testing with a different 8"];
        for (int i = 0; i < 3; i++)
            Assert.Equal($"{Network.Predict(TrainedSeed42.Value, Digits.Tests[i].Pixels)}", notebook.Value(cells[i]));
    }

    [Fact]
    public void The_heatmap_cell_draws_a_chart()
    {
        string html = Assert.Single(kit.Notebook(Walkthrough).Data("ShowWeights(network[0][0]);", "text/html"));
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("\"type\":\"heatmap\"", html);
    }

    [Fact]
    public void No_output_of_any_notebook_loads_a_script_from_a_url()
    {
        var remote = new Regex(@"<script[^>]*\bsrc\s*=\s*[""']?(https?:)?//", RegexOptions.IgnoreCase);
        foreach (string name in KitNotebooksRun.Names)
            foreach (var cell in kit.Notebook(name).CodeCells)
                foreach (string html in ExecutedNotebook.Data(cell, "text/html"))
                    Assert.False(remote.IsMatch(html), $"{name}: a cell's output loads a script from a URL");
    }

    [Fact]
    public void Why_1_1_1_states_what_the_library_computes()
    {
        ExecutedNotebook notebook = kit.Notebook("02-why-1-1-1.ipynb");
        PredictionHistory history = PredictionHistory.Track(Initialization.Walkthrough(42), Digits.Tests, 10000);
        int[] oneOneOne = history.EpochsPredicting(1, 1, 1);
        string printed = notebook.Printed("PredictionHistory history = PredictionHistory.Track");
        Assert.Contains($"(1, 1, 1) after {oneOneOne.Length} different epochs, from epoch {oneOneOne[0]} to {oneOneOne[^1]}", printed);
        Assert.Contains($"final predictions ({string.Join(", ", history.Final)}), unchanged from epoch {history.SettledFrom()} on", printed);

        string unused = notebook.Printed("int[] unused = PixelUse.UnusedByTraining();");
        Assert.Contains(string.Join("; ", PixelUse.UnusedByTraining().Select(PixelUse.Describe)), unused);
        Assert.Single(notebook.Data("ExperimentCharts.SeedSweep(sweep)", "text/html"));
    }

    [Fact]
    public void Making_it_fast_shows_every_step_with_the_walkthroughs_bits()
    {
        ExecutedNotebook notebook = kit.Notebook("06-making-it-fast.ipynb");
        string exp = notebook.Printed("var random = new Random(1);");
        string[] steps = notebook.Printed("double[] Flat(").Trim().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(5, steps.Length);
        Assert.All(steps[..3], line => Assert.EndsWith("same bits as the walkthrough's run: True", line));
        // The kernel runs on this machine, so its FastExp comes to this process's verdict.
        if (NeuralScratch.Fast.FastExp.GivesMathExpsBits) // on Linux with glibc, where CI runs
        {
            Assert.StartsWith("0 of 1,000,000 e^x differ from Math.Exp", exp.Trim());
            Assert.Contains("FastExp's own start-up check agrees: True; so the kit trains with SimdExp", exp);
            Assert.EndsWith("same bits as the walkthrough's run: True", steps[3]);
        }
        else
        {
            Assert.Contains($"FastExp's own start-up check agrees: False; so the kit trains with {NeuralScratch.Fast.FastPaths.Best}", exp);
            Assert.EndsWith("same bits as the walkthrough's run: False", steps[3]);
        }
        Assert.Matches(new Regex(@"^\d+\.\d ms$"), notebook.Printed("timings[\"5. SIMD + vector e^x\"]").Trim());
        // Step 6 is step 5's arithmetic: step 5's verdict, on every machine; and it says whether it runs here.
        Assert.EndsWith(steps[3].Split(':')[^1], steps[4]);
        Assert.StartsWith("fused step", steps[4]);
        string fused = notebook.Printed("Console.WriteLine($\"The fused step fits here");
        Assert.Contains($"The fused step fits here: {NeuralScratch.Fast.FusedStep.Fits(NeuralScratch.Fast.FastNetwork.From(Initialization.Walkthrough(42), NeuralScratch.Fast.FastPath.SimdExp))}", fused);
        Assert.Matches(new Regex(@"\n\d+\.\d ms$"), fused.TrimEnd().ReplaceLineEndings("\n"));

        // One bit of one weight: tiny after 100 epochs, and for some seed a different network by 10000.
        var nudge = new Regex(@"^seed +(\d+), after +(\d+) epochs: weights differ by up to (\S+); (\d+) of 13 digits classified differently$");
        Match[] runs = notebook.Printed("var digits = Digits.Training").Trim().ReplaceLineEndings("\n").Split('\n').Select(line => nudge.Match(line)).ToArray();
        Assert.Equal(12, runs.Length);
        Assert.All(runs, run => Assert.True(run.Success));
        double Largest(Match run) => double.Parse(run.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(runs.Where(run => run.Groups[2].Value == "100"), run => Assert.InRange(Largest(run), 0, 1e-12));
        Assert.Contains(runs, run => run.Groups[2].Value == "10000" && Largest(run) > 0.1 && int.Parse(run.Groups[4].Value) > 0);
    }

    [Fact]
    public void The_exercise_checks_say_not_yet_to_the_unwritten_stubs()
    {
        ExecutedNotebook notebook = kit.Notebook("05-exercises.ipynb");
        string[] checks = ExerciseCells.Checks(notebook).Select(cell => ExerciseCells.Printed(cell).Trim()).ToArray();
        Assert.Equal(Exercises.Names.Count, checks.Length);
        for (int n = 1; n <= checks.Length; n++)
        {
            Assert.StartsWith($"✗ {n}. {Exercises.Names[n - 1]}, not yet: ", checks[n - 1]);
            Assert.DoesNotContain('\n', checks[n - 1]);
        }
        Assert.StartsWith("✗ Payoff, not yet: your Train, or a function it calls, still throws NotImplementedException.", notebook.Printed("Exercises.Payoff(Train, Predict)"));
        Assert.Equal("Progress: 0 of 12 exercises pass (none); not yet: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.", notebook.Printed("Exercises.Progress()").Trim());
    }
}
