"""One term for each thing in the Indonesian text a learner reads: country names spelled
the way data/countries.csv (the names the maps and tables show) spells them, the status of
a claim named with the words of its status label, one colour word for each colour.

Checked here: the Indonesian columns of data/*.csv, the Indonesian labels (kss/locales/id.yml)
and the quizzes (kss/quizzes/*). The variants are written out here, apart from the
text they check; each maps to the one term to use instead.
"""
import csv
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import kss.labels
import kss.quiz

DATA = Path(__file__).resolve().parent.parent / "data"

# variant -> the term used everywhere (country names as in data/countries.csv, name_id)
COUNTRY_VARIANTS = {
    "Kirgistan": "Kirgizstan", "Kyrgyzstan": "Kirgizstan", "Cina": "Tiongkok", "China": "Tiongkok",
    "RRC": "Tiongkok", "Timor Leste": "Timor-Leste", "Timor Timur": "Timor-Leste", "Ethiopia": "Etiopia",
    "Afghanistan": "Afganistan", "Saudi Arabia": "Arab Saudi", "Brazil": "Brasil", "Libanon": "Lebanon",
    "Jordania": "Yordania", "Syria": "Suriah", "Yemen": "Yaman", "Iraq": "Irak", "Türkiye": "Turki",
    "Turkey": "Turki", "Pilipina": "Filipina", "Philippines": "Filipina", "Papua New Guinea": "Papua Nugini",
    "Mozambique": "Mozambik", "Srilanka": "Sri Lanka", "Muangthai": "Thailand", "Viet Nam": "Vietnam",
    "Kolumbia": "Kolombia", "Mexico": "Meksiko", "Egypt": "Mesir",
    "South Korea": "Korea Selatan", "Korsel": "Korea Selatan", "New Zealand": "Selandia Baru",
}
# a claim's status: the words of the status labels (factcheck, guide and south in kss/locales/id.yml)
STATUS_VARIANTS = {
    "Terbukti benar": "Terverifikasi", "terbukti benar": "terverifikasi",
    "Sebagian benar": "Terverifikasi sebagian", "Benar sebagian": "Terverifikasi sebagian",
    "Tidak terverifikasi": "Belum terverifikasi", "tidak terverifikasi": "belum terverifikasi",
    "terbukti salah": "dibantah sumber", "Terbukti salah": "Dibantah sumber",
    "bertentangan dengan sumber": "dibantah sumber",
}
# colours: one Indonesian word for each colour of kss.style.PALETTE
COLOUR_VARIANTS = {"oranye": "jingga", "oren": "jingga", "kelabu": "abu-abu", "coklat": "cokelat",
                   "violet": "ungu"}
VARIANTS = {**COUNTRY_VARIANTS, **STATUS_VARIANTS, **COLOUR_VARIANTS}


def variants_in(text: str) -> list[str]:
    """Each variant of VARIANTS that `text` contains as a whole word."""
    return [v for v in VARIANTS if re.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", text)]


def data_texts():
    """(where, text) for every Indonesian cell of data/*.csv: the columns named *_id that are
    not a table's key, claims' claim_id_text, and the described titles of sources.csv."""
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            key = reader.fieldnames[0]
            columns = [c for c in reader.fieldnames
                       if (c.endswith("_id") and c != key) or c == "claim_id_text"]
            for number, row in enumerate(reader, start=2):
                for column in columns:
                    yield f"{path.name}, baris {number}, kolom '{column}'", row[column]
                if path.name == "sources.csv" and row["title"].startswith("["):
                    yield f"{path.name}, baris {number}, kolom 'title'", row["title"]


def _texts(value) -> list[str]:
    return list(value) if isinstance(value, list) else [value]


def label_texts():
    """Every Indonesian text of kss/locales/id.yml: the helpers' labels, the lessons' skeleton
    words and the words the tools print (handouts, worksheets, the guide book)."""
    for key, value in kss.labels.LABELS["id"].items():
        for text in _texts(value):
            yield f"kss/locales/id.yml, {key}", text


def quiz_texts(lang="id"):
    """The Indonesian quizzes (lang "en": the English ones)."""
    for nn in kss.quiz.lessons():
        yield f"kss/quizzes/{nn}.yml, title.{lang}", kss.quiz.title_for(nn, lang)
        for number, question in enumerate(kss.quiz.questions_for(nn, lang), start=1):
            for part in (question.text, question.stimulus, question.source, *question.options,
                         question.explanation, *question.misconceptions):
                yield f"kss/quizzes/{nn}.yml, soal {number} ({question.id}, {lang})", part


def all_quiz_texts():
    yield from quiz_texts()
    yield from quiz_texts("en")


def notebook_texts(lang="id"):
    """Markdown cells of every notebook of one edition, the Sumber sections aside (they quote
    the titles sources give themselves)."""
    import json
    for path in sorted((DATA.parent / "notebooks" / lang).glob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            if cell["cell_type"] == "markdown" and not text.startswith(("## Sumber", "## Sources")):
                yield f"{path.name}, sel {cell.get('id')}", text


@pytest.mark.parametrize("texts", [data_texts, label_texts, quiz_texts, notebook_texts],
                         ids=["data", "labels", "quizzes", "notebooks"])
def test_one_term_for_each_thing(texts):
    found = [f"{where}: '{v}' -> '{VARIANTS[v]}'" for where, text in texts() for v in variants_in(text)]
    assert not found, "variant spellings (use the term on the right):\n" + "\n".join(found)


def test_the_terms_are_the_map_names():
    with (DATA / "countries.csv").open(encoding="utf-8", newline="") as f:
        names = {row["name_id"] for row in csv.DictReader(f)}
    assert {v for v in COUNTRY_VARIANTS.values()} <= names
    assert not names & set(COUNTRY_VARIANTS)


def test_the_check_finds_a_variant():
    assert variants_in("Inseminasi buatan sapi Indonesia–Kirgistan") == ["Kirgistan"]
    assert variants_in("garis oranye dan Timor Leste") == ["Timor Leste", "oranye"]
    assert variants_in("Timor-Leste, Tiongkok, Kirgizstan, garis jingga") == []
    assert variants_in("China Daily") == ["China"]   # a name in a described title counts too


FILE_PATH = re.compile(r"\b(?:data|kss|tools|notebooks)/[\w./-]*")   # a bare folder ("data/") too


def all_label_texts():
    """Both languages of every label except the teacher's: the teacher guide's (it may name
    files for the teacher, e.g. a missing lesson) and the guide book's (tools.guide_pdf: how to
    start, with `make lab`)."""
    for lang in kss.labels.LANGUAGES:
        for key, value in kss.labels.LABELS[lang].items():
            if key.startswith(("guide.", "tools.guide_pdf.")):
                continue
            for text in _texts(value):
                yield f"kss/locales/{lang}.yml, {key}", text


def lesson_texts():
    """Markdown of the lessons of both editions (not the teacher guides, which may point
    teachers to files)."""
    for lang in ("id", "en"):
        for where, text in notebook_texts(lang):
            if not where.startswith(("panduan-guru", "teacher-guide")):
                yield where, text


@pytest.mark.parametrize("texts", [all_label_texts, all_quiz_texts, lesson_texts], ids=["labels", "quizzes", "lessons"])
def test_learner_text_names_no_file(texts):
    """Learners read 'the course's table of examples', not a path (issue 11, item 3)."""
    found = [f"{where}: {m.group(0)}" for where, text in texts() for m in FILE_PATH.finditer(text)]
    assert not found, "file paths in learner text:\n" + "\n".join(found)
