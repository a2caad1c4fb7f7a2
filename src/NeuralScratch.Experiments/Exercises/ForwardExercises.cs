namespace NeuralScratch.Experiments;

/// <summary>Exercises 1 to 5: the forward pass, from one sigmoid to the network's prediction.</summary>
public static partial class Exercises
{
    /// <summary>1. Your <c>Sigmoid(x)</c>: 1 / (1 + e^−x).</summary>
    public static ExerciseResult CheckSigmoid(Func<double, double> yours, int seed = 1)
    {
        var random = new Random(seed);
        double[] xs = [0, 0.5, -0.5, 1, -1, 2, -2, 4, -4, 10, -10, .. Cases.Vector(random, 10, -8, 8)];
        return Record(new Checker<double, double>
        {
            Number = 1, Name = "Sigmoid", Cases = xs,
            Library = Activation.Sigmoid, Copy = x => x, Describe = x => $"x = {Shown.Number(x)}",
            Same = (e, g) => Same.Number(e, g), Show = Shown.Number,
            Mistakes =
            [
                new("e^x where e^−x belongs: your curve is mirrored, it falls as x grows. Sigmoid(2) should be about 0.88.", x => 1 / (1 + Math.Exp(x))),
                new("the 1 + is missing: 1 / e^−x is just e^x, which is not squashed into (0, 1).", x => 1 / Math.Exp(-x)),
                new("brackets: 1 / 1 + e^−x divides only the 1; put 1 + e^−x in brackets.", x => 1 / 1 + Math.Exp(-x)),
                new("that is the step function (0 or 1), not the sigmoid: it has no slope to train with.", Activation.Step),
                new("that is the sigmoid's slope σ·(1 − σ), not σ itself.", x => Activation.Sigmoid(x) * (1 - Activation.Sigmoid(x))),
                new("that is tanh, which runs from −1 to 1; the sigmoid runs from 0 to 1.", Math.Tanh),
            ],
        }.Run(x => yours(x)));
    }

    /// <summary>Weights and an input that already ends with the bias's 1.</summary>
    internal sealed record NeuronCase(double[] Weights, double[] InputWithBias);

    /// <summary>2. Your <c>NeuronOutput(weights, inputWithBias)</c>: the sigmoid of the dot product.</summary>
    public static ExerciseResult CheckNeuronOutput(Func<double[], double[], double> yours, int seed = 1)
    {
        var random = new Random(seed);
        NeuronCase Case(int inputs) => new(Cases.Vector(random, inputs + 1, -3, 3), [.. Cases.Vector(random, inputs, 0, 1), 1]);
        List<NeuronCase> cases = [Case(25), .. Enumerable.Range(0, 20).Select(_ => Case(random.Next(1, 8)))];
        double Dot(double[] w, double[] x, int count) => Enumerable.Range(0, count).Sum(j => w[j] * x[j]);
        return Record(new Checker<NeuronCase, double>
        {
            Number = 2, Name = "NeuronOutput", Cases = cases,
            Library = c => Network.NeuronOutput(c.Weights, c.InputWithBias),
            Copy = c => new(Cases.Copy(c.Weights), Cases.Copy(c.InputWithBias)),
            Describe = c => $"weights {Shown.Vector(c.Weights)} and input {Shown.Vector(c.InputWithBias)}",
            Same = (e, g) => Same.Number(e, g), Show = Shown.Number,
            Changed = (c, given) => !Cases.Unchanged(c.Weights, given.Weights) ? "weights" : !Cases.Unchanged(c.InputWithBias, given.InputWithBias) ? "input" : null,
            Typical = c => c.Weights.Length == 26,
            Mistakes =
            [
                new("the sigmoid is missing: you returned the dot product itself; pass it through Sigmoid.", c => Dot(c.Weights, c.InputWithBias, c.Weights.Length)),
                new("the last weight (the bias) is left out of the sum: the input's final 1 is there for it, so sum over every weight.", c => Activation.Sigmoid(Dot(c.Weights, c.InputWithBias, c.Weights.Length - 1))),
                new("the bias is added twice: the input already ends with the bias's 1, so the dot product includes it.", c => Activation.Sigmoid(Dot(c.Weights, c.InputWithBias, c.Weights.Length) + c.Weights[^1])),
                new("you summed the sigmoid of each product; the sigmoid goes once, on the whole sum.", c => Enumerable.Range(0, c.Weights.Length).Sum(j => Activation.Sigmoid(c.Weights[j] * c.InputWithBias[j]))),
                new("the sigmoid used is mirrored (e^x where e^−x belongs): check exercise 1.", c => 1 / (1 + Math.Exp(Dot(c.Weights, c.InputWithBias, c.Weights.Length)))),
            ],
        }.Run(c => yours(c.Weights, c.InputWithBias)));
    }

