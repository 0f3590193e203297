"""Every committed notebook is clean: executed top to bottom once, no errors, no widget
state, normalised by tools/notebooks.py, navigation current, skeleton present, small."""
import re

import nbformat
import pytest

from notebook_utils import all_notebooks, edition, ids, lesson_notebooks, read
from tools import navigation
from tools import notebooks as nbtool

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
ABSOLUTE_PATH = re.compile(r"(/home/|/root/|/tmp/|/work/|/Users/|[A-Za-z]:\\\\)")
NOTEBOOKS = all_notebooks()
LESSONS = lesson_notebooks()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_there_are_lessons(lang):
    numbers = [p.name[:2] for p in lesson_notebooks(lang)]
    assert numbers and numbers[0] == "00"
    assert numbers == sorted(set(numbers)), "lesson numbers repeat"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_executed_in_one_run_top_to_bottom(path):
    nb = read(path)
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert counts == list(range(1, len(counts) + 1)), f"execution counts {counts}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_no_errors_no_widget_state_no_absolute_paths(path):
    nb = read(path)
    assert "widgets" not in nb.metadata, "stored widget state"
    for number, cell in enumerate(nb.cells, start=1):
        without_urls = re.sub(r"https?://\S+", "", cell.source)
        assert not ABSOLUTE_PATH.search(without_urls), f"cell {number}: absolute path"
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", f"cell {number}: stored error {out.get('ename')}"
            assert out.get("name") != "stderr", f"cell {number}: stderr output"
            assert WIDGET_MIME not in out.get("data", {}), f"cell {number}: stored widget view"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_normalised_by_the_project_tool(path):
    assert nbtool.check(path) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_stored_as_jupyter_writes_it(path):
    """Byte for byte what nbformat's writer (and so JupyterLab's save) makes of it: lists of
    lines, sorted keys. Anything else and a learner's autosave rewrites every line, after
    which nbgitpuller's merge keeps the learner's copy of every cell (issue 24)."""
    stored = path.read_text(encoding="utf-8")
    again = nbformat.writes(nbformat.reads(stored, as_version=nbformat.NO_CONVERT),
                            version=nbformat.NO_CONVERT)
    assert again.rstrip("\n") + "\n" == stored, "not stored as Jupyter writes it: python -m tools.notebooks " + path.name


