namespace NeuralScratch.Experiments;

/// <summary>Exercises 6 to 9: what the network should answer, how wrong it is, and who is to blame.</summary>
public static partial class Exercises
{
    internal sealed record OneHotCase(int Label, int Classes);

    /// <summary>6. Your <c>OneHot(label, classes)</c>: zeros with a 1 at the label.</summary>
    public static ExerciseResult CheckOneHot(Func<int, int, double[]> yours, int seed = 1)
    {
        var random = new Random(seed);
        List<OneHotCase> cases =
        [
            // Label 0 comes after the others, so that a 1 put one place early is seen before it throws.
            .. Enumerable.Range(1, 9).Select(label => new OneHotCase(label, 10)), new(0, 10),
            new(0, 1), new(2, 3), new(11, 12), new(0, 4),
            .. Enumerable.Range(0, 6).Select(_ => { int classes = random.Next(2, 16); return new OneHotCase(random.Next(classes), classes); }),
        ];
        return Record(new Checker<OneHotCase, double[]>
        {
            Number = 6, Name = "OneHot", Cases = cases, Library = c => Digits.OneHot(c.Label, c.Classes),
            Copy = c => c, Describe = c => $"label {c.Label} of {c.Classes} classes",
            Same = Same.Vector, Show = Shown.Vector, Typical = c => c.Classes == 10,
            Mistakes =
            [
                new("the 1 is one place too far: the label is its index, counted from 0.", c => Digits.OneHot(c.Label + 1, c.Classes)),
                new("the 1 is one place too early: the label is its index, counted from 0 (label 0 is the first place).", c => Digits.OneHot(c.Label - 1, c.Classes)),
                new("it is inside out: ones everywhere and a 0 at the label; one-hot is zeros with a single 1.", c => Digits.OneHot(c.Label, c.Classes).Select(x => 1 - x).ToArray()),
                new("the 1 is counted from the end; put it at index label.", c => Digits.OneHot(c.Classes - 1 - c.Label, c.Classes)),
            ],
        }.Run(c => yours(c.Label, c.Classes)));
    }

    internal sealed record VectorPair(double[] Outputs, double[] Targets);

    static List<VectorPair> OutputsAndTargets(Random random) =>
    [
        new(Cases.Vector(random, 10, 0, 1), Digits.OneHot(3)),
        .. Enumerable.Range(0, 16).Select(_ =>
        {
            int size = random.Next(1, 13);
            return new VectorPair(Cases.Vector(random, size, 0, 1), Digits.OneHot(random.Next(size), size));
        }),
    ];

    static Checker<VectorPair, T> OnPairs<T>(int number, string name, IReadOnlyList<VectorPair> cases, Func<VectorPair, T> library,
        Func<T, T, bool> same, Func<T, string> show, IReadOnlyList<Mistake<VectorPair, T>> mistakes) => new()
    {
        Number = number, Name = name, Cases = cases, Library = library,
        Copy = c => new(Cases.Copy(c.Outputs), Cases.Copy(c.Targets)),
        Describe = c => $"outputs {Shown.Vector(c.Outputs)} and targets {Shown.Vector(c.Targets)}",
        Same = same, Show = show,
        Changed = (c, given) => !Cases.Unchanged(c.Outputs, given.Outputs) ? "outputs" : !Cases.Unchanged(c.Targets, given.Targets) ? "targets" : null,
        Typical = c => c.Outputs.Length == 10, Mistakes = mistakes,
    };

    /// <summary>7. Your <c>SumOfSquaredErrors(outputs, targets)</c>: Σ (o − t)².</summary>
    public static ExerciseResult CheckLoss(Func<double[], double[], double> yours, int seed = 1)
    {
        double Sse(VectorPair c) => Loss.SumOfSquaredErrors(c.Outputs, c.Targets);
        IEnumerable<double> Errors(VectorPair c) => c.Outputs.Zip(c.Targets, (o, t) => o - t);
        return Record(OnPairs<double>(7, "SumOfSquaredErrors", OutputsAndTargets(new Random(seed)), Sse, (e, g) => Same.Number(e, g), Shown.Number,
        [
            new("the errors are not squared: plus and minus errors cancel out. Square each (o − t).", c => Errors(c).Sum()),
            new("that is the sum of |o − t|; square each error instead.", c => Errors(c).Sum(Math.Abs)),
            new("that is the mean of the squared errors; the walkthrough's loss is their sum.", c => Sse(c) / c.Outputs.Length),
            new("that is ½·Σ(o − t)², the loss whose slope backprop takes; here the walkthrough's loss is the plain sum, no ½.", c => Sse(c) / 2),
            new("you squared the sum of the errors; square each error, then add them up.", c => Math.Pow(Errors(c).Sum(), 2)),
            new("that is the square root of the sum (a distance); leave out the root.", c => Math.Sqrt(Sse(c))),
        ]).Run(c => yours(c.Outputs, c.Targets)));
    }

