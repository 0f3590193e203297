"""Each lesson's folded list of the acronyms its core path uses, from data/glossary.csv.

    python -m tools.glossary            # the acronyms each lesson uses, and any the table lacks
    python -m tools.navigation          # writes the lists (with the navigation bars)

The list sits right after the lesson's objectives, folded (`<details>`), so a learner opens
it when an acronym stops them and it adds nothing to the core path's reading time. A lesson
that uses no acronym gets no list. The cell starts with MARK; never edit it by hand: add a
row (one per edition) to data/glossary.csv and run `python -m tools.navigation`.
"""
from __future__ import annotations

import sys

import nbformat

from kss import data
from kss.editions import EDITIONS
from tools import lesson_time

MARK = "<!--SINGKATAN-->"
CELL_ID = "singkatan"
TITLE = {"id": "Singkatan di pelajaran ini", "en": "Acronyms in this lesson"}
HINT = {"id": "klik untuk membuka", "en": "click to open"}
# words written in capitals for emphasis in a question ("Mana yang BUKAN ..."), not acronyms
EMPHASIS = {"BUKAN", "KECUALI", "TIDAK", "NOT", "EXCEPT"}


def meanings(lang: str) -> dict[str, str]:
    table = data.load("glossary")
    rows = table[table["lang"] == lang]
    return dict(zip(rows["acronym"], rows["meaning"]))


def used(nb, lang: str) -> list[str]:
    """The acronyms the core path of `nb` uses (markdown and what its code cells show)."""
    core, _ = lesson_time.split(nb, lesson_time.Words(EDITIONS[lang]))
    cells = [c for c in core if not (c.cell_type == "markdown" and c.source.startswith(MARK))]
    return sorted(set(lesson_time.ACRONYM.findall(lesson_time.core_text(cells))) - EMPHASIS)


def missing(nb, lang: str) -> list[str]:
    known = meanings(lang)
    return [a for a in used(nb, lang) if a not in known]


def source(nb, lang: str) -> str | None:
    known = meanings(lang)
    items = [f"- **{a}**: {known[a]}" for a in used(nb, lang) if a in known]
    if not items:
        return None
    return (f"{MARK}\n<details><summary><b>{TITLE[lang]}</b> ({HINT[lang]})</summary>\n\n"
            + "\n".join(items) + "\n\n</details>")


def _objectives_index(nb, lang: str) -> int | None:
    heading = f"## {EDITIONS[lang].words['objectives']}"
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith(heading):
            return i
    return None


def update(nb, lang: str) -> None:
    """Write, move or remove the lesson's list so it is current and right after its objectives."""
    text = source(nb, lang)
    old = [c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith(MARK)]
    for cell in old:
        nb.cells.remove(cell)
    if text is None:
        return
    at = _objectives_index(nb, lang)
    cell = old[0] if old else nbformat.v4.new_markdown_cell(text, id=CELL_ID)
    cell.source = text
    nb.cells.insert(at + 1 if at is not None else min(2, len(nb.cells)), cell)


def main(argv=None) -> int:
    failed = False
    for lang, edition in EDITIONS.items():
        for path in lesson_time.lesson_paths(edition.folder):
            nb = nbformat.read(path, as_version=4)
            lacking = missing(nb, lang)
            print(f"{lang}/{path.name[:2]}: {', '.join(used(nb, lang))}")
            if lacking:
                failed = True
                print(f"  MISSING in data/glossary.csv ({lang}): {', '.join(lacking)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
