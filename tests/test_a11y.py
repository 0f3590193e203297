"""Figures a screen reader and a colour-blind learner can use (issue 11, item 5).

- every image stored in a notebook (lessons and teacher guide) has a text description
  where screen readers and nbconvert find it (the alt of its <img>) and shown to sighted
  readers too (a caption beside it); no bare image/png output without one;
- every static figure of the lessons, and every view of every explorer as a learner
  drives it (headless), has a description computed by its figure code (style.describe),
  in the live widget (caption under the image) and in the static view (alt + caption)
  (the checks are here; they run in tests/test_figures.py on the lessons' figures and in
  tests/test_redraw.py on the explorer views those tests draw anyway);
- categories differ by more than colour: two entries of one legend never differ only by
  colour (marker, hatch, line style or fill must differ too);
- the palette's yellow is never text or a thin mark on white;
- no learner text asks to tell things apart by colour alone ("titik biru").
"""
from __future__ import annotations

import html
import itertools
import re

import matplotlib
import numpy as np
import pytest
from bs4 import BeautifulSoup
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kss import setup, static, style
from tools import catalog
from kss.labels import set_language
from notebook_utils import NOTEBOOK_DIR, ids, lesson_notebooks, read

NOTEBOOKS = sorted((NOTEBOOK_DIR / "id").glob("*.ipynb")) + sorted((NOTEBOOK_DIR / "en").glob("*.ipynb"))  # guides too
LESSONS = lesson_notebooks()
MIN_WORDS = 8
YELLOW = style.PALETTE["yellow"].upper()


@pytest.fixture(scope="module", autouse=True)
def _course_setup():
    setup()
    yield
    set_language("id")


def words(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


# ---------------------------------------------------------------- stored notebooks

def image_problems(nb) -> list[str]:
    """Every stored image without a description (alt) or without a visible caption."""
    problems = []
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "markdown":
            for alt in re.findall(r"!\[([^\]]*)\]\(", cell.source):
                if words(alt) < 2:
                    problems.append(f"cell {number}: markdown image without a description")
            for img in BeautifulSoup(cell.source, "html.parser").find_all("img"):
                if words(img.get("alt", "")) < 2:
                    problems.append(f"cell {number}: <img> without alt text")
            continue
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            for mime in data:
                if mime.startswith("image/"):
                    problems.append(f"cell {number}: a bare {mime} output (no alt text possible): "
                                    "show figures through kss.setup (kss.static.display_figure)")
            soup = BeautifulSoup(data.get("text/html", ""), "html.parser")
            for img in soup.find_all("img"):
                alt = img.get("alt", "")
                if words(alt) < MIN_WORDS:
                    problems.append(f"cell {number}: image with too short a description: {alt!r}")
                    continue
                captions = [c.get_text(" ") for c in soup.select(".kss-caption")]
                if not any(html.unescape(alt)[:60] in " ".join(c.split()) for c in captions):
                    problems.append(f"cell {number}: the description is not shown under the image")
    return problems


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_every_stored_image_has_a_description(path):
    problems = image_problems(read(path))
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems[:10])


def test_a_missing_description_is_found():
    """The check above fails on the two ways a description goes missing."""
    import nbformat
    png = b"\x89PNG\r\n\x1a\n"
    nb = nbformat.v4.new_notebook()
    bare = nbformat.v4.new_code_cell("fig")
    bare.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0K", "text/plain": "x"})]
    no_alt = nbformat.v4.new_code_cell("fig")
    no_alt.outputs = [nbformat.v4.new_output("display_data", data={"text/html": static.figure_html(png, "")})]
    nb.cells = [bare, no_alt, nbformat.v4.new_markdown_cell("![](gambar.png)")]
    assert len(image_problems(nb)) == 3


def stored_figures(path) -> list:
    """The kss figure HTML outputs (PNG, alt, caption) stored in a lesson's figure cells."""
    nb = read(path)
    stored = [static.stored_figure(o.get("data", {}).get("text/html", "")) for c in nb.cells
              if c.cell_type == "code" and "nbval-ignore-output" not in c.metadata.get("tags", [])
              for o in c.get("outputs", [])]
    return [s for s in stored if s]


# Each stored lesson figure is the kss figure HTML: test_figures.py's
# test_static_figures_are_readable_and_described counts stored_figures() against the figures
# it rebuilds from the lesson's cells (a figure cell without its described figure fails there).


# ---------------------------------------------------------------- figures and explorers

