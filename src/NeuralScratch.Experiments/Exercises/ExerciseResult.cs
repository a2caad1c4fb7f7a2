namespace NeuralScratch.Experiments;

/// <summary>The verdict on one exercise: passed or not yet, in one line a learner can act on.</summary>
public sealed record ExerciseResult(int Number, string Name, bool Passed, string Message)
{
    public override string ToString() => Message;

    internal static ExerciseResult Pass(int number, string name, string what) => new(number, name, true, $"✓ {number}. {name}: {what}");

    internal static ExerciseResult NotYet(int number, string name, string why) => new(number, name, false, $"✗ {number}. {name}, not yet: {why}");
}
