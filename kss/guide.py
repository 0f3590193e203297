"""The teacher guide (notebooks/id/panduan-guru.ipynb): objectives, answer keys, handout.

    from kss import guide
    guide.lesson_table()        # the lessons present, with time and summary
    guide.objectives()          # each lesson's "Tujuan pembelajaran" cell, read from the lesson
    guide.exercise_keys()       # every folded answer (<details>) of every lesson
    guide.quiz_keys()           # the answer key of every lesson quiz
    guide.claim_note("ktt-kss-2018")
    guide.rubric()              # the rubric of the lesson-08 project (4 criteria x 4 levels)
    guide.misconceptions()      # common misconceptions, corrections, where taught (data/misconceptions.csv)
    guide.handout()             # one-page Markdown handout
    guide.write_handout("lembar-kss.md")   # saved only when asked, only inside the project or /tmp

Single source: objectives and exercise answers are READ from the lesson notebooks and the
quiz keys from kss/quizzes/NN.yml, never copied, so the guide is current after re-executing it.
A lesson that does not exist yet is skipped with a short note instead of an error.
The functions returning text for the notebook return IPython Markdown objects; the *_markdown
variants return plain strings for tests and for the handout file.
"""
from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path


from kss import data, editions
from kss.labels import language, t


def _subdir() -> Path:
    """notebooks/id or notebooks/en: the lessons of the guide's own language."""
    return editions.current().subdir


def course_root() -> Path:
    """The course folder whose lessons the guide reads: the folder around the data in
    use (kss.paths: the repository the guide was opened from, or the source checkout);
    with only the package's own copy of the data, the working directory."""
    folder = data.current_dir()
    if folder.name == "data" and (folder.parent / _subdir()).is_dir():
        return folder.parent
    return Path.cwd()


def lesson_dir_default() -> Path:
    root = course_root()
    if (root / _subdir()).is_dir():
        return root / _subdir()
    return Path.cwd()   # lessons copied on their own: the guide sits beside them
LESSONS = ("00", "01", "02", "03", "04", "05", "06", "07", "08")
HANDOUT_MARK = "<!-- kss-lembar-ringkas -->"   # first line of every handout file this guide writes
TERMS = ("kss", "south", "north_south", "forms", "triangular", "kaa", "bapa", "sdg17", "tied")

_DETAILS = re.compile(r"<details>\s*<summary>(.*?)</summary>(.*?)</details>", re.S | re.I)
# a folded box whose summary opens with a bold title ("<b>Tahukah kamu?</b> ...", "<b>Did you know?</b>
# ...", the lesson's list of acronyms) is reading for the curious, not the answer to an exercise
_BOX_SUMMARY = re.compile(r"^\s*<b>", re.I)
_HEADING = re.compile(r"^## +(.+?)\s*$", re.M)


def _stated_minutes() -> re.Pattern:
    """' (sekitar 5 menit)' / ' (about 5 minutes)' at the end of a heading."""
    return re.compile(r"\s*" + editions.current().minutes_re().pattern + "$")


def section_name(heading: str) -> str:
    """A '## ' heading without the minutes it states: 'Latihan (sekitar 5 menit)' -> 'Latihan'
    (tools/lesson_time.py reads those minutes)."""
    return _stated_minutes().sub("", heading.strip())


def _md(text: str):
    """Markdown for a notebook output. '$' is escaped: two of them (e.g. "USD 1 ... USD 2")
    would otherwise be rendered as a math formula by JupyterLab."""
    from IPython.display import Markdown
    return Markdown(escape_dollars(text))


def escape_dollars(text: str) -> str:
    return re.sub(r"(?<!\\)\$", r"\\$", text)


# ---------------------------------------------------------------- finding and reading lessons

def lesson_paths(lesson_dir: Path | str | None = None) -> dict[str, Path | None]:
    """{lesson number: its notebook, or None if it does not exist (yet)}."""
    lesson_dir = Path(lesson_dir) if lesson_dir else lesson_dir_default()
    found = {}
    for nn in LESSONS:
        matches = sorted(lesson_dir.glob(f"{nn}-*.ipynb"))
        found[nn] = matches[0] if matches else None
    return found


