"""The classroom kit on paper: A4 PDFs for every lesson, for a class with or without computers.

    python -m tools.handouts                 # both editions, into build/handouts/ (English: build/handouts/en/)
    python -m tools.handouts --lessons 02 05 # only these lessons (and the guide, worksheets)
    python -m tools.handouts --edition en    # only one edition (id: notebooks/id/, en: notebooks/en/)

Writes, from the committed notebooks (their stored outputs; nothing is re-executed):
- siswa/NN-slug.pdf      student handout: no code, the figures, activities, exercises with
                         space for the answer, the quiz questions (answers left out);
- guru/NN-slug.pdf       teacher edition: the same lesson with the exercise answers and the
                         quiz key unfolded, the lesson's timings in the unit plans and its
                         discussion prompts (both read from the teacher guide notebook);
- lembar-kerja/NN-slug.pdf  worksheets for a class without computers: the paper version
                         of every activity that needs a widget (tools/worksheets.py);
- panduan-guru.pdf       the teacher guide, readable without Jupyter (tools/guide_pdf.py).
The HTML pages printed are kept beside them (html/), self-contained.
The English edition's kit (notebooks/en/) has the same files in build/handouts/en/, in folders
with English names (FOLDERS): student/, teacher/, worksheets/, teacher-guide.pdf, html/.
The kit's own words (headings, labels, footers) are under tools.handouts in the locale files
(kss/locales/<lang>.yml); the lessons' skeleton words (Setup, Quick quiz, ...) come from kss/editions.py.
Everything runs offline: nbconvert for the HTML, Debian's Chromium for the PDF.
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

from kss import static  # a stored figure: its PNG and description
from kss.editions import EDITIONS as BOOKS  # notebooks/<lang>/ and their skeleton words
from kss.labels import LANGUAGES, t
from tools import guide_pdf, printing, worksheets
from tools.printing import QUIZ_CALL, is_widget_cell, lesson_files, title_of, widget_name  # noqa: F401  (used here and by slides, tests)

ROOT = printing.ROOT
OUT = ROOT / "build" / "handouts"
LANGS = tuple(BOOKS)                       # ("id", "en")
LESSON_DIR = BOOKS["id"].folder
GUIDE = LESSON_DIR / BOOKS["id"].guide
# the kit's folders and file names per language; the Indonesian kit sits in build/handouts/
# itself, the English one in build/handouts/en/
KIT = ("student", "teacher", "worksheets", "guide")
FOLDERS = {lang: {part: t(f"tools.handouts.folder.{part}", lang) for part in KIT} for lang in LANGUAGES}
EDITIONS = (FOLDERS["id"]["student"], FOLDERS["id"]["teacher"])     # the Indonesian ("siswa", "guru")

DETAILS = re.compile(r"<details>\s*<summary>.*?</summary>(.*?)</details>", re.S | re.I)
# "Jalankan sel berikut ..." / "Run the next cell ...": the sentence before a widget
RUN_THIS = {lang: re.compile(t("tools.handouts.run_this", lang), re.I) for lang in LANGUAGES}

# The kit's own words, per language, are under tools.handouts in kss/locales/<lang>.yml (the
# lessons' skeleton words come from kss/editions.py).


def out_dir(out: Path, lang: str) -> Path:
    """Where an edition's kit goes: the Indonesian one in `out`, the English one in out/en/."""
    return out if lang == "id" else out / lang


# ---------------------------------------------------------------- reading the lessons

