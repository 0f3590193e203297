"""One figure style for every lesson: readable when projected and printed.

Colour-blind-safe palette (Okabe & Ito), no text below 10 pt, a source line under
every figure. Figures are built with matplotlib.figure.Figure (not pyplot), so a
figure drawn for a widget never leaks into a notebook cell as a second output.
"""
from __future__ import annotations

import io
import textwrap

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
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
CYCLE = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple", "sky", "yellow", "black")]
GREY = "#D9D9D9"
DARK_GREY = "#595959"
MIN_FONT_PT = 10

RC = {
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
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


def apply() -> None:
    """Set the house style for every figure drawn afterwards."""
    matplotlib.rcParams.update(RC)


def figure(width: float = 9.0, height: float = 5.0) -> Figure:
    """A new figure that pyplot does not track (so nothing is shown twice)."""
    apply()
    return Figure(figsize=(width, height), layout="constrained")


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
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))


def to_png(fig: Figure) -> bytes:
    """PNG bytes of a figure; identical input gives identical bytes.

    Drawn once on an Agg canvas and encoded with Pillow: Figure.savefig draws a
    constrained-layout figure twice (once only to lay it out), which cost about 15 %
    of every explorer redraw. Light zlib compression: explorer images are sent once
    and never stored.
    """
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    rgba = canvas.buffer_rgba()
    image = Image.frombuffer("RGBA", (rgba.shape[1], rgba.shape[0]), rgba, "raw", "RGBA", 0, 1)
    buf = io.BytesIO()
    image.convert("RGB").save(buf, format="png", compress_level=1)
    return buf.getvalue()
