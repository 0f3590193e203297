"""Learner input: every control of every interactive view of tools.catalog, fuzzed.

Seeded random sequences (the seed is the entry's name, so a failure repeats exactly;
the step number and the values are in the failure message) over every control a
learner can reach: dropdowns, radio and toggle buttons, selection sliders, range
sliders (valid and boundary values), multiple selections (random subsets, empty and
all), checkboxes, text fields (HTML and script fragments, very long text, emoji,
right-to-left text, '$' maths, empty) and buttons (clicked with Button.click(); an
exception in a handler, which ipywidgets logs instead of raising, fails the step). After
every step:
- no exception, and an explorer's .error is None;
- an explorer with an empty multiple selection, or whose data is empty, says so in words;
- typed text shows up html-escaped, and no HTML output of the view holds a raw tag from it;
- no HTML output of any view holds a raw <script;
- an explorer's new figure is drawn to PNG bytes (text reaches matplotlib: '$' would
  start math mode).
"""
from __future__ import annotations

import html
import logging
import os
import random
import re
import zlib
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import pytest

from kss.controls import Choices, option_values
from kss import setup
from tools import catalog
from kss.explorer import Explorer

from notebook_utils import lesson_notebooks, read

ENTRIES = catalog.entries()
# KSS_FUZZ_SCALE=10 runs ten times as many steps (e.g. before a release)
SCALE = max(1, int(os.environ.get("KSS_FUZZ_SCALE", "1")))
EXPLORER_STEPS = 40 * SCALE  # per Explorer (explorers and the project designer)
OTHER_STEPS = 70 * SCALE     # per activity / quiz (cheap: HTML only)
MIN_TOTAL_STEPS = 1000
PNG = b"\x89PNG"

HOSTILE_TEXTS = [
    "<script>alert('kss')</script>",
    "<img src=x onerror=alert(1)>",
    "</div></td></table><b>tebal</b>",
    '"><svg onload=alert(1)>',
    "a & b < c > d \"kutip\" 'kutip'",
    "&lt;sudah di-escape&gt; &amp;",
    "$x^2$ dan $",
    "50% {0} {name} %s \\n \\",
    "🌍🤝🇮🇩 Kerja sama 👩🏽‍🏫",
    "مرحبا بالعالم",
    "\u200b\u200e tersembunyi",
    "Tab\tdan\nbaris baru",
    "\x00\x07\x1b[31m kontrol",
    "",
    "   ",
    "Proyek irigasi Indonesia–Tanzania",
    "A" * 5000,
    "<" * 300,
    "Jerman",
    "JICA <i>dan</i> UNDP",
]
RAW_FRAGMENTS = ("<script", "<img", "<svg", "<b>tebal", "<i>dan")   # raw tags typed by the learner


def _seed(name: str) -> int:
    return zlib.crc32(name.encode())


def _controls(view) -> list[widgets.Widget]:
    """Every control a learner can use, in display order (walks the widget tree)."""
    root = view.widget if hasattr(view, "widget") else view
    found, stack = [], [root]
    while stack:
        w = stack.pop(0)
        if isinstance(w, Choices):          # checkboxes: driven as one multiple choice
            found.append(w)
        elif isinstance(w, widgets.Box):
            stack[:0] = list(w.children)
        elif isinstance(w, (widgets.Button, widgets.Checkbox, widgets.Text, widgets.Textarea,
                            widgets.IntRangeSlider, widgets.IntSlider, widgets.FloatSlider,
                            widgets.SelectMultiple, widgets.SelectionSlider, widgets.Dropdown,
                            widgets.RadioButtons, widgets.ToggleButtons, widgets.Select)):
            found.append(w)
    return found


def _html_values(view) -> list[str]:
    root = view.widget if hasattr(view, "widget") else view
    values, stack = [], [root]
    while stack:
        w = stack.pop()
        if isinstance(w, widgets.Box):
            stack.extend(w.children)
        elif isinstance(w, (widgets.HTML, widgets.HTMLMath)):
            values.append(w.value)
    return values


def _random_value(control, rng: random.Random):
    if isinstance(control, (widgets.IntRangeSlider,)):
        points = list(range(control.min, control.max + 1, control.step or 1))
        if points[-1] != control.max:
            points.append(control.max)
        pick = rng.random()
        if pick < 0.15:
            return (control.min, control.min)
        if pick < 0.3:
            return (control.max, control.max)
        if pick < 0.4:
            return (control.min, control.max)
        a, b = rng.choice(points), rng.choice(points)
        return (min(a, b), max(a, b))
    if isinstance(control, (widgets.IntSlider, widgets.FloatSlider)):
        return rng.choice([control.min, control.max, rng.uniform(control.min, control.max)
                           if isinstance(control, widgets.FloatSlider)
                           else rng.randint(control.min, control.max)])
    if isinstance(control, (widgets.SelectMultiple, Choices)):
        values = option_values(control)
        pick = rng.random()
        if pick < 0.15:
            return ()
        if pick < 0.2:
            return tuple(values)
        return tuple(rng.sample(values, rng.randint(1, min(len(values), 6))))
    if isinstance(control, (widgets.RadioButtons, widgets.ToggleButtons)):
        values = option_values(control)
        return None if rng.random() < 0.15 else rng.choice(values)
    if isinstance(control, (widgets.Dropdown, widgets.Select, widgets.SelectionSlider)):
        values = option_values(control)
        return rng.choice([values[0], values[-1]] + values)
    if isinstance(control, widgets.Checkbox):
        return rng.random() < 0.5
    if isinstance(control, (widgets.Text, widgets.Textarea)):
        if rng.random() < 0.7:
            return rng.choice(HOSTILE_TEXTS)
        alphabet = "abcXYZ <>&\"'$%{}\\/é😀\u200b\n"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
    raise AssertionError(f"no fuzz rule for {type(control).__name__}")