def texts_in_yellow(fig) -> list[str]:
    found = []
    for text in fig.findobj(matplotlib.text.Text):
        if text.get_visible() and text.get_text().strip() and to_hex(text.get_color()).upper() == YELLOW:
            found.append(f"text {text.get_text()[:30]!r} in yellow")
    for line in fig.findobj(Line2D):
        if line.get_visible() and to_hex(line.get_color()).upper() == YELLOW and line.get_linewidth() < 3:
            found.append("a thin yellow line")
    for collection in fig.findobj(matplotlib.collections.LineCollection):
        colours = {to_hex(c).upper() for c in collection.get_colors()}
        if YELLOW in colours and min(collection.get_linewidths(), default=3) < 3:
            found.append("thin yellow lines")
    return found


def _fill(colour) -> str:
    """Fill as the eye sees it without colour: none, white, black or 'coloured'."""
    if colour is None or (not isinstance(colour, str) and len(colour) == 4 and colour[3] == 0):
        return "none"
    if isinstance(colour, str) and colour.lower() == "none":
        return "none"
    hexed = to_hex(colour).upper()
    return {"#FFFFFF": "white", "#000000": "black"}.get(hexed, "coloured")


def dash_pattern(line: Line2D) -> tuple:
    """The line's dashes as the eye sees them: a copy of it (Line2D.update_from) drawn in
    black, 2 px wide and without markers across a small image, read back as the lengths
    of its on and off runs (matplotlib has no public getter for a custom dash pattern)."""
    fig = Figure(figsize=(3, 0.2), dpi=100)
    copy = Line2D([0, 1], [0.5, 0.5])
    copy.update_from(line)
    copy.set(color="black", marker="None", linewidth=2, antialiased=False, transform=fig.transFigure,
             clip_on=False)
    fig.add_artist(copy)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    row = np.asarray(canvas.buffer_rgba())[10, :, 0] < 128
    return tuple(len(list(run)) for _, run in itertools.groupby(row.tolist()))


def signature(handle) -> tuple:
    """What tells a legend entry apart without colour."""
    if isinstance(handle, Line2D):
        dashes = handle.get_linestyle() if handle.get_linestyle() in ("None", "", " ") else dash_pattern(handle)
        return ("line", dashes, handle.get_marker() if handle.get_marker() not in (None, "None", "") else "",
                _fill(handle.get_markerfacecolor()) if handle.get_marker() not in (None, "None", "") else "",
                round(handle.get_markersize() / 3), round(handle.get_linewidth()))
    if isinstance(handle, Patch):
        return ("patch", handle.get_hatch() or "", round(handle.get_linewidth(), 1), _fill(handle.get_facecolor()))
    return (type(handle).__name__, getattr(handle, "get_hatch", lambda: "")() or "",
            str(getattr(handle, "get_paths", lambda: "")())[:0])


def colour_only_legends(fig) -> list[str]:
    problems = []
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None] + list(fig.legends)
    for legend in legends:
        entries = [(text.get_text(), signature(handle)) for text, handle in zip(legend.texts, legend.legend_handles)]
        seen: dict = {}
        for label, sig in entries:
            if sig in seen:
                problems.append(f"legend entries {seen[sig]!r} and {label!r} differ only by colour")
            seen.setdefault(sig, label)
    return problems


def check_figure(fig, where: str, empty: bool = False) -> None:
    """`empty`: a view that shows nothing (its message says so): no number to name."""
    text = style.description(fig)
    assert words(text) >= MIN_WORDS, f"{where}: no description (style.describe) or too short: {text!r}"
    assert empty or re.search(r"\d", text), f"{where}: the description names no number from the data: {text!r}"
    assert not texts_in_yellow(fig), f"{where}: {texts_in_yellow(fig)}"
    problems = colour_only_legends(fig)
    assert not problems, f"{where}: " + "; ".join(problems)


# Every static figure of the lessons: check_figure runs in
# tests/test_figures.py::test_static_figures_are_readable_and_described, on the figures that
# test rebuilds from the lessons' cells anyway (one execution of each lesson's cells, not two).


def check_explorer_view(explorer, where: str, seen: set) -> None:
    """One view of an explorer as a learner sees it: described (check_figure), the
    description shown as the caption under the image; its text is added to `seen`.
    Run on every view tests/test_redraw.py drives (the start and each change), so every
    explorer's views are checked without driving them a second time."""
    view = explorer.view
    if view is None or view.figure is None:
        return
    text = explorer.description
    check_figure(view.figure, where, empty=bool(view.message))
    assert html.escape(text) in explorer.caption.value, f"{where}: caption not shown"
    seen.add(text)


def check_explorer_described(explorer, name: str, seen: set) -> None:
    """After the views: the description follows the view, and the static view (no kernel)
    has it as the image's alt and in its text."""
    assert len(seen) > 1 or len(explorer.controls) == 0, f"{name}: the description does not follow the view"
    bundle = explorer._repr_mimebundle_()
    image = BeautifulSoup(bundle["text/html"], "html.parser").find("img")
    assert image is not None and image["alt"] == explorer.description
    assert explorer.description in bundle["text/plain"]


