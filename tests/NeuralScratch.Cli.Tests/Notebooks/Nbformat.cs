using System.Diagnostics;

namespace NeuralScratch.Cli.Tests.Notebooks;

/// <summary>
/// Jupyter's own validator of the nbformat schema (python3-nbformat, the reference implementation),
/// run on a notebook file, with its warnings as errors: a 4.5 notebook without cell ids is only a
/// warning there today, "a hard error in future nbformat versions".
/// </summary>
internal static class Nbformat
{
    const string Python = "/usr/bin/python3";
    const string Missing = "install Jupyter's nbformat to validate notebooks: apt-get install python3-nbformat (.ci/run installs it)";

    // Whether python3 can import nbformat, asked once for all the notebooks a test run validates.
    static readonly Lazy<bool> Installed = new(() => Run("import nbformat") is { ExitCode: 0 });

    /// <summary>Empty when the notebook is valid; otherwise what the validator said. Skips (fails when CI=true) without the validator.</summary>
    public static string Problems(string path)
    {
        if (!Installed.Value)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true and no nbformat validator: {Missing}");
            Assert.Skip(Missing);
        }
        var (exitCode, errors) = Run("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT))", path)!.Value;
        return exitCode == 0 ? "" : errors.Trim();
    }

    static (int ExitCode, string Errors)? Run(string script, params string[] arguments)
    {
        if (!File.Exists(Python)) return null;
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in (string[])["-W", "error", "-c", script, .. arguments]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        string errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors);
    }
}
