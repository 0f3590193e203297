"""Explorers redraw in place (kss.style.Reuse): one figure per explorer, whose base (axes,
ticks, grey world map) is built once; each change removes the last view's artists and
draws its own. What could go wrong, checked for every explorer of the catalog over
several changes: an artist, a title, a scale or a layout left over from an earlier view.
After each change the image the explorer sent must look like the image of the same view
drawn on a new base (a second explorer, reset and redrawn with the same control values).

The same views are checked for their description (tests/test_a11y.py: check_explorer_view),
and the starting view for readability (tests/test_figures.py: check_readable), so the
explorers are driven once for all of it.
"""
from __future__ import annotations

import io

import ipywidgets as widgets
import numpy as np
import pytest
from PIL import Image

from kss.controls import Choices, option_values
from kss import setup
from tools import catalog

EXPLORERS = catalog.entries(kind="explorer") + [e for e in catalog.entries(kind="activity")
                                                if e.name == "project.designer"]
CHANGES = 7          # per explorer


@pytest.fixture(scope="module", autouse=True)
def _course_setup():
    setup()


def values(control) -> list:
    """A few values a learner can give the control (its current value last)."""
    if isinstance(control, (widgets.SelectMultiple, Choices)):
        options = option_values(control)
        found = [tuple(options[:1]), tuple(options[1:4]), tuple(options[2:3]), tuple(options[:6])]
    elif isinstance(control, widgets.IntRangeSlider):
        lo, hi = control.min, control.max
        found = [(lo, (lo + hi) // 2), ((lo + hi) // 2, hi), (lo + (hi - lo) // 4, hi)]
    elif isinstance(control, (widgets.Dropdown, widgets.SelectionSlider)):
        found = option_values(control)
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


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)


def on_a_new_base(explorer, values: dict) -> bytes:
    """The image `explorer` sends for `values` when drawn on a new base figure."""
    for name, value in values.items():
        explorer.controls[name].value = value
    explorer.view.figure.kss_reuse.reset()
    explorer.redraw()
    assert explorer.error is None, explorer.error
    return bytes(explorer.image.value)


def differ(a: bytes, b: bytes) -> float:
    """The share of pixels that differ visibly between two PNGs (1.0 if the sizes differ)."""
    x, y = pixels(a), pixels(b)
    if x.shape != y.shape:
        return 1.0
    return float(np.any(np.abs(x - y) > 24, axis=-1).mean())


def test_differ_sees_a_changed_image():
    from kss import intro, style
    a = style.to_png(intro.life_expectancy_figure("IDN"))
    assert differ(a, a) == 0
    assert differ(a, style.to_png(intro.life_expectancy_figure("IND"))) > 0.002


@pytest.mark.parametrize("entry", EXPLORERS, ids=[e.name for e in EXPLORERS])
def test_a_redraw_looks_like_the_view_drawn_on_a_new_base(entry):
    """Also every view's description (tests/test_a11y.py's checks), on the same views."""
    from test_a11y import check_explorer_described, check_explorer_view
    from test_figures import check_readable
    explorer, oracle = entry.build(), entry.build()
    reuse = getattr(explorer.view.figure, "kss_reuse", None)
    assert reuse is not None, f"{entry.name}: the explorer does not redraw in place"
    # the starting view, as built: readable (tests/test_figures.py's check; English there)
    check_readable(explorer.view.figure, f"{entry.name} (id) at the start", shown=True)
    described: set = set()
    check_explorer_view(explorer, f"{entry.name} at the start", described)
    for change in changes(explorer):
        check_explorer_view(explorer, f"{entry.name} after {change}", described)
        assert explorer.view.figure is reuse.fig, f"{entry.name}: a new figure per change"
        share = differ(bytes(explorer.image.value), on_a_new_base(oracle, explorer.values()))
        assert share < 0.002, (f"{entry.name} after {change}: {share:.2%} of the pixels differ from the "
                               "same view drawn on a new base")
    check_explorer_described(explorer, entry.name, described)
