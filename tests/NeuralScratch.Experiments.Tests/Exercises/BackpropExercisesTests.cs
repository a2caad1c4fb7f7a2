using static NeuralScratch.Experiments.Tests.Exercises.ExerciseCollection;
using Track = NeuralScratch.Experiments.Exercises;

namespace NeuralScratch.Experiments.Tests.Exercises;

/// <summary>Exercises 10 to 12 accept a right answer and name each typical mistake.</summary>
[Collection(ExerciseCollection.Name)]
public class BackpropExercisesTests
{
    [Fact]
    public void Backpropagate_is_checked_against_the_library_and_against_finite_differences()
    {
        var result = Track.CheckBackpropagate(Answers.Backpropagate);
        Passes(result);
        Assert.Matches(@"every step is minus the finite-difference gradient to within \S+ \(relative\)\.$", result.Message);
        double within = double.Parse(System.Text.RegularExpressions.Regex.Match(result.Message, @"within (\S+) \(").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(within, 0, 1e-6);
    }

    [Fact]
    public void Backpropagate_mistakes()
    {
        NotYet(Track.CheckBackpropagate((n, x, t) => { }), "the network did not change");
        NotYet(Track.CheckBackpropagate((n, x, t) => Step(n, x, t, sign: -1)), "the weights moved up the gradient");
        NotYet(Track.CheckBackpropagate((n, x, t) => Step(n, x, t, biases: false)), "the bias weights did not move");
        NotYet(Track.CheckBackpropagate(WalkthroughOrder), "the walkthrough's order");
        NotYet(Track.CheckBackpropagate(TwoLayersHardCoded), "is a size or a count hard-coded?");
        NotYet(Track.CheckBackpropagate((n, x, t) => { t[0] = 0.5; Answers.Backpropagate(n, x, t); }), "it changed the target it was given, in place");
        NotYet(Track.CheckBackpropagate((n, x, t) => throw new InvalidOperationException("boom")), "it threw InvalidOperationException (\"boom\") for a 25-5-10 network fed [");
    }

    // The gradient step written out by a learner, with a sign or the biases wrong.
    static void Step(double[][][] network, double[] input, double[] target, double sign = 1, bool biases = true)
    {
        double[][] outputs = Answers.FeedForward(network, input);
        var deltas = new double[network.Length][];
        deltas[^1] = Answers.OutputDeltas(outputs[^1], target);
        for (int l = network.Length - 2; l >= 0; l--) deltas[l] = Answers.HiddenDeltas(outputs[l], deltas[l + 1], network[l + 1]);
        for (int l = 0; l < network.Length; l++)
        {
            double[] x = [.. l == 0 ? input : outputs[l - 1], biases ? 1 : 0];
            for (int i = 0; i < network[l].Length; i++)
                for (int j = 0; j < x.Length; j++) network[l][i][j] -= sign * deltas[l][i] * x[j];
        }
    }

    // Notebook 01's backpropagate: the output layer moves before the hidden deltas are computed.
    static void WalkthroughOrder(double[][][] network, double[] input, double[] target)
    {
        double[][] outputs = Answers.FeedForward(network, input);
        double[] deltas = Answers.OutputDeltas(outputs[^1], target);
        for (int l = network.Length - 1; l >= 0; l--)
        {
            double[] x = [.. l == 0 ? input : outputs[l - 1], 1];
            for (int i = 0; i < network[l].Length; i++)
                for (int j = 0; j < x.Length; j++) network[l][i][j] -= deltas[i] * x[j];
            if (l > 0) deltas = Answers.HiddenDeltas(outputs[l - 1], deltas, network[l]);
        }
    }

    // One hidden layer assumed: network[0] and network[1] only.
    static void TwoLayersHardCoded(double[][][] network, double[] input, double[] target)
    {
        double[][] outputs = Answers.FeedForward(network, input);
        double[] outputDeltas = Answers.OutputDeltas(outputs[1], target);
        double[] hiddenDeltas = Answers.HiddenDeltas(outputs[0], outputDeltas, network[1]);
        double[] hidden = [.. outputs[0], 1], x = [.. input, 1];
        for (int i = 0; i < network[1].Length; i++) for (int j = 0; j < hidden.Length; j++) network[1][i][j] -= outputDeltas[i] * hidden[j];
        for (int i = 0; i < network[0].Length; i++) for (int j = 0; j < x.Length; j++) network[0][i][j] -= hiddenDeltas[i] * x[j];
    }

    [Fact]
    public void Train_is_checked_around_the_learners_own_backpropagate()
    {
        Passes(Track.CheckTrain(Answers.Train, Answers.Backpropagate));
        // A wrong Backpropagate does not fail Train: the loop is what is checked here.
        Passes(Track.CheckTrain((n, xs, ts, e) => Loop(n, xs, ts, e, WalkthroughOrder), WalkthroughOrder));
        NotYet(Track.CheckTrain(Answers.Train, (n, x, t) => throw new NotImplementedException()), "Train calls your Backpropagate, which still throws NotImplementedException");
        NotYet(Track.CheckTrain(Answers.Train, (n, x, t) => throw new InvalidOperationException("boom")), "which threw InvalidOperationException (\"boom\")");
    }

    [Fact]
    public void Train_mistakes()
    {
        void Wrong(Action<double[][][], double[][], double[][], int> train, string says) => NotYet(Track.CheckTrain(train, Answers.Backpropagate), says);
        Wrong((n, xs, ts, e) => Loop(Network.Clone(n), xs, ts, e), "the network did not change");
        Wrong((n, xs, ts, e) => Loop(n, xs, ts, e + 1), "one epoch too many");
        Wrong((n, xs, ts, e) => Loop(n, xs, ts, e - 1), "one epoch too few");
        Wrong((n, xs, ts, e) => Loop(n, xs, ts, 1), "it trains one epoch whatever epochs says");
        Wrong((n, xs, ts, e) => { for (int i = 0; i < xs.Length; i++) for (int k = 0; k < e; k++) Answers.Backpropagate(n, xs[i], ts[i]); }, "the loops are swapped");
        Wrong((n, xs, ts, e) => Loop(n, xs.Reverse().ToArray(), ts.Reverse().ToArray(), e), "reverse order");
        Wrong((n, xs, ts, e) => Loop(n, xs[..1], ts[..1], e), "only the first sample is trained");
        Wrong((n, xs, ts, e) => Loop(n, xs[..^1], ts[..^1], e), "the last sample is left out");
        Wrong((n, xs, ts, e) => Loop(n, xs[..Math.Max(10, 0)], ts, e), "is a size or a count hard-coded?");
        Wrong((n, xs, ts, e) => { xs[0][0] = 7; Loop(n, xs, ts, e); }, "it changed the inputs it was given, in place");
    }

    static void Loop(double[][][] network, double[][] inputs, double[][] targets, int epochs, Action<double[][][], double[], double[]>? backpropagate = null)
    {
        for (int epoch = 0; epoch < epochs; epoch++)
            for (int i = 0; i < inputs.Length; i++) (backpropagate ?? Answers.Backpropagate)(network, inputs[i], targets[i]);
    }

    [Fact]
    public void Numeric_slope()
    {
        Passes(Track.CheckNumericSlope(Answers.NumericSlope));
        double Nudged(double[][][] n, double[] x, double[] t, int l, int i, int w, double by)
        {
            double original = n[l][i][w];
            n[l][i][w] = original + by;
            double e = Answers.E(n, x, t);
            n[l][i][w] = original;
            return e;
        }
        NotYet(Track.CheckNumericSlope((n, x, t, l, i, w, h) => (Nudged(n, x, t, l, i, w, h) - Nudged(n, x, t, l, i, w, 0)) / h), "that is the forward difference");
        NotYet(Track.CheckNumericSlope((n, x, t, l, i, w, h) => (Nudged(n, x, t, l, i, w, h) - Nudged(n, x, t, l, i, w, -h)) / h), "twice the slope");
        NotYet(Track.CheckNumericSlope((n, x, t, l, i, w, h) => 2 * (Nudged(n, x, t, l, i, w, h) - Nudged(n, x, t, l, i, w, -h)) / h), "four times the slope");
        NotYet(Track.CheckNumericSlope((n, x, t, l, i, w, h) => (Nudged(n, x, t, l, i, w, -h) - Nudged(n, x, t, l, i, w, h)) / (2 * h)), "the sign is flipped");
        NotYet(Track.CheckNumericSlope((n, x, t, l, i, w, h) => (Nudged(n, x, t, l, i, w, h) - Nudged(n, x, t, l, i, w, 0)) / (2 * h)), "the second nudge only went back to w");
        NotYet(Track.CheckNumericSlope((n, x, t, l, i, w, h) =>
        {
            n[l][i][w] += h; double above = Answers.E(n, x, t);
            n[l][i][w] -= 2 * h; double below = Answers.E(n, x, t);
            return (above - below) / (2 * h); // the weight is left at w − h
        }), "it changed the network it was given, in place; leave the caller's arrays as they were: build new ones, or put back what you change");
    }
}
