using System.ComponentModel;
using System.Diagnostics;

namespace NeuralScratch.Cli.Workshop;

/// <summary>What a program printed on its standard output and error, and how it ended.</summary>
internal sealed record ChildProcess(int ExitCode, string Output, string Errors)
{
    /// <summary>Runs <paramref name="program"/> to the end in <paramref name="workingDirectory"/>; Ctrl+C stops it and everything it started.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was triggered.</exception>
    public static ChildProcess Run(string program, string workingDirectory, CancellationToken cancel, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"; // no usage data sent from a workshop's commands
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Start(start);
        Task<string> output = process.StandardOutput.ReadToEndAsync(), errors = process.StandardError.ReadToEndAsync();
        try
        {
            process.WaitForExitAsync(cancel).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw;
        }
        return new ChildProcess(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"could not start `{start.FileName}` ({e.Message}); expected it installed and on the PATH");
        }
    }
}
