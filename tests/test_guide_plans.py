"""The teacher guides' unit plans show the minutes of the time model (tools/lesson_time.py).

The full route: one row per lesson notebook whose minutes are the lesson's core path as the
model measures it (and as its metadata kss.minutes states), its JPs ceil(minutes / 45), and the
course's total in JPs. The express route (4 meetings led from a projector): each row's minutes
are worked out here again from the lesson's sections (setup for the first or a continuing
lesson of a meeting, reading of the section's words, its activities with their overhead), and
a meeting is at most 45 minutes. The guides' generated cells are what tools/guide_plans.py
writes today (`python -m tools.guide_plans` or `python -m tools.navigation` after a lesson changed).
"""
import math
import re

import pytest
import yaml

from tests.notebook_utils import NOTEBOOK_DIR, read
from tools import guide_plans, lesson_time

GUIDES = {"id": NOTEBOOK_DIR / "id" / "panduan-guru.ipynb", "en": NOTEBOOK_DIR / "en" / "teacher-guide.ipynb"}
LIMIT = 45
SETUP_FIRST_OF_MEETING, SETUP_CONTINUING = 7, 2     # the guide states them (model section)


def cell(lang, cell_id):
    return next(c.source for c in read(GUIDES[lang]).cells if c.get("id") == cell_id)


def table_rows(text):
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.splitlines()
            if line.startswith("|")]
    return [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_the_generated_cells_are_up_to_date(lang):
    for cell_id, text in guide_plans.cells(lang).items():
        assert cell(lang, cell_id) == text, (f"{GUIDES[lang].name}: cell {cell_id} is out of date: "
                                             "run python -m tools.guide_plans (or tools.navigation)")


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_the_full_route_shows_each_lessons_core_minutes_and_the_total_in_jp(lang):
    text = cell(lang, guide_plans.FULL_CELL)
    rows = table_rows(text)
    lessons = lesson_time.lesson_paths(NOTEBOOK_DIR / lang)
    assert len(rows) == len(lessons), "one row per lesson notebook"
    total = 0
    for row, path in zip(rows, lessons):
        measured = lesson_time.measure(path)
        assert row[1].startswith(path.name[:2] + " ·"), row
        shown = int(row[5].strip("*"))
        assert shown == measured.core, f"{path.name}: the plan says {shown}, the model {measured.core}"
        if not measured.problems():      # a lesson being rewritten may not have written its minutes yet
            assert shown == read(path).metadata["kss"]["minutes"], path.name
        assert int(row[2]) == measured.setup_minutes and int(row[4]) == measured.activity_minutes
        jp = -(-measured.core // LIMIT)
        assert int(row[6]) == jp
        total += jp
    words = {"id": "Seluruh kursus: {} JP", "en": "The whole course: {} JP"}[lang]
    assert words.format(total) in text


def _section_minutes(number, heading_indices, setup):
    """Sections of the Indonesian lesson, counted by hand from the model's parts: their words
    read together at 110 a minute, plus their activities."""
    path = next((NOTEBOOK_DIR / "id").glob(f"{number}-*.ipynb"))
    sections = [lesson_time.core_sections(path)[i] for i in heading_indices]
    return (setup + math.ceil(sum(s.words for s in sections) / 110)
            + math.ceil(sum(s.activity_minutes for s in sections)))


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_the_express_route_rows_have_the_models_minutes_and_each_meeting_fits(lang):
    choice = yaml.safe_load(guide_plans.EXPRESS.read_text(encoding="utf-8"))["meetings"]
    assert len(choice) == 4, "the express route is 4 × 45 minutes"
    rows = table_rows(cell(lang, guide_plans.EXPRESS_CELL))
    assert len(rows) == sum(len(m) for m in choice)
    i = 0
    for m, meeting in enumerate(choice, 1):
        clock = 0
        for k, entry in enumerate(meeting):
            row = rows[i]
            i += 1
            assert (row[0], row[2]) == (str(m), entry["lesson"])
            id_path = next((NOTEBOOK_DIR / "id").glob(f"{entry['lesson']}-*.ipynb"))
            sections = lesson_time.core_sections(id_path)
            headings = [s.heading for s in sections]
            # 'main': the section with the most activity minutes, not the exercises or the quiz;
            # any other part names a section by its Indonesian heading
            main = max((j for j, s in enumerate(sections) if s.heading not in ("", "Latihan", "Kuis singkat")),
                       key=lambda j: sections[j].activity_minutes)
            indices = [main if part == "main" else headings.index(part) for part in entry["parts"]]
            minutes = _section_minutes(entry["lesson"], indices, SETUP_FIRST_OF_MEETING if k == 0 else SETUP_CONTINUING)
            assert row[5].endswith(f"= {minutes} " + {"id": "menit", "en": "minutes"}[lang]), (m, row)
            assert row[1] == f"{clock}–{clock + minutes}", (m, row)
            clock += minutes
        assert clock <= LIMIT, f"express route, meeting {m}: {clock} minutes"


def test_a_stale_plan_is_found(tmp_path, monkeypatch):
    """The check fails when a plan's minutes disagree with the model (a guide edited by hand)."""
    nb = read(GUIDES["id"])
    for c in nb.cells:
        if c.get("id") == guide_plans.FULL_CELL:
            c.source = re.sub(r"\*\*(\d+)\*\*", lambda m: f"**{int(m.group(1)) + 1}**", c.source, count=1)
    import nbformat
    path = tmp_path / "panduan-guru.ipynb"
    nbformat.write(nb, path)
    monkeypatch.setattr(guide_plans, "guide_path", lambda lang: path)
    assert guide_plans.update("id", check=True) is True
    assert guide_plans.update("id", check=False) is True
    assert guide_plans.update("id", check=True) is False


def test_a_bad_express_file_is_named(tmp_path):
    bad = tmp_path / "ekspres.yml"
    bad.write_text("meetings:\n  - - {lesson: 2}\n", encoding="utf-8")
    with pytest.raises(guide_plans.PlanError, match="meeting 1.*'lesson'"):
        guide_plans.express_choice(bad)
    with pytest.raises(guide_plans.PlanError, match="no section '## Tidak ada'"):
        guide_plans.express_route("id", [[{"lesson": "02", "parts": ["Tidak ada"]}]])
