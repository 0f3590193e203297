"""Shared test set-up: headless matplotlib, a scratch copy of data/ to break on purpose."""
import os
import shutil
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture
def data_copy(tmp_path):
    """A copy of data/ in a temporary folder: tests may break it freely."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt
    plt.close("all")


@pytest.fixture(autouse=True)
def _indonesian():
    """Tests read the Indonesian labels; a test that switches language must not leak it."""
    from kss.labels import language, set_language
    before = language()
    set_language("id")
    yield
    set_language(before)


PNG_MAGIC = b"\x89PNG"
REAL_PNG_EVERY = 10


@pytest.fixture
def sampled_png(monkeypatch):
    """For tests that sweep many control values and check what is drawn (the figure's
    artists, the texts, the data) rather than pixels: kss.style.to_png encodes for real
    on the first call and on every state["every"]-th one (REAL_PNG_EVERY; 0 = never on
    its own) or while state["force"] is set, and returns a stub (PNG magic bytes and a
    counter) otherwise. The PNG is most of an explorer change's CPU time (gap explorer:
    about 50 ms of 56 before it kept one background); pixels are checked by
    test_layers.py, test_figures.py and these real encodes. Returns the state dict
    ({"calls", "encoded", "every", "force"}) to inspect or steer (test_fuzz does)."""
    from kss import style

    state = {"calls": 0, "encoded": 0, "every": REAL_PNG_EVERY, "force": False}
    real_to_png = style.to_png

    def to_png(fig):
        state["calls"] += 1
        if state["force"] or (state["every"] and state["calls"] % state["every"] == 1):
            state["encoded"] += 1
            out = real_to_png(fig)
            assert out[:4] == PNG_MAGIC, "the figure did not render to PNG"
            return out
        return PNG_MAGIC + b"-stub-" + str(state["calls"]).encode()

    monkeypatch.setattr(style, "to_png", to_png)
    return state
