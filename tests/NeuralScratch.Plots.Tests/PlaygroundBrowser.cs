using PuppeteerSharp;

namespace NeuralScratch.Plots.Tests;

/// <summary>
/// The system's headless Chromium driven as a learner would use it: real mouse and keyboard input
/// (PuppeteerSharp sends them through Chromium's input pipeline), with <see cref="Browser.OfflineFlags"/>.
/// One browser for the tests of a class, started by the first test that opens a page.
/// </summary>
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("neuralscratch-playground-");
    readonly SemaphoreSlim starting = new(1, 1);
    IBrowser? browser;

    /// <summary>Opens <paramref name="html"/> as a file, 900 px wide; <paramref name="requests"/> collects every request that is not for a file.</summary>
    public async Task<IPage> Open(string html, List<string> requests)
    {
        string file = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.html");
        File.WriteAllText(file, html);
        IPage page = await (await Started()).NewPageAsync();
        page.Request += (_, e) => { if (!e.Request.Url.StartsWith("file:")) requests.Add(e.Request.Url); };
        await page.SetViewportAsync(new ViewPortOptions { Width = 900, Height = 900 });
        await page.GoToAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    async Task<IBrowser> Started()
    {
        string chromium = Chromium.Path; // skips the test (or fails it in CI) where there is no browser
        await starting.WaitAsync();
        try
        {
            return browser ??= await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                UserDataDir = Path.Combine(folder.FullName, "profile"),
                Args = [.. Browser.OfflineFlags],
            });
        }
        finally
        {
            starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        starting.Dispose();
        folder.Delete(recursive: true);
    }
}