def test_descriptions_come_in_english_too():
    set_language("en")
    try:
        from kss import bandung, development
        text = style.description(bandung.map_figure())
        assert "delegations" in text and "29" in text
        assert "Line chart" in style.description(development.trend_figure("life_exp"))
    finally:
        set_language("id")


def test_the_check_catches_colour_only_legends_and_yellow():
    fig = style.figure(4, 3)
    ax = fig.add_subplot()
    ax.bar([0], [1], color=style.PALETTE["blue"], label="a")
    ax.bar([1], [2], color=style.PALETTE["orange"], label="b")
    ax.legend()
    ax.text(0, 0, "kuning", color=style.PALETTE["yellow"])
    assert colour_only_legends(fig) and texts_in_yellow(fig)
    with pytest.raises(AssertionError, match="no description"):
        check_figure(fig, "test")


def test_the_check_tells_line_styles_apart():
    fig = style.figure(4, 3)
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], color=style.PALETTE["blue"], linestyle=style.LINESTYLES[1], label="a")
    ax.plot([0, 1], [1, 0], color=style.PALETTE["orange"], linestyle=style.LINESTYLES[1], label="b")
    ax.plot([0, 1], [1, 1], color=style.PALETTE["green"], linestyle=style.LINESTYLES[2], label="c")
    ax.legend()
    assert colour_only_legends(fig) == ["legend entries 'a' and 'b' differ only by colour"]
    dashed, dotted = (dash_pattern(line) for line in ax.get_lines()[1:])
    assert len(dashed) > 3 and dashed != dotted


def test_yellow_is_not_in_the_default_cycle():
    assert YELLOW not in {c.upper() for c in style.CYCLE}


# ---------------------------------------------------------------- words

COLOUR = r"(merah|oranye|jingga|biru|hijau|kuning|ungu|abu-abu|red|orange|blue|green|yellow|purple)"
NON_COLOUR = (r"(bulat|kotak|segitiga|ketupat|bintang|arsir|polos|tebal|putus|utuh|titik-titik|strip|"
              r"lingkar|tanda|label|dot|square|triangle|diamond|star|hatch|dashed|solid|thick|marker)")
COLOUR_ONLY = re.compile(rf"\b({COLOUR}|warna\w*|berwarna|colou?r\w*)\b", re.I)
# where a colour word names no colour of a figure
NOT_A_FIGURE = re.compile(r"kulit berwarna|ekonomi biru|blue economy|coloured peoples|warna kulit"
                          r"|Palang Merah|Red Cross"   # a name (ICRC), not a colour
                          # English "colour" as a verb (a map coloured by a grouping) names no colour,
                          # like Indonesian "diwarnai", which the pattern above does not match either
                          r"|\bcolou?r(?:ed|s)?\b(?=(?: in| by| on| too| the| that| it| them|,|\.))", re.I)


def colour_only_sentences(text: str) -> list[str]:
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        sentence = NOT_A_FIGURE.sub("", sentence)
        if COLOUR_ONLY.search(sentence) and not re.search(NON_COLOUR, sentence, re.I):
            found.append(sentence.strip()[:160])
    return found


def learner_texts():
    from kss import labels
    from kss.quiz import questions_for
    for path in NOTEBOOKS:
        for number, cell in enumerate(read(path).cells, start=1):
            if cell.cell_type == "markdown":
                yield f"{path.name} cell {number}", cell.source
    for lang in ("id", "en"):
        for key, value in labels.LABELS[lang].items():
            yield f"label {key} ({lang})", str(value)
    for lesson, lang in itertools.product(catalog.quiz_lessons(), ("id", "en")):
        for q in questions_for(lesson, lang):
            extra = getattr(q, "feedback", None) or ()
            yield f"quiz {lesson}", "\n".join([q.text, *q.options, q.explanation, *map(str, extra)])


def test_no_instruction_relies_on_colour_alone():
    problems = [f"{where}: {s}" for where, text in learner_texts() for s in colour_only_sentences(text)]
    assert not problems, "\n".join(problems[:10])


def test_the_colour_check_finds_colour_only_wording():
    assert colour_only_sentences("Perhatikan titik biru di peta.")
    assert not colour_only_sentences("Perhatikan titik biru (bulatan) di peta.")
    assert colour_only_sentences("Look at the orange line.")
    assert colour_only_sentences("The coloured countries are members.")
    assert not colour_only_sentences("Colour the map by income, then compare.")
    assert not colour_only_sentences("Look at the orange line with round dots.")
    assert not colour_only_sentences("(Komite Internasional Palang Merah, 2009)")
