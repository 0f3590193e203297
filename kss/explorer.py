"""The one widget pattern every explorer uses: controls -> a figure redrawn in place.

    explorer = Explorer({"year": slider}, draw)   # draw(year=...) -> View
    explorer                                      # shows controls, message, figure, panel

`draw` receives the current control values as keyword arguments and returns a View:
the figure, an optional message in words (e.g. "nothing matches"), optional HTML for
a side panel (e.g. cards with source links; the builder must escape data text with
html.escape) and the data that was drawn, so tests can check it.

The figure is shown as PNG bytes in an ipywidgets.Image: replacing the bytes
redraws in place without flicker, works the same in a kernel, in nbval and in plain
pytest, and nothing leaks into the cell's outputs. Tests drive an explorer by
setting `explorer.controls[name].value` and reading `explorer.view`.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Callable

import ipywidgets as widgets
from matplotlib.figure import Figure

from kss import static, style
from kss.labels import t


@dataclass
class View:
    figure: Figure | None
    message: str = ""
    html: str = ""
    data: Any = None
    extra: dict = field(default_factory=dict)


class Explorer:
    def __init__(self, controls: dict[str, widgets.Widget], draw: Callable[..., View],
                 *, intro: str = "", image_width: str = "100%"):
        self.controls = controls
        self.draw = draw
        self.view: View | None = None
        self.error: Exception | None = None
        self.redraws = 0
        self.intro = widgets.HTML(f"<p>{html.escape(intro)}</p>" if intro else "")
        self.message = widgets.HTML("")
        self.image = widgets.Image(format="png",
                                   layout=widgets.Layout(width=image_width, max_width="1000px",
                                                         height="auto"))
        self.caption = widgets.HTML("")     # the figure's description, under it (and read aloud)
        self.panel = widgets.HTML("")
        self.widget = widgets.VBox(
            [self.intro, widgets.HBox(list(controls.values()),
                                      layout=widgets.Layout(flex_flow="row wrap")),
             self.message, self.image, self.caption, self.panel],
            layout=widgets.Layout(width="100%"))
        self.widget.add_class("kss-explorer")
        for control in controls.values():
            control.observe(self._on_change, names="value")
        self.redraw()

    def values(self) -> dict[str, Any]:
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, change) -> None:
        self.redraw()

    def redraw(self) -> View | None:
        """Draw for the current control values; a failure becomes a message in words."""
        try:
            view = self.draw(**self.values())
        except Exception as exc:  # shown to the learner in words; kept for the tests
            self.error = exc
            self.view = None
            self.message.value = _message_html(t("explorer.error", error=type(exc).__name__), "error")
            return None
        self.error = None
        self.view = view
        self.redraws += 1
        self.message.value = _message_html(view.message, "info") if view.message else ""
        if view.figure is not None:
            self.image.value = style.to_png(view.figure)
            self.image.layout.display = None
            self.caption.value = static.caption_html(self.description)
        else:
            self.image.layout.display = "none"
            self.caption.value = ""
        self.panel.value = view.html
        return view

    @property
    def description(self) -> str:
        """The text description of the current figure (alt text and caption)."""
        return static.figure_alt(self.view.figure if self.view else None)

    def _repr_mimebundle_(self, **kwargs):
        # the widget view, plus a static picture of the starting view (kss/static.py)
        alt = static.figure_alt(self.view.figure if self.view else None)
        return static.bundle(self, self.widget, alt=alt, **kwargs)


def _message_html(text: str, kind: str) -> str:
    colour = "#D55E00" if kind == "error" else "#0072B2"
    return (f'<div class="kss-message kss-message-{kind}" style="border-left:4px solid {colour};'
            f'padding:4px 8px;margin:4px 0;font-size:1.05em">{html.escape(text)}</div>')


def dropdown(options, value=None, description: str = "", width: str = "auto") -> widgets.Dropdown:
    """A dropdown whose options are (label, value) pairs; labels come from kss.labels."""
    options = list(options)
    return widgets.Dropdown(options=options, value=value if value is not None else options[0][1],
                            description=description, style={"description_width": "initial"},
                            layout=widgets.Layout(width=width))
