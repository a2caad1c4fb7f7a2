using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests.Exercises;

/// <summary>The checks record their verdicts in one place per process, so their tests run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ExerciseCollection
{
    public const string Name = "exercise checks";

    /// <summary>Asserts a verdict of "not yet" whose message says <paramref name="says"/>.</summary>
    public static void NotYet(ExerciseResult result, string says)
    {
        Assert.False(result.Passed, result.Message);
        Assert.StartsWith($"✗ {result.Number}. {result.Name}, not yet: ", result.Message);
        Assert.Contains(says, result.Message);
        Assert.DoesNotContain('\n', result.Message); // one line
    }

    public static void Passes(ExerciseResult result)
    {
        Assert.True(result.Passed, result.Message);
        Assert.Matches($@"^✓ {result.Number}\. {result.Name}: matches (the library|the epochs-by-samples loop around your Backpropagate) on all \d+ cases", result.Message);
    }
}
