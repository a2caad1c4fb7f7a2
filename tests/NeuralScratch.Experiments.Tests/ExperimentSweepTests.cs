using NeuralScratch.Experiments;

namespace NeuralScratch.Experiments.Tests;

/// <summary>Experiment.Run as a sweep over seeds: each run is the jagged trainer's, and the counts add the runs up.</summary>
public class ExperimentSweepTests
{
    [Theory]
    [InlineData(BackpropKind.AsWritten)]
    [InlineData(BackpropKind.TrueGradient)]
    public void Each_run_is_what_the_jagged_trainer_gives(BackpropKind backprop)
    {
        const int first = 40, seeds = 5, epochs = 3000;
        ExperimentResult sweep = Experiment.Run(new ExperimentSettings { Epochs = epochs, Backprop = backprop }, seeds, firstSeed: first);
        Assert.Equal(Enumerable.Range(first, seeds), sweep.Runs.Select(r => r.Seed));
        foreach (SeedRun run in sweep.Runs)
        {
            double[][][] jagged = Compare.TrainJagged(Initialization.Walkthrough(run.Seed), Digits.Inputs(), Digits.Targets(), epochs, backprop);
            Assert.Equal(Digits.Training.Select(d => Network.Predict(jagged, d.Pixels)), run.TrainingPredictions);
            Assert.Equal(Digits.Tests.Select(d => Network.Predict(jagged, d.Pixels)), run.TestPredictions);
            Assert.Equal(Loss.SumOfSquaredErrors(jagged, Digits.Inputs(), Digits.Targets()), run.FinalLoss);
        }
    }

    [Fact]
    public void Counts_add_up_the_runs()
    {
        ExperimentResult sweep = Experiment.Run(new ExperimentSettings { Epochs = 400 }, seeds: 10);
        for (int d = 0; d < Digits.ClassCount; d++)
            Assert.Equal(sweep.Runs.Count(r => r.TrainingPredictions[d] == d), sweep.TrainingCorrectCounts[d]);
        for (int t = 0; t < Digits.Tests.Count; t++)
            Assert.Equal(sweep.Runs.Count(r => r.TestPredictions[t] == Digits.Tests[t].Label), sweep.TestCorrectCounts[t]);
        Assert.Equal(sweep.Runs.Count(r => r.TrainingPredictions.Select((p, d) => p == d).All(right => right)), sweep.SeedsWithAllTrainingRight);
    }

    [Fact]
    public void Seed_42_is_the_walkthroughs_run()
    {
        Reference.SkipUnlessSigmoidIsTheWalkthroughs();
        SeedRun seed42 = Experiment.RunOne(new ExperimentSettings(), 42);
        Assert.Equal(Reference.TestPredictions(), seed42.TestPredictions);
        Assert.True(seed42.LearnedAllTraining);
        Assert.Equal(seed42, Experiment.Run(new ExperimentSettings(), seeds: 3, firstSeed: 41).Runs[1] with
            { TrainingPredictions = seed42.TrainingPredictions, TestPredictions = seed42.TestPredictions });
    }

    [Fact]
    public void Refuses_bad_arguments()
    {
        Assert.Contains("at least 1 seed", Assert.Throws<ArgumentOutOfRangeException>(() => Experiment.Run(new ExperimentSettings(), seeds: 0)).Message);
        Assert.Contains("the number of epochs must be 0 or more", Assert.Throws<ArgumentOutOfRangeException>(() => Experiment.Run(new ExperimentSettings { Epochs = -1 }, 2)).Message);
        Assert.Contains("the learning rate must be a finite number above 0", Assert.Throws<ArgumentOutOfRangeException>(() => Experiment.Run(new ExperimentSettings { LearningRate = -1 }, 2)).Message);
    }
}
