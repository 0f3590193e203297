"""The classroom kit's pieces, without a browser (fast): what each printed edition keeps and
leaves out, the worksheets' choices, the self-contained HTML, the slide splitting and the
committed screenshots. The PDFs and slides themselves are checked in
tests/browser/test_classroom_kit.py.

Every check on the Indonesian kit (notebooks/id/) is made on the English kit (notebooks/en/)
too: the tests are parametrized by edition, and the words each edition must print are
written below (EXPECT), not taken from the tools."""
import html
import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
from tools import catalog, guide_pdf, handouts, printing, screenshots, slides, worksheets

from kss import guide, static
from kss.labels import t
from kss.quiz import questions_for  # noqa: E402


LANGS = ("id", "en")
LESSONS = {lang: handouts.lesson_files(lang=lang) for lang in LANGS}
CASES = [(lang, path) for lang in LANGS for path in LESSONS[lang]]
SECTIONS = {lang: handouts.guide_sections(lang) for lang in LANGS}

# what each edition's kit must say, in its own language
EXPECT = {
    "id": {
        "figure": r"Gambar \d\d\.\d+", "correct": "(jawaban benar)", "explanation": "Penjelasan:",
        "teacher": "### Untuk guru", "setup": "## Persiapan", "activity": "> **Aktivitas", "africa": "Afrika",
        "guide": ("## Cara memulai", "## Kalau ada masalah", "## Penjelajah dan aktivitas", "## Rubrik penilaian",
                  "## Kunci jawaban latihan", "## Kunci jawaban kuis", "## Rencana unit: rute lengkap",
                  "## Rencana unit: rute ekspres 4 × 45 menit dari proyektor", "## Modul Ajar per JP",
                  "## Bahan cetak dan slide"),
        "order": ("## Cara memulai", "## Rencana unit: rute lengkap", "## Modul Ajar per JP", "## Sumber"),
        "nairobi": "prinsip Nairobi", "quiz": "### Kuis singkat",
    },
    "en": {
        "figure": r"Figure \d\d\.\d+", "correct": "(correct answer)", "explanation": "Explanation:",
        "teacher": "### For the teacher", "setup": "## Setup", "activity": "> **Activity", "africa": "Africa",
        "guide": ("## Getting started", "## When something goes wrong", "## The explorers and activities",
                  "## Assessment rubric", "## Answer key: exercises", "## Answer key: quizzes",
                  "## Unit plan: the full route", "## Unit plan: the express route, 4 × 45 minutes from a projector",
                  "## Modul Ajar for each JP", "## Printed materials and slides"),
        "order": ("## Getting started", "## Unit plan: the full route", "## Modul Ajar for each JP", "## Sources"),
        "nairobi": "Nairobi principles", "quiz": "### Quick quiz",
    },
}


@pytest.fixture
def in_language():
    """kss.labels (and so kss.guide's skeleton words) in the test's edition, restored after."""
    from kss import labels
    before = labels.language()
    yield labels.set_language
    labels.set_language(before)


