namespace NeuralScratch.Experiments;

/// <summary>Exercises 10 to 12: one step of backpropagation, training, and the slope by calculus's definition.</summary>
public static partial class Exercises
{
    internal sealed record Sample(double[][][] Network, double[] Input, double[] Target)
    {
        public Sample Copy() => new(NeuralScratch.Network.Clone(Network), Cases.Copy(Input), Cases.Copy(Target));
    }

    static Sample RandomSample(Random random, int[] sizes) =>
        new(Cases.Network(random, sizes), Cases.Vector(random, sizes[0], 0, 1), Digits.OneHot(random.Next(sizes[^1]), sizes[^1]));

    /// <summary>10. Your <c>Backpropagate(network, input, target)</c>: one step down the gradient of ½·Σ(o − t)², every delta computed before any weight moves.</summary>
    public static ExerciseResult CheckBackpropagate(Action<double[][][], double[], double[]> yours, int seed = 1)
    {
        var random = new Random(seed);
        List<Sample> cases = Cases.Shapes(random, 12).Select(sizes => RandomSample(random, sizes)).ToList();
        cases[0] = new(Initialization.Walkthrough(42), Digits.Training[3].Pixels.ToArray(), Digits.OneHot(3));
        double[][][] Stepped(Sample c, Func<double[][][], double[][][]> step) => step(Network.Clone(c.Network));
        double[][][] Moved(Sample c, double sign, bool biases = true) => Stepped(c, net =>
        {
            double[][][] gradient = Backpropagation.Gradient(c.Network, c.Input, c.Target);
            for (int l = 0; l < net.Length; l++)
                for (int n = 0; n < net[l].Length; n++)
                    for (int w = 0; w < net[l][n].Length - (biases ? 0 : 1); w++)
                        net[l][n][w] -= sign * gradient[l][n][w];
            return net;
        });

        ExerciseResult result = new Checker<Sample, double[][][]>
        {
            Number = 10, Name = "Backpropagate", Cases = cases,
            Library = c => Stepped(c, net => { Backpropagation.BackpropagateTrueGradient(net, c.Input, c.Target); return net; }),
            Copy = c => c.Copy(), Describe = c => $"{Shown.Network(c.Network)} fed {Shown.Vector(c.Input)} with target {Shown.Vector(c.Target)}",
            Same = Same.Network, Show = Shown.Network, Differ = (expected, got) => WeightDifference(expected, got),
            Changed = (c, given) => !Cases.Unchanged(c.Input, given.Input) ? "input" : !Cases.Unchanged(c.Target, given.Target) ? "target" : null,
            Typical = c => c.Network.Length == 2,
            Mistakes =
            [
                new("the network did not change: update its weights in place (network[l][i][j] -= ...), not a copy of them.", c => Network.Clone(c.Network)),
                new("the weights moved up the gradient, not down: the step is w −= δ·x (minus), so the loss goes down.", c => Moved(c, -1)),
                new("the bias weights did not move: the bias's input is 1, so the bias moves by −δ·1 too.", c => Moved(c, 1, biases: false)),
                new("each layer was updated before the deltas below it were computed (the walkthrough's order), so those deltas read changed weights; compute every delta first, then move the weights.", WalkthroughOrder),
                new("only the output layer moved: send the deltas back through every layer (HiddenDeltas) and move each layer's weights.",
                    c => Stepped(c, net => { double[][][] g = Backpropagation.Gradient(c.Network, c.Input, c.Target); for (int n = 0; n < net[^1].Length; n++) for (int w = 0; w < net[^1][n].Length; w++) net[^1][n][w] -= g[^1][n][w]; return net; })),
            ],
        }.Run(c => { yours(c.Network, c.Input, c.Target); return c.Network; });
        if (!result.Passed) return Record(result);

        // The library's step is backprop; the finite difference is calculus. Say how close the learner's step is to the latter.
        double worst = cases.Max(c =>
        {
            double[][][] after = Stepped(c, net => { yours(net, c.Input, c.Target); return net; });
            double[][][] step = c.Network.Select((layer, l) => layer.Select((neuron, n) => neuron.Select((w, i) => w - after[l][n][i]).ToArray()).ToArray()).ToArray();
            return GradientCheck.Compare(step, GradientCheck.NumericGradient(c.Network, c.Input, c.Target)).RelativeError;
        });
        return Record(result with { Message = result.Message.TrimEnd('.') + $", and every step is minus the finite-difference gradient to within {worst:G2} (relative)." });
    }

