using NeuralScratch.Experiments;
using Track = NeuralScratch.Experiments.Exercises;

namespace NeuralScratch.Experiments.Tests.Exercises;

/// <summary>Hints on demand, the progress line, and the payoff that trains with the learner's functions.</summary>
[Collection(ExerciseCollection.Name)]
public class HintsProgressAndPayoffTests
{
    [Fact]
    public void Every_exercise_has_a_nudge_and_then_an_idea()
    {
        for (int n = 1; n <= Track.Names.Count; n++)
        {
            string nudge = Track.Hint(n), idea = Track.Hint(n, 2);
            Assert.StartsWith($"Hint for {n}. {Track.Names[n - 1]}: ", nudge);
            Assert.EndsWith($"(Exercises.Hint({n}, 2) gives the idea.)", nudge);
            Assert.StartsWith($"The idea of {n}. {Track.Names[n - 1]}: ", idea);
            Assert.NotEqual(nudge, idea);
        }
        Assert.Equal(12, Track.Names.Count);
    }

    [Fact]
    public void A_hint_never_shows_the_code_of_the_answer()
    {
        string[] answerCode = ["1 / (1 + Math.Exp(-x))", "sum += ", "-20, -20, 30", "[.. input, 1]", "values[i] > values[best]", "vector[label] = 1", "(outputs[i] - targets[i]) *",
            "* (1 - o) * (o - t", "nextDeltas[k] * nextLayer[k][i]", "-= deltas", "Backpropagate(network, inputs[i], targets[i]);", "(above - below) / (2 * h)"];
        string all = string.Concat(Enumerable.Range(1, 12).Select(n => Track.Hint(n) + Track.Hint(n, 2)));
        Assert.All(answerCode, code => Assert.DoesNotContain(code, all));
    }

    [Fact]
    public void A_hint_asked_for_wrongly_says_what_to_ask_instead()
    {
        Assert.Equal("There is no exercise 13: the exercises are numbered 1 to 12.", Track.Hint(13));
        Assert.Equal("There is no exercise 0: the exercises are numbered 1 to 12.", Track.Hint(0));
        Assert.Equal("Hints come in two levels: Exercises.Hint(4) for a nudge, Exercises.Hint(4, 2) for the idea.", Track.Hint(4, 3));
    }

    [Fact]
    public void The_progress_line_says_which_pass_which_not_yet_and_which_are_unchecked()
    {
        Track.ForgetProgress();
        Assert.Equal("Progress: 0 of 12 exercises pass (none); not yet: none; not checked in this run: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.", Track.Progress());
        Track.CheckSigmoid(Answers.Sigmoid);
        Track.CheckNeuronOutput((w, x) => throw new NotImplementedException());
        Track.CheckNandWeights(Answers.NandWeights);
        Assert.Equal("Progress: 2 of 12 exercises pass (1, 3); not yet: 2; not checked in this run: 4, 5, 6, 7, 8, 9, 10, 11, 12.", Track.Progress());
        Track.CheckNeuronOutput(Answers.NeuronOutput); // a re-run replaces the verdict
        Assert.StartsWith("Progress: 3 of 12 exercises pass (1, 2, 3); not yet: none;", Track.Progress());
    }

    [Fact]
    public void The_payoff_with_the_right_answers_trains_to_the_librarys_bits()
    {
        PayoffResult payoff = Track.Payoff(Answers.Train, Answers.Predict, epochs: 300);
        Assert.True(payoff.SameBits, payoff.Message);
        Assert.StartsWith("✓ Payoff: your functions trained the digit network to the library's very bits", payoff.Message);
        double[][][] library = Initialization.Walkthrough(42);
        Training.Train(library, Digits.Inputs(), Digits.Targets(), 300, new TrainingOptions { Backprop = BackpropKind.TrueGradient });
        Assert.Equal(Digits.Tests.Select(d => Network.Predict(library, d.Pixels)), payoff.Library.TestPredictions);
        Assert.Equal(payoff.Library.TestPredictions, payoff.Yours!.TestPredictions);
        string[] rows = payoff.Message.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"{"",-26}{"yours",-12}library", rows[1]);
        Assert.Equal($"{"loss after 300 epochs",-26}{payoff.Yours.Loss,-12:F6}{payoff.Library.Loss:F6}", rows[2]);
        Assert.Equal($"{"training digits right",-26}{payoff.Yours.TrainingDigitsRight + " of 10",-12}{payoff.Library.TrainingDigitsRight} of 10", rows[3]);
        Assert.Equal($"{"the three test digits",-26}{string.Join(", ", payoff.Yours.TestPredictions),-12}{string.Join(", ", payoff.Library.TestPredictions)}", rows[4]);
    }

    [Fact]
    public void The_payoff_tells_the_walkthroughs_order_and_a_failing_train_apart()
    {
        PayoffResult walkthrough = Track.Payoff((n, xs, ts, e) => Training.Train(n, xs, ts, e), Answers.Predict, epochs: 50);
        Assert.False(walkthrough.SameBits);
        Assert.StartsWith("✗ Payoff, not yet: these are the bits of the walkthrough's order", walkthrough.Message);

        PayoffResult unwritten = Track.Payoff((n, xs, ts, e) => throw new NotImplementedException(), Answers.Predict, epochs: 5);
        Assert.StartsWith("✗ Payoff, not yet: your Train, or a function it calls, still throws NotImplementedException.", unwritten.Message);
        Assert.Null(unwritten.Yours);

        PayoffResult noPredict = Track.Payoff(Answers.Train, (n, x) => throw new NotImplementedException(), epochs: 5);
        Assert.StartsWith("✗ Payoff, not yet: your Predict, or a function it calls, still throws NotImplementedException.", noPredict.Message);

        PayoffResult off = Track.Payoff((n, xs, ts, e) => Answers.Train(n, xs, ts, e + 1), Answers.Predict, epochs: 5);
        Assert.StartsWith("✗ Payoff, not yet: your network is not the library's: weight network[", off.Message);
    }
}
