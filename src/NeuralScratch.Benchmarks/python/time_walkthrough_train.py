#!/usr/bin/python3
"""Time the walkthrough's own train() warm, several times in one process.

    /usr/bin/python3 time_walkthrough_train.py [--runs N] [--walkthrough PATH]

Nothing here re-implements the network. The walkthrough file is executed statement by
statement in a namespace dict, up to (not including) its `train(network, 10000, ...)`
statement, so its functions, digits and targets exist (its XOR prints are swallowed).
Then, for each run, the statements that build the seed-42 network (`random.seed(42)` up
to `network = [hidden_layer, output_layer]`) are executed again, which also rebinds the
global `output_layer` that `backpropagate` reads, and the walkthrough's
`train(network, 10000, inputs, targets)` is timed with time.perf_counter.

Prints one line of JSON: the seconds of each run, their median, what the walkthrough's
own `print(predict(network, ...))` statements print for the last trained network (its
three test digits), and versions.
"""

import argparse
import ast
import contextlib
import io
import json
import os
import platform
import statistics
import sys
import time

os.environ.setdefault("MPLBACKEND", "Agg")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_WALKTHROUGH = os.path.normpath(os.path.join(
    HERE, "..", "..", "..", "..", "shared", "reference", "original_walkthrough.py"))


def is_call(stmt, name):
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Name) and stmt.value.func.id == name)


def is_random_seed(stmt):
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "seed")


def assigns(stmt, name):
    return isinstance(stmt, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id == name for t in stmt.targets)


def run(statements, ns, filename):
    module = ast.Module(body=statements, type_ignores=[])
    exec(compile(module, filename, "exec"), ns)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=10000)
    parser.add_argument("--walkthrough", default=DEFAULT_WALKTHROUGH)
    args = parser.parse_args()

    with open(args.walkthrough) as f:
        tree = ast.parse(f.read(), args.walkthrough)
    body = tree.body
    train_at = next(i for i, s in enumerate(body) if is_call(s, "train"))
    seed_at = next(i for i, s in enumerate(body) if is_random_seed(s))
    network_at = next(i for i, s in enumerate(body) if assigns(s, "network"))
    assert seed_at < network_at < train_at

    ns = {"__name__": "walkthrough"}
    with contextlib.redirect_stdout(io.StringIO()):
        run(body[:train_at], ns, args.walkthrough)
    build_network = body[seed_at:network_at + 1]

    seconds = []
    for _ in range(args.runs):
        run(build_network, ns, args.walkthrough)
        start = time.perf_counter()
        ns["train"](ns["network"], args.epochs, ns["inputs"], ns["targets"])
        seconds.append(time.perf_counter() - start)

    # The walkthrough's own `def predict` and `print(predict(network, [...]))` statements.
    after = body[train_at + 1:]
    predict_statements = [st for st in after if isinstance(st, ast.FunctionDef) and st.name == "predict"]
    predict_statements += [st for st in after if is_call(st, "print") and "predict(" in ast.unparse(st)]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        run(predict_statements, ns, args.walkthrough)
    predictions = [int(line) for line in printed.getvalue().split()]
    np = ns["np"]
    print(json.dumps({
        "seconds": seconds,
        "median": statistics.median(seconds),
        "epochs": args.epochs,
        "test_predictions": predictions,
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "executable": sys.executable,
        "platform": platform.platform(),
    }))


if __name__ == "__main__":
    main()