    /// <summary>The walkthrough's order for any depth: from the output back, update a layer, then compute the deltas below from its new weights.</summary>
    static double[][][] WalkthroughOrder(Sample c)
    {
        double[][][] net = Network.Clone(c.Network);
        double[][] outputs = Network.FeedForward(net, c.Input);
        double[] deltas = Backpropagation.OutputDeltas(outputs[^1], c.Target);
        for (int l = net.Length - 1; l >= 0; l--)
        {
            double[] x = [.. l == 0 ? c.Input : outputs[l - 1], 1]; // the layer's input and the bias's 1
            for (int n = 0; n < net[l].Length; n++)
                for (int w = 0; w < x.Length; w++)
                    net[l][n][w] -= deltas[n] * x[w];
            if (l > 0) deltas = Backpropagation.HiddenDeltas(outputs[l - 1], deltas, net[l]);
        }
        return net;
    }

    /// <summary>The weight that differs most: where it was, what it should have become, what it became.</summary>
    static string WeightDifference(double[][][] expected, double[][][] got)
    {
        if (got.Length != expected.Length) return $"expected {Shown.Count(expected.Length, "layer")}, got {got.Length}";
        (int l, int n, int w, double by) worst = (0, 0, 0, -1);
        for (int l = 0; l < expected.Length; l++)
            for (int n = 0; n < expected[l].Length; n++)
                for (int w = 0; w < expected[l][n].Length; w++)
                {
                    double by = Math.Abs(expected[l][n][w] - got[l][n][w]);
                    if (!(by <= worst.by)) worst = (l, n, w, by); // NaN counts as the worst
                }
        var (wl, wn, ww, _) = worst;
        return $"weight network[{wl}][{wn}][{ww}] should become {Shown.Number(expected[wl][wn][ww])}, yours is {Shown.Number(got[wl][wn][ww])}";
    }

    internal sealed record TrainingCase(double[][][] Network, double[][] Inputs, double[][] Targets, int Epochs);

    /// <summary>
    /// 11. Your <c>Train(network, inputs, targets, epochs)</c>: each epoch, one Backpropagate per
    /// sample, in order. It is checked against the same loop around your own Backpropagate, so a
    /// mistake there does not show up here.
    /// </summary>
    public static ExerciseResult CheckTrain(Action<double[][][], double[][], double[][], int> yours, Action<double[][][], double[], double[]> yourBackpropagate, int seed = 1)
    {
        var random = new Random(seed);
        TrainingCase Case(int[] sizes, int samples, int epochs)
        {
            Sample[] drawn = Enumerable.Range(0, samples).Select(_ => RandomSample(random, sizes)).ToArray();
            return new(drawn[0].Network, drawn.Select(s => s.Input).ToArray(), drawn.Select(s => s.Target).ToArray(), epochs);
        }
        List<TrainingCase> cases =
        [
            new(Initialization.Walkthrough(42), Digits.Inputs(), Digits.Targets(), 2),
            .. Enumerable.Range(0, 10).Select(i => Case([random.Next(1, 5), random.Next(1, 5), random.Next(1, 4)], 1 + i % 5, 1 + i % 4)),
        ];
        try { yourBackpropagate(Network.Clone(cases[1].Network), cases[1].Inputs[0], cases[1].Targets[0]); }
        catch (NotImplementedException) { return Record(ExerciseResult.NotYet(11, "Train", "Train calls your Backpropagate, which still throws NotImplementedException: write exercise 10 first.")); }
        catch (Exception e) { return Record(ExerciseResult.NotYet(11, "Train", $"Train calls your Backpropagate, which threw {e.GetType().Name} (\"{e.Message}\"): get exercise 10 to pass first.")); }

        double[][][] Loop(TrainingCase c, IEnumerable<(int Epoch, int Sample)> order)
        {
            double[][][] net = Network.Clone(c.Network);
            foreach (var (_, i) in order) yourBackpropagate(net, c.Inputs[i], c.Targets[i]);
            return net;
        }
        IEnumerable<(int, int)> Epochs(int epochs, IEnumerable<int> samples) => Enumerable.Range(0, epochs).SelectMany(e => samples.Select(i => (e, i)));
        IEnumerable<int> All(TrainingCase c) => Enumerable.Range(0, c.Inputs.Length);
        return Record(new Checker<TrainingCase, double[][][]>
        {
            Number = 11, Name = "Train", Cases = cases, Library = c => Loop(c, Epochs(c.Epochs, All(c))), Against = "the epochs-by-samples loop around your Backpropagate",
            Copy = c => new(Network.Clone(c.Network), Cases.Copy(c.Inputs), Cases.Copy(c.Targets), c.Epochs),
            Describe = c => $"{Shown.Network(c.Network)}, {Shown.Count(c.Inputs.Length, "sample")} and {Shown.Count(c.Epochs, "epoch")}",
            Same = Same.Network, Show = Shown.Network, Differ = WeightDifference,
            Changed = (c, given) => !Cases.Unchanged(c.Inputs, given.Inputs) ? "inputs" : !Cases.Unchanged(c.Targets, given.Targets) ? "targets" : null,
            Typical = c => c.Inputs.Length == 10,
            Mistakes =
            [
                new("the network did not change: train the network you were given, in place, not a copy of it.", c => Network.Clone(c.Network)),
                new("one epoch too many: loop epochs times (epoch = 0; epoch < epochs).", c => Loop(c, Epochs(c.Epochs + 1, All(c)))),
                new("one epoch too few: loop epochs times (epoch = 0; epoch < epochs).", c => Loop(c, Epochs(c.Epochs - 1, All(c)))),
                new("it trains one epoch whatever epochs says: repeat the pass over the samples epochs times.", c => Loop(c, Epochs(1, All(c)))),
                new("the loops are swapped: all the epochs on the first sample, then on the next; each epoch goes through every sample in turn (epochs outside, samples inside).",
                    c => Loop(c, All(c).SelectMany(i => Enumerable.Range(0, c.Epochs).Select(e => (e, i))))),
                new("the samples go in reverse order; take them first to last, as the walkthrough does.", c => Loop(c, Epochs(c.Epochs, All(c).Reverse()))),
                new("only the first sample is trained; each epoch goes through every sample.", c => Loop(c, Epochs(c.Epochs, [0]))),
                new("the last sample is left out of each epoch: go up to i < inputs.Length.", c => Loop(c, Epochs(c.Epochs, All(c).SkipLast(1)))),
            ],
        }.Run(c => { yours(c.Network, c.Inputs, c.Targets, c.Epochs); return c.Network; }));
    }

