"""One figure style for every lesson: readable when projected and printed.

Colour-blind-safe palette (Okabe & Ito), no text below 10 pt, a source line under
every figure. Figures are built with matplotlib.figure.Figure (not pyplot), so a
figure drawn for a widget never leaks into a notebook cell as a second output.
"""
from __future__ import annotations

import functools
import io
import textwrap
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
    """A new figure with one empty axes: the base of an explorer's map (Reuse)."""
    fig = figure(width, height)
    fig.add_subplot()
    return fig


@functools.lru_cache(maxsize=4096)
def text_width(text: str, size: float, weight: str = "normal") -> float:
    """Width in pixels (at the house dpi) of the widest line of a text as the Agg renderer
    draws it in an explorer image: for margins laid out by hand (fixed_margins). Kept per
    text: a timeline view measures its 20-40 labels, most of them again in the next view."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(1, 1, RC["figure.dpi"])
    prop = FontProperties(size=size, weight=weight)
    with matplotlib.rc_context(EXPLORER_RC):
        return max(renderer.get_text_width_height_descent(line, prop, ismath=False)[0]
                   for line in str(text).split("\n"))


def fixed_margins(fig: Figure, left: float, bottom: float, right: float, top: float) -> None:
    """Lay a one-axes figure out by hand, margins in inches (what the figure code knows
    sets them, e.g. its widest label measured with text_width): no layout engine runs.
    For explorer figures whose every view moves a margin (constrained layout measured
    the whole figure again on each change: half of a change's CPU time)."""
    width, height = fig.get_size_inches()
    fig.set_layout_engine("none")
    fig.axes[0].set_position([left / width, bottom / height, 1 - (left + right) / width,
                              1 - (bottom + top) / height])


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
    """The part of the figure (left, bottom, width, height) the constrained layout fills."""
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=rect)


class Reuse:
    """One figure for all the views of one explorer.

        reuse = style.Reuse(base)      # base() -> Figure: what every view shares
        fig = reuse.figure()           # per view: the base, without the last view's artists
        ... add this view's artists and texts to fig ...
        style.to_png(fig)              # the whole figure drawn

    `base` builds what never changes between views (axes, ticks, a grey world map, a
    fixed source line) once; rebuilding it on every change doubled the CPU time of a
    change. figure() removes every artist the previous view added (lines, collections,
    texts, patches, legends), so a view must set again what it changes on the kept
    artists: titles (the base creates a figure title with fig.suptitle when its views
    set one), limits, ticks and scales.

    The first view is laid out by the figure's constrained layout, and later views keep
    that layout (laying a figure out again is a third to a half of a change's CPU time),
    unless `relayout` is set: for explorers whose views move a margin (a legend under
    the axes with more or fewer rows). tests/test_redraw.py checks that every view looks
    as it would in a figure of its own.
    """

    def __init__(self, base: Callable[[], Figure], *, relayout: bool = False):
        self._base = base
        self.relayout = relayout
        self.fig: Figure | None = None
        self._static: set[int] = set()

    def figure(self) -> Figure:
        if self.fig is None:
            self.fig = self._base()
            self._static = {id(artist) for artist in _children(self.fig)}
            self.fig.kss_reuse = self
        else:
            if not self.relayout and not self.fig.stale:
                # drawn (and laid out) since its last change: the axes stay where they are
                self.fig.set_layout_engine("none")
            for artist in self.added():
                artist.remove()
            self.fig.kss_description = ""       # each view describes itself
        return self.fig

    def reset(self) -> None:
        """Forget the figure: the next view is drawn on a new base (tests compare the two)."""
        self.fig = None

    def added(self) -> list:
        """The artists of the current view (those the base did not make)."""
        return [artist for artist in _children(self.fig) if id(artist) not in self._static]


def _children(fig: Figure) -> list:
    """The artists a figure's code adds: each axes' children (lines, collections, texts,
    patches, legend ...) and the figure's own texts, patches, lines and legends."""
    found = [a for ax in fig.axes for a in ax.get_children()]
    return found + list(fig.texts) + list(fig.patches) + list(fig.lines) + list(fig.legends) + list(fig.artists)


# Explorer images are indexed-colour PNGs: the figures use a handful of flat colours
# (palette, greys, antialiased edges), so 64 colours look the same on a projector and
# the bytes sent per change drop to a third (FASTOCTREE: a few ms; no dithering, so flat
# areas stay flat and compress well).
PNG_COLOURS = 64


def render(fig: Figure) -> Image.Image:
    """The figure drawn once on an Agg canvas (laid out by its layout engine), as a
    Pillow RGB image."""
    canvas = FigureCanvasAgg(fig)
    with matplotlib.rc_context(EXPLORER_RC):
        canvas.draw()
    rgba = canvas.buffer_rgba()
    return Image.frombuffer("RGBA", (rgba.shape[1], rgba.shape[0]), rgba, "raw", "RGBA", 0, 1).convert("RGB")


def to_png(fig: Figure) -> bytes:
    """PNG bytes of a figure for an explorer image; identical input gives identical bytes.
    Indexed colour (PNG_COLOURS): a third of the bytes of an RGB PNG, as sharp."""
    image = render(fig).quantize(PNG_COLOURS, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    image.save(buf, format="png", compress_level=6)
    return buf.getvalue()
