using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

/// <summary>Experiment.Run trains one-hidden-layer settings with the fast trainer: the numbers must be Training.Train's, exactly.</summary>
public class ExperimentOnFastTrainerTests
{
    [Theory]
    [InlineData(BackpropKind.AsWritten, 1.0)]
    [InlineData(BackpropKind.TrueGradient, 0.5)]
    public void GivesWhatTrainingTrainGives(BackpropKind backprop, double learningRate)
    {
        var settings = new ExperimentSettings { Epochs = 300, Hidden = 6, InitLow = -1, InitHigh = 1, Backprop = backprop, LearningRate = learningRate };
        ExperimentResult result = Experiment.Run(settings, seeds: 3);

        var losses = new List<double>();
        var testRight = new int[Digits.Tests.Count];
        int allRight = 0;
        for (int seed = 0; seed < 3; seed++)
        {
            double[][][] network = Initialization.Python(seed, settings.LayerSizes, -1, 1);
            losses.Add(Training.Train(network, Digits.Inputs(), Digits.Targets(), 300, new TrainingOptions { Backprop = backprop, LearningRate = learningRate }).FinalLoss);
            if (Digits.Training.All(d => Network.Predict(network, d.Pixels) == d.Label)) allRight++;
            for (int t = 0; t < testRight.Length; t++)
                if (Network.Predict(network, Digits.Tests[t].Pixels) == Digits.Tests[t].Label) testRight[t]++;
        }
        Assert.Equal(losses.Average(), result.MeanFinalLoss); // exactly: the same losses, added in the same order
        Assert.Equal(allRight, result.SeedsWithAllTrainingRight);
        Assert.Equal(testRight, result.TestCorrectCounts);
    }
}
