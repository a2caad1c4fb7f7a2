using System.Globalization;
using System.Text.Json;
using PuppeteerSharp;
using PuppeteerSharp.Input;


namespace NeuralScratch.Plots.Tests;

/// <summary>
/// The playground in headless Chromium with no network: pixels inked by mouse clicks, drags and
/// keys, and what the page shows compared with the library's FeedForward and Predict.
/// </summary>
public sealed class PlaygroundInChromiumTests(HeadlessChromium chromium, ITestOutputHelper output) : IClassFixture<HeadlessChromium>
{
    static readonly double[][][] Trained = TrainedNetwork();

    static double[][][] TrainedNetwork()
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 10000);
        return network;
    }

    static readonly Digit[] AllDigits = [.. Digits.Training, .. Digits.Tests];

    /// <summary>What a playground shows: the pixels pressed, every output and hidden unit (as written in data-value), the prediction.</summary>
    sealed record Shown(double[] Pixels, double[] Outputs, double[] Hidden, int Prediction);

    static async Task<Shown> Read(IPage page, string root)
    {
        string json = await page.EvaluateFunctionAsync<string>("""
            root => {
              const playground = document.getElementById(root);
              const values = selector => Array.from(playground.querySelectorAll(selector)).map(e => e.getAttribute("data-value"));
              return JSON.stringify({
                pixels: Array.from(playground.querySelectorAll("[data-pixel]")).map(e => e.getAttribute("aria-pressed") === "true" ? 1 : 0),
                outputs: values("[data-output]"),
                hidden: values("[data-hidden]"),
                prediction: playground.querySelector("[data-prediction]").getAttribute("data-prediction"),
              });
            }
            """, root);
        using JsonDocument shown = JsonDocument.Parse(json);
        double[] Numbers(string name) => shown.RootElement.GetProperty(name).EnumerateArray()
            .Select(v => double.Parse(v.GetString()!, CultureInfo.InvariantCulture)).ToArray();
        return new Shown(shown.RootElement.GetProperty("pixels").EnumerateArray().Select(p => p.GetDouble()).ToArray(),
            Numbers("outputs"), Numbers("hidden"), int.Parse(shown.RootElement.GetProperty("prediction").GetString()!, CultureInfo.InvariantCulture));
    }

    static void AssertShowsTheLibrarys(double[][][] network, double[] pixels, Shown shown, string drawing)
    {
        Assert.Equal(pixels, shown.Pixels);
        double[][] layers = Network.FeedForward(network, pixels);
        AssertClose(layers[0], shown.Hidden, drawing, "hidden unit");
        AssertClose(layers[1], shown.Outputs, drawing, "output");
        Assert.Equal(Network.Predict(network, pixels), shown.Prediction);
    }

    static void AssertClose(double[] library, double[] page, string drawing, string what)
    {
        Assert.Equal(library.Length, page.Length);
        for (int k = 0; k < library.Length; k++)
            Assert.True(Math.Abs(library[k] - page[k]) <= 1e-12, $"{drawing}, {what} {k}: the page shows {page[k]:R}, the library {library[k]:R}");
    }

    static async Task<string> OnlyPlayground(IPage page) =>
        await page.EvaluateExpressionAsync<string>("document.querySelector('.neuralscratch-playground').id");

    static Task Click(IPage page, string root, int pixel) => page.ClickAsync($"#{root} [data-pixel=\"{pixel}\"]");

    static Task Clear(IPage page, string root) => page.ClickAsync($"#{root} [data-load=\"clear\"]");

    static double[] Pixels(params int[] inked)
    {
        var pixels = new double[Digits.PixelCount];
        foreach (int i in inked) pixels[i] = 1;
        return pixels;
    }

    [Fact]
    public async Task Each_of_the_13_digits_inked_by_clicks_shows_the_librarys_outputs_and_prediction()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Playground.Digits(Trained).Page(), requests);
        string root = await OnlyPlayground(page);
        // Times each click on a pixel: from the input event to the outputs written (the page's
        // pointerdown handler runs before this listener on the document), and to the next frame drawn.
        await page.EvaluateExpressionAsync("""
            window.clickTimes = [];
            document.addEventListener("pointerdown", e => {
              if (!e.target.hasAttribute("data-pixel")) return;
              const updated = performance.now() - e.timeStamp;
              requestAnimationFrame(() => {
                const next = new MessageChannel(); // a message after the frame's paint
                next.port1.onmessage = () => clickTimes.push({ updated, painted: performance.now() - e.timeStamp });
                next.port2.postMessage(0);
              });
            });
            """);

        foreach (Digit digit in AllDigits)
        {
            await Clear(page, root);
            for (int i = 0; i < digit.Pixels.Length; i++)
                if (digit.Pixels[i] == 1) await Click(page, root, i);
            AssertShowsTheLibrarys(Trained, digit.Pixels, await Read(page, root), digit.Name);
        }

        Assert.Empty(requests);
        await Task.Delay(200); // the last click's frame
        using JsonDocument times = JsonDocument.Parse(await page.EvaluateExpressionAsync<string>("JSON.stringify(clickTimes)"));
        double[] updated = [.. times.RootElement.EnumerateArray().Select(t => t.GetProperty("updated").GetDouble()).Order()];
        double[] painted = [.. times.RootElement.EnumerateArray().Select(t => t.GetProperty("painted").GetDouble()).Order()];
        Assert.Equal(AllDigits.Sum(d => d.Pixels.Count(p => p == 1)), updated.Length);
        output.WriteLine($"{updated.Length} clicks. Input event to outputs updated: median {updated[updated.Length / 2]:F2} ms, "
            + $"95th percentile {updated[updated.Length * 95 / 100]:F2} ms, slowest {updated[^1]:F2} ms. "
            + $"To the next frame drawn: median {painted[painted.Length / 2]:F2} ms, slowest {painted[^1]:F2} ms.");
    }

    [Fact]
    public async Task The_digit_buttons_load_each_digit()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Playground.Digits(Trained).Page(), requests);
        string root = await OnlyPlayground(page);

        foreach (Digit digit in AllDigits)
        {
            await page.ClickAsync($"#{root} [data-load=\"{digit.Name}\"]");
            AssertShowsTheLibrarys(Trained, digit.Pixels, await Read(page, root), $"the {digit.Name} button");
        }
        await Clear(page, root);
        AssertShowsTheLibrarys(Trained, Pixels(), await Read(page, root), "cleared");
        Assert.Empty(requests);
    }

    [Fact]
    public async Task A_drawing_that_is_no_digit_and_drags_that_ink_and_erase_a_row()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Playground.Digits(Trained).Page(), requests);
        string root = await OnlyPlayground(page);

        foreach (int i in new[] { 0, 6, 12, 18, 24, 4, 20 }) await Click(page, root, i); // the two diagonals' ends: no digit
        AssertShowsTheLibrarys(Trained, Pixels(0, 6, 12, 18, 24, 4, 20), await Read(page, root), "no digit");
        await Click(page, root, 12); // a second click erases
        AssertShowsTheLibrarys(Trained, Pixels(0, 6, 18, 24, 4, 20), await Read(page, root), "no digit, centre erased");
        await page.ClickAsync($"#{root} [data-pixel=\"0\"]", new ClickOptions { Button = MouseButton.Right });
        AssertShowsTheLibrarys(Trained, Pixels(0, 6, 18, 24, 4, 20), await Read(page, root), "a right-click changes nothing");

        await Clear(page, root);
        await Drag(page, root, 10, 14); // across row 2, from a blank pixel: inks
        AssertShowsTheLibrarys(Trained, Pixels(10, 11, 12, 13, 14), await Read(page, root), "a drag across row 2");
        await Drag(page, root, 14, 12); // back from an inked pixel: erases
        AssertShowsTheLibrarys(Trained, Pixels(10, 11), await Read(page, root), "a drag back, erasing");
        Assert.Empty(requests);
    }

    static async Task Drag(IPage page, string root, int from, int to)
    {
        async Task<(decimal X, decimal Y)> Centre(int pixel)
        {
            BoundingBox box = await (await page.QuerySelectorAsync($"#{root} [data-pixel=\"{pixel}\"]")).BoundingBoxAsync();
            return (box.X + box.Width / 2, box.Y + box.Height / 2);
        }
        var (x0, y0) = await Centre(from);
        var (x1, y1) = await Centre(to);
        await page.Mouse.MoveAsync(x0, y0);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x1, y1, new MoveOptions { Steps = 20 });
        await page.Mouse.UpAsync();
    }

    [Fact]
    public async Task The_keyboard_moves_with_arrows_and_inks_with_space_or_enter()
    {
        var requests = new List<string>();
        await using IPage page = await chromium.Open(Playground.Digits(Trained).Page(), requests);
        string root = await OnlyPlayground(page);

        await page.FocusAsync($"#{root} [data-pixel=\"0\"]");
        foreach (string key in new[] { "ArrowRight", "ArrowRight", "Space", "ArrowDown", "Enter", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowLeft", "Space" })
            await page.Keyboard.PressAsync(key);
        // right twice: pixel 2; down: 7; down three times and once more at the bottom edge: 22; left: 21
        AssertShowsTheLibrarys(Trained, Pixels(2, 7, 21), await Read(page, root), "drawn with the keyboard");
        await page.Keyboard.PressAsync("Space");
        AssertShowsTheLibrarys(Trained, Pixels(2, 7), await Read(page, root), "pixel 21 erased with the keyboard");
        Assert.Empty(requests);
    }

    [Fact]
    public async Task Two_playgrounds_in_one_page_each_keep_to_their_own_network()
    {
        // The second network's output 0 has a bias of -720: e^720 overflows, so only the library's
        // other branch of the sigmoid (e^x itself) gives its tiny output; 1 / (1 + e^-x) gives 0.
        double[][][] saturated = Initialization.Walkthrough(7);
        saturated[1][0][^1] = -720;
        saturated[0][0][^1] = 40;
        string html = Playground.Digits(Trained).Page().Replace("</body>", Playground.Digits(saturated).Html + "</body>");
        var requests = new List<string>();
        await using IPage page = await chromium.Open(html, requests);
        string[] roots = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('.neuralscratch-playground')).map(p => p.id)");
        Assert.Equal(2, roots.Length);

        Digit three = Digits.Tests[0];
        for (int i = 0; i < three.Pixels.Length; i++)
            if (three.Pixels[i] == 1) await Click(page, roots[1], i);

        AssertShowsTheLibrarys(Trained, Pixels(), await Read(page, roots[0]), "the first playground, untouched");
        Shown second = await Read(page, roots[1]);
        AssertShowsTheLibrarys(saturated, three.Pixels, second, "the second playground");
        double tiny = Network.FeedForward(saturated, three.Pixels)[^1][0];
        Assert.True(tiny > 0, $"the test needs a sum below -709.78; output 0 is {tiny:R}");
        Assert.Equal(tiny, second.Outputs[0]); // bit for bit: the same branch of the sigmoid
        Assert.Empty(requests);
    }
}
