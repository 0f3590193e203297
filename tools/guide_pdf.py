"""The teacher guide as a printed book: readable without Jupyter (printed by tools/handouts.py).

    from tools import guide_pdf
    nb = guide_pdf.notebook()       # markdown cells + the guide notebook's stored outputs
    nb = guide_pdf.notebook("en")   # the English edition's guide (notebooks/en/teacher-guide.ipynb)
    nb = guide_pdf.modul_ajar("id") # the guide's Modul Ajar section alone, for a school's supervisor

    python -m tools.guide_pdf --modul-ajar          # build/handouts/modul-ajar.pdf and en/modul-ajar.pdf
    python -m tools.guide_pdf --modul-ajar --html-only

Built from notebooks/id/panduan-guru.ipynb or notebooks/en/teacher-guide.ipynb (its text and
the stored outputs of its cells: lesson table, objectives, exercise and quiz keys, notes on
the source article, handout),
with the parts a teacher new to Jupyter needs added around it: how to start (laptop, lab,
Binder, hub) with screenshots of the first steps (docs/screenshots/, made by
tools/screenshots.py), a picture of every explorer, troubleshooting, a rubric for the
project and the fact-check, and the list of printed materials. No code is printed.
The added parts are written once per language, with the same facts, under tools.guide_pdf in
the locale files (kss/locales/<lang>.yml).
"""
from __future__ import annotations

import argparse
import base64
import re
import sys
from pathlib import Path

import nbformat

from kss.editions import EDITIONS as BOOKS
from kss.labels import LANGUAGES, t
from tools import printing, screenshots

TITLES = {lang: t("tools.guide_pdf.title", lang) for lang in LANGUAGES}
TITLE = TITLES["id"]
GUIDE = BOOKS["id"].folder / BOOKS["id"].guide
SHOTS = screenshots.OUT
# The added parts (how to start, troubleshooting, the explorers, the rubric, the printed kit)
# are under tools.guide_pdf in kss/locales/<lang>.yml. Per language: the guide notebook's
# sections to drop (Setup), and the sections the parts go before: the start before the unit
# plan, the rubric and the kit before the sources.
SECTIONS = {lang: ({BOOKS[lang].w("setup")},
                   {t("tools.guide_pdf.unit_plan_heading", lang): "start", BOOKS[lang].w("sources"): "end"})
            for lang in BOOKS}


def _shot(name: str, caption: str) -> str:
    path = SHOTS / f"{name}.png"
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return printing.figure_html(data, caption).replace("<img ", '<img class="kss-shot" ', 1)


def first_steps(lang: str = "id") -> list[str]:
    captions = screenshots.captions(lang)
    return [_shot(name, t("tools.guide_pdf.step", lang, k=k, caption=captions[name]))
            for k, name in enumerate(screenshots.FIRST_STEPS, start=1)]


def explorers(lang: str = "id") -> list[str]:
    cells = [t("tools.guide_pdf.explorers", lang)]
    captions = screenshots.captions(lang)
    k = len(screenshots.FIRST_STEPS)
    for shots in screenshots.WIDGETS.values():
        for _cls, name in shots:
            k += 1
            cells.append(_shot(name, t("tools.guide_pdf.screen", lang, k=k, caption=captions[name])))
    return cells


def guide_cells(lang: str = "id") -> list:
    """The guide notebook's markdown and stored outputs as printable markdown/code cells."""
    drop = SECTIONS[lang][0]
    nb = nbformat.read(BOOKS[lang].folder / BOOKS[lang].guide, as_version=4)
    out = []
    section = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.match(r"^## +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                section = m.group(1).strip()
            if section in drop or "```python" in cell.source:
                continue
            out.append((section, nbformat.v4.new_markdown_cell(cell.source)))
        elif cell.cell_type == "code" and section not in drop:
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown")
                if text:
                    out.append((section, nbformat.v4.new_markdown_cell(text)))
    return out


def notebook(lang: str = "id") -> nbformat.NotebookNode:
    insert_before = SECTIONS[lang][1]
    cells = []
    previous = None
    done = set()
    for section, cell in guide_cells(lang):
        if section != previous and section in insert_before:
            cells += _insert(insert_before[section], lang)
            done.add(section)
        cells.append(cell)
        previous = section
    for section in insert_before:           # a section the guide no longer has: at the end
        if section not in done:
            cells += _insert(insert_before[section], lang)
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    return nb


def _insert(what: str, lang: str = "id") -> list:
    if what == "start":
        texts = ([t("tools.guide_pdf.start", lang)] + first_steps(lang) + [t("tools.guide_pdf.troubleshooting", lang)]
                 + explorers(lang))
    else:
        texts = [t("tools.guide_pdf.rubric", lang), t("tools.guide_pdf.kit", lang)]
    return [nbformat.v4.new_markdown_cell(text) for text in texts]


# ---------------------------------------------------------------- the Modul Ajar on its own

MODUL_AJAR_CELL = "c0ffee01"    # the guide's "## Modul Ajar per JP" heading cell (both editions)
OUT = Path(__file__).resolve().parent.parent / "build" / "handouts"


def modul_ajar(lang: str = "id") -> nbformat.NotebookNode:
    """The guide's Modul Ajar section (its heading and the stored output of kss.modul_ajar) as
    a printable notebook: the same text as in the guide book, on its own."""
    nb = nbformat.read(BOOKS[lang].folder / BOOKS[lang].guide, as_version=4)
    at = next((i for i, c in enumerate(nb.cells) if c.get("id") == MODUL_AJAR_CELL), None)
    if at is None:
        raise printing.PrintError(f"{BOOKS[lang].guide}: no Modul Ajar section (cell {MODUL_AJAR_CELL})")
    cells = [nbformat.v4.new_markdown_cell(nb.cells[at].source)]
    for cell in nb.cells[at + 1:]:
        if cell.cell_type == "markdown":
            break
        cells += [nbformat.v4.new_markdown_cell(o["data"]["text/markdown"])
                  for o in cell.get("outputs", []) if "text/markdown" in o.get("data", {})]
    if len(cells) == 1:
        raise printing.PrintError(f"{BOOKS[lang].guide}: the Modul Ajar cell has no stored output: "
                                  "re-execute the guide (python -m tools.notebooks)")
    out = nbformat.v4.new_notebook()
    out.cells = cells
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Print the teacher guide's Modul Ajar on its own.")
    parser.add_argument("--modul-ajar", action="store_true", required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--html-only", action="store_true")
    args = parser.parse_args(argv)
    jobs = []
    try:
        for lang in BOOKS:
            base = args.out if lang == "id" else args.out / lang
            title = "Modul Ajar · " + TITLES[lang]
            html_path = printing.write(base / "html" / "modul-ajar.html", printing.to_html(modul_ajar(lang), title))
            jobs.append(printing.PrintJob(html_path, base / "modul-ajar.pdf", title, lang))
        written = [j.html_path for j in jobs] if args.html_only else printing.print_pdfs(jobs, home=args.out / ".chromium")
    except printing.PrintError as exc:
        printing.fail(str(exc))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
