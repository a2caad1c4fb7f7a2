namespace NeuralScratch.Cli.Tests.Benchmarks;

/// <summary>
/// The benchmarks' commands on neuralscratch's parser: --help, one-line errors, exit codes. Nothing here
/// runs a benchmark; each wrong command line is refused before any work starts.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("compare", "--warm-runs --rounds --python-process-runs --process-runs --walkthrough --cli --skip-python")]
    [InlineData("walkthrough-process", "--fast")]
    [InlineData("phases", "")]
    [InlineData("notebooks", "--rounds --notebooks --walkthrough --skip-jupyter")]
    [InlineData("train-once", "")]
    public void Every_command_has_help_naming_its_options_and_exits_0(string command, string options)
    {
        Cli run = Cli.Benchmarks(command, "--help");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches($@"Usage:\s+NeuralScratch.Benchmarks {command} .*\[options\]", run.Out);
        Assert.All(options.Split(' ', StringSplitOptions.RemoveEmptyEntries), option => Assert.Matches($@"(?m)^  {option} ", run.Out));
    }

    [Fact]
    public void The_overview_names_the_commands_and_where_BenchmarkDotNets_options_go()
    {
        Cli run = Cli.Benchmarks("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "compare", "walkthrough-process", "phases", "notebooks", "train-once" }, command => Assert.Matches($@"(?m)^  {command}\b", run.Out));
        Assert.Contains("BenchmarkDotNet's, passed on as given: --filter '*'", run.Out);
    }

    [Theory]
    [InlineData("compare", "expected one of --warm-runs, --rounds, --python-process-runs, --process-runs, --walkthrough, --cli, --skip-python")]
    [InlineData("walkthrough-process", "expected --fast")]
    [InlineData("phases", "phases takes no options")]
    [InlineData("notebooks", "expected one of --rounds, --notebooks, --walkthrough, --skip-jupyter")]
    [InlineData("train-once", "train-once takes no options")]
    public void A_wrong_option_exits_2_with_one_line_naming_it_and_what_was_expected(string command, string expected)
    {
        Cli run = Cli.Benchmarks(command, "--nope");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"NeuralScratch.Benchmarks {command}: unknown option '--nope'; {expected} (see `NeuralScratch.Benchmarks {command} --help`)", run.ErrorLine);
    }

    [Theory]
    [InlineData("compare --rounds=0", "NeuralScratch.Benchmarks compare: --rounds 0 is out of range; expected 1 to 1000")]
    [InlineData("compare --warm-runs many", "NeuralScratch.Benchmarks compare: --warm-runs 'many' is not a whole number; expected 1 to 1000")]
    [InlineData("compare --process-runs", "NeuralScratch.Benchmarks compare: --process-runs needs a value; expected --process-runs N")]
    [InlineData("phases 2", "NeuralScratch.Benchmarks phases: N 2 is out of range; expected 3 to 100000")]
    [InlineData("phases many", "NeuralScratch.Benchmarks phases: N 'many' is not a whole number; expected 3 to 100000")]
    [InlineData("phases 30 40", "NeuralScratch.Benchmarks phases: unexpected argument '40'; expected at most 1 N")]
    [InlineData("notebooks --rounds 0", "NeuralScratch.Benchmarks notebooks: --rounds 0 is out of range; expected 1 to 100")]
    [InlineData("notebooks --notebooks 99 --skip-jupyter", "NeuralScratch.Benchmarks notebooks: --notebooks 99 names no notebook in ")]
    [InlineData("compar", "NeuralScratch.Benchmarks: unknown command 'compar'; expected compare, walkthrough-process, phases, notebooks, train-once or BenchmarkDotNet's options (e.g. --filter '*')")]
    public void Bad_arguments_exit_2_with_one_line(string args, string message)
    {
        Cli run = Cli.Benchmarks(args.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.ErrorLine);
    }

    [Fact]
    public void A_value_given_with_equals_is_the_one_used()
    {
        Cli run = Cli.Benchmarks("compare", "--walkthrough=/no/such/walkthrough.py");
        Assert.Equal(1, run.ExitCode); // a failure, not a wrong command line: the file is looked for
        Assert.Equal("NeuralScratch.Benchmarks compare: the walkthrough's Python is not at /no/such/walkthrough.py; pass --walkthrough PATH or --skip-python", run.ErrorLine);
        Assert.Equal(0, Cli.Benchmarks("walkthrough-process", "--fast=true").ExitCode);
    }
}