    /// <summary>3. Your NAND neuron's three weights (two inputs, then the bias): near 1 unless both inputs are 1.</summary>
    public static ExerciseResult CheckNandWeights(double[] weights)
    {
        const int Number = 3; const string Name = "NAND weights";
        ExerciseResult NotYet(string why) => Record(ExerciseResult.NotYet(Number, Name, why));
        if (weights is null) return NotYet("the weights are null; expected three numbers: the weight of each input, then the bias.");
        if (weights.Length != 3) return NotYet($"expected 3 weights (one per input, then the bias last), got {weights.Length}.");
        if (!weights.All(double.IsFinite)) return NotYet($"every weight must be a finite number; got {Shown.Vector(weights)}.");

        double[] Table(double[] w) => NandCorners.Select(p => Network.NeuronOutput(w, [p.X, p.Y, 1])).ToArray();
        bool[] Pattern(double[] outputs) => outputs.Select(o => o > 0.5).ToArray();
        double[] outputs = Table(weights);
        string table = string.Join(", ", NandCorners.Zip(outputs, (p, o) => $"({p.X}, {p.Y}) → {o:F3}"));
        bool[] nand = [true, true, true, false], and = [false, false, false, true], or = [false, true, true, true], nor = [true, false, false, false];

        if (outputs.Zip(nand).All(p => p.Second ? p.First > 0.99 : p.First < 0.01))
            return Record(ExerciseResult.Pass(Number, Name, $"{table}: 1 unless both inputs are 1."));
        bool[] pattern = Pattern(outputs);
        if (pattern.SequenceEqual(nand))
            return NotYet($"{table}: the right way round, but not sure enough (below 0.99 or above 0.01). Make every weight larger, say ten times.");
        if (Pattern(Table([weights[1], weights[2], weights[0]])).SequenceEqual(nand))
            return NotYet($"{table}: these would be NAND if the first number were the bias, but the bias weight goes last.");
        string? named = pattern.SequenceEqual(and) ? "AND" : pattern.SequenceEqual(or) ? "OR" : pattern.SequenceEqual(nor) ? "NOR" : null;
        if (named == "AND")
            return NotYet($"{table}: that is AND. NAND is its opposite: flip the sign of every weight.");
        if (named is not null)
            return NotYet($"{table}: that is {named}, not NAND (NAND is 0 only when both inputs are 1).");
        return NotYet($"{table}: NAND should be near 1, 1, 1 and 0.");
    }

    static readonly (double X, double Y)[] NandCorners = [(0, 0), (0, 1), (1, 0), (1, 1)];

    internal sealed record ForwardCase(double[][][] Network, double[] Input);

