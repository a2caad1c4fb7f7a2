namespace NeuralScratch.Cli.Notebooks;

/// <summary>How a cell's submission ended.</summary>
internal sealed record SubmissionResult(SubmissionOutcome Outcome, string? Message)
{
    public static readonly SubmissionResult Succeeded = new(SubmissionOutcome.Succeeded, null);
    public static readonly SubmissionResult TimedOut = new(SubmissionOutcome.TimedOut, null);

    public static SubmissionResult Failed(string message) => new(SubmissionOutcome.Failed, message);

    public static SubmissionResult KernelExited(string stderr) => new(SubmissionOutcome.KernelExited, stderr);
}

internal enum SubmissionOutcome { Succeeded, Failed, TimedOut, KernelExited }

/// <summary>The engine could not be started; the message says what to do.</summary>
internal sealed class KernelStartException(string message) : Exception(message);
