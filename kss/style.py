"""One figure style for every lesson: readable when projected and printed.

Colour-blind-safe palette (Okabe & Ito), no text below 10 pt, a source line under
every figure. Figures are built with matplotlib.figure.Figure (not pyplot), so a
figure drawn for a widget never leaks into a notebook cell as a second output.
"""
from __future__ import annotations

import functools
import io
import textwrap
from collections import OrderedDict
from typing import Callable

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from PIL import Image

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}
# Yellow is light on white: never for text or thin marks (lines, small markers), only for
# large filled areas with a dark edge. So it is left out of the default colour cycle.
CYCLE = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky", "black")]
# Categories differ by more than colour (colour-blind readers, grey printouts): each kind
# of a figure also gets its own marker, hatch or line style, in these orders.
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
HATCHES = ("", "///", "...", "xxx", "\\\\", "+++")
LINESTYLES = ("-", (0, (6, 2)), (0, (6, 2, 1.5, 2)), (0, (1.5, 1.5)), (0, (4, 1.5, 1, 1.5, 1, 1.5)))
GREY = "#D9D9D9"
DARK_GREY = "#595959"
MIN_FONT_PT = 10

RC = {
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    # a fixed title height: matplotlib otherwise measures the x axis (ticks and all) on
    # every draw to lift the title above top tick labels, which no figure here has
    "axes.titley": 1.0,
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "legend.title_fontsize": 10,
    "figure.titlesize": 14,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#E5E5E5",
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=CYCLE),
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.hashsalt": "kss",
}

# Explorer images are drawn with unhinted glyphs: evenly spaced, as sharp at 100 dpi, and
# the quickest to rasterise (text is most of an explorer redraw). Static lesson figures
# keep matplotlib's default hinting, whose PNGs are smaller in the stored notebooks.
EXPLORER_RC = {"text.hinting": "no_hinting"}


def apply() -> None:
    """Set the house style for every figure drawn afterwards."""
    matplotlib.rcParams.update(RC)


def figure(width: float = 9.0, height: float = 5.0) -> Figure:
    """A new figure that pyplot does not track (so nothing is shown twice)."""
    apply()
    return Figure(figsize=(width, height), layout="constrained")


def blank(width: float, height: float) -> Figure:
    """A new figure with one empty axes: the static base of an explorer's map (Layers)."""
    fig = figure(width, height)
    fig.add_subplot()
    return fig


@functools.lru_cache(maxsize=1)
def _measuring_renderer():
    from matplotlib.backends.backend_agg import RendererAgg
    return RendererAgg(1, 1, RC["figure.dpi"])


