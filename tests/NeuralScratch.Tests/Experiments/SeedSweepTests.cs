using NeuralScratch.Experiments;
using NeuralScratch.Fast;
using NeuralScratch.Tests.Fast;

namespace NeuralScratch.Tests.Experiments;

public class SeedSweepTests
{
    [Theory]
    [InlineData(BackpropKind.AsWritten)]
    [InlineData(BackpropKind.TrueGradient)]
    public void EachRunIsWhatTheJaggedTrainerGives(BackpropKind backprop)
    {
        const int first = 40, last = 44, epochs = 3000;
        SeedSweepResult sweep = SeedSweep.Run(first, last, epochs, backprop);
        Assert.Equal(Enumerable.Range(first, last - first + 1), sweep.Runs.Select(r => r.Seed));
        foreach (SeedRun run in sweep.Runs)
        {
            double[][][] jagged = Compare.TrainJagged(Initialization.Walkthrough(run.Seed), Digits.Inputs(), Digits.Targets(), epochs, backprop);
            Assert.Equal(Digits.Training.Select(d => Network.Predict(jagged, d.Pixels) == d.Label), run.TrainingCorrect);
            Assert.Equal(Digits.Tests.Select(d => Network.Predict(jagged, d.Pixels)), run.TestPredictions);
            Assert.Equal(Loss.SumOfSquaredErrors(jagged, Digits.Inputs(), Digits.Targets()), run.FinalLoss);
        }
    }

    [Fact]
    public void CountsAddUpTheRuns()
    {
        SeedSweepResult sweep = SeedSweep.Run(0, 9, 400);
        for (int d = 0; d < Digits.ClassCount; d++)
            Assert.Equal(sweep.Runs.Count(r => r.TrainingCorrect[d]), sweep.TrainingCorrectCounts[d]);
        for (int t = 0; t < Digits.Tests.Count; t++)
            Assert.Equal(sweep.Runs.Count(r => r.TestPredictions[t] == Digits.Tests[t].Label), sweep.TestCorrectCounts[t]);
        Assert.Equal((400, BackpropKind.AsWritten, 1.0), (sweep.Epochs, sweep.Backprop, sweep.LearningRate));
    }

    [Fact]
    public void PathsAgreeAndSeed42IsTheWalkthroughsRun()
    {
        SeedSweepResult simd = SeedSweep.Run(41, 43, 10000, path: FastPath.Simd);
        SeedSweepResult scalar = SeedSweep.Run(41, 43, 10000, path: FastPath.Scalar);
        Assert.Equal(simd.Runs.Select(r => (r.FinalLoss, string.Join(",", r.TestPredictions))), scalar.Runs.Select(r => (r.FinalLoss, string.Join(",", r.TestPredictions))));
        SeedRun seed42 = simd.Runs.Single(r => r.Seed == 42);
        if (Reference.SigmoidIsTheWalkthroughs) // the Python run's predictions need Python's e^x
        {
            Assert.Equal(WalkthroughReference.TestPredictions(), seed42.TestPredictions);
            Assert.True(seed42.LearnedAllTraining);
        }
        Assert.Equal(seed42, SeedSweep.RunOne(42) with { TrainingCorrect = seed42.TrainingCorrect, TestPredictions = seed42.TestPredictions });
    }

    [Fact]
    public void RefusesBadArguments()
    {
        Assert.Throws<ArgumentException>(() => SeedSweep.Run(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedSweep.Run(0, 1, epochs: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedSweep.Run(0, 1, learningRate: -1));
    }
}
