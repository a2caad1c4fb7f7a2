namespace NeuralScratch.Tests;

public class TrainingTests
{
    [Fact]
    public void Losses_hold_the_loss_before_training_and_after_each_epoch()
    {
        double[][][] network = Initialization.Walkthrough(42), start = Network.Clone(network);
        TrainingResult result = Training.Train(network, Digits.Inputs(), Digits.Targets(), 3);

        Assert.Equal(4, result.Losses.Length);
        Assert.Equal(3, result.Epochs);
        Assert.Equal(Loss.SumOfSquaredErrors(start, Digits.Inputs(), Digits.Targets()), result.Losses[0]);
        Assert.Equal(Loss.SumOfSquaredErrors(network, Digits.Inputs(), Digits.Targets()), result.FinalLoss);
    }

    [Fact]
    public void The_true_gradient_lowers_the_loss_on_the_digit_set()
    {
        foreach (int[] sizes in new[] { new[] { 25, 5, 10 }, [25, 8, 8, 10] })
        {
            double[][][] network = Initialization.Python(42, sizes, -0.5, 0.5);
            TrainingResult result = Training.Train(network, Digits.Inputs(), Digits.Targets(), 2000,
                new TrainingOptions { Backprop = BackpropKind.TrueGradient, LearningRate = 0.5 });
            Assert.True(result.FinalLoss < result.Losses[0] / 10, $"{string.Join(",", sizes)}: {result.Losses[0]} -> {result.FinalLoss}");
            Assert.Equal(Enumerable.Range(0, 10), Digits.Training.Select(d => Network.Predict(network, d.Pixels)));
        }
    }

    [Fact]
    public void After_epoch_is_called_once_per_epoch_with_its_loss()
    {
        var seen = new List<(int Epoch, double Loss)>();
        TrainingResult result = Training.Train(Initialization.Walkthrough(), Digits.Inputs(), Digits.Targets(), 5,
            new TrainingOptions { AfterEpoch = (epoch, loss) => seen.Add((epoch, loss)) });
        Assert.Equal([1, 2, 3, 4, 5], seen.Select(s => s.Epoch));
        Assert.Equal(result.Losses[1..], seen.Select(s => s.Loss));
    }

    [Fact]
    public void Training_can_be_cancelled_between_epochs()
    {
        using var cancel = new CancellationTokenSource();
        int epochsRun = 0;
        var options = new TrainingOptions
        {
            Cancellation = cancel.Token,
            AfterEpoch = (epoch, _) => { epochsRun = epoch; if (epoch == 7) cancel.Cancel(); },
        };
        Assert.Throws<OperationCanceledException>(() => Training.Train(Initialization.Walkthrough(), Digits.Inputs(), Digits.Targets(), 10000, options));
        Assert.Equal(7, epochsRun);
    }

    [Fact]
    public void A_learning_rate_of_1_leaves_the_walkthroughs_run_unchanged()
    {
        double[][][] plain = Initialization.Walkthrough(42), explicitRate = Initialization.Walkthrough(42);
        Training.Train(plain, Digits.Inputs(), Digits.Targets(), 50);
        Training.Train(explicitRate, Digits.Inputs(), Digits.Targets(), 50, new TrainingOptions { LearningRate = 1.0 });
        Assert.Equal(plain, explicitRate);
    }

    [Fact]
    public void A_learning_rate_far_too_large_is_reported_as_divergence()
    {
        var network = Initialization.Python(1, [25, 5, 10], -1, 1);
        var options = new TrainingOptions { LearningRate = 1e200 }; // weights overflow to ±infinity, and ∞ − ∞ is NaN
        var e = Assert.Throws<ArithmeticException>(() => Training.Train(network, Digits.Inputs(), Digits.Targets(), 50, options));
        Assert.Contains("training diverged at epoch", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_learning_rate_that_is_not_positive_is_refused(double rate)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Training.Train(Initialization.Walkthrough(), Digits.Inputs(), Digits.Targets(), 1,
            new TrainingOptions { LearningRate = rate }));
        Assert.Contains("the learning rate must be a finite number above 0", e.Message);
    }

    [Fact]
    public void Negative_epochs_are_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Training.Train(Initialization.Walkthrough(), Digits.Inputs(), Digits.Targets(), -1));
        Assert.Contains("the number of epochs must be 0 or more", e.Message);
    }

    [Fact]
    public void The_walkthroughs_backprop_cannot_train_a_deeper_network()
    {
        var e = Assert.Throws<ArgumentException>(() => Training.Train(Initialization.Python(1, [25, 4, 4, 10]), Digits.Inputs(), Digits.Targets(), 1));
        Assert.Contains("Use BackpropKind.TrueGradient for other depths", e.Message);
    }
}
