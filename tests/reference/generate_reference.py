#!/usr/bin/python3
"""Generate walkthrough-reference.json from the walkthrough's own Python code.

Run from the repository root with Debian's Python and NumPy (reference BLAS):

    /usr/bin/python3 tests/reference/generate_reference.py [path/to/original_walkthrough.py]

The walkthrough path defaults to ../../../shared/reference/original_walkthrough.py
relative to this script's folder (the `shared` folder beside the repository).

Nothing here re-implements the network. The walkthrough file is executed statement
by statement in a namespace dict (cwd in a temporary directory, so its savefig lands
nowhere in the repository; stdout captured). The only things this script adds are a
deep copy of `network` taken just before the walkthrough's `train(network, 10000, ...)`
statement runs, and afterwards an epoch-by-epoch re-run with the walkthrough's own
`train(network, 1, ...)`, `feed_forward` and `predict`. `backpropagate` reads the global
`output_layer`, so the re-run writes the initial weights back *in place* into the very
list objects the namespace's `hidden_layer` / `output_layer` globals point to.

Every float is written in Python repr form (shortest string that round-trips to the
same IEEE double), so the C# tests can compare bit for bit.
"""

import ast
import contextlib
import copy
import datetime
import hashlib
import io
import json
import math
import os
import platform
import random
import struct
import sys
import tempfile
import time

os.environ.setdefault("MPLBACKEND", "Agg")

import numpy as np  # noqa: E402  (the walkthrough imports it too; needed for versions)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_WALKTHROUGH = os.path.join(HERE, "..", "..", "..", "shared", "reference",
                                   "original_walkthrough.py")
OUTPUT = os.path.join(HERE, "walkthrough-reference.json")

EPOCHS = 10000
LOSS_CHECKPOINTS = [0, 1, 2, 10, 100, 1000, 5000, 10000]


# ----------------------------------------------------------------- helpers

def is_call_to(stmt, func_name):
    """True if stmt is `func_name(...)` or `print(func_name(...))` at top level."""
    if not isinstance(stmt, ast.Expr) or not isinstance(stmt.value, ast.Call):
        return False
    call = stmt.value
    if isinstance(call.func, ast.Name) and call.func.id == func_name:
        return True
    if (isinstance(call.func, ast.Name) and call.func.id == "print" and call.args
            and isinstance(call.args[0], ast.Call)
            and isinstance(call.args[0].func, ast.Name)
            and call.args[0].func.id == func_name):
        return True
    return False


