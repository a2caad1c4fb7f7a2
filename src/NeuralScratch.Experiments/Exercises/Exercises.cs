using System.Collections.Concurrent;

namespace NeuralScratch.Experiments;

/// <summary>
/// The exercise track of notebook 05: twelve steps, in the order the network is built. Each
/// check runs the learner's function on many cases beside the library's, names a typical
/// mistake when it sees one, never throws, and remembers its verdict for <see cref="Progress"/>.
/// </summary>
public static partial class Exercises
{
    /// <summary>The exercises, numbered from 1, in build order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["Sigmoid", "NeuronOutput", "NAND weights", "FeedForward", "ArgMax", "OneHot", "SumOfSquaredErrors",
         "OutputDeltas", "HiddenDeltas", "Backpropagate", "Train", "NumericSlope"];

    // The latest verdict of each exercise in this process (this kernel), so re-running a check replaces it.
    static readonly ConcurrentDictionary<int, bool> Verdicts = new();

    static ExerciseResult Record(ExerciseResult result)
    {
        Verdicts[result.Number] = result.Passed;
        return result;
    }

    /// <summary>One line: which exercises pass, which do not yet, which were not checked in this run.</summary>
    public static string Progress()
    {
        var numbers = Enumerable.Range(1, Names.Count).ToList();
        List<int> passed = numbers.Where(n => Verdicts.TryGetValue(n, out bool p) && p).ToList();
        List<int> notYet = numbers.Where(n => Verdicts.TryGetValue(n, out bool p) && !p).ToList();
        List<int> unchecked_ = numbers.Except(passed).Except(notYet).ToList();
        string List(List<int> ns) => ns.Count == 0 ? "none" : string.Join(", ", ns);
        return $"Progress: {passed.Count} of {Names.Count} exercises pass ({List(passed)}); not yet: {List(notYet)}"
             + (unchecked_.Count == 0 ? "." : $"; not checked in this run: {List(unchecked_)}.");
    }

    /// <summary>Forgets every verdict, as a fresh kernel would (for tests).</summary>
    internal static void ForgetProgress() => Verdicts.Clear();
}
