"""The setup cell of every lesson:  from kss import setup; setup()

Applies the figure style, checks that every data table reads cleanly (so a broken
CSV is reported at the top of the lesson, in words) and installs a friendly
Indonesian hint for the most common beginner error: running a cell whose names were
defined in a cell that has not been run yet (NameError).
"""
from __future__ import annotations

import re

from kss import data, style
from kss.labels import set_language, t


class Ready:
    """What setup() found: {table name: number of rows}; shown as one friendly line."""

    def __init__(self, tables: dict[str, int]):
        self.tables = tables

    def __repr__(self) -> str:
        return t("setup.ready", tables=len(self.tables))


def setup(lang: str = "id") -> Ready:
    set_language(lang)
    style.apply()
    _inline_figures()
    install_hints()
    return Ready({name: len(frame) for name, frame in data.load_all().items()})


def _inline_figures() -> None:
    """In a kernel, show Figure objects inline (pyplot is never needed): as HTML, the PNG
    with the figure's description as alt text and as a caption (kss.static.display_figure),
    so screen readers, nbconvert and sighted readers all get it."""
    ip = _ipython()
    if ip is not None and getattr(ip, "kernel", None) is not None:
        ip.run_line_magic("matplotlib", "inline")
        from matplotlib.figure import Figure

        from kss import static

        formatters = ip.display_formatter.formatters
        formatters["image/png"].pop(Figure, None)
        formatters["text/html"].for_type(Figure, lambda fig: static.display_figure(fig)["text/html"])
        formatters["text/plain"].for_type(Figure, lambda fig, p, cycle: p.text(static.display_figure_text(fig)))


def _ipython():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is always installed with ipywidgets
        return None
    return get_ipython()


def hint_for(exc: BaseException) -> str:
    """The Indonesian hint shown above a NameError."""
    match = re.search(r"name '([^']+)' is not defined", str(exc))
    return t("setup.hint_name", name=match.group(1)) if match else t("setup.hint_generic")


def install_hints() -> bool:
    """In IPython: a NameError gets the Indonesian hint above the usual one-line error, and
    a data.DataError (a broken table) is shown as its one-line message, not a traceback.
    True if installed."""
    ip = _ipython()
    if ip is None:
        return False

    def handler(shell, etype, value, tb, tb_offset=None):
        if issubclass(etype, data.DataError):
            print(t("setup.data_error"))
        else:
            print(hint_for(value))
        # keep the normal one-line error so the cell is still marked as failed
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset, exception_only=True)

    ip.set_custom_exc((NameError, data.DataError), handler)
    return True
