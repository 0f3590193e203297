"""Every lesson's core path fits one 45-minute JP, and every place that states a lesson's time
agrees with it (tools/lesson_time.py; the rule is stated in the teacher guide).

The rule is recomputed here from the notebooks with its own short code, so a wrong value
written by the tool (or by hand) fails; the tool's functions are checked on small
notebooks whose counts are worked out by hand.
"""
import math
import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from kss import data
from notebook_utils import NOTEBOOK_DIR, ids, lesson_notebooks, read  # puts tools/ on sys.path
from tools import lesson_time

LESSONS = lesson_notebooks()
GUIDE = NOTEBOOK_DIR / "id" / "panduan-guru.ipynb"
START_UP, LIMIT = 5, 45
WPM = 150                      # the teacher guide states it; data/facts.csv 'reading-rate' backs it
WORD = re.compile(r"[^\W_]+(?:[-–.,'’/][^\W_]+)*")
# each edition's words, written out again here (not read from kss/editions.py)
WORDS = {
    "id": {"extra": "## Pengayaan (opsional)", "sources": "## Sumber", "activity": "Aktivitas",
           "blocks": "Latihan|Kuis singkat", "exercises": "Latihan", "quiz": "Kuis",
           "minutes": r"(\d+)\s*menit", "widget": r"^Jalankan sel berikut[^\n]*?\(sekitar (\d+) menit\)",
           "stated": r"\s*\(sekitar \d+ menit\)$", "objectives": "## Tujuan pembelajaran",
           "time": r"^\*\*Waktu:\*\* sekitar (\d+) menit[^\n]*?(\d+) menit persiapan, (\d+) menit membaca, "
                   r"(\d+) menit aktivitas", "key_points": "## Poin kunci", "skippable": "boleh dilewati"},
    "en": {"extra": "## Going further (optional)", "sources": "## Sources", "activity": "Activity",
           "blocks": "Exercises|Quick quiz", "exercises": "Exercises", "quiz": "Quick quiz",
           "minutes": r"(\d+)\s*minutes?", "widget": r"^Run the next cell[^\n]*?\(about (\d+) minutes?\)",
           "stated": r"\s*\(about \d+ minutes?\)$", "objectives": "## Learning objectives",
           "time": r"^\*\*Time:\*\* about (\d+) minutes[^\n]*?(\d+) minutes to get started, (\d+) minutes of "
                   r"reading, (\d+) minutes of activities", "key_points": "## Key points",
           "skippable": "you can skip it"},
}


def words_of(path):
    return WORDS[path.parent.name]


def twin(path):
    """The Indonesian lesson with the same number (an English lesson takes its reading time)."""
    return next((NOTEBOOK_DIR / "id").glob(f"{path.name[:2]}-*.ipynb"))


# ---------------------------------------------------------------- the rule, written again

def core_and_extra(nb, w=WORDS["id"]):
    core, extra, seen_extra, in_sumber = [], [], False, False
    for cell in nb.cells:
        first = cell.source.lstrip().split("\n", 1)[0].strip() if cell.cell_type == "markdown" else ""
        if first.startswith("<!--NAVIGASI-->"):
            continue
        if first == w["extra"] and not seen_extra:
            seen_extra = True
        if first.startswith("## "):
            in_sumber = first.startswith(w["sources"])
        if in_sumber:
            continue
        (extra if seen_extra else core).append(cell)
    return core, extra