class _Node(dict):
    """A notebook read as plain JSON, with attribute access (nb.cells, cell.source) like
    nbformat's NotebookNode. Not nbformat itself: importing it imports jsonschema, whose
    IRI checker compiles some 40 grammars at import (about 1 s, most of the guide's Run All)."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _node(value):
    if isinstance(value, dict):
        return _Node({key: _node(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_node(item) for item in value]
    return value


def _read(path: Path):
    """A lesson notebook (format 4) as attribute-access JSON; cell sources joined to one string."""
    nb = _node(json.loads(Path(path).read_text(encoding="utf-8")))
    if nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
        raise ValueError(f"{Path(path).name}: not a version-4 notebook")
    for cell in nb.cells:
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    nb.setdefault("metadata", _Node())
    return nb


def lessons(lesson_dir=None):
    """[(number, path, notebook or None, note)]: a missing or unreadable lesson (e.g. one being
    saved at this moment) gets None and a short note instead of raising."""
    result = []
    for nn, path in lesson_paths(lesson_dir).items():
        if path is None:
            result.append((nn, None, None, t("guide.missing_lesson", nn=nn)))
            continue
        try:
            nb = _read(path)
        except Exception as exc:   # broken JSON, half-written file, unknown format ...
            result.append((nn, path, None, t("guide.unreadable_lesson", nn=nn, name=path.name,
                                       error=type(exc).__name__)))
            continue
        result.append((nn, path, nb, ""))
    return result


def title(nb) -> str:
    """The lesson's first '# ' heading, e.g. '03 · Dari Bandung ke BAPA+40'."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^# +(.+?)\s*$", cell.source, flags=re.M)
            if match:
                return match.group(1)
    return ""


def _sections(nb) -> list[tuple[str, list[str]]]:
    """[(section heading, [markdown sources])]: markdown cells grouped under their '## ' heading.
    Text before the first '## ' is grouped under ''. A cell with several headings is split."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for cell in nb.cells:
        if cell.cell_type != "markdown" or cell.source.startswith("<!--NAVIGASI-->"):
            continue
        text = cell.source
        pos = 0
        for match in _HEADING.finditer(text):
            before = text[pos:match.start()]
            if before.strip():
                sections[-1][1].append(before)
            sections.append((section_name(match.group(1)), []))
            pos = match.end()
        rest = text[pos:]
        if rest.strip():
            sections[-1][1].append(rest)
    return sections


def objectives_of(nb) -> str:
    """The body of the lesson's 'Tujuan pembelajaran' cell (objectives, time, prerequisites)."""
    for cell in nb.cells:
        heading = re.escape(editions.current().w("objectives"))
        if cell.cell_type == "markdown" and re.search(rf"^## +{heading}", cell.source, flags=re.M):
            body = re.sub(rf"^## +{heading}\s*\n?", "", cell.source, count=1, flags=re.M)
            return body.strip()
    return ""


@dataclass(frozen=True)
class Exercise:
    section: str     # the '## ' heading it sits under, e.g. 'Latihan'
    number: int      # 1, 2, ... within its section
    question: str    # the text before the folded answer
    answer: str      # the text inside <details>, without the summary


# the summary of a folded answer: "Lihat jawaban", "Lihat usulan jawaban", "Show the answer", "See a
# discussion ..."; other folded parts (an example's "Rincian", a "Sumber" list, a folded wording of the
# Dasasila) are reading, not answers
_ANSWER_SUMMARY = {"id": re.compile(r"^\s*Lihat\b", re.I), "en": re.compile(r"^\s*(Show|See)\b", re.I)}
_SUBHEADING = re.compile(r"^### +(.+?)\s*$", re.M)
_ITEM = re.compile(r"^(?:>\s*)*\d+\.\s", re.M)
_PART = re.compile(r"^\s*\d+\.\s|\([a-h]\)", re.M)


def _is_answer(summary: str) -> bool:
    if _BOX_SUMMARY.match(summary):
        return False
    pattern = _ANSWER_SUMMARY.get(editions.current().lang, _ANSWER_SUMMARY["id"])
    return bool(pattern.match(re.sub(r"<[^>]+>", "", summary)))


def exercises_of(nb) -> list[Exercise]:
    """Every folded answer of the lesson, with the question it answers: the text between the
    previous answer and this one. Folded parts that are not answers ("Tahukah kamu?" boxes, an
    example's details, a folded text to read) are skipped. A '### ' sub-heading starts a new
    group, named "section · sub-heading", so a key's numbers match the questions' own numbers."""
    result: list[Exercise] = []
    for heading, parts in _sections(nb):
        text = "\n\n".join(parts)
        # cut the section at its '### ' sub-headings
        pieces, pos, name = [], 0, heading
        for match in _SUBHEADING.finditer(text):
            pieces.append((name, text[pos:match.start()]))
            name, pos = f"{heading} · {match.group(1)}", match.end()
        pieces.append((name, text[pos:]))
        for name, piece in pieces:
            pos, k = 0, 0
            for match in _DETAILS.finditer(piece):
                if not _is_answer(match.group(1)):
                    continue
                k += 1
                answer = match.group(2).strip()
                question = _question(piece[pos:match.start()].strip(), answer)
                result.append(Exercise(name, k, question, answer))
                pos = match.end()
    return result


