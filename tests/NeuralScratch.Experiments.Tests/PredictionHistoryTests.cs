using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

public class PredictionHistoryTests
{
    static readonly Lazy<PredictionHistory> Seed42 = new(() => PredictionHistory.Track(Initialization.Walkthrough(42), Digits.Tests, 10000));

    [Fact]
    public void Seed_42_predicts_1_1_1_at_the_epochs_the_python_run_did()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        int[] expected = Reference.Root.GetProperty("epochs_predicting_1_1_1").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        int[] epochs = Seed42.Value.EpochsPredicting(1, 1, 1);
        Assert.NotEmpty(epochs);
        Assert.Equal(expected, epochs);
    }

    [Fact]
    public void Seed_42_ends_on_the_python_runs_predictions_and_settles_when_it_did()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        var runs = Reference.Root.GetProperty("test_predictions_per_epoch").GetProperty("runs").EnumerateArray().ToArray();
        var last = runs[^1].EnumerateArray().Select(e => e.GetInt32()).ToArray(); // [first, last, p3, p7, p8]
        Assert.Equal(last[2..], Seed42.Value.Final);
        Assert.Equal(last[0], Seed42.Value.SettledFrom());
    }

    [Fact]
    public void Every_epochs_predictions_match_the_python_run()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        foreach (var run in Reference.Root.GetProperty("test_predictions_per_epoch").GetProperty("runs").EnumerateArray())
        {
            int[] r = run.EnumerateArray().Select(e => e.GetInt32()).ToArray();
            for (int epoch = r[0]; epoch <= r[1]; epoch++)
                Assert.True(Seed42.Value.Predictions[epoch].SequenceEqual(r[2..]), $"epoch {epoch}: python {string.Join(",", r[2..])}, ours {string.Join(",", Seed42.Value.Predictions[epoch])}");
        }
    }

    [Fact]
    public void A_pattern_must_have_one_class_per_digit()
    {
        var history = PredictionHistory.Track(Initialization.Walkthrough(1), Digits.Tests, 2);
        Assert.Equal(3, history.Predictions[0].Length);
        Assert.Contains("expected one per tracked digit (3)", Assert.Throws<ArgumentException>(() => history.EpochsPredicting(1, 1)).Message);
    }
}
