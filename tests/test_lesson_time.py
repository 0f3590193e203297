"""Every lesson's core path fits one 45-minute JP for a class of 36 in a school lab, and every
place that states a lesson's time agrees with it (tools/lesson_time.py; the model is stated
in the teacher guide).

The model is checked on small notebooks whose minutes are worked out by hand below (from
the rule as the teacher guide states it), then applied to every lesson.
"""
import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from kss import data
from tests.notebook_utils import NOTEBOOK_DIR, ids, lesson_notebooks, read
from tools import lesson_time

LESSONS = lesson_notebooks()
GUIDE = NOTEBOOK_DIR / "id" / "panduan-guru.ipynb"
LIMIT = 45
WPM = 110   # the teacher guide states it; data/facts.csv 'reading-rate' backs it


def _lesson(tmp_path, cells, minutes=None, name="03-uji.ipynb"):
    nb = new_notebook(cells=cells)
    if minutes is not None:
        nb.metadata["kss"] = {"minutes": minutes, "summary": "uji"}
    path = tmp_path / name
    nbformat.write(nb, path)
    return path


def _shown(html):
    cell = new_code_cell("from kss import contoh\ncontoh.explorer()")
    cell.outputs = [new_output("display_data", data={"text/html": html, "text/plain": "x"}),
                    new_output("stream", name="stdout", text="Siap! Dua tabel.")]
    return cell


STATIC = ('<div class="kss-static"><p class="kss-static-note"><em>jalankan sel ini untuk mencobanya</em></p>'
          '<p>Kartu satu dua tiga.</p><p class="kss-static-control"><b>Negara</b> Pilihan: a; b; c</p>'
          '<details><summary>Lipat</summary>kata yang terlipat</details>'
          '<div class="kss-feedback kss-feedback-right">Benar sekali</div>'
          '<img src="data:," alt="gambar dengan deskripsi panjang"></div>')


# ---------------------------------------------------------------- the model, by hand

def test_reading_counts_markdown_and_what_code_cells_show(tmp_path):
    path = _lesson(tmp_path, [
        new_markdown_cell("# 03 · Uji dua"),                                                  # 3 words
        new_markdown_cell("<!--NAVIGASI-->\n[< Sebelumnya](x.ipynb) | Daftar isi"),          # not read
        new_markdown_cell("## Tujuan pembelajaran\n**Waktu:** sekitar 9 menit."),             # 6
        _shown(STATIC),                                # "Kartu satu dua tiga." 4 + "Siap! Dua tabel." 3
        new_markdown_cell("## Poin kunci\n- Selatan-Selatan 1.000 orang.\n"
                          "<details><summary>Singkatan</summary>KSS, PBB</details>"),         # 5
        new_markdown_cell("## Pengayaan (opsional)\nBoleh dilewati."),
        new_markdown_cell("kata " * 400),
        new_markdown_cell("## Sumber\n- Penerbit, *Judul* (2020). https://x.org [pers]"),
    ])
    result = lesson_time.measure(path)
    assert (result.markdown_words, result.output_words) == (3 + 6 + 5, 4 + 3)
    assert result.reading_minutes == 1 and len(result.pengayaan_ids) == 2   # the heading and the long cell


def test_activities_get_the_time_a_class_of_36_needs_around_them(tmp_path):
    path = _lesson(tmp_path, [
        new_markdown_cell("## Tujuan pembelajaran\n**Waktu:** sekitar 9 menit."),
        new_markdown_cell("> **Aktivitas (berpasangan, sekitar 10 menit):** Baca peta ini."),  # 10 + 2 + 3 = 15
        new_markdown_cell("> **Aktivitas (kelompok, sekitar 6 menit):** Bahas."),              # 6 + 4 + 4 = 14
        new_markdown_cell("> **Presentasi (4 kelompok × 2 menit):** Lapor."),                 # 8 + 1 + 4 × ½ = 11
        new_markdown_cell("## Latihan (sekitar 4 menit)\n1. Soal satu?"),                     # 4 + 3 = 7
        new_markdown_cell("## Kuis singkat (sekitar 5 menit)"),                               # 5 + 1 = 6
    ], minutes=9)
    result = lesson_time.measure(path)
    assert [a.total for a in result.activities] == [15, 14, 11, 7, 6]
    assert result.activity_minutes == 53 and result.setup_minutes == 7
    assert result.core == 7 + 1 + 53
    problems = result.problems()
    assert any("over 45" in p for p in problems)
    assert any("metadata minutes 9" in p for p in problems) and any("Waktu line says 9" in p for p in problems)


def test_lesson_00_pays_the_first_setup_and_english_kinds_are_read(tmp_path):
    (tmp_path / "en").mkdir()
    path = _lesson(tmp_path / "en", [
        new_markdown_cell("## Learning objectives\n**Time:** about 25 minutes."),
        new_markdown_cell("> **Activity (whole class, about 5 minutes):** Talk."),            # 5 + 1 + 0 = 6
        new_markdown_cell("> **Activity (individual, about 3 minutes):** Try."),              # 3 + 2 + 2 = 7
    ], name="00-test.ipynb")
    result = lesson_time.measure(path)
    assert [a.kind for a in result.activities] == ["class", "individual"]
    assert (result.setup_minutes, result.activity_minutes) == (15, 13)