def text_of(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_`>]", "", text)).strip()


def test_both_editions_have_all_lessons():
    assert [p.name[:2] for p in LESSONS["en"]] == [p.name[:2] for p in LESSONS["id"]] == [
        f"{k:02d}" for k in range(9)]
    assert all(p.parent.name == lang for lang in LANGS for p in LESSONS[lang])


@pytest.mark.parametrize("lang,path", CASES, ids=[f"{lang}-{p.stem[:2]}" for lang, p in CASES])
def test_student_and_teacher_editions(lang, path, in_language):
    in_language(lang)
    words = EXPECT[lang]
    sections = SECTIONS[lang]
    nb = nbformat.read(path, as_version=4)
    nn = path.name[:2]
    student = handouts.printable(nb, nn, teacher=False, sections=sections, lang=lang)
    teacher = handouts.printable(nb, nn, teacher=True, sections=sections, lang=lang)
    s_text, t_text = text_of(student), text_of(teacher)
    for edition in (student, teacher):
        assert all(c.cell_type == "markdown" or "text/html" in c.outputs[0].get("data", {}) for c in edition.cells)
        assert "<!--NAVIGASI-->" not in text_of(edition) and "<details>" not in text_of(edition)
        assert words["setup"] not in text_of(edition)
    figures = sum("image/png" in o.get("data", {}) or bool(static.stored_figure(o.get("data", {}).get("text/html")))
                  for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert figures, f"{path.name}: no stored figure found"
    assert s_text.count('<figure class="kss-figure">') == figures
    assert len(set(re.findall(words["figure"], s_text))) == figures, "figure captions must be unique"
    answers = guide.exercises_of(nb)
    assert answers, f"{path.name}: no folded answers found"
    for ex in answers:
        key = plain(ex.answer)[:60]
        assert key in plain(t_text), f"{path.name}: the teacher edition lacks the answer {key!r}"
        assert key not in plain(s_text), f"{path.name}: the student edition shows the answer {key!r}"
    for q in questions_for(nn, lang):
        assert plain(q.text)[:50] in plain(s_text)
        assert f"**{'abcdefgh'[q.answer]}. {q.options[q.answer]}** {words['correct']}" in t_text
    assert words["explanation"] not in s_text and words["correct"] not in s_text
    assert words["teacher"] in t_text and words["teacher"] not in s_text
    title = handouts.title_of(nb)
    prompts = handouts.discussion_prompts(title, sections, lang)
    assert prompts and prompts.splitlines()[0] in t_text, f"{title}: discussion prompts missing"
    assert handouts.plan_rows(nn, sections, lang), f"{title}: lesson {nn} is in no unit plan of the guide"


def _shape(nb) -> list[str]:
    """What each printed cell is: a figure, the quiz, a worksheet note, a table or text."""
    kinds = []
    for c in nb.cells:
        if c.cell_type == "code":
            kinds.append("table")
        elif c.source.startswith('<figure class="kss-figure">'):
            kinds.append("figure")
        elif c.source.startswith('<div class="kss-note">'):
            kinds.append("widget-note")
        elif c.source.startswith('<div class="kss-teacher"'):
            kinds.append("teacher-box")
        else:
            kinds.append("text")
    return kinds


@pytest.mark.parametrize("nn", [p.name[:2] for p in LESSONS["id"]])
def test_english_printout_has_the_indonesian_ones_cells(nn):
    """Both editions print the same cells in the same order: no English cell is dropped or kept
    where its Indonesian twin is not (e.g. a 'Run the next cell' sentence before a widget)."""
    id_nb, en_nb = (nbformat.read(LESSONS[lang][int(nn)], as_version=4) for lang in LANGS)
    for teacher in (False, True):
        shapes = [_shape(handouts.printable(nb, nn, teacher, SECTIONS[lang], set(worksheets.LESSONS), lang))
                  for lang, nb in zip(LANGS, (id_nb, en_nb))]
        assert shapes[0] == shapes[1], f"lesson {nn} (teacher={teacher}): printed cells differ between editions"


def test_every_widget_activity_has_a_worksheet():
    needing = {e.lesson for e in catalog.entries() if e.kind in ("explorer", "activity")}
    assert needing <= set(worksheets.LESSONS), f"no worksheet for lessons {sorted(needing - set(worksheets.LESSONS))}"


@pytest.mark.parametrize("nn", sorted(worksheets.SHOWS))
def test_worksheet_choices_are_real_options_of_the_explorer(nn, monkeypatch):
    from kss.explorer import Explorer
    monkeypatch.setattr(Explorer, "redraw", lambda self: None)     # only the controls are needed here
    entries = {e.name: e for e in catalog.entries(lesson=nn)}
    for name, values, caption in worksheets.SHOWS[nn]:
        assert name in entries, f"lesson {nn}: {name} is not one of its explorers"
        assert set(caption) == set(LANGS) and all(caption.values()), f"lesson {nn}, {name}: a caption per edition"
        explorer = entries[name].build()
        for control, value in values.items():
            widget = explorer.controls[control]
            options = getattr(widget, "options", None)
            if options is not None and not hasattr(widget, "min"):
                allowed = [o[1] if isinstance(o, tuple) else o for o in options]
                assert value in allowed, f"lesson {nn}, {name}.{control}: {value!r} is not an option"
            elif hasattr(widget, "min"):
                low, high = widget.min, widget.max
                for v in (value if isinstance(value, tuple) else (value,)):
                    assert low <= v <= high, f"lesson {nn}, {name}.{control}: {v} outside {low}..{high}"


@pytest.mark.parametrize("lang", LANGS)
def test_worksheet_activity_text_comes_from_the_lesson(lang):
    texts = worksheets.activities_after_widgets("02", lang)
    assert texts and texts[0].startswith(EXPECT[lang]["activity"]) and EXPECT[lang]["africa"] in texts[0]
    # every worksheet carries its lesson's activities, as many in both editions
    for nn in worksheets.LESSONS:
        assert len(worksheets.activities_after_widgets(nn, "en")) == len(worksheets.activities_after_widgets(nn, "id"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_worksheet_carries_what_its_activity_points_to_but_no_answer(lang):
    """Lesson 04's activity says "read the three source cards below" and "choose life expectancy":
    the worksheet once had neither (GDP per capita, no cards, a page 2 with only the notes)."""
    import nbformat
    from kss.labels import t
    nb = nbformat.read(printing.lesson_files(["04"], lang)[0], as_version=4)
    cell = next(c.source for c in nb.cells if c.cell_type == "markdown" and EXPECT[lang]["activity"] in c.source)
    cards = re.findall(r"^\*\*\w+ [A-C]\.\*\*", cell, flags=re.M)
    folded = re.search(r"<details>.*?</summary>\s*(.+?)\n", cell, flags=re.S).group(1)
    sheet = text_of(worksheets.notebook("04", "04 · uji", lang))
    assert len(cards) == 3 and all(card in sheet for card in cards), cards
    assert folded[:60] not in sheet and "<details" not in sheet
    assert t("tools.worksheets.view.life_exp", lang) in sheet


@pytest.mark.parametrize("lang", LANGS)
def test_worksheets_print_the_data_in_the_editions_language(lang):
    """The cards (01), the claims (05) and the project form (08) of each edition's worksheet come
    from data/ in that edition's language; the other language's texts are not on it."""
    import html
    from kss import labels
    from table_edit import read_rows
    other = "en" if lang == "id" else "id"
    col = {"id": "claim_id_text", "en": "claim_en"}
    sheets = {nn: html.unescape(text_of(worksheets.notebook(nn, f"{nn} · uji", lang))) for nn in ("01", "05", "08")}
    assert labels.language() == "id", "building a worksheet must leave kss.labels as it was"
    claims = read_rows("claims.csv")
    assert all(r[col[lang]] in sheets["05"] for r in claims)
    assert not any(r[col[other]] in sheets["05"] for r in claims if r[col[other]] != r[col[lang]])
    titles = {r[f"title_{lang}"] for r in read_rows("examples.csv")}
    cards = re.findall(r'<div class="kss-card-title">(.*?)</div>', sheets["01"])
    assert len(cards) >= 6 and set(cards) <= titles, f"cards not from title_{lang}: {set(cards) - titles}"
    nairobi = read_rows("nairobi.csv")
    assert all(f'<span class="kss-box"></span>{r[f"name_{lang}"]}' in sheets["08"] for r in nairobi)
    assert not any(r[f"name_{other}"] in sheets["08"] for r in nairobi if r[f"name_{other}"] != r[f"name_{lang}"])


@pytest.mark.parametrize("lang", LANGS)
def test_exported_html_is_self_contained(lang):
    nb = nbformat.read(LESSONS[lang][2], as_version=4)
    html = printing.to_html(handouts.printable(nb, "02", teacher=False, lang=lang), "uji")
    assert "<script" not in html, "the print page must not run or load any script"
    assert not re.search(r"""(?:src|href)=["']https?://""", html.split("<body", 1)[0]), "a resource from the network"
    assert "break-inside: avoid" in html and "@page" in html


def test_page_footer_numbers_pages_in_each_language():
    numbers = {"id": "Halaman {n} dari {t}", "en": "Page {n} of {t}"}
    for lang, pattern in numbers.items():
        footer = re.sub(r"<span class=\"(pageNumber|totalPages)\"></span>",
                        lambda m: "{n}" if m.group(1) == "pageNumber" else "{t}", printing.footer("Judul", lang))
        assert pattern in re.sub(r"<[^>]+>", "", footer), f"{lang}: footer {footer!r}"
    words = {lang: re.sub(r"<[^>]+>", " ", printing.footer("x", lang)) for lang in numbers}
    assert "Halaman" not in words["en"] and "Page" not in words["id"]


def test_slides_split_long_text_and_tables():
    text = "## Judul\n" + "\n".join(f"- butir nomor {k} dengan kalimat yang cukup panjang untuk diuji" for k in range(30))
    parts = slides.chunks(text)
    assert len(parts) > 2 and all(len(p) <= slides.MAX_CHARS + 80 for p in parts)
    table = "<table><thead><tr><th>a</th></tr></thead><tbody>" + "".join(
        f"<tr><td>{'x' * 100}</td></tr>" for _ in range(20)) + "</tbody></table>"
    pieces = slides.table_slides(table)
    assert len(pieces) > 2 and all(p.count("<thead>") == 1 for p in pieces)
    assert sum(p.count("<td>") for p in pieces) == 20


@pytest.mark.parametrize("lang", LANGS)
def test_slides_hold_no_answers_and_no_code(lang):
    nb = nbformat.read(LESSONS[lang][3], as_version=4)
    deck = slides.deck(nb, "03", lang)
    text = text_of(deck)
    assert "<details>" not in text and EXPECT[lang]["correct"] not in text and "from kss" not in text
    assert all(c.metadata["slideshow"]["slide_type"] == "slide" for c in deck.cells)
    assert EXPECT[lang]["setup"] not in text
    quiz_slides = [c.source for c in deck.cells if c.source.startswith(EXPECT[lang]["quiz"] + "\n")]
    assert len(quiz_slides) == len(questions_for("03", lang)), "one slide per quiz question"


def test_every_screenshot_the_guide_prints_is_committed_and_small():
    for lang in LANGS:
        for name in screenshots.captions(lang):
            path = screenshots.OUT / f"{name}.png"
            assert path.is_file(), f"{path.relative_to(ROOT)} missing: run python -m tools.screenshots"
            assert path.stat().st_size < 250_000, f"{path.name}: {path.stat().st_size // 1024} kB"
    assert screenshots.captions("en").keys() == screenshots.captions("id").keys()


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_book_has_start_troubleshooting_rubric_and_keys(lang):
    text = text_of(guide_pdf.notebook(lang))
    for heading in EXPECT[lang]["guide"]:
        assert heading in text, f"the teacher guide PDF lacks {heading!r}"
    order = EXPECT[lang]["order"]
    assert [text.index(heading) for heading in order] == sorted(text.index(heading) for heading in order)
    assert "```python" not in text and "guide.write_handout" not in text
    shots = len(screenshots.captions(lang))
    assert len(re.findall(r'<img class="kss-shot"', text)) == shots, "every screenshot, once"


@pytest.mark.parametrize("lang", LANGS)
def test_paper_project_form_asks_which_nairobi_principles_the_design_meets(lang):
    from table_edit import read_rows
    with printing.language(lang):
        form, _key = worksheets.project_form()
    names = [r[f"name_{lang}"] for r in sorted(read_rows("nairobi.csv"), key=lambda r: int(r["order"]))]
    assert EXPECT[lang]["nairobi"] in form
    for name in names:
        assert f'<span class="kss-box"></span>{name}' in form


@pytest.mark.parametrize("lang", LANGS)
def test_paper_project_form_asks_what_the_rubric_marks(lang):
    """The rubric marks clear activities and one challenge with its remedy (lesson 08); the
    designer has no field for them, so the paper form (like the lesson's project sheet) asks."""
    with printing.language(lang):
        form, _key = worksheets.project_form()
        asked = [html.escape(t(f"tools.worksheets.{k}", lang))
                 for k in ("project_what", "project_who", "project_challenge", "project_example")]
    for label in asked:
        assert f"<th style=\"width:35%\">{label}</th>" in form, label
