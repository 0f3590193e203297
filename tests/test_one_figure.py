"""One fact, one figure (issue 21, item 4): a fact the course states in several places (lessons of
both editions, quizzes, teacher guides, data tables, the helpers' words) is stated with the same
figure everywhere.

FIGURES lists the facts the course states in more than one place, each with the figure the data
give (checked against the data row named) and the phrasings that carry it, in both languages.
Every sentence of every text is searched; a sentence that states one of these facts with another
figure fails, naming where. A sentence that reports a different figure on purpose (a correction,
"sources differ", a figure from before a change) says so with one of the words in its `aside`
pattern and is left alone.
"""
import csv
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from tools import lesson_time

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# words that mark a sentence reporting another figure on purpose: a correction, a differing
# source, a figure from another time
CORRECTION = (r"\bbukan\b|\bkeliru|\bsalah\b|\bmisal\w* keliru|\bnot\b|\bwrong|\bmistak|\bmisconception"
              r"|sumber (?:lain )?berbeda|sources differ|menurut South Centre|according to South Centre|South Centre"
              r"|yang punya data|with data")


@dataclass(frozen=True)
class Figure:
    fact: str                   # the data row that holds it, "table:key"
    value: str                  # the figure, as the data row writes it
    about: str                  # a sentence states this fact only if it matches this too
    patterns: tuple[str, ...]   # each captures the figure a sentence gives (group 1)
    aside: str = CORRECTION     # a sentence matching this reports another figure on purpose

    def stated(self, sentence: str) -> list[str]:
        if not re.search(self.about, sentence, flags=re.I) or re.search(self.aside, sentence, flags=re.I):
            return []
        return [m.group(1) for p in self.patterns for m in re.finditer(p, sentence, flags=re.I)]


NUMBER_WORDS = {"lima": "5", "five": "5", "sepuluh": "10", "ten": "10", "enam": "6", "six": "6"}

FIGURES = [
    Figure("facts:asian-african-summit-2015", "105", r"2015",
           (r"(\d+) negara Asia dan Afrika", r"(\d+) Asian and African countries")),
    Figure("facts:indonesian-aid-fund", "8", r"dana abadi|endowment",
           (r"dana abadi\w*\s+(?:\w+\s+){0,3}Rp\s?(\d+) triliun(?! (?:pada|tahun) 201[89])",
            r"endowment\w*\s+(?:\w+\s+){0,4}Rp\s?(\d+) trillion(?! in 201[89])"),
           aside=CORRECTION + r"|dimulai|began|started|awal|beginning"),
    Figure("facts:kaa-29-countries", "29", r"KAA|Konferensi Asia-Afrika|1955|Bandung Conference|Asian-African Conference",
           (r"\b(\d+) delegasi\b", r"\b(\d+) delegations\b", r"\b(\d+) negara (?:peserta|ikut)", r"\b(\d+) countries took part")),
    Figure("facts:kaa-29-countries", "23", r"KAA|Konferensi Asia-Afrika|1955|Bandung Conference|Asian-African Conference",
           (r"\b(\d+) dari Asia\b", r"\b(\d+) from Asia\b")),
    Figure("facts:kaa-29-countries", "6", r"KAA|Konferensi Asia-Afrika|1955|Bandung Conference|Asian-African Conference",
           (r"\b(\d+) dari Afrika\b", r"\b(\d+) from Africa\b")),
    Figure("facts:kaa-29-countries", "5", r"sponsor",
           (r"\b(\d+|lima) negara sponsor", r"\b(\d+|five) sponsor(?:s| countries)\b")),
    Figure("facts:kaa-10-principles", "10", r"Dasasila|Bandung|Ten Principles",
           (r"\b(\d+|sepuluh) prinsip", r"\b(\d+|ten) principles")),
    # R3-02: when PetroCaribe practically stopped (Haitian Times, 21 March 2019: "dead for at
    # least a year"); lesson 08 once said "around 2019" while the guide said "2018–2019"
    Figure("decisions:r3-petrocaribe-end-08", "2018–2019", r"PetroCaribe",
           (r"berhenti sekitar (\d{4}(?:–\d{4})?)", r"sekitar (\d{4}(?:–\d{4})?) pengirimannya praktis berhenti",
            r"stopped around (\d{4}(?:–\d{4})?)", r"around (\d{4}(?:–\d{4})?) its deliveries practically stopped")),
]


# ---------------------------------------------------------------- where the course states facts

def notebook_texts():
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            where = f"{path.relative_to(ROOT)}, cell {cell.get('id')}"
            if cell.cell_type == "markdown":
                yield where, lesson_time.COMMENT.sub(" ", cell.source)
            elif cell.cell_type == "code":
                yield where + " (output)", lesson_time.output_text(cell)


