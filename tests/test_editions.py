"""The English edition (notebooks/en/) is in parity with the Indonesian one (notebooks/id/):
the same cells with the same code (tools/editions.py), the same quizzes, no number that the
Indonesian text does not have, and navigation bars that link each lesson to its twin."""
import copy
import re

import nbformat
import pytest

from kss.quiz import lessons as quiz_lessons, questions_for, title_for
from notebook_utils import NOTEBOOK_DIR, read
from tools import editions

PAIRS = editions.pairs()
NUMBERS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")   # "Rp29,41" counts, as "Rp 29.41"
LINK_TARGET = re.compile(r"\]\(([^)#]+)")
# numbers that are part of a name the Indonesian writes another way (G77)
NAMES = re.compile(r"Group of 77")


def pair_id(pair):
    return pair[0].stem


def test_every_indonesian_notebook_has_an_english_edition():
    assert PAIRS, "no Indonesian notebook found"
    missing = [str(source.name) for source, target in PAIRS if target is None]
    assert not missing, f"no English edition of {missing} (python -m tools.editions start ...)"
    english = sorted(p.name for p in (NOTEBOOK_DIR / "en").glob("*.ipynb"))
    assert len(english) == len(PAIRS), f"English notebooks without an Indonesian twin: {english}"


@pytest.mark.parametrize("pair", PAIRS, ids=[pair_id(p) for p in PAIRS])
def test_the_two_editions_are_in_parity(pair):
    source, target = pair
    found = editions.problems(read(source), read(target), target.name)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("pair", PAIRS, ids=[pair_id(p) for p in PAIRS])
def test_sync_changes_nothing(pair):
    """The stored English notebook is what sync would make of it: nothing left to carry across."""
    source, target = pair
    en = read(target)
    assert nbformat.writes(editions.synced(read(source), en)) == nbformat.writes(en)


def _lesson_pair():
    return next((s, t) for s, t in PAIRS if s.name.startswith("02-"))


def test_an_extra_code_cell_in_one_edition_fails():
    source, target = _lesson_pair()
    id_nb, en_nb = read(source), read(target)
    for nb, where in ((en_nb, "English"), (id_nb, "Indonesian")):
        broken = copy.deepcopy(nb)
        broken.cells.insert(5, nbformat.v4.new_code_cell("1 + 1"))
        pair = (broken, en_nb) if nb is id_nb else (id_nb, broken)
        found = editions.problems(*pair)
        assert found and f"only in the {where} edition" in found[0], found


def test_changed_code_an_untranslated_cell_and_a_lost_heading_fail():
    source, target = _lesson_pair()
    id_nb, en_nb = read(source), read(target)
    code = next(i for i, c in enumerate(en_nb.cells) if c.cell_type == "code" and "bandung" in c.source)
    heading = next(i for i, c in enumerate(en_nb.cells) if c.cell_type == "markdown" and c.source.startswith("## "))
    untranslated = next(i for i, c in enumerate(en_nb.cells) if c.cell_type == "markdown"
                        and not c.source.startswith("<!--") and i not in (heading,))
    broken = copy.deepcopy(en_nb)
    broken.cells[code].source = broken.cells[code].source.replace("bandung.", "bandung.  ")
    broken.cells[heading].source = broken.cells[heading].source.replace("## ", "### ", 1)
    broken.cells[untranslated].source = id_nb.cells[untranslated].source
    found = "\n".join(editions.problems(id_nb, broken))
    assert "code differs" in found
    assert "headings differ" in found
    assert "same text as the Indonesian cell" in found
    broken.cells[untranslated].source = editions.TODO + "\n" + id_nb.cells[untranslated].source
    assert "not translated yet" in "\n".join(editions.problems(id_nb, broken))


def test_the_english_code_is_the_indonesian_code_with_the_language_argument():
    assert editions.english_code("from kss import setup\nsetup()") == 'from kss import setup\nsetup("en")'
    assert editions.english_code('bandung.map_figure()') == 'bandung.map_figure()'


