"""How long each lesson's core path takes, against one 45-minute JP (jam pelajaran).

    python -m tools.lesson_time --check   # table per lesson; exit 1 if a lesson breaks the rule
    python -m tools.lesson_time --write   # set metadata kss.minutes and each "**Waktu:**" line

The rule (the teacher guide states it for teachers):
- The core path is every cell before the first markdown cell whose first line is
  `## Pengayaan (opsional)`, minus the navigation bars (`<!--NAVIGASI-->`), minus the
  `## Sumber` section, minus the folded answers (`<details>` blocks).
- Reading minutes = words of the core markdown cells / WORDS_PER_MINUTE. Code cells count
  no words; a widget the core uses may state its own minutes in the sentence that
  introduces it ("Jalankan sel berikut ... (sekitar 3 menit)").
- Activity minutes = the minutes each activity (`> **Aktivitas (sekitar 10 menit):**`),
  exercise block (`## Latihan (sekitar 10 menit)`) and quiz (`## Kuis singkat (sekitar 5
  menit)`) of the core states in its own label. Every one of them must state minutes.
- Core time = START_UP + ceil(reading) + activity minutes; at most LIMIT for every lesson;
  the notebook's metadata minutes and its "**Waktu:**" line give exactly that.
- The English edition (notebooks/en/) follows the same rule in its own words ("## Going
  further (optional)", "## Sources", "> **Activity (about 10 minutes):**", "## Exercises",
  "## Quick quiz", "**Time:**"; kss/editions.py), except that its reading minutes are its
  Indonesian twin's (same_reading_time says why).

After `--write`, run `python -m tools.navigation` (course map, README) and re-execute the
teacher guide (`python -m tools.notebooks notebooks/id/panduan-guru.ipynb`), whose lesson
table and objectives are read from the lessons.
"""
from __future__ import annotations

import argparse
import functools
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from kss.editions import EDITIONS, ID, Edition
from tools.notebooks import write

ROOT = Path(__file__).resolve().parent.parent

LESSON_DIR = ROOT / "notebooks" / "id"

START_UP = 5          # minutes: computers on, notebook open, Persiapan cell run
LIMIT = 45            # one JP in SMA (Kurikulum Merdeka)
# Brysbaert (2019), Journal of Memory and Language 109, 104047: adults reading English
# non-fiction silently average 238 words per minute, most between 175 and 300; children
# read more slowly. 150 is below that adult range on purpose: secondary-school learners,
# reading to learn (stopping at figures, tables and new terms), in Indonesian, whose words
# are longer (affixes) than English ones. Stated for teachers in the teacher guide.
WORDS_PER_MINUTE = 150
READING_SOURCE = "https://doi.org/10.1016/j.jml.2019.104047"

NAV_MARK = "<!--NAVIGASI-->"

WORD = re.compile(r"[^\W_]+(?:[-–.,'’/][^\W_]+)*")
DETAILS = re.compile(r"<details>.*?</details>", re.S | re.I)
COMMENT = re.compile(r"<!--.*?-->", re.S)
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Words:
    """The patterns of one edition (kss/editions.py): Indonesian '(sekitar 10 menit)',
    English '(about 10 minutes)'."""
    edition: Edition

    def __getattr__(self, name):
        table = _patterns(self.edition.lang)
        if name not in table:
            raise AttributeError(name)
        return table[name]


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> dict:
    """Each edition's patterns, compiled once."""
    w = EDITIONS[lang].words
    about, minutes = re.escape(w["about"]), w["minutes_re"]
    return {
        "PENGAYAAN": f"## {w['extra']}",
        "SUMBER": f"## {w['sources']}",
        # an activity, exercise block or quiz: its label is what the minutes must be written in
        "ACTIVITY": re.compile(rf"^(?:> *\*\*(?P<quote>{re.escape(w['activity'])}\b[^*\n]*)\*\*"
                               rf"|#{{2,4}} +(?P<heading>(?:{re.escape(w['exercises'])}|"
                               rf"{re.escape(w['quiz'])})\b[^\n]*?)\s*$)", re.M),
        "WIDGET": re.compile(rf"^{re.escape(w['run_next'])}[^\n]*?\({about} (\d+) {minutes}\)", re.M),
        "MINUTES": re.compile(rf"(\d+)\s*{minutes}"),
        "STATED": re.compile(rf"\s*\({about} \d+ {minutes}\)$"),
        "WAKTU": re.compile(rf"^\*\*{re.escape(w['time'])}:\*\*[^\n]*$", re.M),
        "WAKTU_MINUTES": re.compile(rf"^\*\*{re.escape(w['time'])}:\*\*\s*{about} (\d+) {minutes}", re.M),
    }