    /// <summary>8. Your <c>OutputDeltas(outputs, targets)</c>: o·(1 − o)·(o − t) for each output.</summary>
    public static ExerciseResult CheckOutputDeltas(Func<double[], double[], double[]> yours, int seed = 1)
    {
        double[] Each(VectorPair c, Func<double, double, double> delta) => c.Outputs.Zip(c.Targets, delta).ToArray();
        return Record(OnPairs<double[]>(8, "OutputDeltas", OutputsAndTargets(new Random(seed)), c => Backpropagation.OutputDeltas(c.Outputs, c.Targets), Same.Vector, Shown.Vector,
        [
            new("the delta's sign is flipped: it is o·(1 − o)·(o − t), output minus target, not (t − o).", c => Each(c, (o, t) => o * (1 - o) * (t - o))),
            new("the sigmoid's slope is missing: multiply the error (o − t) by o·(1 − o).", c => Each(c, (o, t) => o - t)),
            new("the sigmoid's slope is missing and the sign flipped: it is o·(1 − o)·(o − t).", c => Each(c, (o, t) => t - o)),
            new("the slope is taken at the target, t·(1 − t); take it at the output, o·(1 − o).", c => Each(c, (o, t) => t * (1 - t) * (o - t))),
            new("the slope should be o·(1 − o); you have (1 − o) alone.", c => Each(c, (o, t) => (1 - o) * (o - t))),
        ]).Run(c => yours(c.Outputs, c.Targets)));
    }

    internal sealed record HiddenCase(double[] HiddenOutputs, double[] NextDeltas, double[][] NextLayer);

    /// <summary>9. Your <c>HiddenDeltas(hiddenOutputs, nextDeltas, nextLayer)</c>: h·(1 − h)·Σ_k δ_k·w_ki.</summary>
    public static ExerciseResult CheckHiddenDeltas(Func<double[], double[], double[][], double[]> yours, int seed = 1)
    {
        var random = new Random(seed);
        HiddenCase Case(int hidden, int next) => new(Cases.Vector(random, hidden, 0, 1), Cases.Vector(random, next, -0.3, 0.3), Cases.Network(random, [hidden, next])[0]);
        // Square layers first: there reading w_ik for w_ki gives numbers, not an exception, so that mistake is seen.
        List<HiddenCase> cases = [Case(3, 3), Case(4, 4), Case(5, 10), .. Enumerable.Range(0, 14).Select(_ => Case(random.Next(1, 7), random.Next(1, 7)))];
        double[] Library(HiddenCase c) => Backpropagation.HiddenDeltas(c.HiddenOutputs, c.NextDeltas, c.NextLayer);
        double Sent(HiddenCase c, int i) => Enumerable.Range(0, c.NextDeltas.Length).Sum(k => c.NextDeltas[k] * c.NextLayer[k][i]);
        double[] Each(HiddenCase c, Func<double, int, double> delta) => c.HiddenOutputs.Select(delta).ToArray();
        return Record(new Checker<HiddenCase, double[]>
        {
            Number = 9, Name = "HiddenDeltas", Cases = cases, Library = Library,
            Copy = c => new(Cases.Copy(c.HiddenOutputs), Cases.Copy(c.NextDeltas), Cases.Copy(c.NextLayer)),
            Describe = c => $"hidden outputs {Shown.Vector(c.HiddenOutputs)}, next deltas {Shown.Vector(c.NextDeltas)} and next layer {Shown.Layers(c.NextLayer)}",
            Same = Same.Vector, Show = Shown.Vector,
            Changed = (c, given) => !Cases.Unchanged(c.HiddenOutputs, given.HiddenOutputs) ? "hidden outputs" : !Cases.Unchanged(c.NextDeltas, given.NextDeltas) ? "next deltas"
                : !Cases.Unchanged(c.NextLayer, given.NextLayer) ? "next layer's weights" : null,
            Typical = c => c.HiddenOutputs.Length == 5 && c.NextDeltas.Length == 10,
            Mistakes =
            [
                new("the sigmoid's slope is missing: multiply the sum Σ_k δ_k·w_ki by h·(1 − h).", c => Each(c, (h, i) => Sent(c, i))),
                new("the sign is flipped: δ_i = h·(1 − h)·Σ_k δ_k·w_ki, with no minus.", c => Each(c, (h, i) => -h * (1 - h) * Sent(c, i))),
                new("you read row i of the next layer (w_ik); hidden neuron i's weights are column i: weight i of each next neuron k, nextLayer[k][i].",
                    c => Each(c, (h, i) => h * (1 - h) * Enumerable.Range(0, c.NextDeltas.Length).Sum(k => c.NextDeltas[k] * c.NextLayer[i][k]))),
                new("the weights are left out: each next delta δ_k must be multiplied by the weight w_ki that joins the two neurons.",
                    c => Each(c, (h, i) => h * (1 - h) * c.NextDeltas.Sum())),
                new("one delta too many: the bias weight has no delta of its own (it is not a neuron); there is one delta per hidden output.",
                    c => [.. Library(c), 0]),
            ],
        }.Run(c => yours(c.HiddenOutputs, c.NextDeltas, c.NextLayer)));
    }
}
