using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>One call of `neuralscratch run` and what it printed.</summary>
public sealed record CommandRun(int ExitCode, string Stdout, string Stderr)
{
    public static CommandRun Of(params string[] args) => Of(CancellationToken.None, args);

    public static CommandRun Of(CancellationToken cancel, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = NotebookCommand.Run(args, stdout, stderr, cancel);
        return new CommandRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
