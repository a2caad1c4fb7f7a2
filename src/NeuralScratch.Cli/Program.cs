using System.CommandLine;
using NeuralScratch.Cli.Export;
using NeuralScratch.Cli.Heatmaps;
using NeuralScratch.Cli.Jupyter;
using NeuralScratch.Cli.Notebooks;
using NeuralScratch.Cli.Workshop;
using Spectre.Console;

namespace NeuralScratch.Cli;

/// <summary>The <c>neuralscratch</c> command: the kit's headless jobs.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        // The first Ctrl+C asks the command to stop cleanly; a second one ends the process at once.
        Console.CancelKeyPress += (_, e) => { e.Cancel = !cancel.IsCancellationRequested; cancel.Cancel(); };
        // The one place that decides whether a person is watching: a terminal gets live bars, anything else plain lines.
        IAnsiConsole? terminal = Console.IsOutputRedirected ? null : AnsiConsole.Console;
        return Run(args, Console.Out, Console.Error, terminal, cancel.Token);
    }

    /// <summary>Runs one command; 0 on success, 1 on a failure, 2 on a wrong command line, 130 when cancelled.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IAnsiConsole? terminal = null, CancellationToken cancel = default)
    {
        var io = new Invocation(stdout, stderr, terminal, cancel);
        var root = new RootCommand("NeuralScratch: a neural network from scratch, the walkthrough's jobs without a notebook.")
        {
            TrainCommand.Create(io), PredictCommand.Create(io), PlaygroundCommand.Create(io),
            HeatmapsCommand.Create(io), NotebookCommand.Create(io), CheckCommand.Create(io),
            KernelCommand.Create(io), ExportCommand.Create(io), WorkshopCommand.Create(io),
        };
        root.HelpName = "neuralscratch";
        root.Subcommands.Add(HelpCommand(root, io));
        return Commands.Run(root, args, io);
    }

    // `neuralscratch help`: the same as `neuralscratch --help`.
    static Command HelpCommand(RootCommand root, Invocation io)
    {
        var help = new Command("help", "Shows the commands and what they do (as --help).");
        help.SetAction(_ => root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = io.Out }));
        return help;
    }
}