def plain(text):
    text = re.sub(r"<details>.*?</details>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"https?://\S+", " ", text)


def labels(text, w=WORDS["id"]):
    """Activity, Latihan and Kuis labels of a markdown text."""
    text = plain(text)
    found = [m.group(1) for m in re.finditer(rf"^> *\*\*({w['activity']}[^*\n]*)\*\*", text, flags=re.M)]
    found += [m.group(1) for m in re.finditer(rf"^#{{2,4}} +((?:{w['blocks']})\b.*?)\s*$", text, flags=re.M)]
    return found


def minutes_of(label, w=WORDS["id"]):
    match = re.search(w["minutes"], label)
    return int(match.group(1)) if match else None


def recompute(path):
    w = words_of(path)
    core, extra = core_and_extra(read(path), w)
    markdown = [c.source for c in core if c.cell_type == "markdown"]
    words = sum(len(WORD.findall(plain(text))) for text in markdown)
    found = [label for text in markdown for label in labels(text, w)]
    widgets = [int(m) for text in markdown for m in re.findall(w["widget"], plain(text), flags=re.M)]
    activity = sum(minutes_of(label, w) or 0 for label in found) + sum(widgets)
    reading = math.ceil(words / WPM) if path.parent.name == "id" else recompute(twin(path))["reading"]
    return {"words": words, "reading": reading, "activity": activity,
            "core": START_UP + reading + activity, "labels": found, "extra": extra,
            "core_cells": core}


# ---------------------------------------------------------------- every lesson

@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_every_activity_exercise_block_and_quiz_of_the_core_states_minutes(path):
    w = words_of(path)
    found = recompute(path)["labels"]
    assert any(label.startswith(w["exercises"]) for label in found) and any(l.startswith(w["quiz"]) for l in found)
    missing = [label for label in found if minutes_of(label, w) is None]
    assert not missing, f"state the minutes, e.g. '> **Aktivitas (sekitar 5 menit):**': {missing}"


@pytest.mark.parametrize("path", [p for p in LESSONS if p.parent.name == "en"],
                         ids=ids([p for p in LESSONS if p.parent.name == "en"]))
def test_an_english_lesson_has_the_activities_and_minutes_of_its_indonesian_twin(path):
    mine, source = recompute(path), recompute(twin(path))
    assert [minutes_of(x, WORDS["en"]) for x in mine["labels"]] == \
           [minutes_of(x, WORDS["id"]) for x in source["labels"]], (mine["labels"], source["labels"])
    assert mine["core"] == source["core"]


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_core_path_fits_one_jp_and_every_stated_time_agrees(path):
    w = words_of(path)
    result = recompute(path)
    nb = read(path)
    assert result["core"] <= LIMIT, (f"core path {result['core']} min (5 + {result['reading']} reading + "
                                     f"{result['activity']} activity): move what does not fit into "
                                     f"'{w['extra']}'")
    assert nb.metadata["kss"]["minutes"] == result["core"], "run: python -m tools.lesson_time --write"
    objectives = next(c.source for c in nb.cells if c.source.startswith(w["objectives"]))
    waktu = re.search(w["time"], objectives, flags=re.M)
    assert waktu, "the Waktu line names core, persiapan, membaca and aktivitas minutes"
    assert tuple(int(g) for g in waktu.groups()) == (result["core"], START_UP, result["reading"],
                                                     result["activity"])


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_pengayaan_sits_after_poin_kunci_and_before_sumber_and_says_it_is_optional(path):
    w = words_of(path)
    nb = read(path)
    firsts = [c.source.split("\n", 1)[0].strip() for c in nb.cells if c.cell_type == "markdown"]
    if w["extra"] not in firsts:
        return
    assert firsts.count(w["extra"]) == 1
    at = firsts.index(w["extra"])
    assert firsts[at - 1] == w["key_points"]
    assert [f for f in firsts[at + 1:] if f.startswith(w["sources"])], "Sumber after Pengayaan"
    intro = next(c.source for c in nb.cells if c.source.startswith(w["extra"]))
    assert w["skippable"] in intro, "one sentence telling the learner the part is optional"
    extra = recompute(path)["extra"]
    assert len(extra) > 1, "a Pengayaan section holds what was moved out of the core"


def test_the_tool_agrees_with_the_recomputation():
    for path in LESSONS:
        mine, tool = recompute(path), lesson_time.measure(path)
        assert (tool.words, tool.reading_minutes, tool.activity_minutes, tool.core) == \
               (mine["words"], mine["reading"], mine["activity"], mine["core"]), path.name
        assert tool.problems() == []
    assert lesson_time.main(["--check"]) == 0


def test_the_reading_rate_is_sourced():
    assert lesson_time.WORDS_PER_MINUTE == WPM
    fact = data.load("facts").set_index("fact_id").loc["reading-rate"]
    assert lesson_time.READING_SOURCE in fact["sources"] and f"{WPM} kata per menit" in fact["text_id"]
    guide = "\n".join(c.source for c in read(GUIDE).cells if c.cell_type == "markdown")
    assert f"**{WPM} kata per menit**" in guide and lesson_time.READING_SOURCE in guide
    english = "\n".join(c.source for c in read(NOTEBOOK_DIR / "en" / "teacher-guide.ipynb").cells
                        if c.cell_type == "markdown")
    assert f"**{WPM} words per minute**" in english and lesson_time.READING_SOURCE in english
    assert "reading time measured on its Indonesian text" in english   # same_reading_time, said to teachers


# ---------------------------------------------------------------- the teacher guide

GUIDES = {"id": GUIDE, "en": NOTEBOOK_DIR / "en" / "teacher-guide.ipynb"}
PLAN_HEADINGS = {"id": ("## Rencana unit", {"## Rencana unit 2 × 45 menit", "## Rencana unit 4 × 45 menit"}),
                 "en": ("## Unit plan", {"## Unit plan: 2 × 45 minutes", "## Unit plan: 4 × 45 minutes"})}


def _plan_rows(lang="id"):
    """[(plan title, meeting, start, end, lesson, [sections])] from the guide's two plan tables."""
    rows = []
    for cell in read(GUIDES[lang]).cells:
        if cell.cell_type != "markdown" or not cell.source.startswith(PLAN_HEADINGS[lang][0]):
            continue
        title = cell.source.split("\n", 1)[0]
        for line in cell.source.splitlines():
            cols = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cols) == 5 and re.fullmatch(r"\d+", cols[0]):
                start, end = (int(x) for x in re.split(r"[–-]", cols[1]))
                rows.append((title, int(cols[0]), start, end, cols[2], cols[3].split("; ")))
    return rows


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_has_two_plans_of_45_minute_meetings(lang):
    rows = _plan_rows(lang)
    plans = {r[0] for r in rows}
    assert plans == PLAN_HEADINGS[lang][1]
    for plan in plans:
        meetings = sorted({r[1] for r in rows if r[0] == plan})
        assert meetings == list(range(1, int(re.search(r"(\d) ×", plan).group(1)) + 1))
        for meeting in meetings:
            spans = [(r[2], r[3], r[4]) for r in rows if r[0] == plan and r[1] == meeting]
            assert spans[0] == (0, START_UP, "–"), f"{plan}, meeting {meeting}: starts with {START_UP} min start-up"
            assert spans[-1][1] == LIMIT and all(a[1] == b[0] for a, b in zip(spans, spans[1:])), \
                f"{plan}, meeting {meeting}: rows run without gaps from 0 to {LIMIT}"


