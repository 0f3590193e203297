"""Every number a learner reads in a lesson's text, or in a quiz, is backed by the data
package (a cell of data/*.csv) or by the lesson's own Sumber section.

Numbers up to 10 are skipped (counting words: "tiga manfaat", "Pelajaran 03"), as are
URLs, inline code, the navigation bars and the Waktu/Prasyarat lines (lesson timings).
Indonesian (1.000; 586,56) and English (1,000; 586.56) writing are both understood.
"""
import csv
import re
from functools import lru_cache

import pytest

from kss import data
from kss.quiz import questions_for
from notebook_utils import edition, ids, lesson_notebooks, read

NUMBER = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)")
URL = re.compile(r"https?://\S+|\]\([^)]*\)|`[^`]*`")
SKIP_LINES = re.compile(r"^\s*\*\*(Waktu|Prasyarat|Time|Prerequisites):\*\*.*$", re.M)
LESSONS = lesson_notebooks()


def readings(token: str) -> set[float]:
    """All plausible values of a written number (Indonesian or English separators)."""
    values = {float(re.sub(r"[.,]", "", token))}
    for thousands, decimal in ((".", ","), (",", ".")):
        whole, _, fraction = token.partition(decimal)
        if (fraction and not fraction.isdigit()) or not re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})*|\d+", whole):
            continue
        values.add(float(whole.replace(thousands, "") + ("." + fraction if fraction else "")))
    return values


def numbers_in(text: str) -> list[str]:
    return NUMBER.findall(URL.sub(" ", text))


@lru_cache(maxsize=1)
def data_values() -> frozenset:
    values = set()
    for path in data.DATA_DIR.glob("*.csv"):
        if path.name == "indicators.csv":
            continue  # handled below: raw measurements would let almost any number pass
        with path.open(encoding="utf-8") as f:
            for row in csv.reader(f):
                for cell in row:
                    for token in numbers_in(cell):
                        values |= readings(token)
    indicators = data.load("indicators")
    values |= set(float(y) for y in indicators["year"])
    for column, scale in (("life_exp", 1), ("gdp_per_cap", 1), ("pop", 1e6)):
        for v in indicators[column]:
            values.add(round(v / scale))
            values.add(round(v / scale, 1))
            values.add(round(v / scale, 2))
    return frozenset(values)


def unbacked(text: str, extra: frozenset = frozenset()) -> list[str]:
    allowed = data_values() | extra
    missing = []
    for token in numbers_in(text):
        values = readings(token)
        if max(values) <= 10:
            continue
        if not values & allowed:
            missing.append(token)
    return missing


def lesson_text(path):
    """(text to check, numbers allowed by the lesson's Sumber section)."""
    nb = read(path)
    heading = f"## {edition(path).w('sources')}"
    checked, sources = [], []
    in_sources = False
    for cell in nb.cells:
        if cell.cell_type != "markdown" or cell.source.startswith("<!--"):
            continue
        if cell.source.lstrip().startswith(heading):
            in_sources = True
        elif cell.source.lstrip().startswith("## "):
            in_sources = False
        (sources if in_sources else checked).append(SKIP_LINES.sub("", cell.source))
    extra = frozenset(v for token in numbers_in("\n".join(sources)) for v in readings(token))
    return "\n".join(checked), extra


def test_reading_numbers():
    assert readings("1.000") >= {1000.0}
    assert 586.56 in readings("586,56") and 586.56 in readings("586.56")
    assert 1300.0 in readings("1,300") and 1300.0 in readings("1.300")
    assert numbers_in("lihat https://x.org/2018/a dan `x = 1999` serta 1955") == ["1955"]


def test_an_invented_number_is_caught():
    assert unbacked("Pada 1955 ada 29 delegasi dan 4.321.987 tamu.") == ["4.321.987"]
    assert unbacked("Nilainya US$9.876,54 juta.") == ["9.876,54"]


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_every_number_in_the_lesson_text_is_backed(path):
    text, extra = lesson_text(path)
    missing = unbacked(text, extra)
    assert not missing, (f"{path.name}: numbers not found in data/*.csv nor in the lesson's "
                         f"Sumber: {sorted(set(missing))}")


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_every_number_in_the_quiz_is_backed(path):
    number = path.name[:2]
    questions = questions_for(number, edition(path).lang)
    text = "\n".join(" ".join([q.text, *q.options, q.explanation, *q.misconceptions]) for q in questions)
    _, extra = lesson_text(path)
    missing = unbacked(text, extra)
    assert not missing, f"quiz {number}: numbers not backed by data: {sorted(set(missing))}"
