using System.Text.RegularExpressions;
using Spectre.Console.Testing;

namespace NeuralScratch.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("train-tests").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void With_no_options_it_reproduces_the_walkthroughs_run_and_writes_its_weights()
    {
        string weights = Path.Combine(folder, "weights.json");
        Cli run = Cli.Run("train", "--out", weights);

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
        Cli run = Cli.Run("train", "--seed", "7", "--epochs", "300", "--hidden", "8", "--learning-rate", "0.5", "--backprop", "gradient", "--out", weights);

        Assert.Equal(0, run.ExitCode);
        double[][][] expected = Initialization.Walkthrough(7, hidden: 8);
        Training.Train(expected, Digits.Inputs(), Digits.Targets(), 300, new TrainingOptions { Backprop = BackpropKind.TrueGradient, LearningRate = 0.5 });
        Assert.Equal(expected, WeightsFile.Load(weights));
        Assert.Contains("25-8-10 network: seed 7, 300 epochs, true-gradient backprop, learning rate 0.5", run.Out);
    }

    [Fact]
    public void Redirected_progress_is_plain_lines_one_per_tenth()
    {
        Cli run = Cli.Run("train", "--epochs", "100", "--out", Path.Combine(folder, "w.json"));
        var lines = run.Out.Split('\n').Where(l => l.Contains("/100 epochs")).ToArray();
        Assert.Equal(11, lines.Length);
        Assert.DoesNotContain('\r', run.Out);
        Assert.DoesNotContain('\u001b', run.Out); // no bar, no colour: a log stays readable
    }

    [Fact]
    public void On_a_terminal_a_live_bar_runs_below_the_same_lines()
    {
        var terminal = new TestConsole().Interactive().EmitAnsiSequences();
        int code = Program.Run(["train", "--epochs", "20000", "--out", Path.Combine(folder, "w.json")], new StringWriter(), new StringWriter(), terminal);

        Assert.Equal(0, code);
        Assert.Matches(@"training: \d+/20000 epochs loss \d\.\d{4}", terminal.Output); // the bar, with its count and loss
        Assert.Contains("\r\u001b[2A", terminal.Output);                                   // redrawn in place: back up two lines
        Assert.EndsWith("\u001b[2K\u001b[?25h", terminal.Output);                         // and erased when training ends
        Assert.Equal(11, Regex.Matches(terminal.Output, @"(?<!\d|training: )\d+/20000 epochs loss").Count); // and the lines of a log
    }

    [Theory]
    [InlineData("--epochs ten", "train: --epochs 'ten' is not a whole number; expected 0 to 10000000")]
    [InlineData("--epochs -5", "train: --epochs -5 is out of range; expected 0 to 10000000")]
    [InlineData("--hidden 0", "train: --hidden 0 is out of range; expected 1 to 1000")]
    [InlineData("--learning-rate 0", "train: --learning-rate '0' is not a number above 0")]
    [InlineData("--learning-rate nan", "train: --learning-rate 'nan' is not a number above 0")]
    [InlineData("--backprop fast", "train: --backprop 'fast' is not known; expected walkthrough or gradient")]
    [InlineData("--seeds 4", "train: unknown option '--seeds'; expected one of --seed, --epochs")]
    [InlineData("--seed", "train: --seed needs a value; expected --seed N")]
    [InlineData("--seed=x", "train: --seed 'x' is not a whole number; expected 0 to 2147483647")]
    [InlineData("--seed 1 --seed 2", "train: --seed is given twice")]
    [InlineData("extra", "train: unexpected argument 'extra'")]
    public void Bad_arguments_give_one_line_naming_the_problem_and_exit_2(string args, string message)
    {
        string weights = Path.Combine(folder, "w.json");
        Cli run = Cli.Run(["train", .. args.Split(' '), "--out", weights]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"neuralscratch {message}", run.ErrorLine);
        Assert.EndsWith("(see `neuralscratch train --help`)", run.ErrorLine);
        Assert.False(File.Exists(weights));
    }

    [Fact]
    public void An_output_path_that_cannot_be_written_fails_cleanly()
    {
        string blocker = Path.Combine(folder, "file");
        File.WriteAllText(blocker, "not a folder");
        Cli run = Cli.Run("train", "--epochs", "1", "--out", Path.Combine(blocker, "w.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("neuralscratch train: ", run.ErrorLine);
        Assert.Equal("not a folder", File.ReadAllText(blocker));
    }

    [Fact]
    public void A_cancelled_run_writes_nothing()
    {
        string weights = Path.Combine(folder, "w.json");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Cli run = Cli.Run(cancel.Token, "train", "--out", weights);
        Assert.Equal(130, run.ExitCode);
        Assert.Equal("neuralscratch train: cancelled; nothing was written", run.ErrorLine);
        Assert.False(File.Exists(weights));
    }
}
