using PuppeteerSharp;

namespace NeuralScratch.Plots.Tests;

/// <summary>
/// The system's headless Chromium driven as a learner would use it: real mouse and keyboard input
/// (PuppeteerSharp sends them through Chromium's input pipeline), with no network at all.
/// One browser for the tests of a class; each test opens its own page.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncLifetime
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("neuralscratch-playground-");
    IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        string? chromium = Browser.Find();
        if (chromium is null) return; // the tests are skipped (ChromiumFact)
        browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            UserDataDir = Path.Combine(folder.FullName, "profile"),
            // Every request goes to a closed local port, so none can reach a network (one word: PuppeteerSharp joins the arguments unquoted).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--proxy-server=http://127.0.0.1:9"],
        });
    }

    /// <summary>Opens <paramref name="html"/> as a file, 900 px wide; <paramref name="requests"/> collects every request that is not for a file.</summary>
    public async Task<IPage> Open(string html, List<string> requests)
    {
        string file = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.html");
        File.WriteAllText(file, html);
        IPage page = await browser!.NewPageAsync();
        page.Request += (_, e) => { if (!e.Request.Url.StartsWith("file:")) requests.Add(e.Request.Url); };
        await page.SetViewportAsync(new ViewPortOptions { Width = 900, Height = 900 });
        await page.GoToAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        folder.Delete(recursive: true);
    }
}
