"""How long each lesson's core path takes a class of 36 in a school lab, against one 45-minute JP.

    python -m tools.lesson_time --check   # table per lesson; exit 1 if a lesson breaks the rule
    python -m tools.lesson_time --write   # set metadata kss.minutes / kss.time and each "**Waktu:**" line

The model (the teacher guide states it for teachers, with its sources):

- The core path is every cell before the first markdown cell whose first line is
  `## Pengayaan (opsional)`, minus the navigation bars (`<!--NAVIGASI-->`), minus the
  `## Sumber` section, minus folded parts (`<details>` blocks: answers, glossaries).
- Reading: every word a learner must read on the core path, at WORDS_PER_MINUTE: the
  markdown, plus the text the core code cells show (tables, example cards, figure captions,
  messages, quiz questions and options). Not counted: what is folded, the static view's
  note and control lists (the choices of a drop-down), feedback shown only after an answer,
  images themselves.
- Setup: SETUP["first"] minutes for the very first lesson (lesson 00: logging in, opening
  the course, first kernels), SETUP["meeting"] for the first lesson of any later meeting
  (every lesson states its minutes as if it opened a meeting), SETUP["continuing"] for a
  lesson that follows another in the same meeting (unit plans use it).
- Activities: the minutes each label states for the work itself, plus the time a class of
  36 needs around it (OVERHEAD): giving instructions (and forming groups) and sharing back.
  The label names the way of working: `> **Aktivitas (berpasangan, sekitar 8 menit):**`
  (mandiri / berpasangan / kelompok / kelas). Presentations are timed for their number of
  groups: `> **Presentasi (6 kelompok × 2 menit):**` takes 1 + 6 × (2 + ½) minutes.
  `## Latihan (sekitar N menit)`: N + EXERCISE_OVERHEAD (going through answers).
  `## Kuis singkat (sekitar N menit)`: N + QUIZ_OVERHEAD (score and result code); N must
  give at least QUIZ_MINUTES_PER_QUESTION per question (the quiz's words are reading).
  A widget the core uses may state its own minutes in the sentence introducing it
  ("Jalankan sel berikut ... (sekitar 3 menit)"), counted as stated.
- Core time = setup + ceil(reading) + activities; at most LIMIT for every lesson. The
  notebook's metadata (kss.minutes and the breakdown kss.time) and its "**Waktu:**" line
  give exactly that.
- The English edition (notebooks/en/) states the minutes of its Indonesian twin (same
  activities, same minutes; its reading time is the twin's, see same_reading_time).

After `--write`, run `python -m tools.navigation` (course map, README) and re-execute the
teacher guide (`python -m tools.notebooks notebooks/id/panduan-guru.ipynb`), whose lesson
table and plans are read from the lessons' metadata.
"""
from __future__ import annotations

import argparse
import functools
import math
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import nbformat

from kss.editions import EDITIONS, ID, Edition
from tools.notebooks import write

ROOT = Path(__file__).resolve().parent.parent
LESSON_DIR = ROOT / "notebooks" / "id"

LIMIT = 45            # one JP (jam pelajaran) in SMA
# Setup minutes. The teacher review of December 2026 measured 10-20 minutes for a class's
# first session in a lab (logins, opening the course, 36 kernels starting) and 5-8 minutes
# for later ones; the model takes 15 and 7. A lesson that follows another in the same
# meeting only opens the next notebook.
SETUP = {"first": 15, "meeting": 7, "continuing": 2}
FIRST_LESSON = "00"
# Reading rate for dense informational text (numbers, names, acronyms) by 15-17-year-olds.
# Safitri, Razak & Rahman (Universitas Riau) measured the effective reading speed of 146
# class XI students of SMA Negeri 2 Tembilahan on expository text: 141 words per minute in
# the science stream, 115 in the social-science stream (the stream that takes Sejarah and
# the social subjects this course serves). Indonesia's mean reading score in PISA 2022 was
# 359 (OECD), far below the OECD mean: most 15-year-olds read informational text slowly.
# Our text is denser than a test passage (figures, dates, acronyms), so the model takes
# 110 words per minute. Brysbaert (2019) puts adults reading English non-fiction at 238.
WORDS_PER_MINUTE = 110
READING_SOURCES = ("https://core.ac.uk/works/136053273",
                   "https://doi.org/10.1787/53f23881-en",
                   "https://doi.org/10.1016/j.jml.2019.104047")
