#!/usr/bin/python3
"""Turn the walkthrough's code back into the Python notebook it came from, to run it under Jupyter.

    /usr/bin/python3 make_walkthrough_notebook.py OUT.ipynb [--walkthrough PATH]

The walkthrough (original_walkthrough.py, see ../../../../shared/reference) is the code of a notebook
with three notebook-isms written as plain Python; here they are put back: `%%time` on the training
cell, `%matplotlib inline` for the weights' picture (no savefig), and the shapes as the cells' values.
A new cell starts at each top-level line after a blank line, as the walkthrough's cells do. Nothing
else is changed: the code Jupyter runs is the walkthrough's own.
"""

import argparse
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_WALKTHROUGH = os.path.normpath(os.path.join(
    HERE, "..", "..", "..", "..", "shared", "reference", "original_walkthrough.py"))


def cells_of(code):
    """The walkthrough's cells: a new one at each top-level line that follows a blank line."""
    cells, current = [], []
    lines = code.splitlines()
    for i, line in enumerate(lines):
        starts_cell = line and not line[0].isspace() and i > 0 and lines[i - 1] == ""
        if starts_cell and any(l.strip() and not l.startswith("#") for l in current):
            cells.append(current)
            current = []
        current.append(line)
    cells.append(current)
    return ["\n".join(c).strip("\n") for c in cells if any(l.strip() for l in c)]


def as_notebook_cell(code):
    """Puts back the notebook-isms the plain-Python reconstruction wrote out."""
    if "_t0 = time.perf_counter()" in code:  # the %%time cell
        return "%%time\n" + re.search(r"^train\(.*\)$", code, re.M).group(0)
    code = code.replace('import matplotlib\nmatplotlib.use("Agg")\n', "").replace("# %matplotlib inline", "%matplotlib inline")
    code = re.sub(r'\nplt\.savefig\(.*\)', "", code)
    return re.sub(r"^print\((np\.array\(\w+\)\.shape)\)$", r"\1", code, flags=re.M)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--walkthrough", default=DEFAULT_WALKTHROUGH)
    args = parser.parse_args()
    with open(args.walkthrough, encoding="utf-8") as f:
        code = f.read()
    code = code[code.index("# Importing libs"):]  # the reconstruction's own header is not the walkthrough's
    cells = []
    for i, source in enumerate(cells_of(code)):
        source = as_notebook_cell(source)
        # one cell may end with two top-level statements that were one notebook cell each: keep as is
        cells.append({"cell_type": "code", "execution_count": None, "id": f"cell-{i + 1}", "metadata": {},
                      "outputs": [], "source": source.splitlines(keepends=True)})
    notebook = {"cells": cells, "nbformat": 4, "nbformat_minor": 5, "metadata": {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"}}}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(notebook, f, indent=1)
        f.write("\n")
    print(f"{args.out}: {len(cells)} cells from {args.walkthrough}")


if __name__ == "__main__":
    main()
