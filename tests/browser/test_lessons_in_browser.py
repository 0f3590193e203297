"""Every lesson in a real browser: JupyterLab in Chromium runs it, every widget renders and answers.

For each notebook in notebooks/id/: open it at lab/tree/notebooks/id/<file> (the path of the
README's Binder links), wait for a connected idle kernel, Run All, then check that no cell
shows an error, stderr, "Traceback", "Error displaying widget" or "Loading widget...", that
every widget cell shows its controls, then change each kind of control of every explorer
once (the figure must change, and the time from the change in the page to the new image
decoded and shown is recorded: artifacts/browser-timings.json, "redraws"; tools/benchmark.py
reports its median), answer every quiz wrong then right (feedback and score
change), drive the lesson activities, and find the examples explorer's "nothing matches"
message. A screenshot of each lesson goes to artifacts/screenshots/.

The last two tests prove the check can fail: a copy of lesson 00 with a broken widget
callback, and one with a cell that raises, must fail with the notebook and the cell named.
"""
import nbformat
import pytest

import lab

LESSONS = sorted(p.name for p in (lab.REPO / "notebooks" / "id").glob("*.ipynb"))
FIRST = "00-mulai-di-sini.ipynb"


@pytest.mark.browser
@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_and_every_widget_answers(lab_server, lab_context, screenshots, timings, name):
    report = lab.NotebookCheck(lab_server, lab_context, f"notebooks/id/{name}", screenshots).run()
    timings[name] = {**report.timings, "redraws": report.redraws}
    print(f"{name}: {report.timings}")
    for line in report.driven + report.notes:
        print("  ", line)
    if report.console_errors:
        print(f"   browser console: {len(report.console_errors)} error(s), first: {report.console_errors[0][:200]}")
    report.raise_if_problems()


def _served_copy_with_cell(server, new_name: str, source: str) -> tuple[str, int]:
    """A copy of lesson 00 in the served folder (never in the repository) with one cell appended."""
    nb = nbformat.read(server.root / "notebooks" / "id" / FIRST, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(source))
    nbformat.write(nb, server.root / "notebooks" / "id" / new_name)
    return f"notebooks/id/{new_name}", len(nb.cells)


@pytest.mark.browser
def test_a_broken_widget_callback_fails_naming_notebook_and_cell(lab_server, lab_context):
    name = "00-mulai-di-sini-callback-rusak.ipynb"
    path, cell = _served_copy_with_cell(lab_server, name, (
        "from kss import intro\n"
        "e = intro.first_widget()\n"
        "e.draw = lambda **k: 1/0\n"
        "e"))
    with pytest.raises(AssertionError) as failure:
        lab.NotebookCheck(lab_server, lab_context, path).run().raise_if_problems()
    message = str(failure.value)
    print(message)
    assert f"{name}, cell {cell} (" in message
    assert "ZeroDivisionError" in message
    assert f"cell {cell - 1} (" not in message, "only the broken cell may be reported"


@pytest.mark.browser
def test_a_cell_that_raises_fails_naming_notebook_and_cell(lab_server, lab_context):
    name = "00-mulai-di-sini-sel-error.ipynb"
    path, cell = _served_copy_with_cell(lab_server, name, 'raise ValueError("sel ini rusak dengan sengaja")')
    with pytest.raises(AssertionError) as failure:
        lab.NotebookCheck(lab_server, lab_context, path).run().raise_if_problems()
    message = str(failure.value)
    print(message)
    assert f"{name}, cell {cell} (" in message
    assert "ValueError" in message and "sel ini rusak dengan sengaja" in message
