namespace NeuralScratch.Cli;

/// <summary>The command line was wrong, found only when its files were looked at: the message says what, and what was expected.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Cancelled (Ctrl+C) after something was written: the message says what was left, in the command's words.</summary>
public sealed class CancelledException(string message) : OperationCanceledException(message);
