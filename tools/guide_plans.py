"""The teacher guide's time model and unit plans, computed from the lessons (tools/lesson_time.py).

    python -m tools.guide_plans           # rewrite the three cells in both teacher guides
    python -m tools.guide_plans --check   # exit 1 if a guide's cells are out of date or a plan overruns

Three markdown cells of each teacher guide are written here and never by hand (their cell
ids are shared by both editions):

- the time model (TIME_CELL): the reading rate and its sources, what is counted, setup
  minutes, the activity rule for a class of 36; every number from tools/lesson_time.py;
- the full route (FULL_CELL): one lesson notebook per JP, each with the minutes the model
  gives its core path (setup, reading, activities), the JPs a lesson needs (a lesson over 45
  minutes needs two) and the course's total in JPs;
- the express route (EXPRESS_CELL): 4 × 45 minutes led from a projector. Which parts of which
  lesson go into which meeting is a choice a teacher may edit (kss/modul_ajar/ekspres.yml); the
  minutes of each part are the model's (reading of its words plus its activities with their
  overhead), with the setup of the first lesson of a meeting and of a continuing one.

tools.navigation runs this tool too, so the plans follow a lesson after `lesson_time --write`.
tests/test_guide_plans.py recomputes both plans and fails when a guide shows other minutes.
"""
from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import yaml

from kss.editions import EDITIONS, ID
from kss.labels import t
from tools import lesson_time as lt
from tools.editions import counterpart
from tools.notebooks import write

ROOT = Path(__file__).resolve().parent.parent
TIME_CELL, FULL_CELL, EXPRESS_CELL = "97d05ede", "d489dacc", "deb0c35c"
EXPRESS = ROOT / "kss" / "modul_ajar" / "ekspres.yml"
KIND_KEYS = {"individual": "tools.guide_plans.kind_individual", "pairs": "tools.guide_plans.kind_pairs",
             "groups": "tools.guide_plans.kind_groups", "class": "tools.guide_plans.kind_class"}
MAIN = "main"          # in ekspres.yml: the section that holds the lesson's main activity


class PlanError(ValueError):
    """A plan that cannot be built (message names the file and the entry)."""


# ---------------------------------------------------------------- the time model, in words

def _fmt(x: float, lang: str) -> str:
    text = f"{x:g}"
    return text.replace(".", ",") if lang == "id" else text


def time_model(lang: str) -> str:
    """The model as the guide states it: every number from tools/lesson_time.py."""
    kinds = "\n".join(t(KIND_KEYS[kind], lang, before=before, after=after)
                      for kind, (before, after) in lt.OVERHEAD.items())
    return t("tools.guide_plans.model", lang, wpm=lt.WORDS_PER_MINUTE, limit=lt.LIMIT,
             first=lt.SETUP["first"], meeting=lt.SETUP["meeting"], continuing=lt.SETUP["continuing"],
             tembilahan=lt.READING_SOURCES[0], pisa=lt.READING_SOURCES[1], brysbaert=lt.READING_SOURCES[2],
             kinds=kinds, start=_fmt(lt.PRESENTATION_START, lang), change=_fmt(lt.PRESENTATION_CHANGE, lang),
             exercise=lt.EXERCISE_OVERHEAD, quiz=lt.QUIZ_OVERHEAD,
             per_question=_fmt(lt.QUIZ_MINUTES_PER_QUESTION, lang))


# ---------------------------------------------------------------- the full route

@dataclass(frozen=True)
class FullRow:
    number: str
    title: str
    setup: int
    reading: int
    words: int
    activities: int
    core: int

    @property
    def jp(self) -> int:
        return max(1, math.ceil(self.core / lt.LIMIT))