READING_SOURCE = READING_SOURCES[0]
# Around an activity, for a class of 36: (instructions, including forming pairs or groups;
# sharing back: a few pairs or groups report, the teacher draws the lesson out).
OVERHEAD = {"individual": (2, 2), "pairs": (2, 3), "groups": (4, 4), "class": (1, 0)}
PRESENTATION_START, PRESENTATION_CHANGE = 1, 0.5   # minutes: starting, and per group changing over
EXERCISE_OVERHEAD = 3
QUIZ_OVERHEAD = 1
QUIZ_MINUTES_PER_QUESTION = 0.5

# The ways of working an activity label names, per edition (the words learners read).
KINDS = {
    "id": {"mandiri": "individual", "berpasangan": "pairs", "kelompok": "groups", "kelas": "class"},
    "en": {"individual": "individual", "pairs": "pairs", "groups": "groups", "whole class": "class"},
}
PRESENTATION = {
    "id": {"label": "Presentasi", "pattern": r"(\d+)\s*kelompok\s*[×x]\s*(\d+)\s*menit"},
    "en": {"label": "Presentations", "pattern": r"(\d+)\s*groups?\s*[×x]\s*(\d+)\s*minutes?"},
}

NAV_MARK = "<!--NAVIGASI-->"

WORD = re.compile(r"[^\W_]+(?:[-–.,'’/][^\W_]+)*")
NUMBER = re.compile(r"\d+(?:[.,:/–-]\d+)*")
# an acronym: two or more capitals, digits, '+' or '&' with at least one more capital or a
# digit ("KAA", "G77", "BAPA+40"), not a part of a document symbol ("A/RES/64/222") nor a
# Roman numeral ("XXIX")
ACRONYM = re.compile(r"(?<![\w/.-])(?![IVXLCDM]+(?![\w/+&-]))[A-Z][A-Z0-9+&]*[A-Z0-9+](?![\w/-])")
DETAILS = re.compile(r"<details\b.*?</details>", re.S | re.I)
COMMENT = re.compile(r"<!--.*?-->", re.S)
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
URL = re.compile(r"https?://\S+")
# what a code cell shows that is not read on the core path (kss/static.py, kss/quiz.py)
SKIP_CLASSES = {"kss-static-note", "kss-static-control", "kss-feedback"}
SKIP_TAGS = {"details", "script", "style", "img", "svg"}


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
    presentation = re.escape(PRESENTATION[lang]["label"])
    return {
        "lang": lang,
        "PENGAYAAN": f"## {w['extra']}",
        "SUMBER": f"## {w['sources']}",
        # an activity, presentation, exercise block or quiz: its label states the minutes
        "ACTIVITY": re.compile(rf"^(?:> *\*\*(?P<quote>(?:{re.escape(w['activity'])}|{presentation})\b[^*\n]*)\*\*"
                               rf"|#{{2,4}} +(?P<heading>(?:{re.escape(w['exercises'])}|"
                               rf"{re.escape(w['quiz'])})\b[^\n]*?)\s*$)", re.M),
        "WIDGET": re.compile(rf"^{re.escape(w['run_next'])}[^\n]*?\({about} (\d+) {minutes}\)", re.M),
        "MINUTES": re.compile(rf"(\d+)\s*{minutes}"),
        "PRESENTATION": re.compile(PRESENTATION[lang]["pattern"]),
        "STATED": re.compile(rf"\s*\({about} \d+ {minutes}\)$"),
        "WAKTU": re.compile(rf"^\*\*{re.escape(w['time'])}:\*\*[^\n]*$", re.M),
        "WAKTU_MINUTES": re.compile(rf"^\*\*{re.escape(w['time'])}:\*\*\s*{about} (\d+) {minutes}", re.M),
        "activity": w["activity"], "exercises": w["exercises"], "quiz": w["quiz"],
        "presentation": PRESENTATION[lang]["label"],
    }


ID_WORDS = Words(ID)
PENGAYAAN, SUMBER = ID_WORDS.PENGAYAAN, ID_WORDS.SUMBER


def words_of(path: Path | None) -> Words:
    """The patterns of the edition `path` belongs to (Indonesian outside notebooks/<lang>/)."""
    if path is not None and Path(path).resolve().parent.name in EDITIONS:
        return Words(EDITIONS[Path(path).resolve().parent.name])
    return ID_WORDS


# ---------------------------------------------------------------- activities