def test_the_two_guides_plan_the_same_meetings():
    """Same lessons, same minutes, meeting by meeting (the section names are each edition's)."""
    strip = [(r[1], r[2], r[3], r[4], len(r[5])) for r in _plan_rows("id")]
    assert strip == [(r[1], r[2], r[3], r[4], len(r[5])) for r in _plan_rows("en")]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_plans_use_core_sections_and_give_them_the_time_they_need(lang):
    w = WORDS[lang]
    paths = {p.name[:2]: p for p in LESSONS if p.parent.name == lang}
    rows = [r for r in _plan_rows(lang) if r[4] != "–"]
    assert rows
    for plan, meeting, start, end, lesson, sections in rows:
        core = recompute(paths[lesson])["core_cells"]
        by_heading, current = {}, ""
        for cell in core:
            if cell.cell_type != "markdown":
                continue
            match = re.match(r"^## +(.+?)\s*$", cell.source.split("\n", 1)[0])
            if match:
                current = re.sub(w["stated"], "", match.group(1))
            text = plain(cell.source)
            need = len(WORD.findall(text)) / WPM + sum(minutes_of(label, w) or 0 for label in labels(cell.source, w))
            by_heading[current] = by_heading.get(current, 0) + need
        for section in sections:
            assert section in by_heading, (f"{plan}, meeting {meeting}: lesson {lesson} has no core section "
                                           f"{section!r} (moved to Pengayaan, or renamed?)")
        if lang == "en":
            continue   # English words are not read at the Indonesian rate (the Indonesian plan is checked)
        need = math.ceil(sum(by_heading[s] for s in sections))
        assert end - start >= need, (f"{plan}, meeting {meeting}, lesson {lesson}: {end - start} min for "
                                     f"sections that need {need} (reading + activities)")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_shows_the_computed_minutes(lang):
    """The stored lesson table of the guide (read from metadata when the guide ran) shows
    the minutes recomputed here: re-execute the guide after `lesson_time.py --write`."""
    nb = read(GUIDES[lang])
    unit = {"id": "menit", "en": "minutes"}[lang]
    waktu = {"id": "**Waktu:** sekitar {} menit", "en": "**Time:** about {} minutes"}[lang]
    lessons = [p for p in LESSONS if p.parent.name == lang]
    table = next("".join(o.get("data", {}).get("text/markdown", "")) for c in nb.cells
                 if c.cell_type == "code" and "guide.lesson_table()" in c.source for o in c.outputs)
    for path in lessons:
        minutes = recompute(path)["core"]
        assert re.search(rf"^\| {path.name[:2]} \| .*\| {minutes} {unit} \|", table, flags=re.M), path.name
    objectives = next("".join(o.get("data", {}).get("text/markdown", "")) for c in nb.cells
                      if c.cell_type == "code" and "guide.objectives()" in c.source for o in c.outputs)
    for path in lessons:
        assert waktu.format(recompute(path)["core"]) in objectives


