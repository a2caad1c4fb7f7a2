using PuppeteerSharp;
using Browser = NeuralScratch.Plots.Browser;

namespace NeuralScratch.TestSupport;

/// <summary>
/// The system's headless Chromium driven as a learner would use it: real mouse and keyboard input
/// (PuppeteerSharp sends them through Chromium's input pipeline), with <see cref="Browser.OfflineFlags"/>.
/// One browser for the tests of a class, started by the first test that opens a page: the playground's,
/// the charts' and the Jupyter tests.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("neuralscratch-chromium-");
    readonly SemaphoreSlim starting = new(1, 1);
    IBrowser? browser;

    /// <summary>
    /// Opens <paramref name="html"/> as a file, <paramref name="width"/> px wide, its scripts run or not
    /// (<paramref name="javaScript"/>: as where a notebook is not trusted); <paramref name="requests"/>
    /// collects every request that is not for a file or a data: URL.
    /// </summary>
    public async Task<IPage> Open(string html, List<string> requests, int width = 900, bool javaScript = true)
    {
        string file = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.html");
        File.WriteAllText(file, html);
        IPage page = await NewPage(width);
        page.Request += (_, e) => { if (!e.Request.Url.StartsWith("file:") && !e.Request.Url.StartsWith("data:")) requests.Add(e.Request.Url); }; // data: is in the page
        await page.SetJavaScriptEnabledAsync(javaScript);
        await page.GoToAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    /// <summary>A new tab, <paramref name="width"/> by <paramref name="height"/> px.</summary>
    public async Task<IPage> NewPage(int width = 900, int height = 900)
    {
        IPage page = await (await Started()).NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
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
