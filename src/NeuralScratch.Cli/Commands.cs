using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.ComponentModel;

namespace NeuralScratch.Cli;

/// <summary>
/// Runs a command line against a tree of commands (System.CommandLine), for <c>neuralscratch</c> and
/// the benchmarks alike. The one place that turns what went wrong into an exit code and one line on
/// stderr: 2 for a wrong command line, 1 for a failure, 130 when cancelled.
/// </summary>
public static class Commands
{
    public static int Run(RootCommand root, string[] args, Invocation io)
    {
        ParseResult parsed = root.Parse(args);
        string name = NameOf(parsed.CommandResult, root);
        if (Problem(parsed) is string problem && parsed.Action is not HelpAction) // --help wins over anything else on the line
            return Fail(io, 2, $"{name}: {problem} (see `{name} --help`)");
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e) { return Fail(io, 2, $"{name}: {e.Message} (see `{name} --help`)"); }
        catch (CancelledException e) { return Fail(io, 130, $"{name}: {e.Message}"); }
        catch (OperationCanceledException) { return Fail(io, 130, $"{name}: cancelled; nothing was written"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or ArithmeticException
                                      or InvalidOperationException or TimeoutException or Win32Exception)
        {
            return Fail(io, 1, $"{name}: {e.Message}");
        }
    }

    static int Fail(Invocation io, int exitCode, string line)
    {
        io.Error.WriteLine(line);
        return exitCode;
    }

    // "neuralscratch", "neuralscratch train" or "neuralscratch workshop pack": the root is called by its help name, not by the process's file name.
    static string NameOf(CommandResult command, RootCommand root) =>
        command.Parent is CommandResult parent ? $"{NameOf(parent, root)} {command.Command.Name}" : root.HelpName ?? root.Name;

    /// <summary>What was wrong with the command line, and what was expected; null when nothing was. The options' own
    /// checks word their errors themselves; System.CommandLine's (an unknown word, a value missing or given twice) are worded here.</summary>
    static string? Problem(ParseResult parsed)
    {
        Command command = parsed.CommandResult.Command;
        if (ValueLeftOut(parsed) is Option option)
            return $"{option.Name} needs a value; expected {option.Name} {option.HelpName}";
        if (Unknown(parsed) is string word)
            return word.StartsWith('-') ? $"unknown option '{word}'; {ExpectedOptions(command)}"
                : command.Subcommands.Count > 0 ? $"unknown command '{word}'; expected {SubcommandsOf(command)}"
                : $"unexpected argument '{word}'; {ExpectedArguments(command)}";
        // An option's own error first: it names the value that was wrong.
        ParseError? error = parsed.Errors.OrderBy(e => e.SymbolResult is CommandResult).FirstOrDefault();
        if (error is null) return null;
        return error.SymbolResult switch
        {
            OptionResult { Tokens.Count: > 1 } twice => $"{twice.Option.Name} is given twice; give it once",
            CommandResult when command.Subcommands.Count > 0 && command.Action is null => $"no command given; expected {SubcommandsOf(command)}",
            _ => error.Message,
        };
    }

    // "--seed" at the end, or "--seed --out w.json": System.CommandLine takes the next word as the value, even an option's name.
    static Option? ValueLeftOut(ParseResult parsed) => parsed.CommandResult.Children.OfType<OptionResult>()
        .FirstOrDefault(o => !o.Implicit && o.Option.Arity.MinimumNumberOfValues > 0 && o.Tokens is [] or [{ Value: ['-', '-', ..] }])?.Option;

    // A word the parser took as a file although it looks like an option (no notebook is called --fast), which then
    // pushed the real file out ("verify --nope ."); or else a word the parser could not place.
    static string? Unknown(ParseResult parsed) => parsed.CommandResult.Children.OfType<ArgumentResult>().Where(a => !a.Argument.CaptureRemainingTokens)
            .SelectMany(a => a.Tokens).Select(t => t.Value).FirstOrDefault(value => value.StartsWith('-') && value.Length > 1)
        ?? parsed.UnmatchedTokens.FirstOrDefault();

    static string SubcommandsOf(Command command)
    {
        string[] names = command.Subcommands.Select(c => c.Name).ToArray();
        return $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    static string ExpectedOptions(Command command)
    {
        string[] names = command.Options.Where(IsOwn).Select(o => o.Name).ToArray();
        return names.Length switch
        {
            0 when command.Subcommands.Count > 0 => $"expected a command: {SubcommandsOf(command)}",
            0 => $"{command.Name} takes no options",
            1 => $"expected {names[0]}",
            _ => $"expected one of {string.Join(", ", names)}",
        };
    }

    static string ExpectedArguments(Command command) => command.Arguments is [Argument only]
        ? $"expected at most {only.Arity.MaximumNumberOfValues} {only.HelpName ?? only.Name}"
        : ExpectedOptions(command);

    static bool IsOwn(Option option) => option is not (HelpOption or VersionOption);
}