@dataclass(frozen=True)
class Activity:
    cell_id: str
    label: str              # e.g. "Aktivitas (berpasangan, sekitar 8 menit):" or "Latihan (sekitar 5 menit)"
    what: str               # "activity", "presentation", "exercises" or "quiz"
    minutes: int | None     # the minutes the label states for the work (None: none stated)
    kind: str | None = None  # an activity's way of working (OVERHEAD key); None: not stated
    groups: int = 0         # a presentation's number of groups
    questions: int = 0      # a quiz's number of questions

    @property
    def overhead(self) -> float:
        if self.what == "activity":
            return sum(OVERHEAD.get(self.kind or "", (0, 0)))
        if self.what == "presentation":
            return PRESENTATION_START + self.groups * PRESENTATION_CHANGE
        return EXERCISE_OVERHEAD if self.what == "exercises" else QUIZ_OVERHEAD

    @property
    def total(self) -> float:
        """Minutes in class: the work and what a class of 36 needs around it."""
        return (self.minutes or 0) + self.overhead

    def problems(self, where: str) -> list[str]:
        found = []
        if self.minutes is None:
            found.append(f"{where}: '{self.label}' (cell {self.cell_id}) states no minutes")
        if self.what == "activity" and self.kind is None:
            found.append(f"{where}: '{self.label}' (cell {self.cell_id}) names no way of working "
                         f"({' / '.join(KINDS['id'])}; English {' / '.join(KINDS['en'])})")
        if self.what == "quiz" and self.minutes is not None and \
                self.minutes < math.ceil(self.questions * QUIZ_MINUTES_PER_QUESTION):
            found.append(f"{where}: the quiz has {self.questions} questions but states {self.minutes} "
                         f"minutes (at least {QUIZ_MINUTES_PER_QUESTION} per question)")
        return found


def _kind(label: str, lang: str) -> str | None:
    inside = label.split("(", 1)[1].split(")", 1)[0].lower() if "(" in label else ""
    for word, kind in sorted(KINDS[lang].items(), key=lambda item: -len(item[0])):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", inside):
            return kind
    return None


def activities(cells, words: Words = ID_WORDS, quiz_sizes: dict | None = None) -> list[Activity]:
    """Every activity, presentation, exercise block and quiz label of `cells`, in order.
    `quiz_sizes`: the number of questions of the quiz a lesson shows (by lesson number)."""
    found = []
    for cell in cells:
        if cell.cell_type != "markdown":
            continue
        for match in words.ACTIVITY.finditer(readable(cell.source)):
            label = (match.group("quote") or match.group("heading")).strip()
            cell_id = cell.get("id", "")
            if label.startswith(words.presentation):
                shape = words.PRESENTATION.search(label)
                groups, each = (int(shape.group(1)), int(shape.group(2))) if shape else (0, None)
                found.append(Activity(cell_id, label, "presentation",
                                      groups * each if each is not None else None, groups=groups))
                continue
            minutes = words.MINUTES.search(label)
            minutes = int(minutes.group(1)) if minutes else None
            if label.startswith(words.activity):
                found.append(Activity(cell_id, label, "activity", minutes, kind=_kind(label, words.lang)))
            elif label.startswith(words.exercises):
                found.append(Activity(cell_id, label, "exercises", minutes))
            else:
                found.append(Activity(cell_id, label, "quiz", minutes,
                                      questions=(quiz_sizes or {}).get("quiz", 0)))
    return found


# ---------------------------------------------------------------- what is read

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
    """The markdown a learner reads on the core path: no folded parts, comments or URLs."""
    text = DETAILS.sub(" ", text)
    text = COMMENT.sub(" ", text)
    text = LINK.sub(r"\1", text)
    return URL.sub(" ", text)


def count_words(text: str) -> int:
    return len(WORD.findall(readable(text)))


class _Visible(HTMLParser):
    """The text of an HTML output a learner sees without opening or answering anything."""

    VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed",
            "param", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []     # for each open element: is it (or a parent) skipped?
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        skipped = (bool(self.stack) and self.stack[-1]) or tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)
        if tag not in self.VOID:
            self.stack.append(skipped)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible_text(html_text: str) -> str:
    parser = _Visible()
    parser.feed(html_text)
    parser.close()
    return " ".join(parser.parts)


def output_text(cell) -> str:
    """What a code cell's stored outputs show a learner, as text."""
    texts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            texts.append(out.get("text", ""))
            continue
        data = out.get("data", {})
        if "text/html" in data:
            texts.append(visible_text(data["text/html"]))
        elif "text/markdown" in data:
            texts.append(readable(data["text/markdown"]))
        elif "text/plain" in data:
            texts.append(data["text/plain"])
    return "\n".join(texts)


