using static NeuralScratch.Experiments.Tests.Exercises.ExerciseCollection;
using Track = NeuralScratch.Experiments.Exercises;

namespace NeuralScratch.Experiments.Tests.Exercises;

/// <summary>Exercises 6 to 9 accept a right answer and name each typical mistake.</summary>
[Collection(ExerciseCollection.Name)]
public class LearningExercisesTests
{
    [Fact]
    public void One_hot()
    {
        Passes(Track.CheckOneHot(Answers.OneHot));
        NotYet(Track.CheckOneHot((label, classes) => { var v = new double[classes]; v[label + 1] = 1; return v; }), "one place too far");
        NotYet(Track.CheckOneHot((label, classes) => { var v = new double[classes]; v[label - 1] = 1; return v; }), "one place too early");
        NotYet(Track.CheckOneHot((label, classes) => Answers.OneHot(label, classes).Select(x => 1 - x).ToArray()), "inside out");
        NotYet(Track.CheckOneHot((label, classes) => Answers.OneHot(label, 10)), "is a size or a count hard-coded?");
        NotYet(Track.CheckOneHot((label, classes) => Answers.OneHot(classes - 1 - label, classes)), "counted from the end");
    }

    [Fact]
    public void Sum_of_squared_errors()
    {
        Passes(Track.CheckLoss(Answers.SumOfSquaredErrors));
        NotYet(Track.CheckLoss((o, t) => o.Zip(t).Sum(p => p.First - p.Second)), "the errors are not squared");
        NotYet(Track.CheckLoss((o, t) => o.Zip(t).Sum(p => Math.Abs(p.First - p.Second))), "the sum of |o − t|");
        NotYet(Track.CheckLoss((o, t) => o.Zip(t).Average(p => (p.First - p.Second) * (p.First - p.Second))), "the mean of the squared errors");
        NotYet(Track.CheckLoss((o, t) => 0.5 * Answers.SumOfSquaredErrors(o, t)), "that is ½·Σ(o − t)²");
        NotYet(Track.CheckLoss((o, t) => Math.Pow(o.Zip(t).Sum(p => p.First - p.Second), 2)), "you squared the sum of the errors");
        NotYet(Track.CheckLoss((o, t) => { for (int i = 0; i < o.Length; i++) o[i] -= t[i]; return o.Sum(e => e * e); }), "it changed the outputs it was given, in place");
    }

    [Fact]
    public void Output_deltas()
    {
        Passes(Track.CheckOutputDeltas(Answers.OutputDeltas));
        NotYet(Track.CheckOutputDeltas((o, t) => o.Select((a, i) => a * (1 - a) * (t[i] - a)).ToArray()), "the delta's sign is flipped");
        NotYet(Track.CheckOutputDeltas((o, t) => o.Select((a, i) => a - t[i]).ToArray()), "the sigmoid's slope is missing");
        NotYet(Track.CheckOutputDeltas((o, t) => o.Select((a, i) => t[i] * (1 - t[i]) * (a - t[i])).ToArray()), "the slope is taken at the target");
        NotYet(Track.CheckOutputDeltas((o, t) => { for (int i = 0; i < o.Length; i++) o[i] = o[i] * (1 - o[i]) * (o[i] - t[i]); return o; }), "it changed the outputs it was given, in place");
        NotYet(Track.CheckOutputDeltas((o, t) => Enumerable.Range(0, 10).Select(i => o[i] * (1 - o[i]) * (o[i] - t[i])).ToArray()), "is a size or a count hard-coded?");
    }

    [Fact]
    public void Hidden_deltas()
    {
        Passes(Track.CheckHiddenDeltas(Answers.HiddenDeltas));
        NotYet(Track.CheckHiddenDeltas((h, d, next) => h.Select((_, i) => next.Select((neuron, k) => d[k] * neuron[i]).Sum()).ToArray()), "the sigmoid's slope is missing");
        NotYet(Track.CheckHiddenDeltas((h, d, next) => h.Select((x, i) => x * (1 - x) * d.Select((dk, k) => dk * next[i][k]).Sum()).ToArray()), "you read row i of the next layer");
        NotYet(Track.CheckHiddenDeltas((h, d, next) => h.Select(x => x * (1 - x) * d.Sum()).ToArray()), "the weights are left out");
        NotYet(Track.CheckHiddenDeltas((h, d, next) => Answers.HiddenDeltas([.. h, 1], d, next.Select(n => (double[])[.. n, 0]).ToArray())), "one delta too many");
        NotYet(Track.CheckHiddenDeltas((h, d, next) => { next[0][0] = 0; return Answers.HiddenDeltas(h, d, next); }), "it changed the next layer's weights it was given, in place");
    }
}