    internal sealed record SlopeCase(Sample Sample, int Layer, int Neuron, int Weight, double H);

    /// <summary>12. Your <c>NumericSlope(network, input, target, layer, neuron, weight, h)</c>: (E(w + h) − E(w − h)) / 2h, with E = ½·Σ(o − t)².</summary>
    public static ExerciseResult CheckNumericSlope(Func<double[][][], double[], double[], int, int, int, double, double> yours, int seed = 1)
    {
        var random = new Random(seed);
        SlopeCase Case(Sample s)
        {
            int l = random.Next(s.Network.Length), n = random.Next(s.Network[l].Length), w = random.Next(s.Network[l][n].Length);
            return new(s, l, n, w, new[] { 1e-5, 1e-4, 1e-3 }[random.Next(3)]);
        }
        List<SlopeCase> cases = Cases.Shapes(random, 12).Select(sizes => Case(RandomSample(random, sizes))).ToList();
        double E(SlopeCase c, double nudge)
        {
            double[][][] net = Network.Clone(c.Sample.Network);
            net[c.Layer][c.Neuron][c.Weight] += nudge;
            return GradientCheck.HalfSquaredError(net, c.Sample.Input, c.Sample.Target);
        }
        double Slope(SlopeCase c) => GradientCheck.NumericGradient(c.Sample.Network, c.Sample.Input, c.Sample.Target, c.H)[c.Layer][c.Neuron][c.Weight];
        return Record(new Checker<SlopeCase, double>
        {
            Number = 12, Name = "NumericSlope", Cases = cases, Library = Slope,
            Copy = c => c with { Sample = c.Sample.Copy() },
            Describe = c => $"weight network[{c.Layer}][{c.Neuron}][{c.Weight}] of {Shown.Network(c.Sample.Network)} fed {Shown.Vector(c.Sample.Input)}, target {Shown.Vector(c.Sample.Target)}, h = {c.H:G}",
            Same = (e, g) => Same.Number(e, g), Show = Shown.Number,
            Changed = (c, given) => !Same.Network(c.Sample.Network, given.Sample.Network) ? "network"
                : !Cases.Unchanged(c.Sample.Input, given.Sample.Input) ? "input" : !Cases.Unchanged(c.Sample.Target, given.Sample.Target) ? "target" : null,
            Typical = c => c.Sample.Network.Length == 2,
            Mistakes =
            [
                new("that is the forward difference (E(w + h) − E(w)) / h; the central one, (E(w + h) − E(w − h)) / 2h, is far more accurate.", c => (E(c, c.H) - E(c, 0)) / c.H),
                new("twice the slope: either E lacks its ½ (E = ½·Σ(o − t)²) or the difference is divided by h instead of 2h.", c => 2 * Slope(c)),
                new("four times the slope: E lacks its ½ (E = ½·Σ(o − t)²) and the difference is divided by h instead of 2h.", c => 4 * Slope(c)),
                new("half the slope: the central difference is divided by 2h, not 4h; or E has a ½ too many.", c => Slope(c) / 2),
                new("the sign is flipped: it is E(w + h) − E(w − h), the loss above minus the loss below.", c => -Slope(c)),
                new("the second nudge only went back to w: evaluate E at w − h, not at w (subtract 2h from w + h).", c => (E(c, c.H) - E(c, 0)) / (2 * c.H)),
            ],
        }.Run(c => yours(c.Sample.Network, c.Sample.Input, c.Sample.Target, c.Layer, c.Neuron, c.Weight, c.H)));
    }
}
