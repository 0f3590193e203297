"""Repeated and out-of-order runs (design: "every notebook runs top to bottom in a fresh
kernel, offline, twice in a row with the same result").

(a) Every notebook of both editions, in a fresh kernel of its own, runs top to bottom twice
    in a row: the second run must give what the first gave (text, HTML, stream text,
    errors and the PNG bytes of every figure: the course's figures are deterministic),
    and neither run may show an error. Memory addresses are sanitised as nbval does, and
    widget views are compared without their model ids (a new widget each run). This runs
    in the learner environment (tests/delivery/test_wheel.py, with notebook_utils.differences,
    whose own test is here); nbval checks a first run against the stored outputs.
(b) Every lesson cell imports what it uses, so cells run in any order. A learner's own cell
    that uses a name no cell defined shows the Indonesian hint of kss.setup.hint_for above
    a one-line NameError, not a traceback wall. Three situations a learner meets:
      1. the setup cell ran, the cell defining the name did not (works);
      2. the kernel was restarted, another lesson cell ran (it imports kss), not the setup cell;
      3. the kernel was restarted and this is the first cell run.
    2 is covered because importing kss installs the hint (kss/__init__.py); 3 because
    every kernel of the course's environment loads the IPython extension kss.hints
    (written by `python -m kss.hints install` in `make setup` and Binder's postBuild).
"""
from __future__ import annotations

import ast
import builtins

import nbformat
import pytest

from notebook_utils import NOTEBOOK_DIR, differences, lesson_notebooks, read

pytestmark = pytest.mark.slow

LESSONS = lesson_notebooks()
SETUP_SOURCE = "from kss import setup\nsetup()"


def _client(nb, folder=NOTEBOOK_DIR / "id", **kwargs):
    from nbclient import NotebookClient
    return NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True, shutdown_kernel="immediate",
                          resources={"metadata": {"path": str(folder)}}, **kwargs)


def test_differences_names_the_cell_and_what_changed():
    png = {"image/png": "AAAA"}
    first = [("from kss import x\nx.figure()", [("display_data", png)])]
    assert differences(first, first) == []
    changed = [("from kss import x\nx.figure()", [("display_data", {"image/png": "BBBB"})])]
    assert differences(first, changed) == ["code cell 1 ('from kss import x'): the second run differs "
                                           "from the first (image/png)"]
    failed = [("x", [("error", "NameError", "name 'x' is not defined")])]
    assert "NameError" in differences(failed, failed)[0]


# ---------------------------------------------------------------- (b) the NameError hint

def _names_used_from_earlier_cells(source: str) -> set[str]:
    """Names a cell reads but neither imports nor assigns (builtins excepted)."""
    tree = ast.parse(source)
    defined, used = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            defined.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Name):
            (defined if isinstance(node.ctx, ast.Store) else used).add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
    return used - defined - set(dir(builtins)) - {"display", "get_ipython", "In", "Out"}


def dependent_cells():
    """(lesson, cell source, missing name) for every lesson cell that needs an earlier cell."""
    found = []
    for path in LESSONS:
        for cell in read(path).cells:
            if cell.cell_type == "code":
                names = _names_used_from_earlier_cells(cell.source)
                if names:
                    found.append((path.name, cell.source, sorted(names)[0]))
    return found


# Every lesson cell imports what it uses, so cells run in any order (checked below). The hint
# is for what a learner types: a name no cell defines, as in a learner's own cell.
LEARNER_CELL = ("peta_saya.show()", "peta_saya")
LESSON_FOR_CONTEXT = LESSONS[0].name


def _hint(name: str) -> str:
    from kss.labels import t
    return t("setup.hint_name", name=name)


def _run_source(client, source: str):
    cell = nbformat.v4.new_code_cell(source)
    client.nb.cells.append(cell)
    client.execute_cell(cell, len(client.nb.cells) - 1)
    return cell.outputs


def _check_hint(outputs, name: str) -> None:
    text = "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")
    errors = [o for o in outputs if o["output_type"] == "error"]
    assert errors and errors[0]["ename"] == "NameError", outputs
    assert _hint(name) in text, f"no Indonesian hint above the NameError; outputs: {text!r}"
    # the short form: one line, not a traceback wall
    assert len(errors[0]["traceback"]) <= 2, errors[0]["traceback"]


def test_every_lesson_cell_runs_on_its_own():
    """A cell that needs a name from an earlier cell fails when a learner runs cells out of
    order; the lessons have none (each cell imports what it uses)."""
    found = dependent_cells()
    assert not found, "lesson cells that need an earlier cell: " + "; ".join(
        f"{lesson}: {source[:50]!r} uses {name}" for lesson, source, name in found)


def test_the_dependency_check_finds_a_name_from_an_earlier_cell():
    assert _names_used_from_earlier_cells("from kss import timeline\ntimeline.explorer(tabel)") == {"tabel"}
    assert _names_used_from_earlier_cells("from kss import setup\nsetup()") == set()


@pytest.fixture(scope="module")
def out_of_order():
    """One fresh kernel: the learner's cell first (3), then after a lesson's kss cell (2),
    then after the setup cell (1). Returns the outputs of each stage."""
    lesson = LESSON_FOR_CONTEXT
    source, name = LEARNER_CELL
    other = next(c.source for c in read(NOTEBOOK_DIR / "id" / lesson).cells
                 if c.cell_type == "code" and "from kss import" in c.source
                 and c.source.strip() != SETUP_SOURCE and not _names_used_from_earlier_cells(c.source)
                 and name not in c.source)
    client = _client(nbformat.v4.new_notebook())
    stages = {}
    with client.setup_kernel():
        stages["first"] = _run_source(client, source)
        _run_source(client, other)
        stages["after_other_kss_cell"] = _run_source(client, source)
        _run_source(client, SETUP_SOURCE)
        stages["after_setup"] = _run_source(client, source)
    return name, stages


def test_hint_when_the_setup_cell_ran(out_of_order):
    name, stages = out_of_order
    _check_hint(stages["after_setup"], name)


def test_hint_after_a_restart_when_another_lesson_cell_ran(out_of_order):
    name, stages = out_of_order
    _check_hint(stages["after_other_kss_cell"], name)


def test_hint_when_it_is_the_first_cell_run(out_of_order):
    name, stages = out_of_order
    _check_hint(stages["first"], name)


def test_hint_from_the_first_cell_with_the_kss_hints_extension(tmp_path, monkeypatch):
    """The proposed fix: the kernel config written by `python -m kss.hints install`."""
    from kss import hints

    source, name = LEARNER_CELL
    profile = tmp_path / "ipython" / "profile_default"
    profile.mkdir(parents=True)
    (profile / "ipython_kernel_config.py").write_text(hints.KERNEL_CONFIG, encoding="utf-8")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    client = _client(nbformat.v4.new_notebook())
    with client.setup_kernel():
        outputs = _run_source(client, source)
    _check_hint(outputs, name)
