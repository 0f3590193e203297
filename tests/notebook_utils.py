"""Shared helpers for the notebook tests: which notebooks exist and how to read them."""
import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
LESSON_RE = re.compile(r"^(\d\d)-[a-z0-9-]+\.ipynb$")


def all_notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOK_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def lesson_notebooks(lang: str | None = None) -> list[Path]:
    """The numbered lessons of one edition, or of both (notebooks/id/, then notebooks/en/)."""
    langs = [lang] if lang else ["id", "en"]
    return [p for lg in langs for p in all_notebooks() if LESSON_RE.match(p.name) and p.parent.name == lg]


def edition(path: Path):
    """kss.editions.Edition of a notebook (its folder): the words its skeleton uses."""
    from kss import editions
    return editions.of(path)


def read(path: Path):
    return nbformat.read(path, as_version=4)


def ids(paths):
    return [str(p.relative_to(NOTEBOOK_DIR)) for p in paths]
