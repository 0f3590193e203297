"""One list of every interactive view of the course (explorers, activities, quizzes).

    from tools import catalog
    for entry in catalog.entries():            # or catalog.entries(kind="explorer")
        view = entry.build()                   # a fresh Explorer / activity / Quiz
        entry.lesson, entry.name, entry.kind   # "04", "development.explorer", "explorer"

The fuzz tests (tests/test_fuzz.py), the benchmark (tools/benchmark.py) and anyone else
who needs "every widget of the course" read this list instead of keeping their own.

Builders are named as text ("module.function") and looked up when used, so that this
module always imports, and a builder that is missing or renamed fails LOUDLY with the
entry named (CatalogError), in `entry.builder`, `entry.build()` and `check()`; the test
tests/test_fuzz.py::test_catalog_builders_exist calls check(). Quizzes are found from
the files kss/quizzes/NN.yml, so a new lesson's quiz is in the catalog without an edit
here. A lesson module that adds an explorer adds one line to VIEWS.
"""
from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from typing import Any, Callable

KINDS = ("explorer", "activity", "quiz")

# (lesson, "module.function" in kss, kind). "explorer": returns a kss.explorer.Explorer;
# "activity": a widget object with its own buttons (project.designer is an Explorer too).
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("00", "intro.first_widget", "explorer"),
    ("01", "modality.sort_activity", "activity"),
    ("01", "south.map_explorer", "explorer"),
    ("02", "bandung.map_explorer", "explorer"),
    ("02", "bandung.principles_explorer", "explorer"),
    ("03", "timeline.explorer", "explorer"),
    ("04", "development.explorer", "explorer"),
    ("05", "indonesia.partners_explorer", "explorer"),
    ("05", "factcheck.activity", "activity"),
    ("06", "examples.explorer", "explorer"),
    ("07", "development.gap_explorer", "explorer"),
    ("08", "project.designer", "activity"),
)


class CatalogError(LookupError):
    """A catalog entry whose builder does not exist (module missing or function renamed)."""


@dataclass(frozen=True)
class Entry:
    lesson: str     # "00" ... "08"
    name: str       # "timeline.explorer", "quiz.l03"
    kind: str       # "explorer" | "activity" | "quiz"
    target: str     # what is called: "kss.timeline.explorer" or "kss.quiz.lesson_quiz('03')"

    @property
    def builder(self) -> Callable[[], Any]:
        """The callable that builds a fresh view; CatalogError if it does not exist."""
        if self.kind == "quiz":
            from kss.quiz import lesson_quiz
            return functools.partial(lesson_quiz, self.lesson)
        module_name, _, function = self.target.rpartition(".")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            raise CatalogError(f"catalog entry {self.name!r} (lesson {self.lesson}): module "
                               f"{module_name} not found ({exc})") from exc
        builder = getattr(module, function, None)
        if not callable(builder):
            raise CatalogError(f"catalog entry {self.name!r} (lesson {self.lesson}): {module_name} has no "
                               f"function {function}() (renamed? update VIEWS in tools/catalog.py)")
        return builder

    def build(self):
        return self.builder()

    @property
    def is_explorer(self) -> bool:
        """True if build() returns a kss.explorer.Explorer (explorers and the project designer)."""
        from kss.explorer import Explorer
        return isinstance(self.build(), Explorer)


def quiz_lessons() -> list[str]:
    """Lesson numbers that have a quiz file kss/quizzes/NN.yml."""
    from kss.quiz import lessons
    return lessons()


def entries(kind: str | None = None, lesson: str | None = None) -> list[Entry]:
    """Every interactive view, in lesson order (optionally only one kind / one lesson)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    found = [Entry(number, name, view_kind, f"kss.{name}") for number, name, view_kind in VIEWS]
    found += [Entry(number, f"quiz.l{number}", "quiz", f"kss.quiz.lesson_quiz('{number}')")
              for number in quiz_lessons()]
    found.sort(key=lambda e: (e.lesson, KINDS.index(e.kind), e.name))
    return [e for e in found if (kind is None or e.kind == kind) and (lesson is None or e.lesson == lesson)]


def check() -> list[str]:
    """Problems of the catalog (missing builders, duplicate names): empty when all is well."""
    problems = []
    names = [e.name for e in entries()]
    problems += [f"entry {n!r} listed twice" for n in sorted({n for n in names if names.count(n) > 1})]
    for entry in entries():
        if entry.kind not in KINDS:
            problems.append(f"entry {entry.name!r}: unknown kind {entry.kind!r}")
        try:
            entry.builder
        except CatalogError as exc:
            problems.append(str(exc))
    return problems
