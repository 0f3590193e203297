"""The course's two editions: where their notebooks live and the words their skeleton uses.

Bahasa Indonesia (notebooks/id/) is the source edition; the English edition (notebooks/en/)
has the same cells and code (tools/editions.py keeps them in step). Tools and tests that
look for a lesson's sections (objectives, exercises, quiz, key points, sources, ...) take
the words from here, so both editions are checked the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kss import labels

ROOT = Path(__file__).resolve().parent.parent   # the repository, in a checkout


@dataclass(frozen=True)
class Edition:
    lang: str
    contents: str           # lesson 00, whose course map the navigation bars link to
    guide: str              # the teacher guide

    @property
    def words(self) -> dict:
        """The skeleton's words: `edition:` of kss/locales/<lang>.yml."""
        return _words(self.lang)

    @property
    def subdir(self) -> Path:
        return Path("notebooks") / self.lang

    @property
    def folder(self) -> Path:
        """notebooks/<lang>/ of the repository (tools and tests work in a checkout)."""
        return ROOT / self.subdir

    def lessons(self) -> list[Path]:
        return sorted(self.folder.glob("[0-9][0-9]-*.ipynb"))

    def notebooks(self) -> list[Path]:
        """The lessons, then the teacher guide."""
        guide = self.folder / self.guide
        return self.lessons() + ([guide] if guide.is_file() else [])

    def w(self, key: str) -> str:
        return self.words[key]

    def minutes_re(self) -> re.Pattern:
        """'(sekitar 10 menit)' / '(about 10 minutes)' -> group 1 is the number."""
        return re.compile(rf"\({self.words['about']} (\d+) {self.words['minutes_re']}\)")

    def anchor(self, heading: str) -> str:
        """JupyterLab's anchor for a heading: spaces become '-'."""
        return heading.replace(" ", "-")


# The words of each edition's skeleton are in its locale file, kss/locales/<lang>.yml, under
# `edition:`; a new edition is one line here (its folder's lesson 00 and teacher guide).
ID = Edition("id", "00-mulai-di-sini.ipynb", "panduan-guru.ipynb")
EN = Edition("en", "00-start-here.ipynb", "teacher-guide.ipynb")

EDITIONS = {"id": ID, "en": EN}


@lru_cache(maxsize=None)
def _words(lang: str) -> dict:
    return labels.section("edition", lang)


def current() -> Edition:
    """The edition of the current language (kss.labels; setup("en") chooses English)."""
    return EDITIONS[labels.language()]


def of(path) -> Edition:
    """The edition a notebook belongs to (by its folder, notebooks/<lang>/)."""
    lang = Path(path).resolve().parent.name
    if lang not in EDITIONS:
        raise ValueError(f"{path}: not in notebooks/id/ or notebooks/en/")
    return EDITIONS[lang]


def all_lessons() -> list[Path]:
    return [p for e in EDITIONS.values() for p in e.lessons()]


def all_notebooks() -> list[Path]:
    return [p for e in EDITIONS.values() for p in e.notebooks()]
