"""The classroom kit's pieces, without a browser (fast): what each printed edition keeps and
leaves out, the worksheets' choices, the self-contained HTML, the slide splitting and the
committed screenshots. The PDFs and slides themselves are checked in
tests/browser/test_classroom_kit.py."""
import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import guide_pdf  # noqa: E402
import handouts  # noqa: E402
import printing  # noqa: E402
import screenshots  # noqa: E402
import slides  # noqa: E402
import worksheets  # noqa: E402

from kss import catalog, guide, static  # noqa: E402
from kss.quiz import questions_for  # noqa: E402

LESSONS = handouts.lesson_files()
SECTIONS = handouts.guide_sections()


def text_of(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_`>]", "", text)).strip()


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem[:2] for p in LESSONS])
def test_student_and_teacher_editions(path):
    nb = nbformat.read(path, as_version=4)
    nn = path.name[:2]
    student = handouts.printable(nb, nn, teacher=False, sections=SECTIONS)
    teacher = handouts.printable(nb, nn, teacher=True, sections=SECTIONS)
    s_text, t_text = text_of(student), text_of(teacher)
    for edition in (student, teacher):
        assert all(c.cell_type == "markdown" or "text/html" in c.outputs[0].get("data", {}) for c in edition.cells)
        assert "<!--NAVIGASI-->" not in text_of(edition) and "<details>" not in text_of(edition)
        assert "## Persiapan" not in text_of(edition)
    figures = sum("image/png" in o.get("data", {}) or bool(static.stored_figure(o.get("data", {}).get("text/html")))
                  for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert figures, f"{path.name}: no stored figure found"
    assert s_text.count('<figure class="kss-figure">') == figures
    assert len(set(re.findall(r"Gambar \d\d\.\d+", s_text))) == figures, "figure captions must be unique"
    answers = guide.exercises_of(nb)
    assert answers, f"{path.name}: no folded answers found"
    for ex in answers:
        key = plain(ex.answer)[:60]
        assert key in plain(t_text), f"{path.name}: the teacher edition lacks the answer {key!r}"
        assert key not in plain(s_text), f"{path.name}: the student edition shows the answer {key!r}"
    for q in questions_for(nn):
        assert plain(q.text)[:50] in plain(s_text)
        assert f"**{'abcdefgh'[q.answer]}. {q.options[q.answer]}** (jawaban benar)" in t_text
    assert "Penjelasan:" not in s_text and "(jawaban benar)" not in s_text
    assert "### Untuk guru" in t_text and "### Untuk guru" not in s_text
    title = handouts.title_of(nb)
    prompts = handouts.discussion_prompts(title, SECTIONS)
    assert prompts and prompts.splitlines()[0] in t_text, f"{title}: discussion prompts missing"
    assert handouts.plan_rows(nn, SECTIONS), f"{title}: lesson {nn} is in no unit plan of the guide"


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


def test_worksheet_activity_text_comes_from_the_lesson():
    texts = worksheets.activities_after_widgets("02")
    assert texts and texts[0].startswith("> **Aktivitas") and "Afrika" in texts[0]


def test_exported_html_is_self_contained():
    nb = nbformat.read(LESSONS[2], as_version=4)
    html = printing.to_html(handouts.printable(nb, "02", teacher=False), "uji")
    assert "<script" not in html, "the print page must not run or load any script"
    assert not re.search(r"""(?:src|href)=["']https?://""", html.split("<body", 1)[0]), "a resource from the network"
    assert "break-inside: avoid" in html and "@page" in html


def test_slides_split_long_text_and_tables():
    text = "## Judul\n" + "\n".join(f"- butir nomor {k} dengan kalimat yang cukup panjang untuk diuji" for k in range(30))
    parts = slides.chunks(text)
    assert len(parts) > 2 and all(len(p) <= slides.MAX_CHARS + 80 for p in parts)
    table = "<table><thead><tr><th>a</th></tr></thead><tbody>" + "".join(
        f"<tr><td>{'x' * 100}</td></tr>" for _ in range(20)) + "</tbody></table>"
    pieces = slides.table_slides(table)
    assert len(pieces) > 2 and all(p.count("<thead>") == 1 for p in pieces)
    assert sum(p.count("<td>") for p in pieces) == 20


def test_slides_hold_no_answers_and_no_code():
    nb = nbformat.read(LESSONS[3], as_version=4)
    deck = slides.deck(nb, "03")
    text = text_of(deck)
    assert "<details>" not in text and "(jawaban benar)" not in text and "from kss" not in text
    assert all(c.metadata["slideshow"]["slide_type"] == "slide" for c in deck.cells)


def test_every_screenshot_the_guide_prints_is_committed_and_small():
    for name in screenshots.captions():
        path = screenshots.OUT / f"{name}.png"
        assert path.is_file(), f"{path.relative_to(ROOT)} missing: run python tools/screenshots.py"
        assert path.stat().st_size < 250_000, f"{path.name}: {path.stat().st_size // 1024} kB"


def test_the_guide_book_has_start_troubleshooting_rubric_and_keys():
    text = text_of(guide_pdf.notebook())
    for heading in ("## Cara memulai", "## Kalau ada masalah", "## Penjelajah dan aktivitas", "## Rubrik penilaian",
                    "## Kunci jawaban latihan", "## Kunci jawaban kuis", "## Rencana unit 2 × 45 menit",
                    "## Bahan cetak dan slide"):
        assert heading in text, f"the teacher guide PDF lacks {heading!r}"
    assert text.index("## Cara memulai") < text.index("## Rencana unit 2 × 45 menit") < text.index("## Sumber")
    assert "```python" not in text and "guide.write_handout" not in text


def test_paper_project_form_asks_which_nairobi_principles_the_design_meets():
    from table_edit import read_rows
    form, _key = worksheets.project_form()
    names = [r["name_id"] for r in sorted(read_rows("nairobi.csv"), key=lambda r: int(r["order"]))]
    assert "prinsip Nairobi" in form
    for name in names:
        assert f'<span class="kss-box"></span>{name}' in form