def quiz_texts():
    from kss.quiz import questions_for
    for path in sorted((ROOT / "kss" / "quizzes").glob("[0-9][0-9].yml")):
        for lang in ("id", "en"):
            for number, q in enumerate(questions_for(path.stem, lang), start=1):
                # a wrong option and its feedback are about a wrong belief by design: only the
                # question, the key, the explanation and the stimulus state the course's facts
                parts = [q.text, q.options[q.answer], q.explanation, getattr(q, "stimulus", "") or ""]
                yield f"kss/quizzes/{path.name}, question {number} ({lang})", "\n".join(str(p) for p in parts)


def data_texts():
    for path in sorted(DATA.glob("*.csv")):
        if path.name in {"indicators.csv", "groupings.csv", "indicator_groups.csv", "countries.csv"}:
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.DictReader(f), start=2):
                for column, value in row.items():
                    if path.name == "misconceptions.csv" and column.startswith("wrong_"):
                        continue    # the misconception itself, as learners say it
                    if value and " " in value and not value.startswith("http"):
                        yield f"data/{path.name}, row {number}, {column}", value


def label_texts():
    from kss import labels
    for lang, table in labels.LABELS.items():
        for key, value in table.items():
            yield f"helper words {key} ({lang})", str(value)


def misconceptions() -> set[str]:
    """The misconceptions as learners say them (data/misconceptions.csv): the teacher guide
    shows them beside their corrections."""
    with (DATA / "misconceptions.csv").open(encoding="utf-8", newline="") as f:
        return {" ".join(row[c].split()) for row in csv.DictReader(f) for c in ("wrong_id", "wrong_en")}


def all_texts():
    yield from notebook_texts()
    yield from quiz_texts()
    yield from data_texts()
    yield from label_texts()


SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+|\s\|\s|<br\s*/?>|</?(?:p|li|td|div)\b[^>]*>")


def contradictions(texts, figures=FIGURES, wrong_on_purpose=frozenset()) -> list[str]:
    found = []
    for where, text in texts:
        for sentence in SENTENCE.split(text or ""):
            if " ".join(sentence.split()).strip(" |*-") in wrong_on_purpose:
                continue
            for figure in figures:
                for given in figure.stated(sentence):
                    given = NUMBER_WORDS.get(given.lower(), given)
                    if given != figure.value:
                        found.append(f"{where}: says {given} where {figure.fact} says {figure.value}: "
                                     f"{' '.join(sentence.split())[:160]}")
    return found


# ---------------------------------------------------------------- tests

def _row_text(fact: str) -> str:
    table, key = fact.split(":")
    with (DATA / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        key_column = reader.fieldnames[0]
        for row in reader:
            if row[key_column] == key:
                return " ".join(row.values())
    raise AssertionError(f"{fact}: no such data row")


@pytest.mark.parametrize("figure", FIGURES, ids=[f"{f.fact}={f.value}" for f in FIGURES])
def test_the_figure_is_the_data_rows(figure):
    assert re.search(rf"(?<![\d.,]){re.escape(figure.value)}(?![\d.,]\d)", _row_text(figure.fact)), \
        f"{figure.fact} does not state {figure.value}"


def test_a_planted_contradiction_is_found():
    planted = [("lesson 03", "Peringatan itu dihadiri 91 negara Asia dan Afrika pada April 2015."),
               ("quiz 08", "Lembaga ini mengelola dana abadi Rp3 triliun."),
               ("lesson 05", "Pada 2015 hadir delegasi dari 105 negara Asia dan Afrika."),
               ("lesson 05", "Dana abadi dimulai dengan Rp1 triliun pada 2018."),
               ("guide", "Menurut South Centre, 91 negara Asia dan Afrika hadir pada 2015.")]
    found = contradictions(planted)
    assert len(found) == 2 and found[0].startswith("lesson 03") and found[1].startswith("quiz 08")


def test_a_planted_petrocaribe_year_is_found():
    planted = [("lesson 08", "PetroCaribe, kerja sama minyak Venezuela, praktis berhenti sekitar 2019."),
               ("lesson 08 (en)", "PetroCaribe practically stopped around 2019."),
               ("guide", "PetroCaribe tidak dibubarkan, tetapi sekitar 2018–2019 pengirimannya praktis berhenti.")]
    found = contradictions(planted)
    assert len(found) == 2 and found[0].startswith("lesson 08:") and found[1].startswith("lesson 08 (en)")


def test_every_fact_is_stated_with_one_figure_everywhere():
    found = contradictions(all_texts(), wrong_on_purpose=misconceptions())
    assert not found, "the same fact with different figures:\n  " + "\n  ".join(found[:30])