QUIZ_CALL = re.compile(r"lesson_quiz\(\s*[\"'](\d\d)[\"']\s*\)")


def _quiz_questions(cells) -> int:
    for cell in cells:
        if cell.cell_type == "code":
            match = QUIZ_CALL.search(cell.source)
            if match:
                from kss.quiz import questions_for
                return len(questions_for(match.group(1), "id"))
    return 0


# ---------------------------------------------------------------- a lesson

@dataclass
class LessonTime:
    number: str
    path: Path
    markdown_words: int
    output_words: int
    activities: list[Activity]
    widget_minutes: list[int]
    metadata_minutes: int | None
    waktu_minutes: int | None
    numbers: int = 0
    acronyms: tuple[str, ...] = ()
    core_ids: list[str] = field(default_factory=list)
    pengayaan_ids: list[str] = field(default_factory=list)
    # the English edition takes the Indonesian twin's reading minutes (see same_reading_time)
    twin_reading_minutes: int | None = None

    @property
    def where(self) -> str:
        return f"{self.path.parent.name}/{self.number}"

    @property
    def words(self) -> int:
        return self.markdown_words + self.output_words

    @property
    def setup_minutes(self) -> int:
        return SETUP["first"] if self.number == FIRST_LESSON else SETUP["meeting"]

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
        return math.ceil(sum(a.total for a in self.activities) + sum(self.widget_minutes))

    @property
    def core(self) -> int:
        return self.setup_minutes + self.reading_minutes + self.activity_minutes

    def breakdown(self) -> dict:
        """What notebook metadata kss.time stores (the teacher guide reads it)."""
        return {"setup": self.setup_minutes, "reading": self.reading_minutes,
                "activities": self.activity_minutes, "words": self.words}

    def problems(self) -> list[str]:
        found = [p for a in self.activities for p in a.problems(self.where)]
        if self.core > LIMIT:
            found.append(f"{self.where}: core path {self.core} min is over {LIMIT} "
                         f"({self.setup_minutes} setup + {self.reading_minutes} reading of {self.words} words + "
                         f"{self.activity_minutes} activities): move what the objectives do not need to Pengayaan")
        if self.metadata_minutes != self.core:
            found.append(f"{self.where}: metadata minutes {self.metadata_minutes}, core {self.core}")
        if self.waktu_minutes != self.core:
            found.append(f"{self.where}: the Waktu line says {self.waktu_minutes}, core {self.core}")
        return found


def core_text(cells) -> str:
    """Everything read on the core path of `cells` (markdown and what code cells show)."""
    return "\n\n".join(readable(c.source) if c.cell_type == "markdown" else output_text(c) for c in cells)


def measure(path: Path | str) -> LessonTime:
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    words = words_of(path)
    core, extra = split(nb, words)
    markdown = [c for c in core if c.cell_type == "markdown"]
    text = "\n\n".join(c.source for c in markdown)
    waktu = words.WAKTU_MINUTES.search(text)
    everything = core_text(core)
    return LessonTime(
        number=path.name[:2], path=path,
        markdown_words=sum(count_words(c.source) for c in markdown),
        output_words=sum(len(WORD.findall(output_text(c))) for c in core if c.cell_type == "code"),
        activities=activities(core, words, {"quiz": _quiz_questions(core)}),
        widget_minutes=[int(m) for c in markdown for m in words.WIDGET.findall(readable(c.source))],
        metadata_minutes=nb.metadata.get("kss", {}).get("minutes"),
        waktu_minutes=int(waktu.group(1)) if waktu else None,
        numbers=len(NUMBER.findall(everything)),
        acronyms=tuple(sorted(set(ACRONYM.findall(everything)))),
        core_ids=[c.get("id", "") for c in core],
        pengayaan_ids=[c.get("id", "") for c in extra],
        twin_reading_minutes=same_reading_time(path))


