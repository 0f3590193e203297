"""Every lesson in a real browser: JupyterLab in Chromium runs it, every widget renders and answers.

For each notebook in notebooks/id/ and in notebooks/en/ (the English edition): open it at
lab/tree/notebooks/<id|en>/<file> (the path of the README's Binder links), wait for a connected idle kernel, Run All, then check that no cell
shows an error, stderr, "Traceback", "Error displaying widget" or "Loading widget...", that
every widget cell shows its controls, then change each kind of control of every explorer
once (the figure must change, and the time from the change in the page to the new image
decoded and shown is recorded: artifacts/browser-timings.json, "redraws"; tools/benchmark.py
reports its median), answer every quiz wrong then right (feedback and score
change), drive the lesson activities, and find the examples explorer's "nothing matches"
message. A screenshot of each lesson goes to artifacts/screenshots/. The test ids are
id/<file> and en/<file> (`-k en/` runs the English edition); the driver reads the labels
and quiz questions in the notebook's language (lab.NotebookCheck).

The last two tests prove the check can fail: a copy of lesson 00 with a broken widget
callback, and one with a cell that raises, must fail with the notebook and the cell named.
"""
import nbformat
import pytest

from tests.browser import lab

# "id/<file>", then "en/<file>": every notebook of both editions (lessons and teacher guide)
LESSONS = [f"{lang}/{p.name}" for lang in ("id", "en")
           for p in sorted((lab.REPO / "notebooks" / lang).glob("*.ipynb"))]
FIRST = "00-mulai-di-sini.ipynb"


@pytest.mark.browser
@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_and_every_widget_answers(lab_server, lab_context, screenshots, timings, name):
    report = lab.NotebookCheck(lab_server, lab_context, f"notebooks/{name}", screenshots).run()
    # keyed by file name as before (the two editions' file names differ); "lang" tells them apart
    timings[name.split("/", 1)[1]] = {**report.timings, "redraws": report.redraws, "lang": name.split("/", 1)[0]}
    print(f"{name}: {report.timings}")
    for line in report.driven + report.notes:
        print("  ", line)
    if report.console_errors:
        print(f"   browser console: {len(report.console_errors)} error(s), first: {report.console_errors[0][:200]}")
    # the driver knows the examples explorer by its filter labels in the notebook's language:
    # in the lesson that shows it, the "nothing matches" case must have been driven
    if name.split("/", 1)[1][:2] in _lessons_showing("examples.explorer") \
            and not any(d.startswith("examples explorer empty case") for d in report.driven):
        report.fail("the examples explorer's 'nothing matches' case was not driven "
                    "(its filters not recognised by their labels?)")
    report.raise_if_problems()


def _lessons_showing(entry: str) -> set[str]:
    """Lesson numbers ("06") whose notebook shows the tools.catalog entry `entry`."""
    from tools import catalog
    return {e.lesson for e in catalog.entries() if e.name == entry}


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
