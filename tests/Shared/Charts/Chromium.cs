using NeuralScratch.Plots;

namespace NeuralScratch.TestSupport;

/// <summary>
/// The one way the tests start a browser: the Chromium, Chrome or Edge that <see cref="Browser.Find"/>
/// finds, with <see cref="Browser"/>'s flags (headless, no network at all). Where there is none, a test
/// that needs it is skipped with the reason, except in CI (CI=true), where every chart must be drawn.
/// </summary>
public static class Chromium
{
    public const string Missing = "install chromium to run the chart tests: apt-get install chromium (.ci/run installs it)";

    /// <summary>The browser's path; a test that asks for it is skipped (or, in CI, fails) where there is none.</summary>
    public static string Path
    {
        get
        {
            if (Browser.Find() is string found) return found;
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI=true and no browser was found: {Missing}");
            Assert.Skip(Missing);
            return "";
        }
    }

    /// <summary>Opens an HTML file and returns what a window of the given size showed.</summary>
    public static Image Screenshot(string htmlFile, int width, int height) => InProfile(profile =>
    {
        string png = System.IO.Path.Combine(profile, "screenshot.png");
        Run(profile, "--virtual-time-budget=10000", $"--window-size={width},{height}", $"--screenshot={png}", new Uri(htmlFile).AbsoluteUri);
        return Png.Decode(File.ReadAllBytes(png));
    });

    static string Run(string profile, params string[] arguments) =>
        Browser.Run(Browser.Headless(Path, System.IO.Path.Combine(profile, "profile"), arguments), TimeSpan.FromMinutes(2));

    static T InProfile<T>(Func<string, T> use)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("neuralscratch-chromium-");
        try { return use(folder.FullName); }
        finally { folder.Delete(recursive: true); }
    }
}
