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


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutmut():
    """Under mutmut (`make mutation`) each test starts with kss's caches empty: a value cached
    by an earlier test, or while the tests were collected, would hide the call from mutmut's
    record of which tests reach which function, and from the mutant under test."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        import sys
        for name, module in list(sys.modules.items()):
            if name == "kss" or name.startswith("kss."):
                for value in list(vars(module).values()):
                    if callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()
    yield
