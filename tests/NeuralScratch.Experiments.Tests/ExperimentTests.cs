using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

public class ExperimentTests
{
    [Fact]
    public void The_default_settings_are_the_walkthroughs()
    {
        var settings = new ExperimentSettings();
        Assert.Equal([25, 5, 10], settings.LayerSizes);
        Assert.Equal((1.0, 0.0, 1.0, 10000, BackpropKind.AsWritten), (settings.LearningRate, settings.InitLow, settings.InitHigh, settings.Epochs, settings.Backprop));
    }

    [Fact]
    public void It_counts_what_each_seed_got_right()
    {
        var settings = new ExperimentSettings { Epochs = 400, Hidden = 8, InitLow = -1, InitHigh = 1 };
        ExperimentResult result = Experiment.Run(settings, seeds: 4);

        int allRight = 0;
        var testRight = new int[3];
        double lossSum = 0;
        for (int seed = 0; seed < 4; seed++)
        {
            double[][][] network = Initialization.Python(seed, [25, 8, 10], -1, 1);
            lossSum += Training.Train(network, Digits.Inputs(), Digits.Targets(), 400).FinalLoss;
            if (Digits.Training.All(d => Network.Predict(network, d.Pixels) == d.Label)) allRight++;
            for (int t = 0; t < 3; t++)
                if (Network.Predict(network, Digits.Tests[t].Pixels) == Digits.Tests[t].Label) testRight[t]++;
        }
        Assert.Equal(4, result.Seeds);
        Assert.Equal(allRight, result.SeedsWithAllTrainingRight);
        Assert.Equal(testRight, result.TestCorrectCounts);
        Assert.Equal(lossSum / 4, result.MeanFinalLoss, 9);
        Assert.Equal(0, result.SeedsDiverged);
    }

    [Fact]
    public void Diverged_seeds_are_counted_not_thrown()
    {
        ExperimentResult result = Experiment.Run(new ExperimentSettings { LearningRate = 1e200, Epochs = 3 }, seeds: 2);
        Assert.Equal(2, result.SeedsDiverged);
        Assert.Contains("2 seeds diverged", result.ToString());
    }

    [Fact]
    public void Deeper_stacks_train_with_the_true_gradient()
    {
        var settings = new ExperimentSettings { HiddenLayers = [6, 6], Backprop = BackpropKind.TrueGradient, InitLow = -1, InitHigh = 1, Epochs = 50 };
        Assert.Equal([25, 6, 6, 10], settings.LayerSizes);
        Assert.Equal(2, Experiment.Run(settings, seeds: 2).Seeds);
    }
}