@pytest.fixture(scope="module")
def kernel_language_info():
    """What a real kernel reports about itself (JupyterLab writes it into every opened notebook)."""
    from jupyter_client.manager import start_new_kernel

    manager, client = start_new_kernel(kernel_name="python3")
    try:
        reply = client.kernel_info(reply=True, timeout=30)
        return reply["content"]["language_info"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


@pytest.mark.slow
def test_kernel_metadata_is_what_a_kernel_fills_in(kernel_language_info):
    """Opening a lesson lets the kernel fill in metadata.language_info; stored as a run left
    it, that changes nothing but, on another Python, the version line."""
    expected = {k: v for k, v in kernel_language_info.items() if k != "version"}
    for path in NOTEBOOKS:
        stored = dict(read(path).metadata.get("language_info", {}))
        assert "version" in stored, f"{path.name}: no Python version in language_info"
        stored.pop("version")
        assert stored == expected, f"{path.name}: language_info differs from a kernel's"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_size_under_one_megabyte(path):
    assert path.stat().st_size < 1_000_000


def test_navigation_and_readme_are_current(capsys):
    assert navigation.main(["--check"]) == 0, capsys.readouterr().out


def _headings(nb, e):
    """Headings without the minutes an exercise block or quiz states ('## Latihan (sekitar 5 menit)')."""
    stated = re.compile(r"\s*" + e.minutes_re().pattern + "$")
    return [stated.sub("", line.strip()) for c in nb.cells
            if c.cell_type == "markdown" for line in c.source.splitlines() if line.startswith("#")]


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_lesson_skeleton(path):
    nb = read(path)
    e = edition(path)
    w = e.words
    number = path.name[:2]
    cells = nb.cells
    assert cells[0].cell_type == "markdown" and cells[0].source.startswith(f"# {number} · ")
    assert cells[1].source.startswith(navigation.NAV_MARK), "navigation bar after the title"
    assert cells[-1].source.startswith(navigation.NAV_MARK), "navigation bar at the end"
    headings = _headings(nb, e)
    sections = [f"## {w[k]}" for k in ("objectives", "setup", "exercises", "quiz", "key_points", "sources")]
    for required in sections:
        assert required in headings, f"missing section {required}"
    order = [headings.index(h) for h in sections]
    assert order == sorted(order), "sections out of order"
    text = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    assert f"**{w['time']}:**" in text and f"**{w['prerequisites']}:**" in text
    # exactly one setup cell, right after the Persiapan text
    call = 'setup("en")' if e.lang == "en" else "setup()"
    setup_cells = [i for i, c in enumerate(cells) if c.cell_type == "code"
                   and c.source.strip() == f"from kss import setup\n{call}"]
    assert len(setup_cells) == 1, "one setup cell"
    assert f"## {w['setup']}" in cells[setup_cells[0] - 1].source
    assert setup_cells[0] == min(i for i, c in enumerate(cells) if c.cell_type == "code"), \
        "the setup cell is the first code cell"
    # exercises with folded answers; activities during the lesson, not only at the end
    latihan = next(i for i, c in enumerate(cells) if f"## {w['exercises']}" in c.source)
    exercises = "\n".join(c.source for c in cells[latihan:] if c.cell_type == "markdown")
    assert exercises.count("<details>") >= 2 and exercises.count("<details>") == exercises.count("</details>")
    before = "\n".join(c.source for c in cells[:latihan] if c.cell_type == "markdown")
    assert re.search(rf"^> \*\*{w['activity']}\b", before, flags=re.M), "an activity during the lesson"
    # the quiz of this lesson
    assert any(c.cell_type == "code" and f'lesson_quiz("{number}")' in c.source for c in cells)
    # sources: URLs
    sumber = next(c.source for c in cells if f"## {w['sources']}" in c.source)
    assert re.search(r"https?://", sumber), "Sumber lists URLs"
    meta = nb.metadata.get("kss", {})
    assert 15 <= int(meta.get("minutes", 0)) <= 45 and meta.get("summary")   # 45: one JP (test_lesson_time.py)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_widget_cells_are_executed_but_not_compared(path):
    """A cell that shows a widget carries nbval-ignore-output (nbval cannot compare widget
    outputs; everything else is compared strictly) and stores only its static view: one
    display with text/html and text/plain from kss/static.py, no widget view."""
    nb = read(path)
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        tags = cell.metadata.get("tags", [])
        if "nbval-ignore-output" in tags:
            assert len(cell.outputs) == 1, f"cell {number}: a widget cell stores one static view"
            data = cell.outputs[0].get("data", {})
            assert set(data) == {"text/html", "text/plain"}, f"cell {number}: {sorted(data)}"
            assert 'class="kss-static"' in data["text/html"], f"cell {number}: not kss's static view"


UNESCAPED_DOLLAR = re.compile(r"(?<!\\)\$")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_no_accidental_math_in_markdown(path):
    """JupyterLab, nbviewer and nbconvert typeset text between two '$' as a formula:
    'US$586 juta dan US$822 juta' would turn into garbled maths. Write money as
    'USD 586 juta' (tests/delivery/test_static_html.py checks the rendered HTML too)."""
    nb = read(path)
    for number, cell in enumerate(nb.cells, start=1):
        texts = [cell.source] if cell.cell_type == "markdown" else [
            "".join(out.get("data", {}).get("text/markdown", "")) for out in cell.get("outputs", [])]
        for text in texts:
            assert len(UNESCAPED_DOLLAR.findall(text)) < 2, f"cell {number}: write USD 1 juta, not US$1 juta"
