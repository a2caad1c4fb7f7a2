using NeuralScratch.Cli.Heatmaps;
using NeuralScratch.Cli.Notebooks;

namespace NeuralScratch.Cli;

/// <summary>The <c>neuralscratch</c> command: the kit's headless jobs.</summary>
public static class Program
{
    const string Usage = $"""
        usage:
          {TrainCommand.Usage}
          {PredictCommand.Usage}
          {PlaygroundCommand.Usage}
          {HeatmapsOptions.Usage}
          {RunOptions.Usage}
          {CheckCommand.Usage}
        """;

    public static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return Run(args, Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected, cancel.Token);
    }

    /// <summary>Runs one command; 0 on success, 1 on a failure, 2 on a wrong command line, 130 when cancelled.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool isTerminal = false, CancellationToken cancel = default)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "train" => TrainCommand.Run(args[1..], stdout, isTerminal, cancel),
                "predict" => PredictCommand.Run(args[1..], stdout),
                "playground" => PlaygroundCommand.Run(args[1..], stdout),
                "heatmaps" => HeatmapsCommand.Run(args[1..], stdout, stderr, cancel),
                "run" => NotebookCommand.Run(args[1..], stdout, stderr, cancel),
                "check" => CheckCommand.Run(args[1..], stdout),
                "help" or "--help" or "-h" => Help(stdout),
                null => throw new UsageException("no command given; expected train, predict, playground, heatmaps, run or check"),
                string other => throw new UsageException($"unknown command '{other}'; expected train, predict, playground, heatmaps, run or check"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"neuralscratch: {e.Message} (see `neuralscratch help`)");
            return 2;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("neuralscratch: cancelled; nothing was written");
            return 130;
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException or ArithmeticException)
        {
            stderr.WriteLine($"neuralscratch: {e.Message}");
            return 1;
        }
    }

    static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return 0;
    }
}
