namespace NeuralScratch.Plots.Tests;

/// <summary>The headless Chromium these tests draw with (Debian's chromium; `.ci/run` installs it).</summary>
public static class Chromium
{
    public static string Path =>
        Browser.Find() ?? throw new InvalidOperationException("these tests need Chromium, Chrome or Edge: apt-get install chromium (.ci/run installs it)");

    /// <summary>Opens an HTML file with no network at all and returns what the window showed.</summary>
    public static Image Screenshot(string htmlFile, int width, int height)
    {
        DirectoryInfo work = Directory.CreateTempSubdirectory("neuralscratch-screenshot-");
        try
        {
            string png = System.IO.Path.Combine(work.FullName, "screenshot.png");
            Browser.Run(Browser.Headless(Path, System.IO.Path.Combine(work.FullName, "profile"),
                "--virtual-time-budget=10000", $"--window-size={width},{height}", $"--screenshot={png}",
                new Uri(htmlFile).AbsoluteUri), TimeSpan.FromMinutes(2));
            return Png.Decode(File.ReadAllBytes(png));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