def _click(button: widgets.Button, caplog) -> None:
    """Click as the browser does (Button.click() runs the handlers). ipywidgets logs an
    exception in a handler instead of raising it (outside a kernel, as a warning with the
    exception attached): raise it here."""
    caplog.clear()
    button.click()
    failures = [r for r in caplog.records if r.exc_info and r.levelno >= logging.WARNING]
    if failures:
        raise failures[0].exc_info[1]


def _describe(control) -> str:
    return f"{type(control).__name__}({getattr(control, 'description', '')!r})"


def _check_texts_escaped(view, typed: list[str], where: str) -> None:
    shown = "\n".join(_html_values(view))
    assert "<script" not in shown.lower(), f"{where}: raw <script in the HTML"
    for text in typed:
        for fragment in RAW_FRAGMENTS:
            if fragment in text:
                assert fragment not in shown, f"{where}: typed {fragment!r} shown unescaped"
        clean = text.strip()
        if clean and clean.isprintable() and len(clean) <= 60:
            assert html.escape(clean) in shown, f"{where}: typed text {clean!r} not shown (escaped)"


@pytest.fixture(scope="module", autouse=True)
def _course_setup():
    setup()


# ---------------------------------------------------------------- the catalog itself

def test_catalog_builders_exist():
    assert catalog.check() == []


def test_catalog_fails_loudly_for_a_missing_builder():
    entry = catalog.Entry("04", "development.no_such_explorer", "explorer", "kss.development.no_such_explorer")
    with pytest.raises(catalog.CatalogError, match="no_such_explorer"):
        entry.build()
    entry = catalog.Entry("09", "nomodule.explorer", "explorer", "kss.nomodule.explorer")
    with pytest.raises(catalog.CatalogError, match="not found"):
        entry.build()


CALL = re.compile(r"^(\w+)\.(\w+)\(.*\)\s*$")


@pytest.mark.parametrize("path", lesson_notebooks(), ids=lambda p: p.name[:2])
def test_catalog_matches_the_lessons(path: Path):
    """Every widget cell of a lesson is in the catalog, and every catalog entry of an
    existing lesson is called in it (a rename on either side fails here)."""
    nb = read(path)
    number = path.name[:2]
    names = {e.name for e in ENTRIES}
    sources = [c.source for c in nb.cells if c.cell_type == "code"]
    for cell in nb.cells:
        if cell.cell_type != "code" or "nbval-ignore-output" not in cell.metadata.get("tags", []):
            continue
        last = cell.source.strip().splitlines()[-1]
        if "lesson_quiz(" in last:
            continue
        match = CALL.match(last)
        assert match and f"{match[1]}.{match[2]}" in names, \
            f"{path.name}: widget cell {last!r} is not in tools/catalog.py"
    for entry in catalog.entries(lesson=number):
        call = f'lesson_quiz("{number}")' if entry.kind == "quiz" else f"{entry.name}("
        assert any(call in s for s in sources), f"{path.name}: catalog entry {entry.name} is never called"


def test_enough_steps_in_total():
    # an activity may be an Explorer (project.designer): count it with the smaller number
    per_kind = {"explorer": EXPLORER_STEPS, "activity": min(EXPLORER_STEPS, OTHER_STEPS), "quiz": OTHER_STEPS}
    total = sum(per_kind[e.kind] for e in ENTRIES)
    assert total >= MIN_TOTAL_STEPS, f"only {total} fuzz steps"


# ---------------------------------------------------------------- fuzzing

@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_fuzz_every_control(entry, caplog):
    rng = random.Random(_seed(entry.name))
    view = entry.build()
    is_explorer = isinstance(view, Explorer)
    if is_explorer:
        assert view.error is None, f"{entry.name}: fails on its initial values: {view.error!r}"
    controls = _controls(view)
    assert controls, f"{entry.name}: no controls found"
    steps = EXPLORER_STEPS if is_explorer else OTHER_STEPS
    typed: dict[int, str] = {}
    history = []
    for step in range(1, steps + 1):
        usable = [c for c in controls if not getattr(c, "disabled", False)]
        control = rng.choice(usable or controls)
        is_text = isinstance(control, (widgets.Text, widgets.Textarea))
        if isinstance(control, widgets.Button):
            action = f"click {control.description!r}"
        else:
            value = _random_value(control, rng)
            action = f"{_describe(control)} = {value!r:.120}"
        history.append(action)
        where = f"{entry.name}, step {step} ({action}); steps so far: {history[-6:]}"
        redraws = view.redraws if is_explorer else 0
        try:
            if isinstance(control, widgets.Button):
                _click(control, caplog)
            else:
                control.value = value
                if is_text:
                    typed[id(control)] = value
        except Exception as exc:  # noqa: BLE001 - any exception is the failure we look for
            raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc
        if is_explorer:
            assert view.error is None, f"{where}: explorer error {view.error!r}"
            current = view.view
            assert current is not None
            if view.redraws > redraws and current.figure is not None:
                assert view.image.value[:4] == PNG, f"{where}: the figure did not render"
            empty_choice = any(isinstance(c, (widgets.SelectMultiple, Choices)) and not c.value for c in controls)
            empty_data = isinstance(current.data, pd.DataFrame) and current.data.empty
            if empty_choice or empty_data:
                assert current.message.strip(), f"{where}: empty view without a message in words"
                assert html.escape(current.message) in view.message.value
        _check_texts_escaped(view, list(typed.values()), where)
