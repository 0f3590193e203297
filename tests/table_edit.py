"""Read and edit the CSV files of data/ with the csv module, independently of kss.data."""
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


def read_rows(name: str, data_dir: Path | None = None) -> list[dict]:
    """Rows of data/<name> as dicts of strings (expected values computed apart from kss.data)."""
    from kss import data
    with ((data_dir or data.DATA_DIR) / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
