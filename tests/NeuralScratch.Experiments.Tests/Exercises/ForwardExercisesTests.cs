using NeuralScratch.Experiments;
using static NeuralScratch.Experiments.Tests.Exercises.ExerciseCollection;
using Track = NeuralScratch.Experiments.Exercises;

namespace NeuralScratch.Experiments.Tests.Exercises;

/// <summary>Exercises 1 to 5 accept a right answer and name each typical mistake.</summary>
[Collection(ExerciseCollection.Name)]
public class ForwardExercisesTests
{
    [Fact]
    public void Sigmoid()
    {
        Passes(Track.CheckSigmoid(Answers.Sigmoid));
        NotYet(Track.CheckSigmoid(x => 1 / (1 + Math.Exp(x))), "e^x where e^−x belongs");
        NotYet(Track.CheckSigmoid(x => 1 / Math.Exp(-x)), "the 1 + is missing");
        NotYet(Track.CheckSigmoid(x => 1 / 1 + Math.Exp(-x)), "brackets");
        NotYet(Track.CheckSigmoid(x => x >= 0 ? 1 : 0), "the step function");
        NotYet(Track.CheckSigmoid(x => Math.Tanh(x)), "that is tanh");
        NotYet(Track.CheckSigmoid(x => 1 / (1 + Math.Exp(-x)) + (x > 3 ? 0.01 : 0)), "for x = 4: expected 0.982014, got 0.992014");
        NotYet(Track.CheckSigmoid(x => throw new NotImplementedException()), "Sigmoid still throws NotImplementedException");
    }

    [Fact]
    public void Neuron_output()
    {
        Passes(Track.CheckNeuronOutput(Answers.NeuronOutput));
        NotYet(Track.CheckNeuronOutput((w, x) => w.Zip(x).Sum(p => p.First * p.Second)), "the sigmoid is missing");
        NotYet(Track.CheckNeuronOutput((w, x) => Answers.Sigmoid(w.SkipLast(1).Zip(x).Sum(p => p.First * p.Second))), "the last weight (the bias) is left out");
        NotYet(Track.CheckNeuronOutput((w, x) => Answers.Sigmoid(w.Zip(x).Sum(p => p.First * p.Second) + w[^1])), "the bias is added twice");
        NotYet(Track.CheckNeuronOutput((w, x) => w.Zip(x).Sum(p => Answers.Sigmoid(p.First * p.Second))), "the sigmoid goes once, on the whole sum");
        // Written for the walkthrough's 25 inputs: right there, an exception on a smaller neuron.
        ExerciseResult hardCoded = Track.CheckNeuronOutput((w, x) => Answers.Sigmoid(Enumerable.Range(0, 26).Sum(i => w[i] * x[i])));
        NotYet(hardCoded, "it threw IndexOutOfRangeException");
        NotYet(hardCoded, "is a size or a count hard-coded?");
        NotYet(Track.CheckNeuronOutput((w, x) => { x[^1] = 0; return Answers.NeuronOutput(w, x); }), "it changed the input it was given, in place");
    }

    [Fact]
    public void Nand_weights()
    {
        Assert.True(Track.CheckNandWeights(Answers.NandWeights).Passed);
        Assert.StartsWith("✓ 3. NAND weights: (0, 0) → 1.000, (0, 1) → 1.000, (1, 0) → 1.000, (1, 1) → 0.000", Track.CheckNandWeights(Answers.NandWeights).Message);
        NotYet(Track.CheckNandWeights([20, 20, -30]), "that is AND. NAND is its opposite");
        NotYet(Track.CheckNandWeights([20, 20, -10]), "that is OR, not NAND");
        NotYet(Track.CheckNandWeights([-2, -2, 3]), "not sure enough");
        NotYet(Track.CheckNandWeights([30, -20, -20]), "the bias weight goes last");
        NotYet(Track.CheckNandWeights([-20, -20]), "expected 3 weights (one per input, then the bias last), got 2");
        NotYet(Track.CheckNandWeights([0, 0, 0]), "(0, 0) → 0.500");
        NotYet(Track.CheckNandWeights([double.NaN, 0, 0]), "finite");
        NotYet(Track.CheckNandWeights(null!), "null");
    }

    [Fact]
    public void Feed_forward_on_networks_of_one_two_and_three_hidden_layers()
    {
        Passes(Track.CheckFeedForward(Answers.FeedForward));
        NotYet(Track.CheckFeedForward((n, x) => [Answers.FeedForward(n, x)[^1]]), "only the last layer's outputs came back");
        NotYet(Track.CheckFeedForward((n, x) => Answers.FeedForward(n, x).Reverse().ToArray()), "in the wrong order (last layer first)");
        NotYet(Track.CheckFeedForward((n, x) => [x, .. Answers.FeedForward(n, x)]), "one array too many");
        NotYet(Track.CheckFeedForward((n, x) => Answers.FeedForward(n, x)[1..]), "one array too few");
        NotYet(Track.CheckFeedForward(TwoLayersHardCoded), "is the number of layers hard-coded?");
        NotYet(Track.CheckFeedForward((n, x) => ForwardWith(n, x, (w, input) => Answers.Sigmoid(w.Zip(input).Sum(p => p.First * p.Second)))), "the bias's 1 is forgotten");
        NotYet(Track.CheckFeedForward((n, x) => ForwardWith(n, x, (w, input) => Answers.NeuronOutput(w, [1, .. input]))), "the bias's 1 is put first");
        NotYet(Track.CheckFeedForward((n, x) => { n[0][0][0] = 0; return Answers.FeedForward(n, x); }), "it changed the network it was given, in place");
    }

    // A learner's two-layer feed-forward: right for the walkthrough's network only.
    static double[][] TwoLayersHardCoded(double[][][] network, double[] input)
    {
        double[] hidden = network[0].Select(n => Answers.NeuronOutput(n, [.. input, 1])).ToArray();
        return [hidden, network[1].Select(n => Answers.NeuronOutput(n, [.. hidden, 1])).ToArray()];
    }

    static double[][] ForwardWith(double[][][] network, double[] input, Func<double[], double[], double> neuron)
    {
        var outputs = new List<double[]>();
        foreach (double[][] layer in network)
        {
            double[] x = input;
            input = layer.Select(n => neuron(n, x)).ToArray();
            outputs.Add(input);
        }
        return outputs.ToArray();
    }

    [Fact]
    public void ArgMax_takes_the_first_index_on_a_tie()
    {
        Passes(Track.CheckArgMax(Answers.ArgMax));
        NotYet(Track.CheckArgMax(v => (int)v.Max()), "the largest value (cast to an int), not its index");
        NotYet(Track.CheckArgMax(v => Array.LastIndexOf(v, v.Max())), "on a tie it picks the last");
        NotYet(Track.CheckArgMax(v => Array.IndexOf(v, v.Min())), "the index of the smallest value");
        NotYet(Track.CheckArgMax(v => Answers.ArgMax(v) + 1), "the index is one too high");
        NotYet(Track.CheckArgMax(v => { int best = 0; double top = 0; for (int i = 0; i < v.Length; i++) if (v[i] > top) { top = v[i]; best = i; } return best; }), "the running maximum starts at 0");
        NotYet(Track.CheckArgMax(v => { double top = v.Max(); Array.Sort(v); return Array.IndexOf(v, top); }), "it changed the values (sorting them does) it was given, in place");
        // Written for the walkthrough's ten outputs: right there, an exception on four values.
        NotYet(Track.CheckArgMax(v => { int best = 0; for (int i = 1; i < 10; i++) if (v[i] > v[best]) best = i; return best; }), "is a size or a count hard-coded?");
    }
}