def guide_sections(lang: str = "id") -> dict[str, str]:
    """{'## heading': markdown} of the teacher guide notebook's markdown cells."""
    nb = nbformat.read(BOOKS[lang].folder / BOOKS[lang].guide, as_version=4)
    found = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.match(r"^## +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                found[m.group(1)] = cell.source
    return found


def discussion_prompts(title: str, sections: dict[str, str], lang: str = "id") -> str:
    """The teacher guide's discussion prompts under this lesson's title ('**02 · ...**')."""
    text = sections.get(t("tools.handouts.prompts_section", lang), "")
    m = re.search(r"^\*\*" + re.escape(title) + r"\*\*\s*\n(.*?)(?=^\*\*|\Z)", text, flags=re.M | re.S)
    return m.group(1).strip() if m else ""


def plan_rows(nn: str, sections: dict[str, str], lang: str = "id") -> list[str]:
    """Markdown blocks: each unit plan's rows that name lesson `nn`, with the plan's header."""
    out = []
    lesson_col = BOOKS[lang].w("lesson")
    for heading, text in sections.items():
        prefix = t("tools.handouts.plan_prefix", lang)
        if not heading.startswith(prefix):
            continue
        label = heading.replace(prefix, t("tools.handouts.plan_label", lang), 1).strip()
        current = ""
        header = None
        rows: list[tuple[str, list[str]]] = []
        for line in text.splitlines():
            bold = re.match(r"^\*\*(.+?)\*\*\s*$", line)
            if bold:
                current = bold.group(1)
                header = None
                continue
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None:
                header = cells
                continue
            if set("".join(cells)) <= set("-: "):
                continue
            col = header.index(lesson_col) if lesson_col in header else 1
            if nn in re.findall(r"\d\d", cells[col]):
                rows.append((current, header, cells))
        if rows:
            header = rows[0][1]
            block = [f"**{label}**" + (f" ({rows[0][0]})" if rows[0][0] else ""), "",
                     "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            block += ["| " + " | ".join(cells) + " |" for _cur, _h, cells in rows]
            out.append("\n".join(block))
    return out


# ---------------------------------------------------------------- the printable notebook

def quiz_markdown(nn: str, teacher: bool, lang: str = "id") -> str:
    from kss.quiz import questions_for
    lines = []
    for i, q in enumerate(questions_for(nn, lang), start=1):
        if q.stimulus:        # a source excerpt or case the question asks about
            lines.append(f"> {q.stimulus}" + (f"<br>*{q.source}*" if q.source else "") + "\n")
        lines.append(f"**{t('tools.handouts.question', lang, i=i)}** {q.text}\n")
        for k, option in enumerate(q.options):
            letter = "abcdefgh"[k]
            if teacher and k == q.answer:
                lines.append(f"- ☑ **{letter}. {option}** {t('tools.handouts.correct', lang)}")
            else:
                lines.append(f"- ☐ {letter}. {option}")
        if teacher:
            lines.append(f"\n> **{t('tools.handouts.explanation', lang)}** {q.explanation}")
        lines.append("")
    return "\n".join(lines)


def answers(text: str, teacher: bool, lang: str = "id") -> str:
    """Folded answers: unfolded as a key for the teacher, lines to write on for the student."""
    answer, mine = BOOKS[lang].w("answer"), t("tools.handouts.my_answer", lang)

    def key(m):
        body = m.group(1).strip()
        return f'\n\n<div class="kss-key" markdown="1">\n\n**{answer}:** {body}\n\n</div>\n\n'

    def blank(_m):
        return (f'\n\n<div class="kss-answer-label">{mine}</div>'
                '<div class="kss-lines"></div><div class="kss-lines"></div><div class="kss-lines"></div>\n\n')
    return DETAILS.sub(key if teacher else blank, text)


def section_name(heading: str, lang: str = "id") -> str:
    """A '## ' heading without the minutes it states: 'Kuis singkat (sekitar 5 menit)' -> 'Kuis singkat'."""
    return re.sub(r"\s*" + BOOKS[lang].minutes_re().pattern + "$", "", heading.strip())


def printable(nb, nn: str, teacher: bool, sections: dict[str, str] | None = None,
              worksheet_lessons: set[str] = frozenset(), lang: str = "id") -> nbformat.NotebookNode:
    """The lesson as it is printed: no code, no navigation, no setup; figures with captions;
    widgets replaced by their paper version; answers for the teacher only. `lang` is the
    lesson's edition ("id": notebooks/id/, "en": notebooks/en/)."""
    book = BOOKS[lang]
    quiz = book.w("quiz")
    nb = copy.deepcopy(nb)
    title = title_of(nb)
    cells = []
    figure_no = 0
    skip_section = False
    source_cells = nb.cells
    for i, cell in enumerate(source_cells):
        nxt = source_cells[i + 1] if i + 1 < len(source_cells) else None
        if cell.cell_type == "markdown":
            text = cell.source
            if text.startswith("<!--NAVIGASI-->"):
                continue
            heading = re.match(r"^## +(.+?)\s*$", text, flags=re.M)
            if heading:
                skip_section = heading.group(1).strip() == book.w("setup")
            if skip_section:
                continue
            if nxt is not None and is_widget_cell(nxt) and RUN_THIS[lang].match(text) and not heading:
                continue      # "Jalankan sel berikut ...": nothing to run on paper
            if heading and section_name(heading.group(1), lang) == quiz:
                key = "tools.handouts.quiz_teacher" if teacher else "tools.handouts.quiz_student"
                text = f"## {quiz}\n" + t(key, lang)
            text = answers(text, teacher, lang)
            cells.append(nbformat.v4.new_markdown_cell(text))
            if (teacher and sections
                    and re.search(r"^## +" + re.escape(book.w("objectives")), cell.source, flags=re.M)):
                cells.append(nbformat.v4.new_markdown_cell(teacher_box(nn, title, nb, sections, lang)))
            continue
        if cell.cell_type != "code" or skip_section:
            continue
        if is_widget_cell(cell):
            name = widget_name(cell)
            if name.startswith("quiz."):
                cells.append(nbformat.v4.new_markdown_cell(quiz_markdown(nn, teacher, lang)))
            elif nn in worksheet_lessons:
                cells.append(nbformat.v4.new_markdown_cell(
                    f'<div class="kss-note">{t("tools.handouts.widget_note", lang, nn=nn)}</div>'))
            continue
        kept = []
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            stored = static.stored_figure(data.get("text/html", ""))     # a kss figure: PNG + description
            if stored or "image/png" in data:
                figure_no += 1
                png, text = stored or (data["image/png"].replace("\n", ""), "")
                caption = t("tools.handouts.figure", lang, nn=nn, k=figure_no) + (f". {text}" if text else "")
                cells.append(nbformat.v4.new_markdown_cell(printing.figure_html(png, caption)))
            elif "text/html" in data:
                kept.append(out)
        if kept:
            code = nbformat.v4.new_code_cell(cell.source)
            code.outputs = kept
            cells.append(code)
    nb.cells = cells
    nb.metadata.pop("widgets", None)
    return nb


def teacher_box(nn: str, title: str, nb, sections: dict[str, str], lang: str = "id") -> str:
    minutes = nb.metadata.get("kss", {}).get("minutes")
    parts = ['<div class="kss-teacher" markdown="1">', "", f"### {t('tools.handouts.for_teacher', lang)}", ""]
    if minutes:
        parts += [t("tools.handouts.lesson_time", lang, minutes=minutes), ""]
    plans = plan_rows(nn, sections, lang)
    if plans:
        parts += [t("tools.handouts.in_plans", lang), ""] + ["\n\n".join(plans), ""]
    prompts = discussion_prompts(title, sections, lang)
    if prompts:
        parts += [t("tools.handouts.prompts_label", lang), "", prompts, ""]
    parts += [t("tools.handouts.keys_below", lang), "", "</div>"]
    return "\n".join(parts)


# ---------------------------------------------------------------- building

def jobs_for(lang: str, numbers=None, out: Path = OUT) -> list[printing.PrintJob]:
    """The HTML pages of one edition's kit, written; the print jobs that make its PDFs."""
    folders, base = FOLDERS[lang], out_dir(out, lang)
    sections = guide_sections(lang)
    jobs: list[printing.PrintJob] = []
    sheet_lessons = set(worksheets.LESSONS)
    with printing.language(lang):               # the helpers' words in figures, cards and forms
        for path in lesson_files(numbers, lang):
            nn = path.name[:2]
            nb = nbformat.read(path, as_version=4)
            title = title_of(nb)
            for role in ("student", "teacher"):
                teacher = role == "teacher"
                page = printable(nb, nn, teacher, sections, sheet_lessons, lang)
                label = f"{title} · " + t(f"tools.handouts.{role}_label", lang)
                folder = folders[role]
                html_path = printing.write(base / "html" / folder / f"{path.stem}.html",
                                           printing.to_html(page, label))
                jobs.append(printing.PrintJob(html_path, base / folder / f"{path.stem}.pdf", label, lang))
            if nn in sheet_lessons:
                sheet = worksheets.notebook(nn, title, lang)
                label = f"{title} · " + t("tools.handouts.worksheet_label", lang)
                folder = folders["worksheets"]
                html_path = printing.write(base / "html" / folder / f"{path.stem}.html",
                                           printing.to_html(sheet, label))
                jobs.append(printing.PrintJob(html_path, base / folder / f"{path.stem}.pdf", label, lang))
        guide = guide_pdf.notebook(lang)
    name, title = folders["guide"], guide_pdf.TITLES[lang]
    html_path = printing.write(base / "html" / f"{name}.html", printing.to_html(guide, title))
    jobs.append(printing.PrintJob(html_path, base / f"{name}.pdf", title, lang))
    return jobs


def build(numbers=None, out: Path = OUT, pdf: bool = True, langs=LANGS) -> list[Path]:
    """Both editions' kits (or those of `langs`): the PDFs, or with pdf=False only the HTML pages."""
    from kss import setup as _setup  # noqa: F401  (matplotlib style, language)
    jobs = [job for lang in langs for job in jobs_for(lang, numbers, out)]
    if not pdf:
        return [job.html_path for job in jobs]
    return printing.print_pdfs(jobs, home=out / ".chromium")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lessons", nargs="*", help="lesson numbers, e.g. 02 05 (default: all)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: build/handouts)")
    parser.add_argument("--html-only", action="store_true", help="write the HTML pages, print no PDF")
    parser.add_argument("--edition", choices=LANGS, action="append",
                        help="only this edition: id (Bahasa Indonesia) or en (English, into OUT/en/); "
                             "default: both")
    args = parser.parse_args(argv)
    try:
        written = build(args.lessons, args.out, pdf=not args.html_only, langs=args.edition or LANGS)
    except printing.PrintError as exc:
        printing.fail(str(exc))
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
