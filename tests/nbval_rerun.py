"""nbval runs every notebook twice in its kernel: a learner often runs a lesson again
without restarting (Run All once more, or a cell twice), and the second run must look
like the first.

nbval collects one item per code cell ("Cell 3") and runs them in order in one kernel
per notebook. This plugin adds, right after a notebook's cells, a second item for every
code cell ("Cell 3 · run 2") that runs in the same kernel before nbval stops it. Each
second run must
- pass nbval's own check: its outputs equal the stored ones (text, HTML, errors; nbval
  sanitises them with nbval-sanitize.cfg and does not compare images), and
- equal the first run byte for byte where nbval does not look: the PNG of every figure
  (the course's figures are deterministic) and the HTML, memory addresses and widget
  model ids aside.

One kernel per notebook, as JupyterLab gives each open lesson its own kernel. (Before,
tests/test_reruns.py ran every lesson twice in a separate kernel: 18 more Run Alls
than this.) Loaded from the root conftest.py.

The second run is made in the Indonesian edition (the source, notebooks/id/) only. An
English notebook has the same code cells as its Indonesian twin, setup("en") aside
(tests/test_editions.py checks it), and what a second run can change is state the code
keeps in the kernel (kept layouts and pixels, caches, widgets already shown), which is
the same in either language: within one kernel the language does not change. So the
English notebooks run once, strict, against their own stored outputs; this saves ten
Run Alls (about 6.5 s of the suite's CPU).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from nbval.plugin import IPyNbCell, IPyNbFile

RUN2 = " · run 2"
SOURCE_EDITION = "id"     # kss.editions.ID: the edition the other is translated from
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,16}")       # as nbval-sanitize.cfg
MODEL_ID = re.compile(r"model_id='[0-9a-f]{32}'")
COMPARED = ("text/plain", "text/html", "image/png", "text/markdown", "text/latex", "image/svg+xml")


def normalise(outputs) -> list:
    """What is compared between two runs of a cell (widget-view references left out:
    a widget gets a new model id each run)."""
    result = []
    for out in outputs or []:
        kind = out["output_type"]
        if kind == "stream":
            result.append(("stream", out["name"], ADDRESS.sub("0xADDRESS", out["text"])))
        elif kind == "error":
            result.append(("error", out["ename"], out["evalue"]))
        else:
            data = out.get("data", {})
            result.append((kind, {mime: MODEL_ID.sub("model_id=…", ADDRESS.sub("0xADDRESS", value))
                                  if isinstance(value, str) else json.dumps(value, sort_keys=True)
                                  for mime, value in data.items() if mime in COMPARED}))
    return result


def differences(first, second) -> list[str]:
    """Human-readable differences between two runs' outputs ([] if none)."""
    a, b = normalise(first), normalise(second)
    if a == b:
        return []
    if len(a) != len(b):
        return [f"{len(a)} outputs in the first run, {len(b)} in the second"]
    found = []
    for number, (x, y) in enumerate(zip(a, b), start=1):
        if x == y:
            continue
        if x[0] != y[0] or not isinstance(x[1], dict):
            found.append(f"output {number}: {x[:2]!r} then {y[:2]!r}")
            continue
        for mime in sorted(set(x[1]) | set(y[1])):
            if x[1].get(mime) != y[1].get(mime):
                found.append(f"output {number}: {mime} differs")
    return found


class SecondRun(IPyNbCell):
    """A code cell run a second time in its notebook's kernel (after the whole notebook)."""

    def __init__(self, *args, first: IPyNbCell, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = first

    def runtest(self):
        if self.first.test_outputs is None:
            pytest.skip("the first run of this cell did not run")
        super().runtest()   # runs the cell again; nbval compares with the stored outputs
        problems = differences(self.first.test_outputs, self.test_outputs)
        if problems:
            self.raise_cell_error("the second run differs from the first", "\n".join(problems))


def runs_twice(notebook: IPyNbFile) -> bool:
    """A notebook of the source edition (notebooks/id/; see the module docstring)."""
    return Path(str(notebook.path)).parent.name == SOURCE_EDITION


def with_second_runs(items: list) -> list:
    """items, with each notebook's second-run items inserted right after its cells."""
    result = []
    for index, item in enumerate(items):
        result.append(item)
        parent = getattr(item, "parent", None)
        if not isinstance(item, IPyNbCell) or not isinstance(parent, IPyNbFile) or not runs_twice(parent):
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and getattr(following, "parent", None) is parent:
            continue   # not the notebook's last cell yet
        cells = [i for i in items if isinstance(i, IPyNbCell) and i.parent is parent]
        for first in cells:
            result.append(SecondRun.from_parent(parent, name=first.name + RUN2, cell_num=first.cell_num,
                                                cell=first.cell, options=first.options, first=first))
    return result


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    items[:] = with_second_runs(items)