@functools.lru_cache(maxsize=4096)
def text_width(text: str, size: float, weight: str = "normal") -> float:
    """Width in pixels (at the house dpi) of the widest line of a text as matplotlib
    draws it: what a layout key names when a text's width moves a margin."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(size=size, weight=weight)
    renderer = _measuring_renderer()
    with matplotlib.rc_context(EXPLORER_RC):
        return round(max(renderer.get_text_width_height_descent(line, prop, ismath=False)[0]
                         for line in str(text).split("\n")), 2)


def plain(text) -> str:
    """Text from data shown literally in matplotlib: '$' would start math mode."""
    return str(text).replace("$", r"\$")


def source_note(fig: Figure, text: str) -> None:
    """Write 'Sumber: ...' under the figure, small but not below MIN_FONT_PT."""
    # wrapped here by characters: matplotlib's wrap=True measures word by word on
    # every draw, which cost about 150 ms per explorer redraw
    width = max(40, int(fig.get_figwidth() * 13))
    lines = textwrap.wrap(plain(text), width, break_on_hyphens=False, break_long_words=False)
    fig.text(0.01, 0.005, "\n".join(lines), fontsize=MIN_FONT_PT,
             color=DARK_GREY, ha="left", va="bottom")
    # constrained layout does not know about fig.text: leave room for every line
    # (10 pt with line spacing is about 0.17 inch)
    bottom = min(0.4, (len(lines) * 0.17 + 0.06) / fig.get_figheight())
    set_rect(fig, (0, bottom, 1, 1 - bottom))


def describe(fig: Figure, text: str) -> Figure:
    """Give a figure its text description: what it shows and its main message, computed
    by the figure's code from the data it draws. It becomes the image's alt text (screen
    readers, nbconvert) and the caption under the figure (kss/static.py, explorers)."""
    fig.kss_description = " ".join(str(text).split())
    return fig


def description(fig: Figure | None) -> str:
    """The text description of a figure ("" if its code gave none)."""
    return getattr(fig, "kss_description", "") if fig is not None else ""


def set_rect(fig: Figure, rect) -> None:
    """The part of the figure (left, bottom, width, height) the constrained layout fills.
    Kept on the figure too, for a figure of an explorer (Layers) laid out again later."""
    fig.kss_rect = tuple(rect)
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=rect)


# Explorer images are indexed-colour PNGs: the figures use a handful of flat colours
# (palette, greys, antialiased edges), so 64 colours look the same on a projector and
# the bytes sent per change drop to a third (FASTOCTREE: a few ms; no dithering, so flat
# areas stay flat and compress well).
PNG_COLOURS = 64

# Constrained layouts already computed, by layout key (see layout_key).
_LAYOUTS: dict = {}


def _lines(text) -> int:
    return text.get_text().count("\n") + 1 if text is not None and text.get_text() else 0


def layout_key(fig: Figure, *parts, inside: bool = False) -> None:
    """Say that this figure's constrained layout depends only on `parts` (what the
    figure code knows changes a margin: tick labels, legend entries ...) and on what
    this function adds itself: the figure size, and for the figure and each axes the
    number of lines of every title and text, whether the axis is on and the legend's
    rows. With inside=True the axes' texts and legend lie inside the axes (labels on a
    map, a legend in a corner), so they cannot move a margin and are left out.

    to_png lays out the first figure with a given key with constrained layout and gives
    later figures with the same key the same positions without running the layout
    again (a third of an explorer redraw). Call it last, when the figure is complete.
    A figure without a key is laid out every time."""
    axes = []
    for ax in fig.axes:
        legend = ax.get_legend()
        inner = () if inside else (
            tuple(_lines(t) for t in ax.texts),
            None if legend is None else (-(-len(legend.texts) // legend._ncols), _lines(legend.get_title())))
        axes.append((ax.axison, tuple(_lines(getattr(ax, name)) for name in ("title", "_left_title", "_right_title")),
                     ax.get_xlabel().count("\n"), ax.get_ylabel().count("\n")) + inner)
    fig.kss_layout_key = (tuple(fig.get_size_inches().round(3)), _lines(fig._suptitle),
                          tuple(_lines(t) for t in fig.texts), tuple(axes)) + parts


def fixed_margins(fig: Figure, left: float, bottom: float, right: float, top: float, *parts) -> None:
    """Lay a one-axes figure out by hand: margins in inches (what the figure code measured,
    e.g. its widest label with text_width). No constrained layout runs for it, ever; the
    layout key is the margins themselves."""
    width, height = fig.get_size_inches()
    fig.set_layout_engine("none")
    fig.axes[0].set_position([left / width, bottom / height, 1 - (left + right) / width,
                              1 - (bottom + top) / height])
    fig.kss_fixed = True
    fig.kss_layout_key = ("fixed", round(width, 3), round(height, 3), round(left, 3), round(bottom, 3),
                          round(right, 3), round(top, 3)) + parts


def pixels_key(fig: Figure, *parts) -> None:
    """For an explorer's figure (Layers, blit): what changes its static layers besides the
    layout (axis limits, tick labels); their pixels are kept per layout and pixels key."""
    fig.kss_pixels_key = parts


def _axes_positions(fig: Figure) -> dict:
    layout = {"axes": [(ax.get_position(original=True).frozen(), ax.get_position(original=False).frozen())
                       for ax in fig.axes]}
    for name in ("_suptitle", "_supxlabel", "_supylabel"):
        text = getattr(fig, name, None)
        if text is not None:
            layout[name] = text.get_position()
    return layout


def _apply_layout(fig: Figure, layout: dict) -> None:
    fig.set_layout_engine("none")
    for ax, (original, active) in zip(fig.axes, layout["axes"]):
        ax._set_position(original, which="original")
        ax._set_position(active, which="active")
    for name, position in layout.items():
        text = getattr(fig, name, None) if name != "axes" else None
        if text is not None:
            text.set_position(position)


def render(fig: Figure):
    """Draw a figure once on an Agg canvas (reusing a stored layout, see layout_key, or
    the kept pixels of an explorer's figure, see Layers) and return a Pillow RGB image."""
    with matplotlib.rc_context(EXPLORER_RC):
        rgba = _render(fig)
    return Image.frombuffer("RGBA", (rgba.shape[1], rgba.shape[0]), rgba, "raw", "RGBA", 0, 1).convert("RGB")


def _render(fig: Figure):
    layers = getattr(fig, "kss_layers", None)
    if layers is not None and layers.fig is fig:
        rgba = layers.render()
    else:
        key = getattr(fig, "kss_layout_key", None)
        stored = _LAYOUTS.get(key) if key is not None else None
        if stored is not None and len(stored["axes"]) == len(fig.axes):
            _apply_layout(fig, stored)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        if key is not None and stored is None and not getattr(fig, "kss_fixed", False):
            if len(_LAYOUTS) >= 256:
                _LAYOUTS.pop(next(iter(_LAYOUTS)))
            _LAYOUTS[key] = _axes_positions(fig)
        rgba = canvas.buffer_rgba()
    return rgba


def _titles(fig: Figure) -> list:
    texts = [getattr(ax, name) for ax in fig.axes for name in ("title", "_left_title", "_right_title")]
    return texts + ([fig._suptitle] if fig._suptitle is not None else [])


def _children(fig: Figure) -> list:
    """The artists a figure's code adds: each axes' children (lines, collections, texts,
    patches, legend ...) and the figure's own texts, patches, lines and legends."""
    found = [a for ax in fig.axes for a in ax.get_children()]
    return found + list(fig.texts) + list(fig.patches) + list(fig.lines) + list(fig.legends) + list(fig.artists)


class Layers:
    """One figure for all the redraws of one explorer, its static layers drawn once.

        layers = style.Layers(base)        # base() -> Figure with the static layers
        fig = layers.figure()              # per redraw: the base, emptied of the last view
        ... add this view's artists to fig, style.layout_key(fig, ...) ...
        style.to_png(fig)                  # draws only the new artists (blit=True)

    `base` builds what never changes between views (grey world map, fixed axes, ticks
    and labels, a fixed source line); it runs once. figure() removes every artist that
    the previous view added and blanks the titles. to_png then lays the figure out
    (constrained layout, once per layout key) and, with blit=True, keeps the pixels of
    the static layers per layout key and pixels key (see pixels_key; the last `keep`):
    a redraw restores them and draws only this view's artists on top (matplotlib's own blitting: copy_from_bbox / restore_region /
    draw_artist). With blit=False (figures whose axes change with the view: limits,
    tick labels) the whole figure is drawn, still without rebuilding axes and ticks.
    Static layers must lie under every artist a view adds (they are drawn first).
    """

    MAX_KEPT = 6       # static pixels kept per explorer (default): about 2.5 MB each

    def __init__(self, base: Callable[[], Figure], *, blit: bool = True, keep: int | None = None):
        self._base = base
        self.blit = blit
        self._pixels: OrderedDict = OrderedDict()   # (layout key, pixels key) -> static pixels
        self._keep = keep or self.MAX_KEPT
        self.fig: Figure | None = None
        self._static: set[int] = set()
        self._kept: OrderedDict = OrderedDict()   # layout key -> layout (axes positions)
        self._max = 64
        self._applied = None
        self.layouts = 0                            # constrained layouts run (for tests)

    def figure(self) -> Figure:
        if self.fig is None:
            fig = self._base()
            self._static = {id(a) for a in _children(fig)}
            fig.kss_layers = self
            self.fig, self.canvas = fig, FigureCanvasAgg(fig)
        else:
            for artist in self.added():
                artist.remove()
            for text in _titles(self.fig):
                text.set_text("")
            self.fig.kss_description = ""       # each view describes itself
        return self.fig

    def layout_error(self) -> float:
        """How far (pixels) the current view's axes are from where a fresh constrained
        layout of this very view puts them: 0 when its layout key names all that moves
        a margin (tests/test_layers.py). The figure is left as it was."""
        fig = self.fig
        kept = self._kept.get(getattr(fig, "kss_layout_key", None))
        if kept is None or getattr(fig, "kss_fixed", False):
            return 0.0
        kept = (kept,)
        fig.set_layout_engine("constrained", rect=getattr(fig, "kss_rect", (0, 0, 1, 1)))
        with matplotlib.rc_context(EXPLORER_RC):
            self.canvas.draw()
        fresh = _axes_positions(fig)
        _apply_layout(fig, kept[0])
        width, height = fig.bbox.width, fig.bbox.height
        error = 0.0
        for (_, a), (_, b) in zip(kept[0]["axes"], fresh["axes"]):
            error = max(error, *(abs(x - y) * width for x, y in zip(a.intervalx, b.intervalx)),
                        *(abs(x - y) * height for x, y in zip(a.intervaly, b.intervaly)))
        return error

    def added(self) -> list:
        """The artists of the current view (everything that is not a static layer). Titles
        (axes titles, fig.suptitle) are kept objects whose text each view sets."""
        titles = {id(t) for t in _titles(self.fig)}
        return [a for a in _children(self.fig) if id(a) not in self._static and id(a) not in titles]

    def _dynamic(self) -> list:
        return sorted(self.added() + [t for t in _titles(self.fig) if t.get_text()],
                      key=lambda a: a.get_zorder())

    def render(self):
        fig, canvas = self.fig, self.canvas
        key = getattr(fig, "kss_layout_key", None)
        layout = self._kept.get(key) if key is not None else None
        if layout is None:
            if not getattr(fig, "kss_fixed", False):
                fig.set_layout_engine("constrained", rect=getattr(fig, "kss_rect", (0, 0, 1, 1)))
            canvas.draw()
            self.layouts += 1
            layout = _axes_positions(fig)
            fig.set_layout_engine("none")
            if key is not None:
                self._kept[key] = layout
                while len(self._kept) > self._max:
                    self._kept.popitem(last=False)
            self._applied = key
            if not self.blit:
                return canvas.buffer_rgba()
        else:
            self._kept.move_to_end(key)
            _apply_layout(fig, layout)   # every time: fig.suptitle() moves its title back
            self._applied = key
            if not self.blit:
                canvas.draw()
                return canvas.buffer_rgba()
        where = (key, getattr(fig, "kss_pixels_key", None))
        pixels = self._pixels.get(where) if key is not None else None
        if pixels is None:
            dynamic = self._dynamic()
            visible = [a.get_visible() for a in dynamic]
            for artist in dynamic:
                artist.set_visible(False)
            canvas.draw()
            pixels = canvas.copy_from_bbox(fig.bbox)
            for artist, shown in zip(dynamic, visible):
                artist.set_visible(shown)
            if key is not None:
                self._pixels[where] = pixels
                while len(self._pixels) > self._keep:
                    self._pixels.popitem(last=False)
        else:
            self._pixels.move_to_end(where)
        canvas.restore_region(pixels)
        renderer = canvas.get_renderer()
        for artist in self._dynamic():
            artist.draw(renderer)
        return canvas.buffer_rgba()


def to_png(fig: Figure) -> bytes:
    """PNG bytes of a figure for an explorer image; identical input gives identical bytes.

    Drawn once on an Agg canvas and encoded with Pillow: Figure.savefig draws a
    constrained-layout figure twice (once only to lay it out). Indexed colour
    (PNG_COLOURS): a third of the bytes of an RGB PNG, as sharp.
    """
    image = render(fig).quantize(PNG_COLOURS, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    image.save(buf, format="png", compress_level=6)
    return buf.getvalue()
