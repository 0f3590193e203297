"""The classroom kit on paper: A4 PDFs for every lesson, for a class with or without computers.

    python tools/handouts.py                 # everything, into build/handouts/
    python tools/handouts.py --lessons 02 05 # only these lessons (and the guide, worksheets)

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
Everything runs offline: nbconvert for the HTML, Debian's Chromium for the PDF.
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import printing  # noqa: E402  (tools/printing.py)

ROOT = printing.ROOT
sys.path.insert(0, str(ROOT))
from kss import static  # noqa: E402  (a stored figure: its PNG and description)
OUT = ROOT / "build" / "handouts"
LESSON_DIR = ROOT / "notebooks" / "id"
GUIDE = LESSON_DIR / "panduan-guru.ipynb"
EDITIONS = ("siswa", "guru")

DETAILS = re.compile(r"<details>\s*<summary>.*?</summary>(.*?)</details>", re.S | re.I)
QUIZ_CALL = re.compile(r"lesson_quiz\(\s*[\"'](\d\d)[\"']\s*\)")
RUN_THIS = re.compile(r"^\s*Jalankan sel", re.I)


# ---------------------------------------------------------------- reading the lessons

def lesson_files(numbers=None) -> list[Path]:
    files = sorted(LESSON_DIR.glob("[0-9][0-9]-*.ipynb"))
    if numbers:
        files = [f for f in files if f.name[:2] in numbers]
    return files


def title_of(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^# +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                return m.group(1)
    return ""


def is_widget_cell(cell) -> bool:
    return cell.cell_type == "code" and "nbval-ignore-output" in cell.metadata.get("tags", [])


def widget_name(cell) -> str:
    """'bandung.map_explorer' or 'quiz.l02' for a widget cell."""
    m = QUIZ_CALL.search(cell.source)
    if m:
        return f"quiz.l{m.group(1)}"
    last = [ln for ln in cell.source.strip().splitlines() if ln.strip()][-1].strip()
    m = re.match(r"([a-z_]+)\.([a-z_]+)\(", last)
    return f"{m.group(1)}.{m.group(2)}" if m else ""


def guide_sections() -> dict[str, str]:
    """{'## heading': markdown} of the teacher guide notebook's markdown cells."""
    nb = nbformat.read(GUIDE, as_version=4)
    found = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.match(r"^## +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                found[m.group(1)] = cell.source
    return found


def discussion_prompts(title: str, sections: dict[str, str]) -> str:
    """The teacher guide's discussion prompts under this lesson's title ('**02 · ...**')."""
    text = sections.get("Bahan diskusi", "")
    m = re.search(r"^\*\*" + re.escape(title) + r"\*\*\s*\n(.*?)(?=^\*\*|\Z)", text, flags=re.M | re.S)
    return m.group(1).strip() if m else ""


def plan_rows(nn: str, sections: dict[str, str]) -> list[str]:
    """Markdown blocks: each unit plan's rows that name lesson `nn`, with the plan's header."""
    out = []
    for heading, text in sections.items():
        if not heading.startswith("Rencana unit"):
            continue
        label = heading.replace("Rencana unit", "Rencana").strip()
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
            col = header.index("Pelajaran") if "Pelajaran" in header else 1
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

def quiz_markdown(nn: str, teacher: bool) -> str:
    from kss.quiz import questions_for
    lines = []
    for i, q in enumerate(questions_for(nn), start=1):
        lines.append(f"**Soal {i}.** {q.text}\n")
        for k, option in enumerate(q.options):
            letter = "abcdefgh"[k]
            if teacher and k == q.answer:
                lines.append(f"- ☑ **{letter}. {option}** (jawaban benar)")
            else:
                lines.append(f"- ☐ {letter}. {option}")
        if teacher:
            lines.append(f"\n> **Penjelasan:** {q.explanation}")
        lines.append("")
    return "\n".join(lines)


def answers(text: str, teacher: bool) -> str:
    """Folded answers: unfolded as a key for the teacher, lines to write on for the student."""
    def key(m):
        body = m.group(1).strip()
        return f'\n\n<div class="kss-key" markdown="1">\n\n**Jawaban:** {body}\n\n</div>\n\n'

    def blank(_m):
        return ('\n\n<div class="kss-answer-label">Jawabanku:</div>'
                '<div class="kss-lines"></div><div class="kss-lines"></div><div class="kss-lines"></div>\n\n')
    return DETAILS.sub(key if teacher else blank, text)


def printable(nb, nn: str, teacher: bool, sections: dict[str, str] | None = None,
              worksheet_lessons: set[str] = frozenset()) -> nbformat.NotebookNode:
    """The lesson as it is printed: no code, no navigation, no setup; figures with captions;
    widgets replaced by their paper version; answers for the teacher only."""
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
                skip_section = heading.group(1).strip() == "Persiapan"
            if skip_section:
                continue
            if nxt is not None and is_widget_cell(nxt) and RUN_THIS.match(text) and not heading:
                continue      # "Jalankan sel berikut ...": nothing to run on paper
            if heading and re.sub(r"\s*\(sekitar \d+ menit\)$", "", heading.group(1).strip()) == "Kuis singkat":
                text = "## Kuis singkat\n" + ("Kunci jawaban kuis, dengan penjelasannya." if teacher else
                                             "Beri tanda pada satu jawaban untuk setiap soal.")
            text = answers(text, teacher)
            cells.append(nbformat.v4.new_markdown_cell(text))
            if teacher and re.search(r"^## +Tujuan pembelajaran", cell.source, flags=re.M) and sections:
                cells.append(nbformat.v4.new_markdown_cell(teacher_box(nn, title, nb, sections)))
            continue
        if cell.cell_type != "code" or skip_section:
            continue
        if is_widget_cell(cell):
            name = widget_name(cell)
            if name.startswith("quiz."):
                cells.append(nbformat.v4.new_markdown_cell(quiz_markdown(nn, teacher)))
            elif nn in worksheet_lessons:
                cells.append(nbformat.v4.new_markdown_cell(
                    '<div class="kss-note">Di komputer, di sini ada widget interaktif. Tanpa komputer: '
                    f'pakai lembar kerja pelajaran {nn}.</div>'))
            continue
        kept = []
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            stored = static.stored_figure(data.get("text/html", ""))     # a kss figure: PNG + description
            if stored or "image/png" in data:
                figure_no += 1
                png, text = stored or (data["image/png"].replace("\n", ""), "")
                caption = f"Gambar {nn}.{figure_no}" + (f". {text}" if text else "")
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


def teacher_box(nn: str, title: str, nb, sections: dict[str, str]) -> str:
    minutes = nb.metadata.get("kss", {}).get("minutes")
    parts = ['<div class="kss-teacher" markdown="1">', "", "### Untuk guru", ""]
    if minutes:
        parts += [f"**Waktu pelajaran:** sekitar {minutes} menit (lihat juga baris **Waktu** di atas).", ""]
    plans = plan_rows(nn, sections)
    if plans:
        parts += ["**Tempat pelajaran ini di rencana unit:**", ""] + ["\n\n".join(plans), ""]
    prompts = discussion_prompts(title, sections)
    if prompts:
        parts += ["**Bahan diskusi:**", "", prompts, ""]
    parts += ["Jawaban latihan dan kunci kuis tercetak terbuka di bawah, di tempatnya masing-masing.", "", "</div>"]
    return "\n".join(parts)


# ---------------------------------------------------------------- building

def build(numbers=None, out: Path = OUT, pdf: bool = True) -> list[Path]:
    import worksheets   # tools/worksheets.py
    import guide_pdf    # tools/guide_pdf.py
    from kss import setup as _setup  # noqa: F401  (matplotlib style, language)
    sections = guide_sections()
    jobs: list[printing.PrintJob] = []
    sheet_lessons = set(worksheets.LESSONS)
    for path in lesson_files(numbers):
        nn = path.name[:2]
        nb = nbformat.read(path, as_version=4)
        title = title_of(nb)
        for edition in EDITIONS:
            teacher = edition == "guru"
            page = printable(nb, nn, teacher, sections, sheet_lessons)
            label = f"{title} · " + ("edisi guru" if teacher else "lembar siswa")
            html_path = printing.write(out / "html" / edition / f"{path.stem}.html", printing.to_html(page, label))
            jobs.append(printing.PrintJob(html_path, out / edition / f"{path.stem}.pdf", label))
        if nn in sheet_lessons:
            sheet = worksheets.notebook(nn, title)
            label = f"{title} · lembar kerja tanpa komputer"
            html_path = printing.write(out / "html" / "lembar-kerja" / f"{path.stem}.html",
                                       printing.to_html(sheet, label))
            jobs.append(printing.PrintJob(html_path, out / "lembar-kerja" / f"{path.stem}.pdf", label))
    guide = guide_pdf.notebook()
    html_path = printing.write(out / "html" / "panduan-guru.html", printing.to_html(guide, guide_pdf.TITLE))
    jobs.append(printing.PrintJob(html_path, out / "panduan-guru.pdf", guide_pdf.TITLE))
    if not pdf:
        return [job.html_path for job in jobs]
    return printing.print_pdfs(jobs, home=out / ".chromium")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lessons", nargs="*", help="lesson numbers, e.g. 02 05 (default: all)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: build/handouts)")
    parser.add_argument("--html-only", action="store_true", help="write the HTML pages, print no PDF")
    args = parser.parse_args(argv)
    try:
        written = build(args.lessons, args.out, pdf=not args.html_only)
    except printing.PrintError as exc:
        printing.fail(str(exc))
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
