using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeuralScratch.Plots.Tests;

public class PlaygroundTests
{
    static readonly double[][][] Trained = TrainedNetwork();

    static double[][][] TrainedNetwork()
    {
        double[][][] network = Initialization.Walkthrough(42);
        Training.Train(network, Digits.Inputs(), Digits.Targets(), 2000);
        return network;
    }

    [Fact]
    public void The_page_keeps_its_contract_and_loads_no_script_from_anywhere()
    {
        string html = Playground.Digits(Trained).Page();

        Assert.DoesNotMatch(new Regex(@"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.Contains("data-prediction", html);
        Assert.Contains("setAttribute(\"data-pixel\"", html);
        Assert.Contains("\"data-output\"", html);
        // the weights are in the page, each as its round-trip text
        Assert.Contains(Trained[0][0][0].ToString("R", CultureInfo.InvariantCulture), html);
    }

    [Fact]
    public void The_playground_needs_a_25_input_network_with_one_hidden_layer()
    {
        var error = Assert.Throws<ArgumentException>(() => Playground.Digits(Initialization.Python(1, [4, 3, 2])));
        Assert.Equal("the network takes 4 inputs; the playground needs 25, one per pixel of a 5x5 digit", error.Message);
        error = Assert.Throws<ArgumentException>(() => Playground.Digits(Initialization.Python(1, [25, 4, 4, 10])));
        Assert.Equal("the network has 3 layers; the playground shows one hidden layer and the outputs, so it needs 2", error.Message);
    }

    // Clicks in the page itself (element.click(), pointer events for the drag), then reads what it shows.
    const string Clicker = """
        <script>
        (function () {
          var root = document.querySelector(".neuralscratch-playground");
          function pixel(i) { return root.querySelector('[data-pixel="' + i + '"]'); }
          function clear() { root.querySelector('[data-load="clear"]').click(); }
          function read(name) {
            return {
              name: name,
              pressed: Array.from({ length: 25 }, function (_, i) { return pixel(i).getAttribute("aria-pressed") === "true" ? 1 : 0; }),
              outputs: Array.from(root.querySelectorAll("[data-output]")).map(function (e) { return e.getAttribute("data-value"); }),
              prediction: root.querySelector("[data-prediction]").getAttribute("data-prediction"),
            };
          }
          var results = [], clickMs = [];
          DIGITS.forEach(function (digit) {
            clear();
            digit.pixels.forEach(function (ink, i) {
              if (ink !== 1) return;
              var start = performance.now();
              pixel(i).click();
              clickMs.push(performance.now() - start);
            });
            results.push(read(digit.name));
          });
          clear();
          [0, 6, 12, 18, 24, 4, 20].forEach(function (i) { pixel(i).click(); }); // no digit: the diagonals' ends
          results.push(read("no digit"));
          clear();
          pixel(10).dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, buttons: 1 }));
          [11, 12, 13, 14].forEach(function (i) { pixel(i).dispatchEvent(new PointerEvent("pointerover", { bubbles: true, buttons: 1 })); });
          document.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
          results.push(read("drag across row 2"));
          clickMs.sort(function (a, b) { return a - b; });
          var out = document.createElement("pre");
          out.id = "results";
          out.textContent = JSON.stringify({ results: results, medianClickMs: clickMs[Math.floor(clickMs.length / 2)], maxClickMs: clickMs[clickMs.length - 1] });
          document.body.appendChild(out);
        })();
        </script>
        """;

    [Fact]
    public void Clicking_in_headless_chromium_shows_the_librarys_outputs_for_every_digit_a_non_digit_and_a_drag()
    {
        Digit[] digits = [.. Digits.Training, .. Digits.Tests];
        string page = Playground.Digits(Trained).Page().Replace("</body>",
            Clicker.Replace("DIGITS", JsonSerializer.Serialize(digits.Select(d => new { name = d.Name, pixels = d.Pixels }))) + "</body>");
        DirectoryInfo folder = Directory.CreateTempSubdirectory("neuralscratch-playground-");
        string dom;
        try
        {
            string file = Path.Combine(folder.FullName, "playground.html");
            File.WriteAllText(file, page);
            dom = Browser.Run(Browser.Headless(Chromium.Path, Path.Combine(folder.FullName, "profile"), "--virtual-time-budget=10000", "--dump-dom", new Uri(file).AbsoluteUri), TimeSpan.FromMinutes(2));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Match found = Regex.Match(dom, "<pre id=\"results\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(found.Success, "the page wrote no results");
        using JsonDocument report = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(found.Groups[1].Value));
        JsonElement[] results = report.RootElement.GetProperty("results").EnumerateArray().ToArray();
        double[][] drawn = [.. digits.Select(d => d.Pixels), Pixels(0, 6, 12, 18, 24, 4, 20), Pixels(10, 11, 12, 13, 14)];
        Assert.Equal(drawn.Length, results.Length);
        for (int r = 0; r < results.Length; r++)
        {
            string name = results[r].GetProperty("name").GetString()!;
            Assert.Equal(drawn[r], results[r].GetProperty("pressed").EnumerateArray().Select(p => p.GetDouble()).ToArray());
            double[] expected = Network.FeedForward(Trained, drawn[r])[^1];
            double[] shown = results[r].GetProperty("outputs").EnumerateArray().Select(v => double.Parse(v.GetString()!, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(expected.Length, shown.Length);
            for (int k = 0; k < expected.Length; k++)
                Assert.True(Math.Abs(expected[k] - shown[k]) <= 1e-12, $"{name}, output {k}: the page shows {shown[k]:R}, the library {expected[k]:R}");
            Assert.Equal($"{Network.Predict(Trained, drawn[r])}", results[r].GetProperty("prediction").GetString());
        }
        Console.WriteLine($"click to updated outputs: median {report.RootElement.GetProperty("medianClickMs").GetDouble():F3} ms, slowest {report.RootElement.GetProperty("maxClickMs").GetDouble():F3} ms");
    }

    static double[] Pixels(params int[] inked)
    {
        var pixels = new double[Digits.PixelCount];
        foreach (int i in inked) pixels[i] = 1;
        return pixels;
    }
}
