namespace NeuralScratch.Cli.Tests;

/// <summary>
/// Runs a command line in this process, through the real parser and the one exit-code mapping,
/// with its output redirected (so progress is plain lines), and keeps what it printed.
/// </summary>
public sealed record Cli(int ExitCode, string Out, string Error)
{
    /// <summary><c>neuralscratch ARGS</c>.</summary>
    public static Cli Run(params string[] args) => Run(CancellationToken.None, args);

    /// <summary><c>neuralscratch ARGS</c>, stopped by <paramref name="cancel"/> as by Ctrl+C.</summary>
    public static Cli Run(CancellationToken cancel, params string[] args) =>
        Capture((stdout, stderr) => Program.Run(args, stdout, stderr, cancel: cancel));

    /// <summary><c>NeuralScratch.Benchmarks ARGS</c>: the benchmarks' own commands, on the same parser and exit codes.</summary>
    public static Cli Benchmarks(params string[] args) =>
        Capture((stdout, stderr) => NeuralScratch.Benchmarks.Program.Run(args, new Invocation(stdout, stderr)));

    static Cli Capture(Func<TextWriter, TextWriter, int> run)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = run(stdout, stderr);
        return new Cli(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The one line of error a failing command prints.</summary>
    public string ErrorLine => Assert.Single(Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
