using Spectre.Console;

namespace NeuralScratch.Cli;

/// <summary>
/// One run of a command: where it writes, the terminal a person is watching (null when the output
/// goes to a file, a pipe, CI or a test: then progress is plain lines), and what stops it (Ctrl+C).
/// </summary>
public sealed record Invocation(TextWriter Out, TextWriter Error, IAnsiConsole? Terminal = null, CancellationToken Cancel = default);