    /// <summary>4. Your <c>FeedForward(network, input)</c>: every layer's outputs, first layer first; networks of 1, 2 and 3 hidden layers.</summary>
    public static ExerciseResult CheckFeedForward(Func<double[][][], double[], double[][]> yours, int seed = 1)
    {
        var random = new Random(seed);
        List<ForwardCase> cases = Cases.Shapes(random, 12).Select(sizes => new ForwardCase(Cases.Network(random, sizes), Cases.Vector(random, sizes[0], 0, 1))).ToList();
        double[][] Forward(ForwardCase c) => Network.FeedForward(c.Network, c.Input);
        return Record(new Checker<ForwardCase, double[][]>
        {
            Number = 4, Name = "FeedForward", Cases = cases, Library = Forward,
            Copy = c => new(Network.Clone(c.Network), Cases.Copy(c.Input)),
            Describe = c => $"{Shown.Network(c.Network)} fed {Shown.Vector(c.Input)}",
            Same = Same.Layers, Show = o => $"{Shown.Count(o.Length, "layer")} of outputs, {Shown.Layers(o)}",
            Changed = (c, given) => !Cases.Unchanged(c.Input, given.Input) ? "input" : !Cases.Unchanged(c.Network, given.Network) ? "network" : null,
            Typical = c => c.Network.Length == 2,
            Mistakes =
            [
                new("only the last layer's outputs came back; return every layer's outputs, first layer first (outputs[^1] is the network's answer).", c => [Forward(c)[^1]]),
                new("the layers' outputs are in the wrong order (last layer first); return them first layer first.", c => Forward(c).Reverse().ToArray()),
                new("the input itself came back as the first layer: one array too many. Return only the layers' outputs.", c => [c.Input, .. Forward(c)]),
                new("the first layer's outputs are missing: one array too few. Add each layer's outputs as you compute them.", c => Forward(c)[1..]),
                new("only the first two layers' outputs came back: is the number of layers hard-coded? Loop over every layer of the network.", c => Forward(c)[..2]),
                new("the bias's 1 is forgotten: each neuron's last weight (the bias) must multiply a 1 appended to the layer's input.", c => ForwardWith(c, (w, x) => Enumerable.Range(0, x.Length).Sum(j => w[j] * x[j]))),
                new("the bias's 1 is put first: it goes last, so the last weight is the bias.", c => ForwardWith(c, (w, x) => w[0] + Enumerable.Range(0, x.Length).Sum(j => w[j + 1] * x[j]))),
            ],
        }.Run(c => yours(c.Network, c.Input)));
    }

    /// <summary>A feed-forward with a different weighted sum, to write the bias mistakes.</summary>
    static double[][] ForwardWith(ForwardCase c, Func<double[], double[], double> weightedSum)
    {
        var outputs = new List<double[]>();
        double[] input = c.Input;
        foreach (double[][] layer in c.Network)
        {
            double[] x = input;
            input = layer.Select(neuron => Activation.Sigmoid(weightedSum(neuron, x))).ToArray();
            outputs.Add(input);
        }
        return outputs.ToArray();
    }

    /// <summary>5. Your <c>ArgMax(values)</c>, which Predict uses: the index of the largest value, the first on a tie.</summary>
    public static ExerciseResult CheckArgMax(Func<double[], int> yours, int seed = 1)
    {
        var random = new Random(seed);
        double[] Tied(double[] v, int at) { v[at] = v.Max(); return v; }
        List<double[]> cases =
        [
            Cases.Vector(random, 10, 0, 1),
            Tied(Cases.Vector(random, 10, 0, 1), 8),
            [-2.5, -0.75, -1.25, -3],
            [7.25, 1.5, 7.25, 3],
            [0.4],
            .. Enumerable.Range(0, 12).Select(i => Cases.Vector(random, random.Next(2, 13), -3, 12)),
            .. Enumerable.Range(0, 4).Select(_ => { double[] v = Cases.Vector(random, random.Next(3, 9), -3, 12); return Tied(v, v.Length - 1); }),
        ];
        int LastOnTie(double[] v) { int best = 0; for (int i = 1; i < v.Length; i++) if (v[i] >= v[best]) best = i; return best; }
        int FromZero(double[] v) { int best = 0; double top = 0; for (int i = 0; i < v.Length; i++) if (v[i] > top) { top = v[i]; best = i; } return best; }
        return Record(new Checker<double[], int>
        {
            Number = 5, Name = "ArgMax", Cases = cases, Library = v => Network.ArgMax(v),
            Copy = Cases.Copy, Describe = v => $"values {Shown.Vector(v)}",
            Same = (e, g) => e == g, Show = i => $"{i}",
            Changed = (v, given) => Cases.Unchanged(v, given) ? null : "values (sorting them does)",
            Typical = v => v.Length == 10 && v.All(x => x is > 0 and < 1),
            Mistakes =
            [
                new("it returns the largest value (cast to an int), not its index: Predict needs the position of the largest output.", v => (int)v.Max()),
                new("on a tie it picks the last of the equal largest values; take the first (compare with >, not >=).", LastOnTie),
                new("that is the index of the smallest value; ArgMax wants the largest.", v => Array.IndexOf(v, v.Min())),
                new("the index is one too high: C# counts from 0, so the first value is index 0.", v => Network.ArgMax(v) + 1),
                new("the running maximum starts at 0, so when every value is negative the answer stays 0; start from the first value.", FromZero),
            ],
        }.Run(v => yours(v)));
    }
}
