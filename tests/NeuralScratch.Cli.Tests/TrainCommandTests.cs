namespace NeuralScratch.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("train-tests").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void With_no_options_it_reproduces_the_walkthroughs_run_and_writes_its_weights()
    {
        string weights = Path.Combine(folder, "weights.json");
        CliRun run = CliRun.Of("train", "--out", weights);

        Assert.Equal(0, run.ExitCode);
        double[][][] expected = Initialization.Walkthrough(42);
        TrainingResult result = Training.Train(expected, Digits.Inputs(), Digits.Targets(), 10000);
        Assert.Equal(expected, WeightsFile.Load(weights));
        Assert.Contains($"{result.FinalLoss:G6} after", run.Out);
        Assert.Contains("Training digits (10 of 10 right)", run.Out);
        foreach (Digit digit in Digits.Tests)
            Assert.Contains($"{digit.Name,-16} {Digits.Draw(digit.Pixels).ReplaceLineEndings(",")} -> {Network.Predict(expected, digit.Pixels)}", run.Out);
    }

    [Fact]
    public void Options_change_the_run()
    {
        string weights = Path.Combine(folder, "w.json");
        CliRun run = CliRun.Of("train", "--seed", "7", "--epochs", "300", "--hidden", "8", "--learning-rate", "0.5", "--backprop", "gradient", "--out", weights);

        Assert.Equal(0, run.ExitCode);
        double[][][] expected = Initialization.Walkthrough(7, hidden: 8);
        Training.Train(expected, Digits.Inputs(), Digits.Targets(), 300, new TrainingOptions { Backprop = BackpropKind.TrueGradient, LearningRate = 0.5 });
        Assert.Equal(expected, WeightsFile.Load(weights));
        Assert.Contains("25-8-10 network: seed 7, 300 epochs, true-gradient backprop, learning rate 0.5", run.Out);
    }

    [Fact]
    public void Redirected_progress_is_plain_lines_one_per_tenth()
    {
        CliRun run = CliRun.Of("train", "--epochs", "100", "--out", Path.Combine(folder, "w.json"));
        var lines = run.Out.Split('\n').Where(l => l.Contains("/100 epochs")).ToArray();
        Assert.Equal(11, lines.Length);
        Assert.DoesNotContain('\r', run.Out);
    }

    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place()
    {
        var stdout = new StringWriter();
        Program.Run(["train", "--epochs", "50", "--out", Path.Combine(folder, "w.json")], stdout, new StringWriter(), isTerminal: true);
        Assert.Contains("\r[##############################] 50/50 epochs", stdout.ToString());
    }

    [Theory]
    [InlineData("--epochs ten", "train: --epochs 'ten' is not a whole number; expected 0 to 10000000")]
    [InlineData("--epochs -5", "train: --epochs -5 is out of range; expected 0 to 10000000")]
    [InlineData("--hidden 0", "train: --hidden 0 is out of range; expected 1 to 1000")]
    [InlineData("--learning-rate 0", "train: --learning-rate '0' is not a number above 0")]
    [InlineData("--learning-rate nan", "train: --learning-rate 'nan' is not a number above 0")]
    [InlineData("--backprop fast", "train: --backprop 'fast' is not known; expected walkthrough or gradient")]
    [InlineData("--seeds 4", "train: unknown option '--seeds'; expected one of --seed, --epochs")]
    [InlineData("--seed", "train: --seed needs a value")]
    [InlineData("--seed 1 --seed 2", "train: --seed is given twice")]
    [InlineData("extra", "train: unexpected argument 'extra'")]
    public void Bad_arguments_give_one_line_naming_the_problem_and_exit_2(string args, string message)
    {
        string weights = Path.Combine(folder, "w.json");
        CliRun run = CliRun.Of(["train", .. args.Split(' '), "--out", weights]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"neuralscratch: {message}", run.ErrorLine);
        Assert.False(File.Exists(weights));
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_fails_cleanly()
    {
        string blocker = Path.Combine(folder, "file");
        File.WriteAllText(blocker, "not a folder");
        CliRun run = CliRun.Of("train", "--epochs", "1", "--out", Path.Combine(blocker, "w.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("neuralscratch: ", run.ErrorLine);
        Assert.Equal("not a folder", File.ReadAllText(blocker));
    }

    [Fact]
    public void A_cancelled_run_writes_nothing()
    {
        string weights = Path.Combine(folder, "w.json");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var stderr = new StringWriter();
        int code = Program.Run(["train", "--out", weights], new StringWriter(), stderr, cancel: cancel.Token);
        Assert.Equal(130, code);
        Assert.Contains("cancelled; nothing was written", stderr.ToString());
        Assert.False(File.Exists(weights));
    }
}
