using NeuralScratch.Cli.Heatmaps;

namespace NeuralScratch.Plots.Tests;

/// <summary>Runs <c>neuralscratch heatmaps</c> in this process and keeps what it printed.</summary>
public sealed record HeatmapsRun(int ExitCode, string Out, string Error)
{
    public static HeatmapsRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = HeatmapsCommand.Run(args, stdout, stderr);
        return new HeatmapsRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The one line of error a failing run prints.</summary>
    public string ErrorLine => Assert.Single(Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