ID_WORDS = Words(ID)
PENGAYAAN, SUMBER = ID_WORDS.PENGAYAAN, ID_WORDS.SUMBER
ACTIVITY, WIDGET, MINUTES, STATED = ID_WORDS.ACTIVITY, ID_WORDS.WIDGET, ID_WORDS.MINUTES, ID_WORDS.STATED
WAKTU, WAKTU_MINUTES = ID_WORDS.WAKTU, ID_WORDS.WAKTU_MINUTES


def words_of(path: Path | None) -> Words:
    """The patterns of the edition `path` belongs to (Indonesian outside notebooks/<lang>/)."""
    if path is not None and Path(path).resolve().parent.name in EDITIONS:
        return Words(EDITIONS[Path(path).resolve().parent.name])
    return ID_WORDS


@dataclass(frozen=True)
class Activity:
    cell_id: str
    label: str              # e.g. "Aktivitas (sekitar 10 menit):" or "Latihan (sekitar 10 menit)"
    minutes: int | None     # None: the label states no minutes


@dataclass
class LessonTime:
    number: str
    path: Path
    words: int
    activities: list[Activity]
    widget_minutes: list[int]
    metadata_minutes: int | None
    waktu_minutes: int | None
    core_ids: list[str] = field(default_factory=list)
    pengayaan_ids: list[str] = field(default_factory=list)
    # the English edition reads the Indonesian twin's reading time (see same_reading_time)
    twin_reading_minutes: int | None = None

    @property
    def reading(self) -> float:
        return self.words / WORDS_PER_MINUTE

    @property
    def reading_minutes(self) -> int:
        if self.twin_reading_minutes is not None:
            return self.twin_reading_minutes
        return math.ceil(self.reading)

    @property
    def activity_minutes(self) -> int:
        return sum(a.minutes or 0 for a in self.activities) + sum(self.widget_minutes)

    @property
    def core(self) -> int:
        return START_UP + self.reading_minutes + self.activity_minutes

    def problems(self) -> list[str]:
        found = [f"{self.path.parent.name}/{self.number}: '{a.label}' (cell {a.cell_id}) states no minutes"
                 for a in self.activities if a.minutes is None]
        if self.core > LIMIT:
            found.append(f"{self.path.parent.name}/{self.number}: core path {self.core} min is over {LIMIT}")
        if self.metadata_minutes != self.core:
            found.append(f"{self.path.parent.name}/{self.number}: metadata minutes {self.metadata_minutes}, core {self.core}")
        if self.waktu_minutes != self.core:
            found.append(f"{self.path.parent.name}/{self.number}: the Waktu line says {self.waktu_minutes}, core {self.core}")
        return found


def _first_line(cell) -> str:
    return cell.source.lstrip().split("\n", 1)[0].strip()


def split(nb, words: Words = ID_WORDS) -> tuple[list, list]:
    """(core cells, Pengayaan cells): navigation bars and the Sumber section are in neither."""
    core, extra = [], []
    target = core
    in_sumber = False
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            first = _first_line(cell)
            if first.startswith(NAV_MARK):
                continue
            if target is core and first == words.PENGAYAAN:
                target = extra
                in_sumber = False
            elif first.startswith(words.SUMBER):
                in_sumber = True
                continue
            elif first.startswith("## "):
                in_sumber = False
        if not in_sumber:
            target.append(cell)
    return core, extra


def readable(text: str) -> str:
    """The markdown a learner reads on the core path: no folded answers, comments or URLs."""
    text = DETAILS.sub(" ", text)
    text = COMMENT.sub(" ", text)
    text = LINK.sub(r"\1", text)
    return URL.sub(" ", text)


def count_words(text: str) -> int:
    return len(WORD.findall(readable(text)))


def activities(cells, words: Words = ID_WORDS) -> list[Activity]:
    found = []
    for cell in cells:
        if cell.cell_type != "markdown":
            continue
        for match in words.ACTIVITY.finditer(readable(cell.source)):
            label = match.group("quote") or match.group("heading")
            minutes = words.MINUTES.search(label)
            found.append(Activity(cell.get("id", ""), label.strip(),
                                  int(minutes.group(1)) if minutes else None))
    return found


def measure(path: Path | str) -> LessonTime:
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    words = words_of(path)
    core, extra = split(nb, words)
    markdown = [c for c in core if c.cell_type == "markdown"]
    text = "\n\n".join(c.source for c in markdown)
    waktu = words.WAKTU_MINUTES.search(text)
    return LessonTime(
        number=path.name[:2], path=path,
        words=sum(count_words(c.source) for c in markdown),
        activities=activities(core, words),
        widget_minutes=[int(m) for c in markdown for m in words.WIDGET.findall(readable(c.source))],
        metadata_minutes=nb.metadata.get("kss", {}).get("minutes"),
        waktu_minutes=int(waktu.group(1)) if waktu else None,
        core_ids=[c.get("id", "") for c in core],
        pengayaan_ids=[c.get("id", "") for c in extra],
        twin_reading_minutes=same_reading_time(path))


