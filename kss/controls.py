"""A multiple choice a learner makes by tapping, not by Ctrl/Cmd-click.

ipywidgets' SelectMultiple needs Ctrl/Cmd-click (or Shift) to choose more than one item,
which a tablet cannot do and many learners do not know. `Choices` shows one checkbox per
option (each label is a tap target) in a scrollable grid, and behaves like SelectMultiple
for the code around it:

    countries = Choices([("Indonesia", "IDN"), ("India", "IND")], value=("IDN",),
                        description="Negara")
    countries.value            # ("IDN",): a tuple, in the order the items were chosen
    countries.value = ("IND",) # ticks the boxes to match (tests drive it this way)
    countries.observe(f, names="value")

`options` are (label, value) pairs; an unknown value raises traitlets.TraitError, as
SelectMultiple does.
"""
from __future__ import annotations

from collections.abc import Mapping

import ipywidgets as widgets
import traitlets

# ipywidgets' selection widgets: one value, or several (SelectMultiple), from `options`
SELECTIONS = (widgets.Dropdown, widgets.RadioButtons, widgets.ToggleButtons, widgets.Select,
              widgets.SelectionSlider, widgets.SelectionRangeSlider, widgets.SelectMultiple)


def option_pairs(control) -> list[tuple[str, object]]:
    """(label, value) of every option of a selection widget (SELECTIONS) or of Choices,
    read from their public `options` as ipywidgets reads them: (label, value) pairs, or
    plain values that are their own labels (a mapping gives its items)."""
    options = control.options
    items = tuple(options.items() if isinstance(options, Mapping) else options)
    if all(isinstance(item, (list, tuple)) and len(item) == 2 for item in items):
        return [(str(label), value) for label, value in items]
    return [(str(item), item) for item in items]


def option_values(control) -> list:
    """The values a learner can pick in a selection widget or Choices (see option_pairs)."""
    return [value for _, value in option_pairs(control)]


class Choices(widgets.VBox):
    """Checkboxes for a multiple choice; `.value` is the tuple of chosen values."""

    value = traitlets.Tuple()

    def __init__(self, options, value=(), description: str = "", *, width: str = "360px",
                 height: str = "210px", column: str = "150px"):
        self._pairs = [(str(label), v) for label, v in options]
        self._boxes = [widgets.Checkbox(value=False, description=label, indent=False,
                                        layout=widgets.Layout(width="auto", margin="0 4px 0 0"))
                       for label, _ in self._pairs]
        self._syncing = False
        grid = widgets.GridBox(self._boxes, layout=widgets.Layout(
            grid_template_columns=f"repeat(auto-fill, minmax({column}, 1fr))",
            max_height=height, overflow="auto", border="1px solid #BDBDBD", padding="2px 6px"))
        self.heading = widgets.Label(description)
        super().__init__([self.heading, grid], layout=widgets.Layout(width=width, margin="0 8px 4px 0"))
        self.description = description
        self.add_class("kss-choices")
        for box in self._boxes:
            box.observe(self._box_changed, names="value")
        self.value = tuple(value)

    # what SelectMultiple offers, read by kss/static.py, the tests and tools/benchmark.py
    @property
    def options(self):
        return tuple(self._pairs)

    @property
    def label(self):
        names = dict((v, label) for label, v in self._pairs)
        return tuple(names[v] for v in self.value)

    @property
    def boxes(self) -> list[widgets.Checkbox]:
        return list(self._boxes)

    @traitlets.validate("value")
    def _valid(self, proposal):
        known = [v for _, v in self._pairs]
        chosen = []
        for v in proposal["value"]:
            if v not in known:
                raise traitlets.TraitError(f"{v!r} is not one of the choices")
            if v not in chosen:
                chosen.append(v)
        return tuple(chosen)

    @traitlets.observe("value")
    def _value_changed(self, change):
        self._syncing = True
        try:
            for box, (_, v) in zip(self._boxes, self._pairs):
                box.value = v in change["new"]
        finally:
            self._syncing = False

    def _box_changed(self, change):
        if self._syncing:
            return
        box = change["owner"]
        v = self._pairs[self._boxes.index(box)][1]
        if change["new"]:
            self.value = self.value + (v,)
        else:
            self.value = tuple(x for x in self.value if x != v)
