"""The teacher guide's screenshots still show what the lessons say (no browser needed).

python -m tools.screenshots takes the pictures and writes docs/screenshots/manifest.json: for
each picture the notebook cells it shows, a digest of their committed text (source and text
outputs: a Waktu line, a count, a widget's labels in its static view), the interface labels it
shows and its captions. Here the digests are recomputed from the committed notebooks, locale
files and JupyterLab pins: a lesson edited after the pictures were taken fails, naming the
picture ("retake with python -m tools.screenshots")."""
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from tools import screenshots

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_PATH = ROOT / "docs" / "screenshots" / "manifest.json"
try:
    MANIFEST = json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))["shots"]
except (OSError, ValueError, KeyError) as e:   # the first test reports it, with what to do
    MANIFEST = {}
LESSON_00 = "notebooks/id/00-mulai-di-sini.ipynb"


def _cells(notebook):
    return {c.id: c for c in nbformat.read(ROOT / notebook, as_version=4).cells}


def test_every_screenshot_matches_the_lesson_text_it_illustrates():
    problems = screenshots.stale()
    assert not problems, "stale screenshots:\n  " + "\n  ".join(problems)


def test_the_manifest_lists_every_picture_and_nothing_else():
    pngs = {p.stem for p in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert set(MANIFEST) == pngs == set(screenshots.names())


def test_the_first_steps_show_what_lesson_00_teaches():
    cells = _cells(LESSON_00)
    shown = {name: "\n".join(cells[i].source for i in MANIFEST[name]["cells"]) for name in screenshots.FIRST_STEPS}
    assert all(MANIFEST[name]["notebook"] == LESSON_00 for name in screenshots.FIRST_STEPS)
    assert "**Waktu:**" in shown["langkah-1-pelajaran-00"], "the opening shot shows the lesson's time"
    assert "setup()" in shown["langkah-2-sel-persiapan"] and "Shift+Enter" in shown["langkah-2-sel-persiapan"]
    assert "▶▶" in shown["langkah-3-bilah-alat"] and "■" in shown["langkah-3-bilah-alat"]


def test_the_labels_the_lesson_names_are_the_labels_the_shot_shows():
    """Lesson 00 tells learners to confirm ▶▶ with the button *Dimulai Lagi*: the dialog in the
    picture has that button; the toolbar picture shows the three buttons the lesson names."""
    lesson = "\n".join(c.source for c in _cells(LESSON_00).values())
    button = re.search(r"setujui dengan tombol \*\*(.+?)\*\*", lesson).group(1)
    assert button in MANIFEST["langkah-4-dimulai-lagi"]["interface"]
    assert len(MANIFEST["langkah-3-bilah-alat"]["interface"]) == 3


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_caption_teaches_a_menu_the_course_no_longer_teaches(lang):
    for name, caption in screenshots.captions(lang).items():
        for old in ("Menu Run", "Run menu", "Menu Kernel", "Kernel menu", "Run All Cells", "Menjalakan", "Demulai"):
            assert old not in caption, f"{name} ({lang}): {old!r}"


def test_a_lesson_edited_after_the_shot_names_the_stale_shot(tmp_path):
    """Break it on purpose: a copy of the repository's files with lesson 00's Waktu line changed."""
    for part in ("notebooks/id", "docs/screenshots", "jupyter-settings"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copyfile(ROOT / "requirements.txt", tmp_path / "requirements.txt")
    assert screenshots.stale(tmp_path) == []
    nb = nbformat.read(tmp_path / LESSON_00, as_version=4)
    cell = next(c for c in nb.cells if "**Waktu:**" in c.source)
    cell.source = re.sub(r"sekitar \d+ menit", "sekitar 20 menit", cell.source, count=1)
    nbformat.write(nb, tmp_path / LESSON_00)
    problems = screenshots.stale(tmp_path)
    assert [p.split(":")[0] for p in problems] == ["langkah-1-pelajaran-00"]
    assert "retake with python -m tools.screenshots" in problems[0]
    # the interface changes (another JupyterLab): every first-steps shot with labels is stale
    req = tmp_path / "requirements.txt"
    req.write_text(re.sub(r"(?m)^jupyterlab==.*$", "jupyterlab==9.9.9", req.read_text()))
    stale = {p.split(":")[0] for p in screenshots.stale(tmp_path) if "JupyterLab" in p}
    assert stale == {n for n in screenshots.FIRST_STEPS if MANIFEST[n].get("interface")}