# ---------------------------------------------------------------- the tool on small notebooks

def _lesson(tmp_path, cells, minutes=None, name="03-uji.ipynb"):
    nb = new_notebook(cells=cells)
    if minutes is not None:
        nb.metadata["kss"] = {"minutes": minutes, "summary": "uji"}
    path = tmp_path / name
    nbformat.write(nb, path)
    return path


def test_tool_counts_only_the_core(tmp_path):
    path = _lesson(tmp_path, [
        new_markdown_cell("# 03 · Uji dua"),                                   # 3 words
        new_markdown_cell("<!--NAVIGASI-->\n[< Sebelumnya](x.ipynb) | Daftar isi"),   # not counted
        new_markdown_cell("## Tujuan pembelajaran\n**Waktu:** sekitar 9 menit."),   # 6
        new_code_cell("from kss import setup\nsetup()"),                        # code: 0
        new_markdown_cell("> **Aktivitas (sekitar 10 menit):** Baca [peta](https://x.org) ini."),  # 7
        new_markdown_cell("## Latihan (sekitar 4 menit)\n1. Soal satu?\n<details><summary>Lihat jawaban"
                          "</summary>banyak sekali kata di sini</details>"),  # 7
        new_markdown_cell("## Kuis singkat (sekitar 5 menit)"),                 # 5
        new_markdown_cell("## Poin kunci\n- Selatan-Selatan 1.000 orang."),    # 5
        new_markdown_cell("## Pengayaan (opsional)\nBoleh dilewati."),
        new_markdown_cell("> **Aktivitas (sekitar 30 menit):** " + "kata " * 400),
        new_markdown_cell("## Sumber\n- Penerbit, *Judul* (2020). https://x.org [pers]"),
        new_markdown_cell("<!--NAVIGASI-->"),
    ], minutes=28)
    result = lesson_time.measure(path)
    assert result.words == 3 + 6 + 7 + 7 + 5 + 5
    assert [a.minutes for a in result.activities] == [10, 4, 5]
    assert (result.reading_minutes, result.activity_minutes, result.core) == (1, 19, 25)
    assert len(result.pengayaan_ids) == 2       # the Pengayaan heading and the moved activity
    problems = result.problems()
    assert any("metadata minutes 28" in p for p in problems) and any("Waktu line says 9" in p for p in problems)


def test_tool_reports_missing_minutes_and_an_overlong_core(tmp_path, capsys):
    path = _lesson(tmp_path, [
        new_markdown_cell("## Tujuan pembelajaran\n**Waktu:** sekitar 50 menit."),
        new_markdown_cell("> **Aktivitas:** Diskusikan."),
        new_markdown_cell("## Latihan"),
        new_markdown_cell("> **Aktivitas (sekitar 44 menit):** Lama."),
        new_markdown_cell("## Sumber\n" + "kata " * 1000),      # Sumber words do not count
    ], minutes=50)
    result = lesson_time.measure(path)
    assert result.words < 20 and result.core == 5 + 1 + 44
    problems = result.problems()
    assert sum("states no minutes" in p for p in problems) == 2
    assert any("over 45" in p for p in problems)
    assert lesson_time.main(["--check", str(path)]) == 1
    assert "PROBLEM" in capsys.readouterr().out


def test_tool_write_sets_metadata_and_the_waktu_line(tmp_path):
    path = _lesson(tmp_path, [
        new_markdown_cell("## Tujuan pembelajaran\n- satu.\n\n**Waktu:** sekitar 99 menit.\n\n**Prasyarat:** tidak ada."),
        new_markdown_cell("> **Aktivitas (sekitar 6 menit):** Coba."),
        new_markdown_cell("## Latihan (sekitar 4 menit)\n1. Soal?"),
    ], minutes=99)
    assert lesson_time.main(["--write", str(path)]) == 0
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kss"]["minutes"] == 16                     # 5 + 1 reading + 10
    assert "**Waktu:** sekitar 16 menit untuk jalur inti: 5 menit persiapan, 1 menit membaca, " \
           "10 menit aktivitas" in nb.cells[0].source
    assert "**Prasyarat:** tidak ada." in nb.cells[0].source
    assert lesson_time.measure(path).problems() == []


def test_tool_says_what_is_wrong_with_a_missing_file(tmp_path, capsys):
    assert lesson_time.main(["--check", str(tmp_path / "99-tidak-ada.ipynb")]) == 2
    assert "no such notebook" in capsys.readouterr().out