def same_reading_time(path: Path) -> int | None:
    """An English lesson takes the reading time of its Indonesian twin.

    The rate above was measured for Indonesian text; English says the same thing in more,
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


# ---------------------------------------------------------------- sections (for plans)

@dataclass(frozen=True)
class Section:
    heading: str            # the '## ' heading without its stated minutes ('' before the first)
    words: int
    activity_minutes: float

    @property
    def minutes(self) -> float:
        """Reading plus activity minutes of this section alone (setup not included)."""
        return self.words / WORDS_PER_MINUTE + self.activity_minutes


def core_sections(path: Path | str) -> list[Section]:
    """The core path cut at its '## ' headings, so a teacher's plan can be checked against
    the time its sections need."""
    words = words_of(path)
    core, _ = split(nbformat.read(Path(path), as_version=4), words)
    sizes = {"quiz": _quiz_questions(core)}
    found: list[list] = [["", 0, 0.0]]
    for cell in core:
        if cell.cell_type == "markdown":
            heading = re.match(r"^## +(.+?)\s*$", cell.source.lstrip().split("\n", 1)[0])
            if heading:
                found.append([words.STATED.sub("", heading.group(1)), 0, 0.0])
            found[-1][1] += count_words(cell.source)
            found[-1][2] += sum(a.total for a in activities([cell], words, sizes))
            found[-1][2] += sum(int(m) for m in words.WIDGET.findall(readable(cell.source)))
        else:
            found[-1][1] += len(WORD.findall(output_text(cell)))
    return [Section(h, w, a) for h, w, a in found]


def lesson_paths(lesson_dir: Path | None = None) -> list[Path]:
    """The lessons of one folder, or of every edition (notebooks/id/, then notebooks/en/)."""
    if lesson_dir is None:
        return [p for e in EDITIONS.values() for p in sorted(e.folder.glob("[0-9][0-9]-*.ipynb"))]
    return sorted(lesson_dir.glob("[0-9][0-9]-*.ipynb"))


def measure_all(lesson_dir: Path | None = LESSON_DIR) -> list[LessonTime]:
    return [measure(p) for p in lesson_paths(lesson_dir)]


# ---------------------------------------------------------------- writing

def waktu_line(result: LessonTime) -> str:
    w = words_of(result.path).edition.words
    line = w["time_line"].format(core=result.core, start=result.setup_minutes, reading=result.reading_minutes,
                                 activities=result.activity_minutes)
    if result.pengayaan_ids:
        line += w["time_line_extra"]
    return line


def write_lesson(path: Path) -> LessonTime:
    """Set metadata kss.minutes, kss.time and the Waktu line to the computed core time. The
    Waktu line is itself read on the core path, so this settles in at most a few rounds."""
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
        if kss.get("minutes") != result.core or kss.get("time") != result.breakdown():
            kss["minutes"] = result.core
            kss["time"] = result.breakdown()
            changed = True
        if not changed:
            return result
        write(nb, path)
    return measure(path)


def table(results: list[LessonTime]) -> str:
    rows = [f"{'lesson':7} {'words':>5} {'(text':>5} {'shown)':>6} {'numbers':>7} {'acron.':>6} {'setup':>5} "
            f"{'read':>4} {'activ.':>6} {'core':>4} {'stored':>6}  pengayaan cells",
            "-" * 92]
    for r in results:
        rows.append(f"{r.where:7} {r.words:5d} {r.markdown_words:5d} {r.output_words:6d} {r.numbers:7d} "
                    f"{len(r.acronyms):6d} {r.setup_minutes:5d} {r.reading_minutes:4d} {r.activity_minutes:6d} "
                    f"{r.core:4d} {str(r.metadata_minutes):>6}  {len(r.pengayaan_ids)}")
    rows.append(f"(core = setup ({SETUP['first']} for lesson {FIRST_LESSON}, {SETUP['meeting']} otherwise) + "
                f"ceil(words / {WORDS_PER_MINUTE}) + activities with their overhead for a class of 36; limit {LIMIT})")
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="print the table; exit 1 on a problem")
    mode.add_argument("--write", action="store_true", help="update metadata minutes and Waktu lines")
    parser.add_argument("--acronyms", action="store_true", help="also list each lesson's acronyms")
    parser.add_argument("paths", nargs="*", type=Path, help="lessons (default: notebooks/id/NN-* and notebooks/en/NN-*)")
    args = parser.parse_args(argv)
    paths = args.paths or lesson_paths()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print("no such notebook: " + ", ".join(str(p) for p in missing))
        return 2
    if args.write:
        # Indonesian first: an English lesson reads its twin's reading minutes
        results = [write_lesson(p) for p in sorted(paths, key=lambda p: p.parent.name != "id")]
        print("written; now run: python -m tools.navigation, and re-execute the teacher guide "
              "(python -m tools.notebooks notebooks/id/panduan-guru.ipynb)")
    else:
        results = [measure(p) for p in paths]
    print(table(results))
    if args.acronyms:
        for r in results:
            print(f"{r.where}: {', '.join(r.acronyms)}")
    problems = [p for r in results for p in r.problems()]
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
