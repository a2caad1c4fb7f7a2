using System.Text.RegularExpressions;
using NeuralScratch.Experiments;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>The kit's own notebooks, run in the real dotnet-interactive tool, show what they claim.</summary>
[Collection(EngineCollection.Name)]
public sealed class KitNotebookTests(KitNotebooksRun kit)
{
    const string Walkthrough = "01-neural-network-from-scratch.ipynb";

    static readonly Lazy<double[][][]> TrainedSeed42 = new(() =>
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);
        return network;
    });

    static string[] Lines(string printed) => printed.Trim().ReplaceLineEndings("\n").Split('\n');

    [Fact]
    public void Every_notebook_runs_with_no_failing_cell()
    {
        Assert.True(kit.Run.ExitCode == 0, kit.Run.ToString());
        Assert.Contains($"{KitNotebooksRun.Names.Length} notebook(s): {KitNotebooksRun.Names.Length} ran, 0 failed", kit.Run.Out);
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
        string[] inputs = Lines(notebook.Printed("double[][] inputs = [zero, one, two"));
        Assert.Equal(["(10, 25)", "the same ten digits as the library's Digits.Training"], inputs);
        string[] targets = Lines(notebook.Printed("double[][] targets ="));
        Assert.Equal(["(10, 10)", "the target of digit 3: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]"], targets);
    }

    [Fact]
    public void The_derivation_checks_each_formula_against_a_nudge_and_they_agree()
    {
        ExecutedNotebook notebook = kit.Notebook(Walkthrough);
        // σ′ = σ(1 − σ) against the central difference of σ
        Match sigmoid = Regex.Match(notebook.Printed("double slopeByFormula").ReplaceLineEndings("\n"), @"= (\S+)\n.*= (\S+)   with h = 1E-05\nthey differ by (\S+)");
        Assert.True(sigmoid.Success, notebook.Printed("double slopeByFormula"));
        Assert.Equal(sigmoid.Groups[1].Value, sigmoid.Groups[2].Value);
        Assert.True(double.Parse(sigmoid.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) < 1e-9);
        // each weight's δ·x against nudging that weight, to the 10 decimals printed
        string[] weights = Lines(notebook.Printed("double delta = (o - t)"));
        Assert.Equal(3, weights.Length);
        foreach (string line in weights)
        {
            Match m = Regex.Match(line, @"δ·x = +(\S+) +by nudging the weight: +(\S+)$");
            Assert.True(m.Success, line);
            Assert.Equal(m.Groups[1].Value, m.Groups[2].Value);
        }
        // the hidden neuron's delta against nudging one of its weights
        string[] hidden = Lines(notebook.Printed("double[][][] tiny ="));
        Assert.Equal(hidden[0].Split('=')[1].Trim(), hidden[1].Split('=')[1].Trim());
    }

    [Fact]
    public void The_gradient_step_says_smaller_exactly_when_the_loss_it_printed_went_down()
    {
        Match m = Regex.Match(kit.Notebook(Walkthrough).Printed("double[] stepped ="), @"loss before the step (\S+), after it (\S+): (.+)$", RegexOptions.Multiline);
        Assert.True(m.Success);
        bool smaller = double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) < double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(smaller ? "smaller" : "not smaller: the step was too big and overshot", m.Groups[3].Value.Trim());
    }

    [Fact]
    public void The_loss_before_and_after_training_is_the_librarys_and_its_curve_is_drawn()
    {
        ExecutedNotebook notebook = kit.Notebook(Walkthrough);
        TrainingResult run = Training.Train(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 10000);
        Assert.Equal($"loss before training {run.Losses[0]:F3}, after 10000 epochs {run.FinalLoss:F6}", notebook.Printed("double TotalLoss(").Trim());
        Assert.Equal($"the library's loss after epoch 10000: {run.FinalLoss:F6}; the same number as ours: True", notebook.Printed("TrainingCharts.LossCurve(libraryRun)").Trim());
        Assert.Contains("Plotly.newPlot", Assert.Single(notebook.Data("TrainingCharts.LossCurve(libraryRun)", "text/html")));
    }

    [Fact]
    public void The_test_digits_are_compared_with_the_walkthroughs_code_run_today()
    {
        var reference = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "reference", "walkthrough-reference.json"))).RootElement;
        string python = string.Join(", ", reference.GetProperty("test_predictions").EnumerateArray().Select(t => t.GetProperty("prediction").GetInt32()));
        string ours = string.Join(", ", Digits.Tests.Select(d => Network.Predict(TrainedSeed42.Value, d.Pixels)));
        string[] printed = Lines(kit.Notebook(Walkthrough).Printed("var pythonRun ="));
        int right = Digits.Tests.Count(d => Network.Predict(TrainedSeed42.Value, d.Pixels) == d.Label);
        Assert.Equal(4, printed.Length);
        Assert.EndsWith($"({string.Join(", ", Digits.Tests.Select(d => d.Label))})", printed[0]);
        Assert.EndsWith("(1, 1, 1)", printed[1]);
        Assert.EndsWith($"({python})", printed[2]);
        Assert.EndsWith($"({ours}), {right} of 3 right", printed[3]);
        Assert.StartsWith("ours (seed 42, 10000 epochs):", printed[3]);
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
        Assert.All(steps[..3], line => Assert.EndsWith("same bits as step 1: True", line));
        // The kernel runs on this machine, so its FastExp comes to this process's verdict.
        if (NeuralScratch.Fast.FastExp.GivesMathExpsBits) // on Linux with glibc, where CI runs
        {
            Assert.StartsWith("0 of 1,000,000 e^x differ from Math.Exp", exp.Trim());
            Assert.Contains("FastExp's own start-up check agrees: True; so the kit trains with SimdExp", exp);
            Assert.EndsWith("same bits as step 1: True", steps[3]);
        }
        else
        {
            Assert.Contains($"FastExp's own start-up check agrees: False; so the kit trains with {NeuralScratch.Fast.FastPaths.Best}", exp);
            Assert.EndsWith("same bits as step 1: False", steps[3]);
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
    public void Why_1_1_1_prints_its_conclusions_from_the_run_it_computed()
    {
        ExecutedNotebook notebook = kit.Notebook("02-why-1-1-1.ipynb");
        PredictionHistory history = PredictionHistory.Track(Initialization.Walkthrough(42), Digits.Tests, 10000);

        // "still falling" is printed from the losses, 10% of the run apart
        double lastStretch = history.Losses[10000] / history.Losses[9000];
        string loss = Lines(notebook.Printed("int[] checkpoints ="))[1];
        Assert.Equal(lastStretch < 0.99
            ? $"from epoch 9000 to 10000 the loss still fell by {1 - lastStretch:P0}: more epochs would still change this network"
            : $"from epoch 9000 to 10000 the loss changed by {lastStretch - 1:P1}: it has levelled off", loss);

        // the orders of addition: how many different answers, and how many end at (1, 1, 1)
        string[] finals = Enum.GetValues<SummationOrder>()
            .Select(order => string.Join(", ", SummationOrders.Track(order, Initialization.Walkthrough(42), Digits.Tests, 10000).Final))
            .ToArray();
        Assert.Equal($"same code, same seed, same data: {finals.Distinct().Count()} different final answers from {finals.Length} orders of addition; " +
                     $"{finals.Count(f => f == "1, 1, 1")} of them end at (1, 1, 1)", Lines(notebook.Printed("foreach (SummationOrder order"))[^1]);

        // the ink of the training digits, computed (the eight inks 19)
        Assert.Equal($"the training digits ink from {Digits.Training.Min(d => (int)d.Pixels.Sum())} to {Digits.Training.Max(d => (int)d.Pixels.Sum())} of the 25 pixels",
            Lines(notebook.Printed("int mostInk"))[0]);
    }

    [Fact]
    public void Why_1_1_1_no_longer_says_what_its_cells_do_not_show()
    {
        string text = Markdown("02-why-1-1-1.ipynb");
        Assert.DoesNotContain("up to 17 pixels", text);
        Assert.DoesNotContain("The only difference between machines", text);
        Assert.DoesNotContain("happened to stop", text);
        Assert.DoesNotContain("many times", text);
        Assert.Contains("`e^x`", text); // the second thing that differs between machines
        foreach (string term in new[] { "**BLAS**", "**saturated**", "**chaotic**" })
            Assert.Contains(term, text);
    }

    [Fact]
    public void Checking_backprop_prints_where_the_nudge_was_best_and_how_the_two_backprops_compare()
    {
        ExecutedNotebook notebook = kit.Notebook("03-checking-backprop.ipynb");
        string[] nudges = Lines(notebook.Printed("double NumericSlope("));
        Assert.Equal("pixel 4 of the three is inked", nudges[0]);
        Assert.DoesNotMatch(@"backprop says +-?0\.0+E", nudges[1]); // a slope of 0 would check nothing
        var differences = nudges.Select(line => Regex.Match(line, @"^h = (\S+): .* difference (\S+)$")).Where(m => m.Success)
            .Select(m => (H: m.Groups[1].Value, Difference: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Assert.Equal(5, differences.Length);
        Assert.Equal($"the smallest difference is at h = {differences.MinBy(d => d.Difference).H}", nudges[^1]);

        string[] runs = Lines(notebook.Printed("var finalLoss = new Dictionary"));
        double FinalLoss(BackpropKind kind) => Training.Train(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 10000, new TrainingOptions { Backprop = kind }).FinalLoss;
        string Tests(string line) => Regex.Match(line, @"tests \((.*)\)$").Groups[1].Value;
        Assert.StartsWith($"the true gradient's final loss is {FinalLoss(BackpropKind.TrueGradient) / FinalLoss(BackpropKind.AsWritten):F2} times the walkthrough's;", runs[2]);
        Assert.Contains(Tests(runs[0]) == Tests(runs[1]) ? "the test predictions are the same" : "the test predictions differ", runs[2]);
        Assert.DoesNotContain("Both learn", Markdown("03-checking-backprop.ipynb"));
        Assert.DoesNotContain("about 1e-5", Markdown("03-checking-backprop.ipynb"));
    }

    [Fact]
    public void Making_it_fast_compares_steps_with_step_1_on_this_machine_not_with_the_authors_12_5_s()
    {
        ExecutedNotebook notebook = kit.Notebook("06-making-it-fast.ipynb");
        Assert.DoesNotContain(notebook.CodeCells, cell => ExecutedNotebook.Source(cell).Contains("12.5"));
        string[] rounds = Lines(notebook.Printed("var roundTimes ="));
        Assert.Equal(7, rounds.Length);
        Assert.All(rounds[1..6], line => Assert.Matches(@"x the step before +\d+\.\dx step 1$", line));
        Assert.StartsWith($"timed on this machine: {Environment.ProcessorCount} cores", rounds[6]);
        Assert.Contains($"on {Environment.ProcessorCount} cores", notebook.Printed("var sweepClock ="));

        string text = Markdown("06-making-it-fast.ipynb");
        Assert.DoesNotContain("Both cores", text);
        Assert.DoesNotContain("small enough to fit in the CPU's 16 vector registers", text);
        int weights = Initialization.Walkthrough(42).Sum(layer => layer.Sum(neuron => neuron.Length));
        Assert.Contains($"its {weights} weights stay in memory", text);
    }

    [Fact]
    public void Every_notebook_ends_with_a_next_link_in_the_readmes_order_and_the_last_leads_back_to_the_first()
    {
        string[] names = KitNotebooksRun.Names;
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        int[] tableOrder = names.Select(name => readme.IndexOf($"| `{name}` |", StringComparison.Ordinal)).ToArray();
        Assert.All(tableOrder, at => Assert.True(at >= 0));
        Assert.Equal(tableOrder.Order(), tableOrder);
        for (int i = 0; i < names.Length; i++)
        {
            string last = Markdown(names[i]).TrimEnd().Split("\n\n")[^1];
            string next = i + 1 < names.Length ? names[i + 1] : names[0];
            Assert.Contains($"]({next})", last);
        }
    }

    [Fact]
    public void Notebook_1_says_where_the_walkthrough_comes_from_and_defines_its_terms()
    {
        string text = Markdown(Walkthrough);
        Assert.Contains("Joel Grus's\n*Data Science from Scratch* (1st edition)", text);
        string[] terms = ["neuron", "weight", "activation function", "dot product", "bias", "layer", "hidden", "targets", "loss", "slope",
                          "gradient", "chain rule", "central difference", "delta", "learning rate", "pixels", "inputs", "one-hot", "seed", "epochs"];
        foreach (string term in terms)
            Assert.Contains($"**{term}**", text);
    }

    // Every markdown cell of the committed notebook, joined.
    static string Markdown(string name) => ExecutedNotebook.Read(Path.Combine(Repo.Root, "notebooks", name)).Markdown;

    [Fact]
    public void Watching_training_live_ends_on_the_same_network_as_the_training_cell()
    {
        ExecutedNotebook notebook = kit.Notebook(Walkthrough);
        Assert.Equal("all 10000 epochs; every weight the same as the training cell's network: True", notebook.Printed("LiveTraining.Train(watched").Trim());
        Assert.Contains("Epoch 10000 of 10000", Assert.Single(notebook.Data("LiveTraining.Train(watched", "text/html")));
    }

    [Fact]
    public void The_playground_is_drawn_in_01_and_02_with_the_trained_networks_weights()
    {
        foreach (string name in new[] { Walkthrough, "02-why-1-1-1.ipynb" })
        {
            string html = Assert.Single(kit.Notebook(name).Data("Playground.Digits(network)", "text/html"));
            Assert.Contains("class=\"neuralscratch-playground\"", html);
            Assert.Contains(TrainedSeed42.Value[1][9][5].ToString("R", System.Globalization.CultureInfo.InvariantCulture), html);
        }
    }

    [Fact]
    public void XOR_learned_finds_its_stuck_seeds_by_search_and_counts_what_more_hidden_neurons_rescue()
    {
        ExecutedNotebook notebook = kit.Notebook("04-experiments.ipynb");
        double[][] targets = [[0], [1], [1], [0]];
        var options = new TrainingOptions { Backprop = BackpropKind.TrueGradient, LearningRate = 1 };
        bool Computes(int seed, int hidden)
        {
            double[][][] net = Initialization.Python(seed, [2, hidden, 1], -1, 1);
            Training.Train(net, XorNetwork.Inputs, targets, 5000, options);
            return XorNetwork.Inputs.Zip(targets).All(p => Math.Abs(Network.FeedForward(net, p.First)[^1][0] - p.Second[0]) < 0.5);
        }
        int[] stuck = Enumerable.Range(0, 100).Where(seed => !Computes(seed, 2)).ToArray();
        Assert.NotEmpty(stuck);
        Assert.Equal($"{stuck.Length} of 100 seeds do not compute XOR after 5000 epochs: {string.Join(", ", stuck)}", notebook.Printed("int[] stuckSeeds =").Trim());
        Assert.StartsWith($"seed {stuck[0]}: loss", notebook.Printed("double[][][] stuck = NewXorNetwork").Trim());
        Assert.Equal($"with 3 hidden neurons, {stuck.Count(seed => Computes(seed, 3))} of the {stuck.Length} stuck seeds compute XOR after 5000 epochs",
            notebook.Printed("int rescued =").Trim());
        Assert.StartsWith($"seed 0 {(Computes(0, 2) ? "computes XOR" : "does not compute XOR")}:", notebook.Printed("double[][][] xorLearned =").Trim());
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
