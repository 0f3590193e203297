"""Explorers redraw in place (kss.style.Layers): the static layers are drawn once and a
change draws only its own artists, with a layout reused per layout key. Two ways this
could go wrong, checked for every explorer of the catalog over several changes:

- a layout key that misses something moving a margin: a reused layout would then put the
  axes elsewhere than constrained layout puts them for that view (checked to 1 px);
- a static layer drawn over a view's artists, or an artist left out of the redraw: the
  image sent would then differ from a full draw of the same figure.

The same views are checked for their description (tests/test_a11y.py: check_explorer_view),
and the starting view for readability (tests/test_figures.py: check_readable), so the
explorers are driven once for all of it.
"""
from __future__ import annotations

import ipywidgets as widgets
import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from kss.controls import Choices
from kss import setup, style
from tools import catalog

pytestmark = pytest.mark.heavy   # scheduled early (conftest.py): the workers end together

EXPLORERS = catalog.entries(kind="explorer") + [e for e in catalog.entries(kind="activity")
                                                if e.name == "project.designer"]
CHANGES = 7          # per explorer; every check below runs a full draw or layout: ~0.1 s


@pytest.fixture(scope="module", autouse=True)
def _course_setup():
    setup()


def values(control) -> list:
    """A few values a learner can give the control (its current value last)."""
    if isinstance(control, (widgets.SelectMultiple, Choices)):
        options = list(control._options_values)
        found = [tuple(options[:1]), tuple(options[1:4]), tuple(options[2:3]), tuple(options[:6])]
    elif isinstance(control, widgets.IntRangeSlider):
        lo, hi = control.min, control.max
        found = [(lo, (lo + hi) // 2), ((lo + hi) // 2, hi), (lo + (hi - lo) // 4, hi)]
    elif isinstance(control, (widgets.Dropdown, widgets.SelectionSlider)):
        found = list(control._options_values)
    elif isinstance(control, widgets.Checkbox):
        found = [not control.value]
    elif isinstance(control, widgets.Text):
        found = ["Proyek air bersih", ""]
    else:
        found = []
    return [v for v in found if v != control.value] + [control.value]


def changes(explorer, n=CHANGES):
    """Set controls in turn (round robin over their values); yield after each change."""
    cycles = {name: values(c) for name, c in explorer.controls.items()}
    names = [name for name, vals in cycles.items() if len(vals) > 1]
    for step in range(n):
        name = names[step % len(names)]
        vals = cycles[name]
        explorer.controls[name].value = vals[(step // len(names)) % len(vals)]
        assert explorer.error is None, (name, explorer.error)
        yield f"{name}={explorer.controls[name].value!r}"


@pytest.fixture
def renders(monkeypatch):
    """Every image kss.style.render returns, in order: the explorer's own render of each
    change (to_png encodes it), kept here so the test checks the very pixels sent rather
    than drawing the figure once more."""
    found = []
    real = style.render

    def render(fig):
        image = real(fig)
        found.append(image)
        return image

    monkeypatch.setattr(style, "render", render)
    return found


@pytest.mark.parametrize("entry", EXPLORERS, ids=[e.name for e in EXPLORERS])
def test_a_redraw_looks_like_a_full_draw_and_a_reused_layout_is_exact(entry, renders):
    """Also every view's description (tests/test_a11y.py's checks), on the same views."""
    from test_a11y import check_explorer_described, check_explorer_view
    from test_figures import check_readable
    explorer = entry.build()
    layers = getattr(explorer.view.figure, "kss_layers", None)
    assert layers is not None, f"{entry.name}: the explorer does not redraw in place"
    # the starting view, as built: readable (tests/test_figures.py's check; English there)
    check_readable(explorer.view.figure, f"{entry.name} (id) at the start", shown=True)
    described: set = set()
    check_explorer_view(explorer, f"{entry.name} at the start", described)
    reused = 0
    before, drawn = layers.layouts, len(renders)     # as they were before the next change
    for step, change in enumerate(changes(explorer)):
        assert len(renders) == drawn + 1, f"{entry.name} after {change}: {len(renders) - drawn} images drawn"
        sent = renders[-1]                       # what the explorer sent (blit or whole)
        check_explorer_view(explorer, f"{entry.name} after {change}", described)
        fig = explorer.view.figure
        assert fig is layers.fig, f"{entry.name}: a new figure per change"
        if layers.layouts == before:             # this view reused a kept layout
            reused += 1
            if reused <= 3:
                error = layers.layout_error()
                assert error < 1, f"{entry.name} after {change}: reused layout off by {error:.1f} px"
        if step % 3 == 1:
            canvas = FigureCanvasAgg(fig)         # the same figure drawn whole, same layout
            with matplotlib.rc_context(style.EXPLORER_RC):
                canvas.draw()
            full = np.asarray(canvas.buffer_rgba())[..., :3]
            differ = np.any(np.abs(np.asarray(sent, dtype=int) - full) > 24, axis=-1).mean()
            assert differ < 0.002, f"{entry.name} after {change}: {differ:.2%} of the pixels differ from a full draw"
        before, drawn = layers.layouts, len(renders)
    assert reused, f"{entry.name}: no change reused a layout"
    check_explorer_described(explorer, entry.name, described)
