"""Every static figure of every lesson is readable when projected and printed:
a title, no visible text below 10 pt, and a source line under it (design brief); and
described, not by colour alone (tests/test_a11y.py's check_figure, run here on the same
rebuilt figures).

The figures are rebuilt in-process from the lessons' own code cells (not from stored
PNGs), so a change in a helper is checked here before the notebooks are re-executed.
"""
import ast

import matplotlib.text
import pytest
from matplotlib.figure import Figure

from kss import style
from tools import catalog
from notebook_utils import ids, lesson_notebooks, read


LESSONS = lesson_notebooks()


def static_figures(path):
    """(cell number, Figure) for every code cell whose last expression is a Figure.
    The English lessons' setup("en") switches the language for the figures that follow, as
    in a kernel; the test process's language is restored afterwards."""
    from kss.labels import language, set_language
    before = language()
    try:
        return _static_figures(path)
    finally:
        set_language(before)


def _static_figures(path):
    nb = read(path)
    found = []
    scope = {}      # one namespace per notebook, as in a kernel running it top to bottom
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code" or "nbval-ignore-output" in cell.metadata.get("tags", []):
            continue
        tree = ast.parse(cell.source)
        if not tree.body or not isinstance(tree.body[-1], ast.Expr):
            continue
        exec(compile(ast.Module(tree.body[:-1], []), path.name, "exec"), scope)
        value = eval(compile(ast.Expression(tree.body[-1].value), path.name, "eval"), scope)
        if isinstance(value, Figure):
            found.append((number, value))
    return found


def check_readable(fig, where, shown=False):
    """shown: the figure was just drawn as it is shown (an explorer's image), so it is laid
    out already; otherwise it is drawn here (to_png without the encoding)."""
    if not shown:
        style.render(fig)
    texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip()]
    small = sorted({(round(t.get_fontsize(), 1), t.get_text()[:30]) for t in texts
                    if t.get_fontsize() < style.MIN_FONT_PT - 0.01})
    assert not small, f"{where}: text below {style.MIN_FONT_PT} pt: {small[:5]}"
    titles = [ax.get_title() for ax in fig.axes] + [fig.get_suptitle()]
    assert any(title.strip() for title in titles), f"{where}: no title"
    notes = [t.get_text() for t in fig.texts]
    assert any("sumber" in n.lower() or "source" in n.lower() for n in notes), f"{where}: no source line under the figure"


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_static_figures_are_readable_and_described(path):
    """Readable (above), described and not by colour alone (tests/test_a11y.py's
    check_figure), and each stored in the lesson as the kss figure HTML (PNG, alt, caption):
    all on one rebuild of the lesson's figures."""
    from test_a11y import check_figure, stored_figures
    figures = static_figures(path)
    assert figures, f"{path.name}: no static figure"
    assert len(stored_figures(path)) == len(figures), f"{path.name}: a figure cell without its described figure"
    for number, fig in figures:
        check_readable(fig, f"{path.name} cell {number}")
        check_figure(fig, f"{path.name} cell {number}")


EXPLORERS = catalog.entries(kind="explorer")


@pytest.mark.parametrize("entry", EXPLORERS, ids=[e.name for e in EXPLORERS])
def test_explorer_default_figures_are_readable_in_english(entry):
    """The English starting view of every explorer; the Indonesian one is checked by
    tests/test_redraw.py on the explorer it builds anyway."""
    from kss.labels import set_language
    set_language("en")
    try:
        explorer = entry.build()
        assert explorer.view is not None and explorer.view.figure is not None, entry.name
        check_readable(explorer.view.figure, f"{entry.name} (en)", shown=True)
    finally:
        set_language("id")
