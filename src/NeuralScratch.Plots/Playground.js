// The playground's page code: the network's forward pass, in the page, on every change of the grid.
// Playground.cs writes it into each playground with __ROOT__ replaced by that playground's id,
// inside a function, so that several playgrounds in one notebook share no names.
(function () {
  var root = document.getElementById("__ROOT__");
  root.querySelector("[data-script-did-not-run]").remove(); // the line for where this script does not run
  var data = JSON.parse(root.querySelector("script.data").textContent);
  var network = data.network, pixels = new Array(25).fill(0);

  // The library's sigmoid (Activation.Sigmoid): 1 / (1 + e^-x), and e^x where e^-x overflows.
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
  // Network.FeedForward: each layer's outputs are the next layer's input; returns every layer's outputs.
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

  // One row per neuron: its name, a bar as long as its output (0 to 1) and the output's value.
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

  // The grid: 25 buttons, row by row; aria-pressed says whether a pixel is inked.
  var grid = root.querySelector(".grid"), cells = [];
  function paint(i, on) {
    pixels[i] = on ? 1 : 0;
    cells[i].setAttribute("aria-pressed", on ? "true" : "false");
    cells[i].style.background = on ? "#111" : "#fff";
  }
  function set(i, on) { paint(i, on); update(); }
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
  function pixelOf(e) {
    var i = e.target.getAttribute && e.target.getAttribute("data-pixel");
    return i === null || i === undefined ? null : Number(i);
  }

  // Mouse, pen or finger: pressing a pixel toggles it, and a drag paints what that pixel became.
  var painting = null;
  grid.addEventListener("pointerdown", function (e) {
    var i = pixelOf(e);
    if (i === null || e.button !== 0) return; // the main button, a finger or a pen's tip; not a right-click
    // a finger's pointer sticks to the first cell it touches; let it go so a drag reaches the others
    if (e.target.hasPointerCapture && e.target.hasPointerCapture(e.pointerId)) e.target.releasePointerCapture(e.pointerId);
    painting = pixels[i] === 0;
    set(i, painting);
  });
  grid.addEventListener("pointerover", function (e) {
    var i = pixelOf(e);
    if (painting === null || i === null || !(e.buttons & 1)) return;
    if (pixels[i] !== (painting ? 1 : 0)) set(i, painting);
  });
  function stop() { painting = null; }
  document.addEventListener("pointerup", stop);
  document.addEventListener("pointercancel", stop);
  // A click with no pointer behind it (detail 0): Space or Enter on a focused pixel, or a script's click().
  // A pointer's click (detail 1 or more) was already toggled by its pointerdown.
  grid.addEventListener("click", function (e) {
    var i = pixelOf(e);
    if (i === null || e.detail !== 0) return;
    set(i, pixels[i] === 0);
  });
  // Arrow keys move between pixels, within the 5x5 grid.
  grid.addEventListener("keydown", function (e) {
    var i = pixelOf(e);
    if (i === null) return;
    var row = Math.floor(i / 5), column = i % 5;
    if (e.key === "ArrowLeft") column = Math.max(0, column - 1);
    else if (e.key === "ArrowRight") column = Math.min(4, column + 1);
    else if (e.key === "ArrowUp") row = Math.max(0, row - 1);
    else if (e.key === "ArrowDown") row = Math.min(4, row + 1);
    else return;
    cells[5 * row + column].focus();
    e.preventDefault();
  });

  // A button for each training and test digit, and one to clear the grid.
  function load(values) {
    values.forEach(function (v, i) { paint(i, v === 1); });
    update();
  }
  function loadButton(group, name, values) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = name;
    button.setAttribute("data-load", name);
    button.style.marginRight = "4px";
    button.addEventListener("click", function () { load(values); });
    group.appendChild(button);
  }
  data.digits.forEach(function (digit) { loadButton(root.querySelector(".loads ." + digit.set), digit.name, digit.pixels); });
  loadButton(root.querySelector(".loads"), "clear", new Array(25).fill(0));
  update();
})();
