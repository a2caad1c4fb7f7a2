using NeuralScratch.Experiments;

namespace NeuralScratch.Tests.Experiments;

/// <summary>The checkers accept a right answer and reject a wrong one, saying what differs.</summary>
public class ExercisesTests
{
    [Fact]
    public void Neuron_output_right_and_wrong()
    {
        Assert.True(Exercises.CheckNeuronOutput((w, x) => 1 / (1 + Math.Exp(-w.Zip(x).Sum(p => p.First * p.Second)))).Passed);

        ExerciseResult noSigmoid = Exercises.CheckNeuronOutput((w, x) => w.Zip(x).Sum(p => p.First * p.Second));
        Assert.False(noSigmoid.Passed);
        Assert.StartsWith("✗ NeuronOutput differs for weights [", noSigmoid.Message);
    }

    [Fact]
    public void Feed_forward_right_and_wrong()
    {
        Assert.True(Exercises.CheckFeedForward((net, x) => Network.FeedForward(net, x)).Passed);

        ExerciseResult lastOnly = Exercises.CheckFeedForward((net, x) => [Network.FeedForward(net, x)[^1]]);
        Assert.False(lastOnly.Passed);
        Assert.Contains("expected 2 layers of outputs, got 1", lastOnly.Message);

        ExerciseResult noBias = Exercises.CheckFeedForward((net, x) =>
        {
            var outputs = new List<double[]>();
            foreach (double[][] layer in net)
            {
                x = layer.Select(n => Activation.Sigmoid(n.Zip(x).Sum(p => p.First * p.Second))).ToArray(); // forgets the bias
                outputs.Add(x);
            }
            return outputs.ToArray();
        });
        Assert.False(noBias.Passed);
        Assert.Contains("layer 0", noBias.Message);
    }

    [Fact]
    public void Output_deltas_right_and_wrong()
    {
        Assert.True(Exercises.CheckOutputDeltas((o, t) => o.Zip(t, (a, b) => a * (1 - a) * (a - b)).ToArray()).Passed);

        ExerciseResult flipped = Exercises.CheckOutputDeltas((o, t) => o.Zip(t, (a, b) => a * (1 - a) * (b - a)).ToArray());
        Assert.False(flipped.Passed);
        Assert.StartsWith("✗ OutputDeltas differs for outputs [", flipped.Message);
    }

    [Fact]
    public void An_exception_in_the_learners_code_is_reported_not_thrown()
    {
        ExerciseResult result = Exercises.CheckOutputDeltas((o, t) => throw new NotImplementedException("write me"));
        Assert.False(result.Passed);
        Assert.Contains("got an exception: NotImplementedException: write me", result.Message);
    }
}
