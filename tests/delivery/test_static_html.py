"""Static reading: every notebook rendered by nbconvert to HTML reads right without a kernel.

GitHub, nbviewer, `jupyter nbconvert --to html` and print show the stored notebook with
a Markdown renderer and MathJax, not JupyterLab. The test renders each committed notebook
with nbconvert's HTML exporter and inspects the page itself (not the notebook source):

- no text that MathJax would typeset (two '$' in one block, '\\(', '\\['): money is
  written "USD 1 miliar";
- no Markdown left unrendered (**, __, [text](url)) and no tag shown as text (&lt;details);
- every widget cell (explorer, quiz, activity) shows its static view (kss/static.py): the
  note, the texts and choices, and for explorers the starting figure with a description;
- every quiz question of the lesson is readable in the page, in the notebook's language.

Both editions: every notebook of notebooks/id/ and notebooks/en/ (test ids id/<file>, en/<file>).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup, CData, NavigableString, Tag

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = [p for lang in ("id", "en") for p in sorted((ROOT / "notebooks" / lang).glob("*.ipynb"))]
IDS = [f"{p.parent.name}/{p.name}" for p in NOTEBOOKS]
# the static view's note asks the reader to run the cell, in the notebook's language
MATH = re.compile(r"\$[^$]*\$|\\\(|\\\[")   # two '$' in one block, or \( \[
# bold, link or tag markup left as text, or a table's delimiter row (a table nbconvert did
# not render, e.g. inside a blockquote)
MARKDOWN_LEFT = re.compile(r"\*\*|(?<![\w/_])__[A-Za-z0-9]|\]\(|&lt;/?\w|<(details|summary|b|i|a)\b|\|\s*:?-{3,}:?\s*\|")
IGNORE_TAG = "nbval-ignore-output"


@functools.cache
def exporter():
    from nbconvert import HTMLExporter
    return HTMLExporter(template_name="lab")


@functools.cache
def render(path: Path) -> tuple[nbformat.NotebookNode, BeautifulSoup]:
    """The notebook and its page (scripts and styles removed); rendered once per notebook
    for both tests of this file (nbconvert is most of their time). Callers read, never edit."""
    nb = nbformat.read(path, as_version=4)
    body, _ = exporter().from_notebook_node(nb)
    soup = BeautifulSoup(body, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return nb, soup


HIDDEN = {"pre", "code", "script", "style"}     # code and page machinery, not prose


def visible_text(node) -> str:
    """The text of `node` a reader sees as prose: what get_text(" ") gives once the HIDDEN
    tags are removed, read in place (parsing a copy again was a third of this file's time)."""
    parts: list[str] = []

    def walk(tag) -> None:
        for child in tag.children:
            if isinstance(child, Tag):
                if child.name not in HIDDEN:
                    walk(child)
            elif type(child) in (NavigableString, CData):    # not comments, doctypes
                parts.append(child)

    walk(node)
    return " ".join(parts)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_rendered_html_has_no_maths_and_no_raw_markup(path):
    _nb, soup = render(path)
    cells = soup.select(".jp-Cell")
    assert cells, "nbconvert rendered no cells"
    problems = []
    for number, cell in enumerate(cells, start=1):
        parts = cell.select(".jp-RenderedMarkdown, .jp-RenderedHTMLCommon, .jp-OutputArea-output")
        for part in parts:
            text = visible_text(part)
            for pattern, what in ((MATH, "maths"), (MARKDOWN_LEFT, "unrendered markup")):
                for match in pattern.finditer(text):
                    problems.append(f"cell {number}, {what}: …{text[max(0, match.start() - 50):match.end() + 30]!r}…")
    assert not problems, "\n".join(problems[:10])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_widget_cells_show_their_static_view(path):
    nb, soup = render(path)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    rendered = soup.select(".jp-CodeCell")
    assert len(rendered) == len(code_cells)
    from kss.labels import t
    from kss.quiz import questions_for
    lang = path.parent.name
    for number, (cell, html_cell) in enumerate(zip(code_cells, rendered), start=1):
        if IGNORE_TAG not in cell.metadata.get("tags", []):
            continue
        static = html_cell.select_one(".jp-OutputArea .kss-static")
        assert static is not None, f"code cell {number} ({cell.source[:40]!r}) shows nothing without a kernel"
        words = visible_text(static)
        note = t("static.note", lang)     # the note in the notebook's language (kss/locales/<lang>.yml)
        assert " ".join(note.split()) in " ".join(words.split()), \
            f"code cell {number}: the static view's note is not in the notebook's language: {words[:120]!r}"
        assert len(words.split()) >= 15, f"code cell {number}: the static view says too little: {words!r}"
        if "lesson_quiz" in cell.source:
            lesson = re.search(r'lesson_quiz\("(\d\d)"\)', cell.source).group(1)
            for question in questions_for(lesson, lang):
                assert question.text in words, f"quiz {lesson}: question not readable: {question.text[:60]}"
                assert all(option in words for option in question.options)
        if re.search(r"\b(explorer|designer|first_widget)\(", cell.source):
            image = static.find("img")
            assert image is not None and image["src"].startswith("data:image/png;base64,"), \
                f"code cell {number}: an explorer shows its starting figure"
            assert len(image.get("alt", "")) >= 10, f"code cell {number}: the figure needs a description"
