using System.Runtime.CompilerServices;

namespace NeuralScratch.Plots.Tests;

/// <summary>A test that needs a Chromium-family browser: reported as skipped, with the reason, where there is none.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (Browser.Find() is null)
            Skip = "no Chromium, Chrome or Edge on the PATH: apt-get install chromium (.ci/run installs it)";
    }
}
