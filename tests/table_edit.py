"""Edit one cell of a CSV file (used by the tests that break a copy of data/ on purpose)."""
import csv
from pathlib import Path


def set_cell(path: Path, line: int, column: str, value: str) -> None:
    """Rewrite one cell of a CSV (line counted as an editor shows it; header = 1)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    col = rows[0].index(column)
    rows[line - 1][col] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