def same_reading_time(path: Path) -> int | None:
    """An English lesson takes the reading time of its Indonesian twin.

    The rate above was chosen for Indonesian text; English says the same thing in more,
    shorter words (articles, separate prepositions), so the same rate would make the same
    lesson look longer. The two editions teach the same content to the same kind of learner
    (often reading in a second language), so the English edition states the time measured on
    the source edition instead of a second, unsourced rate."""
    path = Path(path).resolve()
    if path.parent.name != "en":
        return None
    from tools.editions import counterpart
    twin = counterpart(path)
    return measure(twin).reading_minutes if twin is not None and twin.is_file() else None


@dataclass(frozen=True)
class Section:
    heading: str            # the '## ' heading without its stated minutes ('' before the first)
    words: int
    activity_minutes: int

    @property
    def minutes(self) -> float:
        """Reading plus activity minutes of this section alone (start-up not included)."""
        return self.words / WORDS_PER_MINUTE + self.activity_minutes


def core_sections(path: Path | str) -> list[Section]:
    """The core path cut at its '## ' headings, so a teacher's plan can be checked against
    the time its sections need."""
    words = words_of(path)
    core, _ = split(nbformat.read(Path(path), as_version=4), words)
    found: list[list] = [["", 0, 0]]
    for cell in core:
        if cell.cell_type != "markdown":
            continue
        heading = re.match(r"^## +(.+?)\s*$", cell.source.lstrip().split("\n", 1)[0])
        if heading:
            found.append([words.STATED.sub("", heading.group(1)), 0, 0])
        found[-1][1] += count_words(cell.source)
        found[-1][2] += sum(a.minutes or 0 for a in activities([cell], words))
    return [Section(h, w, a) for h, w, a in found]


def lesson_paths(lesson_dir: Path | None = None) -> list[Path]:
    """The lessons of one folder, or of every edition (notebooks/id/, then notebooks/en/)."""
    if lesson_dir is None:
        return [p for e in EDITIONS.values() for p in sorted(e.folder.glob("[0-9][0-9]-*.ipynb"))]
    return sorted(lesson_dir.glob("[0-9][0-9]-*.ipynb"))


def measure_all(lesson_dir: Path | None = LESSON_DIR) -> list[LessonTime]:
    return [measure(p) for p in lesson_paths(lesson_dir)]


def waktu_line(result: LessonTime) -> str:
    w = words_of(result.path).edition.words
    line = w["time_line"].format(core=result.core, start=START_UP, reading=result.reading_minutes,
                                 activities=result.activity_minutes)
    if result.pengayaan_ids:
        line += w["time_line_extra"]
    return line


def write_lesson(path: Path) -> LessonTime:
    """Set metadata kss.minutes and the Waktu line to the computed core time. The Waktu line
    is itself read on the core path, so this settles in at most a few rounds."""
    for _ in range(5):
        result = measure(path)
        nb = nbformat.read(path, as_version=4)
        changed = False
        waktu = words_of(path).WAKTU
        for cell in nb.cells:
            if cell.cell_type == "markdown" and waktu.search(cell.source):
                new = waktu.sub(lambda _m: waktu_line(result), cell.source, count=1)
                changed |= new != cell.source
                cell.source = new
                break
        kss = nb.metadata.setdefault("kss", {})
        if kss.get("minutes") != result.core:
            kss["minutes"] = result.core
            changed = True
        if not changed:
            return result
        write(nb, path)
    return measure(path)


def table(results: list[LessonTime]) -> str:
    rows = [f"{'lesson':9} {'words':>6} {'reading':>8} {'activity':>8} {'core':>5} {'stored':>6}  "
            f"pengayaan cells",
            "-" * 60]
    for r in results:
        rows.append(f"{r.path.parent.name + '/' + r.number:9} {r.words:6d} {r.reading:8.1f} {r.activity_minutes:8d} "
                    f"{r.core:5d} {str(r.metadata_minutes):>6}  {len(r.pengayaan_ids)}")
    rows.append(f"(core = {START_UP} start-up + ceil(words / {WORDS_PER_MINUTE}) + activity; "
                f"limit {LIMIT})")
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="print the table; exit 1 on a problem")
    mode.add_argument("--write", action="store_true", help="update metadata minutes and Waktu lines")
    parser.add_argument("paths", nargs="*", type=Path, help="lessons (default: notebooks/id/NN-* and notebooks/en/NN-*)")
    args = parser.parse_args(argv)
    paths = args.paths or lesson_paths()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print("no such notebook: " + ", ".join(str(p) for p in missing))
        return 2
    if args.write:
        results = [write_lesson(p) for p in paths]
        print("written; now run: python -m tools.navigation, and re-execute the teacher guide "
              "(python -m tools.notebooks notebooks/id/panduan-guru.ipynb)")
    else:
        results = [measure(p) for p in paths]
    print(table(results))
    problems = [p for r in results for p in r.problems()]
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