def _title(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def full_route(lang: str) -> list[FullRow]:
    rows = []
    for path in lt.lesson_paths(EDITIONS[lang].folder):
        r = lt.measure(path)
        # the reading minutes of both editions are measured on the Indonesian words (same_reading_time)
        twin = path if lang == ID.lang else counterpart(path.resolve())
        words = lt.measure(twin).words if twin is not None and twin.is_file() else r.words
        rows.append(FullRow(r.number, _title(path), r.setup_minutes, r.reading_minutes, words,
                            r.activity_minutes, r.core))
    return rows


def full_route_markdown(lang: str) -> str:
    rows = full_route(lang)
    lines = ["| " + " | ".join(t("tools.guide_plans.full_cols", lang)) + " |", "|---|---|---|---|---|---|---|"]
    jp = 0
    for r in rows:
        first = jp + 1
        jp += r.jp
        which = str(first) if r.jp == 1 else f"{first}–{jp}"
        lines.append(f"| {which} | {r.number} · {r.title.split('·', 1)[-1].strip()} | {r.setup} | "
                     f"{r.reading} ({r.words}) | {r.activities} | **{r.core}** | {r.jp} |")
    over = [r for r in rows if r.core > lt.LIMIT]
    notes = [t("tools.guide_plans.full_total", lang, jp=jp, lessons=len(rows), minutes=sum(r.core for r in rows))]
    if over:
        notes.append(t("tools.guide_plans.full_over", lang, limit=lt.LIMIT,
                       which=", ".join(f"{r.number} ({r.core})" for r in over)))
    return "\n".join(lines) + "\n\n" + "\n\n".join(notes)


# ---------------------------------------------------------------- the express route

@dataclass(frozen=True)
class Part:
    number: str
    headings: tuple[str, ...]       # the lesson's '## ' sections taught, in this edition
    labels: tuple[str, ...]         # the activity labels in them
    words: int
    activity: float
    setup: int

    @property
    def minutes(self) -> int:
        """Setup + ceil(reading) + ceil(activities), as the model counts a lesson."""
        return self.setup + math.ceil(self.words / lt.WORDS_PER_MINUTE) + math.ceil(self.activity)


def express_choice(path: Path = EXPRESS) -> list[list[dict]]:
    """The meetings of ekspres.yml: [[{lesson, parts}]]; a bad entry is named."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PlanError(f"{path.name}: cannot be read ({exc})") from None
    meetings = doc.get("meetings") if isinstance(doc, dict) else None
    if not isinstance(meetings, list) or not meetings:
        raise PlanError(f"{path.name}: no list 'meetings'")
    for m, meeting in enumerate(meetings, 1):
        if not isinstance(meeting, list) or not meeting:
            raise PlanError(f"{path.name}: meeting {m} is not a list of lessons")
        for entry in meeting:
            if not isinstance(entry, dict) or not isinstance(entry.get("lesson"), str) \
                    or not isinstance(entry.get("parts"), list) or not entry["parts"]:
                raise PlanError(f"{path.name}: meeting {m}: each entry needs 'lesson' (text, e.g. \"02\") "
                                f"and 'parts' (a list), not {entry!r}")
    return meetings


def _lesson(number: str, lang: str) -> Path:
    found = sorted(EDITIONS[lang].folder.glob(f"{number}-*.ipynb"))
    if not found:
        raise PlanError(f"{EXPRESS.name}: lesson {number} has no notebook in notebooks/{lang}/")
    return found[0]


def _part(number: str, wanted: list[str], setup: int, lang: str) -> Part:
    """The sections `wanted` (Indonesian headings or 'main') of a lesson, in edition `lang`:
    an English section is the one at the same place as its Indonesian twin."""
    id_path = _lesson(number, "id")
    id_sections = lt.core_sections(id_path)
    path = id_path if lang == "id" else counterpart(id_path.resolve())
    sections = lt.core_sections(path)
    if len(sections) != len(id_sections):
        raise PlanError(f"lesson {number}: the editions have different sections (tools.editions check)")
    words = lt.Words(EDITIONS[lang])
    closing = {lt.ID_WORDS.edition.w("exercises"), lt.ID_WORDS.edition.w("quiz")}
    chosen = []
    for want in wanted:
        if want == MAIN:
            candidates = [i for i, s in enumerate(id_sections) if s.heading and s.heading not in closing
                          and s.activity_minutes > 0]
            if not candidates:
                raise PlanError(f"{EXPRESS.name}: lesson {number} has no section with an activity ('main')")
            chosen.append(max(candidates, key=lambda i: id_sections[i].activity_minutes))
        else:
            where = [i for i, s in enumerate(id_sections) if s.heading == want]
            if not where:
                raise PlanError(f"{EXPRESS.name}: lesson {number} has no section '## {want}' any more "
                                f"(its sections: {', '.join(s.heading for s in id_sections if s.heading)})")
            chosen.append(where[0])
    chosen = sorted(set(chosen))
    nb = nbformat.read(path, as_version=4)
    core, _ = lt.split(nb, words)
    labels = []
    # the activity labels of the chosen sections: cut the core at '## ' headings as core_sections does
    current, cells_of = 0, {}
    for cell in core:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("## "):
            current += 1
        cells_of.setdefault(current, []).append(cell)
    for i in chosen:
        labels += [a.label.rstrip(":") for a in lt.activities(cells_of.get(i, []), words)]
    # reading is counted on the Indonesian words in both editions, as the lessons' own minutes are
    # (tools/lesson_time.py, same_reading_time); the activities are the same in both
    return Part(number, tuple(sections[i].heading for i in chosen), tuple(labels),
                sum(id_sections[i].words for i in chosen), sum(id_sections[i].activity_minutes for i in chosen),
                setup)


def express_route(lang: str, choice: list[list[dict]] | None = None) -> list[list[Part]]:
    meetings = []
    for meeting in choice if choice is not None else express_choice():
        parts = []
        for k, entry in enumerate(meeting):
            setup = lt.SETUP["meeting"] if k == 0 else lt.SETUP["continuing"]
            parts.append(_part(entry["lesson"], [str(p) for p in entry["parts"]], setup, lang))
        meetings.append(parts)
    return meetings


def express_problems(meetings: list[list[Part]]) -> list[str]:
    return [f"express route, meeting {m}: {sum(p.minutes for p in parts)} minutes, over {lt.LIMIT}"
            for m, parts in enumerate(meetings, 1) if sum(p.minutes for p in parts) > lt.LIMIT]


def express_markdown(lang: str) -> str:
    meetings = express_route(lang)
    lines = ["| " + " | ".join(t("tools.guide_plans.express_cols", lang)) + " |", "|---|---|---|---|---|---|"]
    for m, parts in enumerate(meetings, 1):
        clock = 0
        for p in parts:
            reading = math.ceil(p.words / lt.WORDS_PER_MINUTE)
            what = "; ".join(p.headings)
            doing = "; ".join(p.labels) if p.labels else t("tools.guide_plans.reading_only", lang)
            minutes = t("tools.guide_plans.express_minutes", lang, setup=p.setup, reading=reading,
                        activities=math.ceil(p.activity), total=p.minutes)
            lines.append(f"| {m} | {clock}–{clock + p.minutes} | {p.number} | {what} | {doing} | {minutes} |")
            clock += p.minutes
    covered = sorted({p.number for parts in meetings for p in parts})
    left = [p.name[:2] for p in lt.lesson_paths(EDITIONS[lang].folder) if p.name[:2] not in covered]
    notes = [t("tools.guide_plans.express_after", lang, lessons=", ".join(left) if left else "–")]
    problems = express_problems(meetings)
    if problems:
        notes.append("**" + "; ".join(problems) + "**")
    return "\n".join(lines) + "\n\n" + "\n\n".join(notes)


# ---------------------------------------------------------------- the cells

def cells(lang: str) -> dict[str, str]:
    """{cell id: markdown} of the three generated cells of one edition's guide."""
    return {
        TIME_CELL: time_model(lang),
        FULL_CELL: t("tools.guide_plans.full_intro", lang, limit=lt.LIMIT) + "\n\n" + full_route_markdown(lang),
        EXPRESS_CELL: t("tools.guide_plans.express_intro", lang, meeting=lt.SETUP["meeting"],
                        continuing=lt.SETUP["continuing"], limit=lt.LIMIT) + "\n\n" + express_markdown(lang),
    }


def guide_path(lang: str) -> Path:
    edition = EDITIONS[lang]
    return edition.folder / edition.guide


def update(lang: str, check: bool = False) -> bool:
    """Rewrite the generated cells of one guide; True if they were out of date."""
    path = guide_path(lang)
    nb = nbformat.read(path, as_version=4)
    wanted = cells(lang)
    found = {c.get("id"): c for c in nb.cells}
    missing = [cid for cid in wanted if cid not in found]
    if missing:
        raise PlanError(f"{path.name}: no cell with id {', '.join(missing)} (the generated time and plan cells)")
    stale = False
    for cid, text in wanted.items():
        if found[cid].source != text:
            stale = True
            found[cid].source = text
    if stale and not check:
        write(nb, path)
    return stale


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    try:
        stale = [lang for lang in EDITIONS if update(lang, check=args.check)]
        problems = [p for lang in EDITIONS for p in express_problems(express_route(lang))]
    except PlanError as exc:
        print(f"PROBLEM {exc}")
        return 1
    for lang in stale:
        print(("out of date: " if args.check else "updated ") + str(guide_path(lang).relative_to(ROOT))
              + (" (run: python -m tools.guide_plans)" if args.check else ""))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems or (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
