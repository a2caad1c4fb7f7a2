using System.Text.Json;

namespace NeuralScratch.Plots;

/// <summary>A playground as HTML: a fragment for a notebook cell's output, or a whole page for a browser.</summary>
public sealed record PlaygroundView(string Html)
{
    /// <summary>The playground as a self-contained page: no script or style from anywhere else.</summary>
    public string Page() =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>NeuralScratch playground: draw a digit</title></head>\n"
        + $"<body style=\"margin:24px\">\n{Html}\n</body></html>\n";
}

/// <summary>
/// Draw a digit, see the network think: a clickable 5x5 grid and, beside it, the ten outputs, the
/// prediction and the hidden units, recomputed in the page (JavaScript) on every change, from the
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

        string id = "neuralscratch-playground-" + Guid.NewGuid().ToString("N");
        var digits = NeuralScratch.Digits.Training.Concat(NeuralScratch.Digits.Tests)
            .Select(d => new { name = d.Name, pixels = d.Pixels }).ToArray();
        // System.Text.Json writes each double as its shortest round-trip form, so the page has the very weights.
        string data = JsonSerializer.Serialize(new { network, digits }).Replace("</", "<\\/");
        return new PlaygroundView($$"""
            <div id="{{id}}" class="neuralscratch-playground" style="font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:13px;color:#222;max-width:860px">
            <div style="font-size:16px;margin-bottom:8px">Draw a digit: click or drag on the grid (or Tab to it, arrows to move, Space to ink or erase)</div>
            <div style="display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start">
              <div>
                <div class="grid" role="group" aria-label="5x5 pixels, row by row" style="display:grid;grid-template-columns:repeat(5,44px);gap:3px;touch-action:none;user-select:none"></div>
                <div class="loads" style="margin-top:10px;max-width:240px;line-height:2"></div>
              </div>
              <div>
                <div style="font-size:15px;margin-bottom:6px">Prediction: <b data-prediction="" style="font-size:22px">?</b></div>
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

    // The page's code: read as a learner would read FeedForward in notebook 01.
    const string Script = """
        (function () {
          var root = document.getElementById("__ROOT__");
          var data = JSON.parse(root.querySelector("script.data").textContent);
          var network = data.network, pixels = new Array(25).fill(0);

          // The library's sigmoid: 1 / (1 + e^-x), and e^x where e^-x overflows.
          function sigmoid(x) {
            var expMinusX = Math.exp(-x);
            return expMinusX === Infinity ? Math.exp(x) : 1 / (1 + expMinusX);
          }
          // The library's weighted sum: inputs times weights left to right, then the bias weight (last) times 1.
          function neuronOutput(weights, input) {
            var sum = 0;
            for (var i = 0; i < input.length; i++) sum += weights[i] * input[i];
            sum += weights[input.length] * 1;
            return sigmoid(sum);
          }
          function feedForward(input) {
            var outputs = [];
            network.forEach(function (layer) {
              input = layer.map(function (neuron) { return neuronOutput(neuron, input); });
              outputs.push(input);
            });
            return outputs;
          }
          function argMax(values) { // the first index on a tie, as NumPy's argmax
            var best = 0;
            for (var i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
            return best;
          }

          function bars(container, count, attribute, label) {
            var rows = [];
            for (var i = 0; i < count; i++) {
              var row = document.createElement("div");
              row.setAttribute(attribute, String(i));
              row.style.cssText = "display:flex;align-items:center;gap:6px;height:18px";
              row.innerHTML = '<span style="width:64px">' + label(i) + '</span>'
                + '<span style="width:200px;height:12px;background:#eee;display:inline-block"><span class="bar" style="display:block;height:12px;width:0;background:#1f4e79"></span></span>'
                + '<span class="value" style="width:60px;font-variant-numeric:tabular-nums"></span>';
              container.appendChild(row);
              rows.push(row);
            }
            return rows;
          }
          var outputRows = bars(root.querySelector(".outputs"), network[1].length, "data-output", function (i) { return "digit " + i; });
          var hiddenRows = bars(root.querySelector(".hidden"), network[0].length, "data-hidden", function (i) { return "hidden " + i; });
          var prediction = root.querySelector("[data-prediction]");

          function show(rows, values, best) {
            values.forEach(function (v, i) {
              rows[i].setAttribute("data-value", String(v)); // String(v) is the shortest round-trip form
              rows[i].querySelector(".bar").style.width = (200 * v).toFixed(1) + "px";
              rows[i].querySelector(".bar").style.background = i === best ? "#c0392b" : "#1f4e79";
              rows[i].querySelector(".value").textContent = v.toFixed(3);
            });
          }
          function update() {
            var layers = feedForward(pixels), outputs = layers[layers.length - 1], best = argMax(outputs);
            show(hiddenRows, layers[0], -1);
            show(outputRows, outputs, best);
            prediction.textContent = String(best);
            prediction.setAttribute("data-prediction", String(best));
          }

          var grid = root.querySelector(".grid"), cells = [], painting = null, painted = null;
          function set(i, on) {
            pixels[i] = on ? 1 : 0;
            cells[i].setAttribute("aria-pressed", on ? "true" : "false");
            cells[i].style.background = on ? "#111" : "#fff";
            update();
          }
          for (var i = 0; i < 25; i++) {
            var cell = document.createElement("button");
            cell.type = "button";
            cell.setAttribute("data-pixel", String(i));
            cell.setAttribute("aria-pressed", "false");
            cell.setAttribute("aria-label", "pixel " + i + " (row " + Math.floor(i / 5) + ", column " + (i % 5) + ")");
            cell.style.cssText = "width:44px;height:44px;border:1px solid #999;background:#fff;padding:0;cursor:pointer";
            grid.appendChild(cell);
            cells.push(cell);
          }
          grid.addEventListener("pointerdown", function (e) {
            var i = e.target.getAttribute && e.target.getAttribute("data-pixel");
            if (i === null || i === undefined) return;
            painting = pixels[i] === 0; // a drag paints what the first pixel becomes
            painted = e.target;
            set(Number(i), painting);
          });
          grid.addEventListener("pointerover", function (e) {
            var i = e.target.getAttribute && e.target.getAttribute("data-pixel");
            if (painting === null || i === null || i === undefined || !(e.buttons & 1)) return;
            set(Number(i), painting);
          });
          document.addEventListener("pointerup", function () { painting = null; });
          grid.addEventListener("click", function (e) { // a click without a pointer: the keyboard, or a script
            var i = e.target.getAttribute && e.target.getAttribute("data-pixel");
            if (i === null || i === undefined) return;
            if (painted === e.target) { painted = null; return; } // its pointerdown already toggled it
            set(Number(i), pixels[i] === 0);
          });
          grid.addEventListener("keydown", function (e) {
            var i = Number(e.target.getAttribute("data-pixel")), moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -5, ArrowDown: 5 };
            if (!(e.key in moves)) return;
            var next = i + moves[e.key];
            if (next >= 0 && next < 25) cells[next].focus();
            e.preventDefault();
          });

          var loads = root.querySelector(".loads");
          function load(values) { values.forEach(function (v, i) { pixels[i] = v; }); values.forEach(function (v, i) { set(i, v === 1); }); }
          data.digits.forEach(function (digit) {
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = digit.name;
            button.setAttribute("data-load", digit.name);
            button.style.marginRight = "4px";
            button.addEventListener("click", function () { load(digit.pixels); });
            loads.appendChild(button);
          });
          var clear = document.createElement("button");
          clear.type = "button";
          clear.textContent = "clear";
          clear.setAttribute("data-load", "clear");
          clear.addEventListener("click", function () { load(new Array(25).fill(0)); });
          loads.appendChild(clear);
          update();
        })();
        """;
}
