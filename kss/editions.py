"""The course's two editions: where their notebooks live and the words their skeleton uses.

Bahasa Indonesia (notebooks/id/) is the source edition; the English edition (notebooks/en/)
has the same cells and code (tools/editions.py keeps them in step). Tools and tests that
look for a lesson's sections (objectives, exercises, quiz, key points, sources, ...) take
the words from here, so both editions are checked the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent   # the repository, in a checkout


@dataclass(frozen=True)
class Edition:
    lang: str
    contents: str           # lesson 00, whose course map the navigation bars link to
    guide: str              # the teacher guide
    words: dict

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


ID = Edition("id", "00-mulai-di-sini.ipynb", "panduan-guru.ipynb", {
    "objectives": "Tujuan pembelajaran", "after": "Setelah pelajaran ini kamu dapat:",
    "time": "Waktu", "prerequisites": "Prasyarat", "setup": "Persiapan",
    "exercises": "Latihan", "quiz": "Kuis singkat", "key_points": "Poin kunci",
    "extra": "Pengayaan (opsional)", "sources": "Sumber", "activity": "Aktivitas",
    "answer": "Jawaban", "quotation": "Kutipan",
    "about": "sekitar", "minutes": "menit", "minute": "menit", "minutes_re": "menit",
    "run_next": "Jalankan sel berikut",
    "course_map": "Peta kursus", "contents": "Daftar isi",
    "previous": "Sebelumnya", "next": "Berikutnya", "no": "No", "lesson": "Pelajaran",
    "time_col": "Waktu", "summary_col": "Isi singkat", "other_edition": "English",
    "time_line": ("**Waktu:** sekitar {core} menit untuk jalur inti: {start} menit persiapan, "
                  "{reading} menit membaca, {activities} menit aktivitas, latihan dan kuis."),
    "time_line_extra": " Bagian **Pengayaan (opsional)** di akhir boleh dilewati.",
})

EN = Edition("en", "00-start-here.ipynb", "teacher-guide.ipynb", {
    "objectives": "Learning objectives", "after": "After this lesson you can:",
    "time": "Time", "prerequisites": "Prerequisites", "setup": "Setup",
    "exercises": "Exercises", "quiz": "Quick quiz", "key_points": "Key points",
    "extra": "Going further (optional)", "sources": "Sources", "activity": "Activity",
    "answer": "Answer", "quotation": "Quotation",
    "about": "about", "minutes": "minutes", "minute": "minute", "minutes_re": "minutes?",
    "run_next": "Run the next cell",
    "course_map": "Course map", "contents": "Contents",
    "previous": "Previous", "next": "Next", "no": "No", "lesson": "Lesson",
    "time_col": "Time", "summary_col": "In short", "other_edition": "Bahasa Indonesia",
    "time_line": ("**Time:** about {core} minutes for the core path: {start} minutes to get started, "
                  "{reading} minutes of reading, {activities} minutes of activities, exercises and quiz."),
    "time_line_extra": " The **Going further (optional)** section at the end can be skipped.",
})

EDITIONS = {"id": ID, "en": EN}


def current() -> Edition:
    """The edition of the current language (kss.labels; setup("en") chooses English)."""
    from kss.labels import language
    return EDITIONS[language()]


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