def _question(text: str, answer: str) -> str:
    """The question an answer answers: a whole activity box (its instruction and questions), all
    numbered items before it when the answer has as many parts (three questions, one three-part
    answer), else the last item or paragraph (an intro sentence before '1.' is dropped)."""
    text = _DETAILS.sub("", text).strip()     # a folded text to read between question and answer
    items = list(_ITEM.finditer(text))
    label = None
    for label in re.finditer(r"^>\s*\*\*(?:" + re.escape(editions.current().w("activity")) + r")\b", text, flags=re.M):
        pass
    if label is not None and len([i for i in items if i.start() > label.start()]) > 1:
        return text[label.start():].strip()     # an activity box: its instruction and all its questions
    if len(items) > 1 and _parts(answer) >= len(items):
        return text[items[0].start():].strip()
    return _last_item(text)


def _parts(answer: str) -> int:
    """How many parts an answer has: its numbered items or '(a)' parts, or the body rows of
    its table (lesson 08 answers five numbered claims with one five-row table)."""
    rows = [line for line in answer.splitlines() if line.lstrip().startswith("|")]
    table = len(rows) - 2 if len(rows) > 2 and re.match(r"^\s*\|\s*:?-{3,}", rows[1]) else 0
    return max(len(_PART.findall(answer)), table)


def _last_item(text: str) -> str:
    """The last numbered item or paragraph of `text` (drops an intro sentence before '1.')."""
    match = list(_ITEM.finditer(text))
    if match:
        return text[match[-1].start():].strip()
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    return blocks[-1].strip() if blocks else ""


def _minutes(nb):
    return nb.metadata.get("kss", {}).get("minutes")


# ---------------------------------------------------------------- what the guide shows

def lesson_table_markdown(lesson_dir=None) -> str:
    rows = [f"| {t('guide.table_no')} | {t('guide.table_lesson')} | {t('guide.table_minutes')} | "
            f"{t('guide.table_summary')} |", "|---|---|---|---|"]
    total = 0
    notes = []
    for nn, path, nb, note in lessons(lesson_dir):
        if nb is None:
            notes.append(f"- {note}")
            continue
        minutes = _minutes(nb)
        total += minutes or 0
        summary = nb.metadata.get("kss", {}).get("summary", "")
        rows.append(f"| {nn} | [{_cell(title(nb))}]({path.name}) | "
                    f"{t('guide.minutes', m=minutes) if minutes else ''} | {_cell(summary)} |")
    return "\n".join(rows + ["", t("guide.total", m=total)] + ([""] + notes if notes else []))


def lesson_table(lesson_dir=None):
    return _md(lesson_table_markdown(lesson_dir))


def objectives_markdown(lesson_dir=None) -> str:
    out = []
    for nn, path, nb, note in lessons(lesson_dir):
        if nb is None:
            out.append(f"### {nn}\n\n*{note}*")
            continue
        body = objectives_of(nb) or f"*{t('guide.no_objectives')}*"
        out.append(f"### {title(nb)}\n\n{body}")
    return "\n\n".join(out)


def objectives(lesson_dir=None):
    return _md(objectives_markdown(lesson_dir))


def exercise_keys_markdown(lesson_dir=None) -> str:
    out = []
    for nn, path, nb, note in lessons(lesson_dir):
        if nb is None:
            out.append(f"### {nn}\n\n*{note}*")
            continue
        items = exercises_of(nb)
        block = [f"### {title(nb)}"]
        if not items:
            block.append(f"*{t('guide.no_exercises')}*")
        for ex in items:
            # the question's own numbers: "soal 2", or "soal 1–3" for one answer to three questions
            own = [m.group(1) for m in re.finditer(r"^(?:>\s*)*(\d+)\.\s", ex.question, flags=re.M)]
            n = (own[0] if len(own) == 1 else f"{own[0]}–{own[-1]}") if own else ex.number
            label = (t("guide.exercise", n=n) if ex.section == editions.current().w("exercises")
                     else t("guide.exercise_in_section", section=ex.section, n=n))
            question = _strip_number(ex.question) if len(own) <= 1 else "\n\n" + re.sub(r"^>\s?", "", ex.question, flags=re.M)
            answer = _labelled(f"**{t('guide.answer')}:**", ex.answer)
            # nbconvert's Markdown (mistune) renders no table inside a quote: such an answer is
            # not quoted, so the static HTML shows a table as JupyterLab does
            block.append(f"**{label}.** {question}\n\n" + (answer if _TABLE_ROW.search(ex.answer) else _quote(answer)))
        out.append("\n\n".join(block))
    return "\n\n".join(out)


