namespace NeuralScratch.Cli;

/// <summary>The command line was wrong: the message says what, and what was expected.</summary>
public sealed class UsageException(string message) : Exception(message);