def to_plain(obj):
    """Nested lists of numbers -> plain Python float / int (np.float64 -> float)."""
    if isinstance(obj, (list, tuple)):
        return [to_plain(o) for o in obj]
    if isinstance(obj, (bool, np.bool_)):
        return bool(obj)
    if isinstance(obj, (int, np.integer)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        f = float(obj)
        assert math.isfinite(f), f
        return f
    return obj


def sse(ns, network):
    """Sum over the ten training digits of sum over outputs of (output - target)^2,
    accumulated left to right in plain Python floats (digit 0 first, output 0 first)."""
    total = 0.0
    for x, t in zip(ns["inputs"], ns["targets"]):
        out = ns["feed_forward"](network, x)[-1]
        for o, tt in zip(out, t):
            d = float(o) - tt
            total += d * d
    return total


SIGMOID_SAMPLES = 16384


def sigmoid_fingerprint(ns):
    """The walkthrough's own sigmoid (math.exp inside) at x_k = (k - 8192) / 204.8,
    k = 0..16383 (-40 to 40), hashed: SHA-256 of the 16384 results as little-endian
    doubles. A machine whose e^x differs from this one's in the last bit for even a few
    of these inputs gets another hash, and cannot reproduce the run bit for bit."""
    values = [float(ns["sigmoid"]((k - 8192) / 204.8)) for k in range(SIGMOID_SAMPLES)]
    return {
        "inputs": "x_k = (k - 8192) / 204.8 for k = 0 .. 16383",
        "sha256": hashlib.sha256(struct.pack("<%dd" % SIGMOID_SAMPLES, *values)).hexdigest(),
        "first": values[:3],
    }


def dumps_compact(obj, indent=0):
    """JSON with lists of scalars on one line; floats via json (= float repr)."""
    pad = "  " * indent
    pad1 = "  " * (indent + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad1 + json.dumps(k) + ": " + dumps_compact(v, indent + 1)
                 for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if all(not isinstance(o, (dict, list)) for o in obj):
            return "[" + ", ".join(json.dumps(o) for o in obj) + "]"
        if all(isinstance(o, list) and all(not isinstance(p, (dict, list)) for p in o)
               for o in obj) and sum(len(o) for o in obj) <= 12:
            return "[" + ", ".join(dumps_compact(o) for o in obj) + "]"
        return ("[\n" + ",\n".join(pad1 + dumps_compact(o, indent + 1) for o in obj)
                + "\n" + pad + "]")
    return json.dumps(obj)


def blas_summary():
    try:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            np.show_config()
        text = buf.getvalue()
    except Exception as e:  # pragma: no cover
        return "unavailable: %r" % (e,)
    # keep the BLAS/LAPACK sections that were found, drop the NOT AVAILABLE noise
    sections, name = {}, None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            name = line.rstrip(":")
            sections[name] = []
        elif name and line.strip() and "NOT AVAILABLE" not in line:
            sections[name].append(line.strip())
    summary = "; ".join("%s: %s" % (k, ", ".join(v)) for k, v in sections.items()
                        if v and (k in ("blas_opt_info", "lapack_opt_info") or "SIMD" in k))
    try:
        target = os.path.realpath("/usr/lib/x86_64-linux-gnu/libblas.so.3")
        summary += "; libblas.so.3 -> " + target
    except Exception:
        pass
    return summary


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


# ----------------------------------------------------------------- main

def main():
    walkthrough = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_WALKTHROUGH)
    with open(walkthrough, "rb") as f:
        source_bytes = f.read()
    source = source_bytes.decode("utf-8")
    tree = ast.parse(source, filename=walkthrough)

    # The three test digits are the literal list arguments of print(predict(network, [...]))
    test_digits = [ast.literal_eval(stmt.value.args[0].args[1])
                   for stmt in tree.body if is_call_to(stmt, "predict")]
    assert len(test_digits) == 3, test_digits

    # ---- run the walkthrough's own code, statement by statement
    ns = {"__name__": "__walkthrough__", "__file__": walkthrough}
    stdout = io.StringIO()
    initial_network = None
    train_wall_seconds = None
    old_cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            with contextlib.redirect_stdout(stdout):
                for stmt in tree.body:
                    code = compile(ast.Module(body=[stmt], type_ignores=[]), walkthrough, "exec")
                    if is_call_to(stmt, "train"):
                        assert initial_network is None
                        initial_network = copy.deepcopy(ns["network"])
                        t0 = time.perf_counter()
                        exec(code, ns)
                        train_wall_seconds = time.perf_counter() - t0
                    else:
                        exec(code, ns)
        finally:
            os.chdir(old_cwd)
    assert initial_network is not None, "train(...) statement not found"
    printed = stdout.getvalue().splitlines()

    feed_forward, predict, train = ns["feed_forward"], ns["predict"], ns["train"]
    network = ns["network"]
    assert network[0] is ns["hidden_layer"] and network[1] is ns["output_layer"]
    trained_network = copy.deepcopy(network)

    # initial network check: shapes and the walkthrough's draw order from seed 42
    assert [len(initial_network[0]), len(initial_network[0][0])] == [5, 26]
    assert [len(initial_network[1]), len(initial_network[1][0])] == [10, 6]
    random.seed(42)
    draws = [random.random() for _ in range(5 * 26 + 10 * 6)]
    assert [w for layer in initial_network for n in layer for w in n] == draws

    # ---- XOR table
    xor_table, xor_printed = [], []
    for x in [0, 1]:
        for y in [0, 1]:
            out = feed_forward(ns["xor_network"], [x, y])[-1]
            xor_table.append({"x": x, "y": y, "output": float(out[0])})
    xor_printed = printed[:4]
    for row, line in zip(xor_table, xor_printed):
        assert line == "%d %d [%r]" % (row["x"], row["y"], row["output"]), line

    # ---- random module
    random.seed(42)
    r42 = [random.random() for _ in range(10)]
    random.seed(42)
    raw42 = [random.getrandbits(32) for _ in range(10)]
    assert raw42[:4] == [2746317213, 478163327, 107420369, 3184935163], raw42[:4]
    # random() = (a*67108864 + b) / 9007199254740992, a = raw >> 5, b = raw >> 6
    for i in range(5):
        a, b = raw42[2 * i] >> 5, raw42[2 * i + 1] >> 6
        assert (a * 67108864.0 + b) * (1.0 / 9007199254740992.0) == r42[i]
    other_seeds = {}
    for s in [0, 1, 7, 123456789, 2 ** 40 + 5]:
        random.seed(s)
        other_seeds[str(s)] = [random.random() for _ in range(5)]

    # ---- predictions and outputs of the walkthrough's trained network
    digit_names = ["zero", "one", "two", "three", "four", "five", "six", "seven",
                   "eight", "nine"]
    training_predictions = []
    final_outputs_training = []
    for d, x in enumerate(ns["inputs"]):
        training_predictions.append({"digit": d, "name": digit_names[d],
                                     "pixels": list(x), "prediction": int(predict(network, x))})
        final_outputs_training.append({"digit": d, "outputs": to_plain(feed_forward(network, x)[-1])})
    test_names = ["modified three", "modified seven", "modified eight"]
    test_predictions = []
    final_outputs_test = []
    for name, x in zip(test_names, test_digits):
        test_predictions.append({"name": name, "pixels": x, "prediction": int(predict(network, x))})
        final_outputs_test.append({"name": name, "outputs": to_plain(feed_forward(network, x)[-1])})
    # the walkthrough's own printed predictions are the last three integer lines
    printed_preds = [int(l) for l in printed if l.strip().lstrip("-").isdigit()]
    assert printed_preds == [p["prediction"] for p in test_predictions], printed_preds

    # ---- epoch-by-epoch re-run with the walkthrough's own train(network, 1, ...)
    for layer, init_layer in zip(network, initial_network):
        for neuron, init_neuron in zip(layer, init_layer):
            neuron[:] = init_neuron                    # in place: globals stay aliased
    assert network == initial_network
    assert network[0] is ns["hidden_layer"] and network[1] is ns["output_layer"]

    def test_preds():
        return tuple(int(predict(network, x)) for x in test_digits)

    loss = {0: sse(ns, network)}
    runs = []
    ones = []
    t0 = time.perf_counter()
    for epoch in range(1, EPOCHS + 1):
        train(network, 1, ns["inputs"], ns["targets"])
        if epoch in LOSS_CHECKPOINTS:
            loss[epoch] = sse(ns, network)
        p = test_preds()
        if p == (1, 1, 1):
            ones.append(epoch)
        if runs and runs[-1][2:] == list(p) and runs[-1][1] == epoch - 1:
            runs[-1][1] = epoch
        else:
            runs.append([epoch, epoch] + list(p))
    rerun_seconds = time.perf_counter() - t0

    # the re-run must reproduce the walkthrough's own run bit for bit
    assert network == trained_network, "epoch-by-epoch re-run differs from the walkthrough's run"
    assert all(a.hex() == b.hex() for la, lb in zip(network, trained_network)
               for na, nb in zip(la, lb) for a, b in zip(map(float, na), map(float, nb)))
    assert runs[-1][2:] == [p["prediction"] for p in test_predictions]

    data = {
        "description": "Reference values from running the walkthrough's own code "
                       "(original_walkthrough.py) with Debian's Python and NumPy. "
                       "Floats are Python repr (shortest round-trip) doubles.",
        "generated_utc": datetime.datetime.now(datetime.timezone.utc)
                                 .replace(microsecond=0).isoformat(),
        "walkthrough_sha256": hashlib.sha256(source_bytes).hexdigest(),
        "python": {
            "python_version": platform.python_version(),
            "python_executable": sys.executable,
            "numpy_version": np.__version__,
            "blas": blas_summary(),
        },
        "walkthrough_stdout": printed,
        "xor_table": xor_table,
        "xor_printed": xor_printed,
        "random_seed_42": {
            "random": r42,
            "getrandbits_32": raw42,
        },
        "random_other_seeds_first_5": other_seeds,
        "initial_network_seed_42": {
            "layout": "[hidden (5 neurons x 26 weights, bias last), output (10 neurons x 6 weights, bias last)]",
            "hidden": to_plain(initial_network[0]),
            "output": to_plain(initial_network[1]),
        },
        "trained_network_seed_42": {
            "epochs": EPOCHS,
            "hidden": to_plain(trained_network[0]),
            "output": to_plain(trained_network[1]),
        },
        "test_predictions": test_predictions,
        "training_predictions": training_predictions,
        "final_outputs": {
            "training": final_outputs_training,
            "test": final_outputs_test,
        },
        "loss_checkpoints": {
            "definition": "sum over the ten training digits (0..9 in order) of sum over the "
                          "ten outputs of (output - target)^2, accumulated left to right",
            "values": [{"epoch": e, "loss": loss[e]} for e in LOSS_CHECKPOINTS],
        },
        "test_predictions_per_epoch": {
            "format": "[first_epoch, last_epoch, prediction_modified_3, prediction_modified_7, "
                      "prediction_modified_8]; predictions after training epoch e",
            "runs": runs,
        },
        "epochs_predicting_1_1_1": ones,
        "sigmoid_fingerprint": sigmoid_fingerprint(ns),
        "train_wall_seconds": train_wall_seconds,
        "epoch_by_epoch_rerun_seconds": rerun_seconds,
        "machine": {
            "processor": platform.processor(),
            "cpu_model": cpu_model(),
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
        },
    }
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(dumps_compact(data) + "\n")

    # round-trip check: every float reads back to the same double
    with open(OUTPUT, encoding="utf-8") as f:
        back = json.load(f)
    assert back["trained_network_seed_42"]["hidden"] == to_plain(trained_network[0])
    assert back["trained_network_seed_42"]["output"] == to_plain(trained_network[1])

    print("wrote", os.path.relpath(OUTPUT))
    print("xor:", [r["output"] for r in xor_table])
    print("test predictions:", [p["prediction"] for p in test_predictions],
          "training:", [p["prediction"] for p in training_predictions])
    print("loss:", {e: round(loss[e], 4) for e in LOSS_CHECKPOINTS})
    print("(1,1,1) at %d epochs%s" % (len(ones), " from %d to %d" % (ones[0], ones[-1]) if ones else ""))
    print("last run:", runs[-1])
    print("train %.2f s, re-run %.2f s" % (train_wall_seconds, rerun_seconds))


if __name__ == "__main__":
    main()