def exercise_keys(lesson_dir=None):
    return _md(exercise_keys_markdown(lesson_dir))


def quiz_keys_markdown(lessons=LESSONS) -> str:
    from kss.quiz import answer_key, has_quiz
    out = []
    for nn in lessons:
        if not has_quiz(nn):
            out.append(f"### {nn}\n\n*{t('guide.no_quiz', nn=nn)}*")
            continue
        from kss.quiz import title_for
        heading = title_for(nn) or nn
        out.append(f"### {nn} · {heading}\n\n{answer_key(nn)}")
    return "\n\n".join(out)


def quiz_keys(lessons=LESSONS):
    return _md(quiz_keys_markdown(lessons))


def claim_note_markdown(claim_id: str) -> str:
    """One claim of the source article with the result of its check, from data/claims.csv."""
    claims = data.load("claims").set_index("claim_id")
    row = claims.loc[claim_id]
    lang = language()
    text = row["claim_id_text"] if lang == "id" else row["claim_en"]
    verdict = row[f"verdict_{lang}"]
    sources = "\n".join(f"  - {u}" for u in row["sources"])
    return (f"- **{t('guide.claim_article')}:** \"{text}\"\n"
            f"- **{t('guide.claim_status')}:** {t('guide.status.' + row['status'])}\n"
            f"- **{t('guide.claim_verdict')}:** {verdict}\n"
            f"- **{t('guide.claim_sources')}:**\n{sources}")


def claim_note(claim_id: str):
    return _md(claim_note_markdown(claim_id))


# ---------------------------------------------------------------- rubric and misconceptions

RUBRIC_CRITERIA = ("sources", "principles", "feasibility", "presentation")
RUBRIC_LEVELS = (1, 2, 3, 4)