def _numbers(text: str) -> set[str]:
    """Numbers above 10, written without separators (1.234 and 1,234 are the same number)."""
    out = set()
    for token in NUMBERS.findall(NAMES.sub(" ", re.sub(r"https?://\S+|\]\([^)]*\)", " ", text))):
        digits = re.sub(r"[.,]", "", token)
        if int(digits[:15]) > 10:
            out.add(digits)
    return out


def _checked_cells(nb, sources_heading):
    in_sources = False
    for cell in nb.cells:
        if cell.cell_type != "markdown" or cell.source.startswith("<!--"):
            continue
        first = cell.source.lstrip().split("\n", 1)[0]
        if first.startswith("## "):
            in_sources = first.startswith(sources_heading)
        if not in_sources:
            yield cell


@pytest.mark.parametrize("pair", PAIRS, ids=[pair_id(p) for p in PAIRS])
def test_every_number_of_the_english_text_is_in_the_indonesian_cell(pair):
    """Traceable like the Indonesian: a number the English cell shows is in its twin cell,
    whose numbers test_content.py traces to the data or the lesson's sources. The Time line is
    written by tools/lesson_time.py in each language and left out."""
    source, target = pair
    id_cells = {c.get("id"): c.source for c in _checked_cells(read(source), "## Sumber")}
    extra = []
    for cell in _checked_cells(read(target), "## Sources"):
        text = re.sub(r"^\*\*Time:\*\*.*$", "", cell.source, flags=re.M)
        twin = re.sub(r"^\*\*Waktu:\*\*.*$", "", id_cells.get(cell.get("id"), ""), flags=re.M)
        new = _numbers(text) - _numbers(twin)
        if new:
            extra.append(f"cell {cell.get('id')}: {sorted(new)}")
    assert not extra, f"{target.name}: numbers not in the Indonesian cell: {extra}"


QUIZ_LESSONS = quiz_lessons()


@pytest.mark.parametrize("lesson", QUIZ_LESSONS)
def test_the_english_quiz_asks_the_same_questions(lesson):
    id_q, en_q = questions_for(lesson, "id"), questions_for(lesson, "en")
    assert title_for(lesson, "en") and title_for(lesson, "en") != title_for(lesson, "id")
    assert len(en_q) == len(id_q), f"quiz {lesson}: {len(en_q)} English questions, {len(id_q)} Indonesian"
    for n, (a, b) in enumerate(zip(id_q, en_q), start=1):
        assert len(b.options) == len(a.options) and b.answer == a.answer, f"quiz {lesson}, question {n}"
        assert [bool(x) for x in b.misconceptions] == [bool(x) for x in a.misconceptions], \
            f"quiz {lesson}, question {n}: misconceptions for different options"
        assert b.text != a.text and b.explanation != a.explanation, f"quiz {lesson}, question {n}: not translated"
        text_a = " ".join([a.text, *a.options, a.explanation, *a.misconceptions])
        text_b = " ".join([b.text, *b.options, b.explanation, *b.misconceptions])
        assert _numbers(text_b) <= _numbers(text_a), f"quiz {lesson}, question {n}: {_numbers(text_b) - _numbers(text_a)}"


@pytest.mark.parametrize("pair", [p for p in PAIRS if re.match(r"\d\d-", p[0].name)],
                         ids=[pair_id(p) for p in PAIRS if re.match(r"\d\d-", p[0].name)])
def test_each_lesson_links_to_its_twin_and_every_link_resolves(pair):
    for path, other in (pair, pair[::-1]):
        nb = read(path)
        bars = [c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith(editions.NAV_MARK)]
        assert len(bars) == 2
        for bar in bars:
            assert f"(../{other.parent.name}/{other.name})" in bar, bar
        for cell in nb.cells:
            if cell.cell_type != "markdown":
                continue
            for target in LINK_TARGET.findall(cell.source):
                if target.startswith(("http://", "https://", "mailto:")) or not target.endswith(".ipynb"):
                    continue
                assert (path.parent / target).resolve().is_file(), f"{path.name}: link to {target}"