def test_what_a_label_must_say(tmp_path, capsys):
    path = _lesson(tmp_path, [
        new_markdown_cell("## Tujuan pembelajaran\n**Waktu:** sekitar 50 menit."),
        new_markdown_cell("> **Aktivitas (sekitar 5 menit):** Diskusikan."),        # no way of working
        new_markdown_cell("> **Aktivitas (berpasangan):** Diskusikan."),            # no minutes
        new_markdown_cell("## Latihan"),                                             # no minutes
        new_code_cell('from kss.quiz import lesson_quiz\nlesson_quiz("05")'),
        new_markdown_cell("## Kuis singkat (sekitar 1 menit)"),                      # too short for its questions
    ], minutes=50, name="05-uji.ipynb")
    problems = lesson_time.measure(path).problems()
    assert sum("names no way of working" in p for p in problems) == 1
    assert sum("states no minutes" in p for p in problems) == 2
    assert sum("per question" in p for p in problems) == 1
    assert lesson_time.main(["--check", str(path)]) == 1
    assert "PROBLEM" in capsys.readouterr().out


def test_write_sets_metadata_and_the_waktu_line(tmp_path):
    path = _lesson(tmp_path, [
        new_markdown_cell("## Tujuan pembelajaran\n- satu.\n\n**Waktu:** sekitar 99 menit.\n\n**Prasyarat:** tidak ada."),
        new_markdown_cell("> **Aktivitas (mandiri, sekitar 6 menit):** Coba."),      # 6 + 4 = 10
        new_markdown_cell("## Latihan (sekitar 4 menit)\n1. Soal?"),                 # 4 + 3 = 7
    ], minutes=99)
    assert lesson_time.main(["--write", str(path)]) == 0
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kss"]["minutes"] == 25                     # 7 + 1 reading + 17
    assert nb.metadata["kss"]["time"] == {"setup": 7, "reading": 1, "activities": 17,
                                          "words": lesson_time.measure(path).words}
    assert "**Waktu:** sekitar 25 menit untuk jalur inti: 7 menit persiapan, 1 menit membaca, " \
           "17 menit aktivitas" in nb.cells[0].source
    assert "**Prasyarat:** tidak ada." in nb.cells[0].source
    assert lesson_time.measure(path).problems() == []


def test_a_missing_file_is_named(tmp_path, capsys):
    assert lesson_time.main(["--check", str(tmp_path / "99-tidak-ada.ipynb")]) == 2
    assert "no such notebook" in capsys.readouterr().out


# ---------------------------------------------------------------- every lesson

@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_core_path_fits_one_jp_and_every_stated_time_agrees(path):
    result = lesson_time.measure(path)
    assert result.problems() == []
    assert result.core <= LIMIT
    assert read(path).metadata["kss"]["time"] == result.breakdown()
    assert any(a.what == "exercises" for a in result.activities) and any(a.what == "quiz" for a in result.activities)


@pytest.mark.parametrize("path", [p for p in LESSONS if p.parent.name == "en"],
                         ids=ids([p for p in LESSONS if p.parent.name == "en"]))
def test_an_english_lesson_states_the_minutes_of_its_indonesian_twin(path):
    twin = next((NOTEBOOK_DIR / "id").glob(f"{path.name[:2]}-*.ipynb"))
    mine, source = lesson_time.measure(path), lesson_time.measure(twin)
    assert [(a.what, a.kind, a.minutes, a.groups) for a in mine.activities] == \
           [(a.what, a.kind, a.minutes, a.groups) for a in source.activities]
    assert mine.core == source.core


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_pengayaan_sits_after_poin_kunci_and_before_sumber_and_says_it_is_optional(path):
    words = {"id": ("## Pengayaan (opsional)", "## Poin kunci", "## Sumber", "boleh dilewati"),
             "en": ("## Going further (optional)", "## Key points", "## Sources", "you can skip it")}
    extra, key_points, sources, skippable = words[path.parent.name]
    nb = read(path)
    firsts = [c.source.split("\n", 1)[0].strip() for c in nb.cells if c.cell_type == "markdown"]
    if extra not in firsts:
        return
    assert firsts.count(extra) == 1
    at = firsts.index(extra)
    assert firsts[at - 1] == key_points
    assert [f for f in firsts[at + 1:] if f.startswith(sources)], "Sumber after Pengayaan"
    intro = next(c.source for c in nb.cells if c.source.startswith(extra))
    assert skippable in intro, "one sentence telling the learner the part is optional"


def test_the_reading_rate_is_sourced_and_stated_to_teachers():
    assert lesson_time.WORDS_PER_MINUTE == WPM
    fact = data.load("facts").set_index("fact_id").loc["reading-rate"]
    assert all(source in fact["sources"] for source in lesson_time.READING_SOURCES)
    assert f"{WPM} kata per menit" in fact["text_id"] and f"{WPM} words per minute" in fact["text_en"]
    guide = "\n".join(c.source for c in read(GUIDE).cells if c.cell_type == "markdown")
    assert f"**{WPM} kata per menit**" in guide and lesson_time.READING_SOURCE in guide
    english = "\n".join(c.source for c in read(NOTEBOOK_DIR / "en" / "teacher-guide.ipynb").cells
                        if c.cell_type == "markdown")
    assert f"**{WPM} words per minute**" in english and lesson_time.READING_SOURCE in english


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_shows_the_computed_minutes(lang):
    """The guide's lesson table (read from the lessons' metadata when the guide ran) shows
    the computed minutes: re-execute the guide after `python -m tools.lesson_time --write`."""
    guide = {"id": GUIDE, "en": NOTEBOOK_DIR / "en" / "teacher-guide.ipynb"}[lang]
    unit = {"id": "menit", "en": "minutes"}[lang]
    table = next("".join(o.get("data", {}).get("text/markdown", "")) for c in read(guide).cells
                 if c.cell_type == "code" and "guide.lesson_table()" in c.source for o in c.outputs)
    for path in [p for p in LESSONS if p.parent.name == lang]:
        minutes = lesson_time.measure(path).core
        assert re.search(rf"^\| {path.name[:2]} \| .*\| {minutes} {unit} \|", table, flags=re.M), path.name