def rubric_markdown() -> str:
    """The rubric of the lesson-08 project: four criteria, four levels each (labels in
    kss/locales/<lang>.yml, guide.rubric); the Nairobi principles it refers to come from data/nairobi.csv."""
    from kss import nairobi
    head = [t("guide.rubric.criterion")] + [t(f"guide.rubric.level{n}") for n in RUBRIC_LEVELS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for c in RUBRIC_CRITERIA:
        cells = [f"**{t(f'guide.rubric.{c}')}**"] + [t(f"guide.rubric.{c}.{n}") for n in RUBRIC_LEVELS]
        lines.append("| " + " | ".join(_cell(x) for x in cells) + " |")
    principles = "; ".join(t("guide.rubric.principle_paragraph", name=r["name"], paragraph=r["paragraph"])
                           for _, r in nairobi.principles().iterrows())
    return "\n".join(lines) + "\n\n" + t("guide.rubric.note", symbol=nairobi.SYMBOL, principles=principles)


def rubric():
    return _md(rubric_markdown())


def misconception_rows() -> list[dict]:
    """data/misconceptions.csv in the reader's language: lessons, misconception, correction,
    the rows it rests on (based_on) and its sources."""
    lang = language()
    return [{"id": row["misconception_id"], "lessons": list(row["lessons"]),
             "wrong": row[f"wrong_{lang}"], "right": row[f"right_{lang}"],
             "based_on": list(row["based_on"]), "sources": list(row["sources"])}
            for _, row in data.load("misconceptions").iterrows()]


def misconceptions_markdown(lesson_dir=None) -> str:
    """Each common misconception, its correction and where it is taught (lesson number and
    title read from the lessons present), with the sources behind the correction."""
    titles = {nn: title(nb) for nn, _path, nb, _note in lessons(lesson_dir) if nb is not None}
    head = [t("guide.mis.wrong"), t("guide.mis.right"), t("guide.mis.where"), t("guide.mis.sources")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in misconception_rows():
        where = "; ".join(titles.get(nn, nn) for nn in r["lessons"])
        links = ", ".join(f"[{u.split('://', 1)[-1].split('/', 1)[0].removeprefix('www.')}]({u})" for u in r["sources"])
        lines.append("| " + " | ".join(_cell(x) for x in (r["wrong"], r["right"], where, links)) + " |")
    return "\n".join(lines)


def misconceptions(lesson_dir=None):
    return _md(misconceptions_markdown(lesson_dir))


# ---------------------------------------------------------------- handout

def handout_markdown(lesson_dir=None) -> str:
    """A one-page handout: lesson map, key terms, the ten principles, space for notes."""
    lines = [HANDOUT_MARK, f"# {t('guide.handout_title')}", "", t("guide.handout_name"), "",
             f"## {t('guide.handout_map')}", ""]
    # the lesson map as one compact paragraph, so the handout fits on one printed page
    entries = []
    for nn, _path, nb, _note in lessons(lesson_dir):
        if nb is None:
            continue
        name = re.sub(r"^\d\d\s*·\s*", "", title(nb))
        entries.append(f"**{nn}** {name}")
    lines.append(" · ".join(entries))
    lines += ["", f"## {t('guide.handout_terms')}", ""]
    lines += [f"- {t('guide.term.' + key)}" for key in TERMS]
    principles = data.load("principles").sort_values("number")
    lines += ["", f"## {t('guide.handout_principles')}", ""]
    lines += [f"{n}. {text}" for n, text in zip(principles["number"], principles[f"text_{language()}"])]
    lines += ["", f"## {t('guide.handout_notes')}", ""]
    lines += ["_" * 70 + "  " for _ in range(4)]
    first_source = principles["sources"].iloc[0][0] if len(principles) else ""
    lines += ["", f"*{t('guide.handout_source', url=first_source)}*", ""]
    return "\n".join(lines)


def handout(lesson_dir=None):
    return _md(handout_markdown(lesson_dir))


class HandoutError(ValueError):
    """The handout cannot be written where asked (message in words)."""


def allowed_roots() -> list[Path]:
    return [course_root().resolve(), Path(tempfile.gettempdir()).resolve()]


def write_handout(path: str | Path | None = None, lesson_dir=None) -> Path | None:
    """Write the handout to `path` (a .md file inside the project or the temporary folder).
    Without a path nothing is written. An existing file is only replaced if it is a handout
    written by this function, so README.md or a data file can never be overwritten."""
    if path is None:
        return None
    target = Path(path).expanduser().resolve()
    if not any(target == root or root in target.parents for root in allowed_roots()):
        raise HandoutError(t("guide.handout_bad_place", tmp=tempfile.gettempdir(), path=target))
    if target.suffix.lower() != ".md":
        raise HandoutError(t("guide.handout_bad_suffix", name=target.name))
    if not target.parent.is_dir():
        raise HandoutError(t("guide.handout_no_folder", folder=target.parent))
    if target.exists():
        try:
            first = target.read_text(encoding="utf-8").split("\n", 1)[0]
        except (OSError, UnicodeDecodeError):
            first = ""
        if target.is_dir() or first.strip() != HANDOUT_MARK:
            raise HandoutError(t("guide.handout_no_overwrite", path=target))
    target.write_text(handout_markdown(lesson_dir), encoding="utf-8")
    print(t("guide.handout_written", path=target))
    return target


# ---------------------------------------------------------------- small helpers

def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "/").replace("\n", " ")


# a line that opens a Markdown block (table row, list item, heading, quote, code fence): such a
# block is only rendered when it starts its own paragraph, never after a label on the same line
_BLOCK = re.compile(r"^\s*(?:\||[-*+]\s|\d+[.)]\s|#{1,6}\s|>|```|~~~)")


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.M)


def _labelled(label: str, text: str) -> str:
    """`label` then `text`: on one line when the text opens with a sentence, else the label as a
    paragraph of its own; a table inside the text gets a blank line before it too (a table after a
    line of text is not a table)."""
    lines = text.splitlines()
    for k in range(len(lines) - 1, 0, -1):
        if lines[k].lstrip().startswith("|") and lines[k - 1].strip() and not lines[k - 1].lstrip().startswith("|"):
            lines.insert(k, "")
    text = "\n".join(lines)
    return f"{label}\n\n{text}" if _BLOCK.match(text) else f"{label} {text}"


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines())


def _strip_number(text: str) -> str:
    return re.sub(r"^\s*\d+\.\s+", "", text)
