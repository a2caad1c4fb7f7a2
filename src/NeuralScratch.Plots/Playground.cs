using System.Net;
using System.Text.Json;

namespace NeuralScratch.Plots;

/// <summary>
/// Draw a digit, see the network think: a clickable 5x5 grid and, beside it, the ten outputs, the
/// prediction and the hidden units, recomputed in the page (Playground.js) on every change, from the
/// network's weights written into the output. So it needs no kernel and works in a saved notebook.
/// </summary>
public static class Playground
{
    /// <summary>The playground for a 25-input network with one hidden layer (the walkthrough's shape, any sizes).</summary>
    public static PlaygroundView Digits(double[][][] network)
    {
        NetworkCheck.Shape(network);
        if (Network.InputSize(network) != NeuralScratch.Digits.PixelCount)
            throw new ArgumentException($"the network takes {Network.InputSize(network)} inputs; the playground needs {NeuralScratch.Digits.PixelCount}, one per pixel of a 5x5 digit");
        if (network.Length != 2)
            throw new ArgumentException($"the network has {network.Length} layers; the playground shows one hidden layer and the outputs, so it needs 2");

        // A fresh id for each playground, so that several in one notebook each find only their own elements.
        string id = "neuralscratch-playground-" + Guid.NewGuid().ToString("N");
        var digits = NeuralScratch.Digits.Training.Select(d => new { name = d.Name, pixels = d.Pixels, set = "training" })
            .Concat(NeuralScratch.Digits.Tests.Select(d => new { name = d.Name, pixels = d.Pixels, set = "test" })).ToArray();
        // System.Text.Json writes each double as its shortest round-trip form, so the page has the very weights.
        string data = JsonSerializer.Serialize(new { network, digits }).Replace("</", "<\\/");
        return new PlaygroundView($$"""
            <div id="{{id}}" class="neuralscratch-playground" style="font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:13px;color:#222;background:#fff;padding:12px 16px;border-radius:4px;max-width:860px;box-sizing:border-box">
            <div style="font-size:16px;margin-bottom:8px">Draw a digit: click or drag on the grid (or Tab to it, arrows to move, Space to ink or erase)</div>
            <p data-script-did-not-run="">{{WebUtility.HtmlEncode(ScriptDidNotRun)}}</p>
            <div style="display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start">
              <div>
                <div style="margin-bottom:4px">The input: 25 pixels, ink is 1 and blank is 0</div>
                <div class="grid" role="group" aria-label="5x5 pixels, row by row" style="display:grid;grid-template-columns:repeat(5,44px);gap:3px;touch-action:none;user-select:none"></div>
                <div class="loads" style="margin-top:10px;max-width:240px;line-height:2">
                  <div>Load a training digit:</div><div class="training"></div>
                  <div>or a test digit (not trained on):</div><div class="test"></div>
                </div>
              </div>
              <div>
                <div style="font-size:15px;margin-bottom:6px">Prediction: <b data-prediction="" style="font-size:22px">?</b> (the largest of the ten outputs, in red)</div>
                <div style="margin-bottom:4px">The ten outputs (each a sigmoid, 0 to 1)</div>
                <div class="outputs"></div>
                <div style="margin:10px 0 4px">The hidden units' outputs</div>
                <div class="hidden"></div>
              </div>
            </div>
            <script type="application/json" class="data">{{data}}</script>
            <script type="text/javascript">
            {{Script.Replace("__ROOT__", id)}}
            </script>
            </div>
            """);
    }

    /// <summary>The line the playground shows where its script does not run (its script removes it).</summary>
    public const string ScriptDidNotRun = "Playground not shown: its script has not run here. " + ChartHtml.TrustTheNotebook;

    // The page's code, kept in Playground.js to be read as a learner reads FeedForward in notebook 01.
    static readonly string Script = ReadScript();

    static string ReadScript()
    {
        var assembly = typeof(Playground).Assembly;
        using var stream = assembly.GetManifestResourceStream("NeuralScratch.Plots.Playground.js")
            ?? throw new InvalidOperationException("Playground.js is missing from NeuralScratch.Plots; rebuild the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
