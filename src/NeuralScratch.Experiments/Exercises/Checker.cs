namespace NeuralScratch.Experiments;

/// <summary>
/// Checks a learner's function against the library's on a list of cases, the way a teacher
/// would: first an exception or a changed argument, then a typical mistake by name, then a
/// size that works only for the walkthrough's network, and only then the first case that differs.
/// </summary>
internal sealed class Checker<TCase, TOut>
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    /// <summary>The cases; the ones <see cref="Typical"/> picks (the walkthrough's sizes) first.</summary>
    public required IReadOnlyList<TCase> Cases { get; init; }
    public required Func<TCase, TOut> Library { get; init; }
    /// <summary>A deep copy, so the learner's function gets arrays of its own.</summary>
    public required Func<TCase, TCase> Copy { get; init; }
    public required Func<TCase, string> Describe { get; init; }
    public required Func<TOut, TOut, bool> Same { get; init; }
    public required Func<TOut, string> Show { get; init; }
    /// <summary>The name of an argument the call changed but should not have, or null.</summary>
    public Func<TCase, TCase, string?> Changed { get; init; } = (_, _) => null;
    public IReadOnlyList<Mistake<TCase, TOut>> Mistakes { get; init; } = [];
    public Func<TCase, bool> Typical { get; init; } = _ => false;
    /// <summary>What the learner's answers are compared with, as the pass line says it.</summary>
    public string Against { get; init; } = "the library";
    /// <summary>How the expected and the learner's answers differ, when no mistake is recognised.</summary>
    public Func<TOut, TOut, string>? Differ { get; init; }

    public ExerciseResult Run(Func<TCase, TOut> yours)
    {
        var answers = new List<(TCase Case, TOut Got, bool Right)>();
        foreach (TCase c in Cases)
        {
            TCase given = Copy(c);
            TOut got;
            try { got = yours(given); }
            catch (Exception e) { return NotYet(Threw(e, c, answers)); }
            if (Changed(c, given) is string argument)
                return NotYet($"it changed the {argument} it was given, in place; leave the caller's arrays as they were: build new ones, or put back what you change (for {Describe(c)})");
            TOut expected;
            try { expected = Library(c); }
            catch (Exception e) { return NotYet($"the check could not work out the right answer for {Describe(c)}: {e.Message}"); }
            answers.Add((c, got, Agrees(expected, got)));
        }
        if (answers.All(a => a.Right))
            return ExerciseResult.Pass(Number, Name, $"matches {Against} on all {Cases.Count} cases.");

        foreach (Mistake<TCase, TOut> mistake in Mistakes)
            if (answers.All(a => Agrees(Safely(mistake.Wrong, a.Case), a.Got)))
                return NotYet(mistake.Says);

        var wrong = answers.First(a => !a.Right);
        return NotYet(HardCoded(wrong.Case, answers) ?? $"for {Describe(wrong.Case)}: {Difference(Library(wrong.Case), wrong.Got)}");
    }

    ExerciseResult NotYet(string why) => ExerciseResult.NotYet(Number, Name, why);

    string Threw(Exception e, TCase c, List<(TCase Case, TOut Got, bool Right)> answers)
    {
        if (e is NotImplementedException)
            return $"{Name} still throws NotImplementedException; write it in the cell above, then run this cell again.";
        if (Explains(c, answers) is Mistake<TCase, TOut> mistake)
            return $"{mistake.Says} (It threw {e.GetType().Name} for {Describe(c)}.)";
        return HardCoded(c, answers, $"it threw {e.GetType().Name} (\"{e.Message}\")")
            ?? $"it threw {e.GetType().Name} (\"{e.Message}\") for {Describe(c)}";
    }

    /// <summary>A mistake that gave the learner's wrong answers so far and cannot run on this case either.</summary>
    Mistake<TCase, TOut>? Explains(TCase c, List<(TCase Case, TOut Got, bool Right)> answers)
    {
        if (answers.All(a => a.Right)) return null; // no wrong answer yet to recognise
        return Mistakes.FirstOrDefault(m => Throws(m.Wrong, c) && answers.All(a => Agrees(Safely(m.Wrong, a.Case), a.Got)));
    }

    static bool Throws(Func<TCase, TOut> wrong, TCase c)
    {
        try { wrong(c); return false; }
        catch (Exception) { return true; }
    }

    /// <summary>Right for every walkthrough-sized case so far, wrong for this other size: a size is hard-coded.</summary>
    string? HardCoded(TCase c, List<(TCase Case, TOut Got, bool Right)> answers, string how = "it is wrong")
    {
        var typical = answers.Where(a => Typical(a.Case)).ToList();
        if (Typical(c) || typical.Count == 0 || !typical.All(a => a.Right)) return null;
        return $"right for {Describe(typical[0].Case)}, but for {Describe(c)} {how}: is a size or a count hard-coded? Take every size from the arrays' .Length.";
    }

    bool Agrees(TOut expected, TOut got)
    {
        try { return expected is not null && got is not null && Same(expected, got); }
        catch (Exception) { return false; } // arrays of the wrong length, say
    }

    static TOut Safely(Func<TCase, TOut> wrong, TCase c)
    {
        try { return wrong(c); }
        catch (Exception) { return default!; } // this mistake cannot even run here, so it is not the learner's
    }

    string Difference(TOut expected, TOut got) =>
        got is null ? $"expected {Show(expected)}, got null" : Differ?.Invoke(expected, got) ?? $"expected {Show(expected)}, got {Show(got)}";
}
