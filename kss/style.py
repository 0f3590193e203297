"""One figure style for every lesson: readable when projected and printed.

Colour-blind-safe palette (Okabe & Ito), no text below 10 pt, a source line under
every figure. Figures are built with matplotlib.figure.Figure (not pyplot), so a
figure drawn for a widget never leaks into a notebook cell as a second output.
"""
from __future__ import annotations

import io

import matplotlib
from matplotlib.figure import Figure

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
    fig.text(0.01, 0.005, plain(text), fontsize=MIN_FONT_PT, color=DARK_GREY,
             ha="left", va="bottom", wrap=True)
    # constrained layout does not know about fig.text: leave room at the bottom
    fig.get_layout_engine().set(rect=(0, 0.05, 1, 0.95))


def to_png(fig: Figure) -> bytes:
    """PNG bytes of a figure; identical input gives identical bytes."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()
