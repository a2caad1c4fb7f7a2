using System.Globalization;
using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>LiveTraining.Train in the real engine: one display, updated in place, ending on the trained network; and the stop button.</summary>
[Collection(EngineCollection.Name)]
public sealed class LiveTrainingTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    static string NotebooksFolder => Path.Combine(Repo.Root, "notebooks");

    [Fact]
    public async Task Training_updates_one_display_many_times_and_its_last_state_is_the_trained_network()
    {
        using KernelSession kernel = await LoadedKernel();
        var events = new List<KernelEvent>();
        SubmissionResult result = await kernel.SubmitAsync("train", """
            double[][][] watched = Initialization.Walkthrough(42);
            TrainingResult run = LiveTraining.Train(watched, Digits.Inputs(), Digits.Targets(), 10000, every: TimeSpan.FromMilliseconds(10));
            """, "csharp", Timeout, events.Add, CancellationToken.None);
        Assert.True(result.Outcome == SubmissionOutcome.Succeeded, result.Message);

        KernelEvent shown = Assert.Single(events, e => e.Type == "DisplayedValueProduced");
        string id = (string)shown.Body["valueId"]!;
        KernelEvent[] updates = events.Where(e => e.Type == "DisplayedValueUpdated").ToArray();
        Assert.All(updates, update => Assert.Equal(id, (string?)update.Body["valueId"]));
        Assert.True(updates.Length >= 5, $"{updates.Length} updates");

        double[][][] network = Initialization.Walkthrough(42);
        TrainingResult expected = Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);
        string last = Html(updates[^1]);
        Assert.Contains("Epoch 10000 of 10000", last);
        Assert.Contains($"loss {Math.Round(expected.FinalLoss, 3).ToString(CultureInfo.InvariantCulture)}", last);
        foreach (Digit test in Digits.Tests)
            Assert.Contains($"{test.Label} → {Network.Predict(network, test.Pixels)}", last.Replace("\\u2192", "→"));
    }

    [Fact]
    public async Task Interrupting_the_cell_stops_training_and_leaves_a_network_the_next_cell_can_use()
    {
        using KernelSession kernel = await LoadedKernel();

        int updates = 0;
        // as the notebooks write it: the network made in the cell that trains it
        var interrupted = kernel.SubmitAsync("train", """
            double[][][] watched = Initialization.Walkthrough(42);
            TrainingResult watchedRun = LiveTraining.Train(watched, Digits.Inputs(), Digits.Targets(), 10_000_000);
            """, "csharp", Timeout, e =>
        {
            if (e.Type == "DisplayedValueUpdated" && ++updates == 2)
                _ = kernel.CancelAsync();
        }, CancellationToken.None);
        SubmissionResult stopped = await interrupted;
        Assert.NotEqual(SubmissionOutcome.TimedOut, stopped.Outcome);

        var printed = new List<string>();
        SubmissionResult after = await kernel.SubmitAsync("after",
            "Console.Write($\"{Digits.Training.Count(d => Network.Predict(watched, d.Pixels) == d.Label)} {Loss.SumOfSquaredErrors(watched, Digits.Inputs(), Digits.Targets())}\");",
            "csharp", Timeout, e => { if (e.Type == "StandardOutputValueProduced") printed.Add(Text(e)); }, CancellationToken.None);
        Assert.True(after.Outcome == SubmissionOutcome.Succeeded, after.Message);
        string[] values = string.Concat(printed).Split(' ');
        double loss = double.Parse(values[1], CultureInfo.InvariantCulture);
        double start = Loss.SumOfSquaredErrors(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets());
        Assert.True(double.IsFinite(loss) && loss < start, $"the loss after the interrupt, {loss}, should be below the untrained {start}");
    }

    static async Task<KernelSession> LoadedKernel()
    {
        KernelSession kernel = await KernelSession.StartAsync(ToolLocator.FindToolRoot(NotebooksFolder)!, NotebooksFolder, Timeout, CancellationToken.None);
        foreach (string code in new[] { "#load \"_loader/NeuralScratch.csx\"", "using NeuralScratch;\nusing NeuralScratch.Plots;" })
        {
            SubmissionResult loaded = await kernel.SubmitAsync("load", code, "csharp", Timeout, _ => { }, CancellationToken.None);
            Assert.True(loaded.Outcome == SubmissionOutcome.Succeeded, loaded.Message);
        }
        return kernel;
    }

    static string Html(KernelEvent e) =>
        e.Body["formattedValues"]!.AsArray().Where(v => (string?)v!["mimeType"] == "text/html").Select(v => (string?)v!["value"]).Single() ?? "";

    static string Text(KernelEvent e) =>
        e.Body["formattedValues"]!.AsArray().Select(v => (string?)v!["value"]).FirstOrDefault() ?? "";
}
