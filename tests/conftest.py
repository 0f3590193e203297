"""Shared test set-up: headless matplotlib, a scratch copy of data/ to break on purpose."""
import csv
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


def set_cell(path: Path, line: int, column: str, value: str) -> None:
    """Rewrite one cell of a CSV (line counted as an editor shows it; header = 1)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    col = rows[0].index(column)
    rows[line - 1][col] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt
    plt.close("all")
