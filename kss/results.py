"""Result codes: a learner's answers as a short text to paste, and back (no server, nothing sent).

Under each quiz and graded activity a learner presses "Salin hasilku", types a name and gets a
code to paste into Google Classroom, a form or a chat; the teacher pastes all the codes into the
class notebook (kss.recap). The code is made and read here:

    encode("02", "quiz", "Siti", {"kaa-dates": 0, "kaa-chair": 1})   # -> 'KSS1-02Q1-AB0000-...'
    decode(code)                 # -> Result (CodeError says what is wrong, in words)
    parse_paste(text)            # every code in a messy paste -> Paste (results, one line per problem)

The format (version 1), five fields joined by '-':

    KSS1-02Q3-ACB0-AHM6JVK0D1Q6XA-7K0A3F9Q2
    |    |  ||  |    |             |  +- check: CRC-32 of everything before it (7 characters)
    |    |  ||  |    |             +- version of the activity's items (2 characters)
    |    |  ||  |    +- the name, UTF-8, in Crockford base32 (at most NAME_BYTES bytes)
    |    |  ||  +- answers: one letter per item in the activity's stored order (A = option a) ...,
    |    |  ||     0 = not answered); for the project designer, the design in base32
    |    |  |+- score: items right (the project designer: its warnings)
    |    |  +- activity: Q quiz, S card sort, F fact-check, P project designer
    |    +- lesson
    +- format and its version

Only digits, capital letters and '-' (Crockford's base32: no I, L, O or U, read as 1, 1, 0),
so a code survives chats, forms, smart quotes and autocorrect; case does not matter; a line break
or spaces inside a code are ignored; text around it is ignored. The check finds every change of
one character and every swap of two neighbours (CRC-32 catches every error burst up to 32 bits),
and a random change with odds of about one in four billion. It is tamper-EVIDENT, not secure:
the course is open, so anyone who reads this file can make a valid code. Results are for
formative use (feedback in class), never for an exam or a report card.

The item version (2 characters) is computed from the activity's item ids, option counts and
keys (quiz file kss/quizzes/NN.yml, the card order, the claims): a code made before a quiz was
changed still shows its name and score, but its answers are not counted per question.

A quiz records each question's FIRST checked answer (the feedback shows the key, so later
answers say little); the card sort its first answer per card, as its own score does (a form the
activity accepts as defensible counts as right in the code too: Items.accepted).
"""
from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from typing import Callable

import ipywidgets as widgets

from kss.labels import t

PREFIX = "KSS1"
NAME_BYTES = 40            # a name longer than this (UTF-8) is shortened, at a character boundary
TEXT_BYTES = 40            # the project's title and supporter, each
LETTERS = "ABCDEFGH"       # answer letters: stored option index 0..7 (a quiz has at most 8 options)
UNANSWERED = "0"
CHECK_CHARS = 7            # CRC-32 in base32 (35 bits)
VERSION_CHARS = 2
ACTIVITIES = {"quiz": "Q", "sort": "S", "factcheck": "F", "project": "P"}
BY_LETTER = {letter: name for name, letter in ACTIVITIES.items()}
# where each activity other than the quizzes lives (a quiz's lesson is its file's number)
HOME = {"sort": "01", "factcheck": "05", "project": "08"}
# the words for each activity and problem, as literal keys (tests/test_locales.py finds them)
ACTIVITY_KEYS = {"quiz": "results.activity.quiz", "sort": "results.activity.sort",
                 "factcheck": "results.activity.factcheck", "project": "results.activity.project"}

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_RFC4648, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _RFC4648)
_SAME = str.maketrans({"O": "0", "I": "1", "L": "1"})   # Crockford: read as the digit


# ---------------------------------------------------------------- base32 (Crockford) and the check

def b32(data: bytes) -> str:
    """Bytes as Crockford base32, no padding (the standard library's base32, other alphabet)."""
    return base64.b32encode(bytes(data)).decode("ascii").rstrip("=").translate(_TO_CROCKFORD)


def unb32(text: str) -> bytes:
    """Crockford base32 (canonical: capitals, no I/L/O/U) back to bytes; ValueError if it cannot be."""
    if any(c not in _CROCKFORD for c in text):
        raise ValueError("not base32")
    try:
        return base64.b32decode(text.translate(_FROM_CROCKFORD) + "=" * (-len(text) % 8))
    except binascii.Error:
        raise ValueError("not base32 (wrong length)") from None


def _number(value: int, chars: int) -> str:
    return "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(chars)))


def check_of(body: str) -> str:
    """The check field: CRC-32 (zlib) of the code's text before it, in 7 base32 characters."""
    return _number(zlib.crc32(body.encode("ascii")), CHECK_CHARS)


def version_of(signature: str) -> str:
    """Two characters (10 bits of CRC-32) that change when an activity's items change."""
    return _number(zlib.crc32(signature.encode("utf-8")) & 0x3FF, VERSION_CHARS)


def canonical(text: str) -> str:
    """A code as typed or pasted -> its canonical form: capitals, O as 0, I and L as 1, no spaces."""
    return re.sub(r"\s+", "", text).upper().translate(_SAME)


# ---------------------------------------------------------------- names

def clean_name(text) -> tuple[str, bool]:
    """(the name as the code keeps it, whether it was shortened). Any text: NFC, control
    characters removed, runs of spaces as one, at most NAME_BYTES bytes of UTF-8 (cut at a
    character boundary)."""
    return _clean(text, NAME_BYTES)


def _clean(text, limit: int) -> tuple[str, bool]:
    if text is None:
        return "", False
    text = unicodedata.normalize("NFC", str(text))
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs", "Co")
                   and (unicodedata.category(c) != "Cf" or c == "\u200d"))
    text = " ".join(text.split())
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text, False
    return raw[:limit].decode("utf-8", errors="ignore").rstrip(), True


def name_key(name: str) -> str:
    """Two codes with the same name_key (and lesson, activity) come from the same learner."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


# ---------------------------------------------------------------- what each activity's items are

@dataclass(frozen=True)
class Items:
    """The items of one activity as the course has them now: ids in stored order, the options'
    labels per item (current language), the key (stored index; None: no key), a text per item."""
    lesson: str
    activity: str
    ids: tuple = ()
    options: tuple = ()
    keys: tuple = ()
    texts: tuple = ()
    signature: str = ""
    also: tuple = ()      # per item, other options also counted right (the card sort's defensible forms)

    @property
    def version(self) -> str:
        return version_of(self.signature)

    def accepted(self, item: int) -> frozenset:
        """The options of item `item` counted right: its key, and any defensible answer."""
        key = self.keys[item]
        extra = self.also[item] if item < len(self.also) else ()
        return frozenset(({key} if key is not None else set()) | set(extra))

    def score(self, answers) -> int:
        return sum(1 for i, a in enumerate(answers[:len(self.keys)]) if a is not None and a in self.accepted(i))


class UnknownActivity(ValueError):
    """No such activity in the course (a lesson without a quiz, a letter no activity uses)."""


def items_for(lesson: str, activity: str, lang: str | None = None) -> Items:
    """The items of `activity` ("quiz", "sort", "factcheck", "project") of lesson `lesson`."""
    if activity == "quiz":
        from kss import quiz
        if not quiz.has_quiz(lesson):
            raise UnknownActivity(f"no quiz for lesson {lesson}")
        questions = quiz.questions_for(lesson, lang)
        keys = tuple(q.answer for q in questions)
        signature = "quiz|" + "|".join(f"{q.id}:{len(q.options)}:{q.answer}" for q in questions)
        return Items(lesson, activity, tuple(q.id for q in questions), tuple(q.options for q in questions),
                     keys, tuple(q.text for q in questions), signature)
    if HOME.get(activity) != lesson:
        raise UnknownActivity(f"no {activity} in lesson {lesson}")
    from kss.labels import language
    lang = lang or language()
    if activity == "sort":
        from kss import data, modality
        rows = data.load("examples").set_index("example_id")
        ids = tuple(modality.card_order())
        labels = tuple(t(f"modality.{m}", lang) for m in modality.MODALITIES)
        keys = tuple(modality.MODALITIES.index(rows.loc[i, "modality"]) for i in ids)
        # a defensible form (modality.defensible) counts as right, as the activity's own verdict does
        also = tuple(tuple(sorted(modality.MODALITIES.index(m) for m in modality.defensible(rows.loc[i])))
                     for i in ids)
        signature = "sort|" + ",".join(modality.MODALITIES) + "|" + "|".join(
            f"{i}:{k}" + "".join(f"+{x}" for x in a) for i, k, a in zip(ids, keys, also))
        return Items(lesson, activity, ids, (labels,) * len(ids), keys,
                     tuple(rows.loc[i, f"title_{lang}"] for i in ids), signature, also)
    if activity == "factcheck":
        from kss import factcheck
        rows = factcheck.claims()
        verdicts = tuple(factcheck.VERDICTS)
        labels = tuple(t(f"factcheck.verdict.{v}", lang) for v in verdicts)
        ids = tuple(rows["claim_id"])
        keys = tuple(verdicts.index(factcheck.EXPECTED[s]) if factcheck.EXPECTED.get(s) in verdicts else None
                     for s in rows["status"])
        texts = tuple(rows["claim_id_text" if lang == "id" else "claim_en"])
        signature = "factcheck|" + ",".join(verdicts) + "|" + "|".join(f"{i}:{k}" for i, k in zip(ids, keys))
        return Items(lesson, activity, ids, (labels,) * len(ids), keys, texts, signature)
    if activity == "project":
        from kss import project
        signature = "project|" + "|".join(",".join(x) for x in (project.SECTORS, project.MODALITIES, project.BENEFITS))
        return Items(lesson, activity, signature=signature)
    raise UnknownActivity(f"unknown activity {activity!r}")


# ---------------------------------------------------------------- the project designer's design

@dataclass(frozen=True)
class Design:
    providers: tuple = ()
    partners: tuple = ()
    sector: str = ""
    modality: str = ""
    benefit: str = ""
    supporter: str = ""
    title: str = ""


def _iso3(code) -> int | None:
    if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
        return None
    a, b, c = (ord(x) - 65 for x in code)
    return (a * 26 + b) * 26 + c


def _from_iso3(value: int) -> str:
    a, rest = divmod(value, 26 * 26)
    b, c = divmod(rest, 26)
    if a >= 26:
        raise ValueError("not a country code")
    return "".join(chr(65 + x) for x in (a, b, c))


def pack_design(design: Design) -> bytes:
    """A design as bytes: sector, modality, benefit (one byte), providers, partners (a count,
    then 2 bytes per ISO3 code), title and supporter (a length, then UTF-8)."""
    from kss import project

    # the first byte: sector (0-8; 9 = none), modality (0-3), benefit (0-3)
    sector = project.SECTORS.index(design.sector) if design.sector in project.SECTORS else len(project.SECTORS)
    modality = project.MODALITIES.index(design.modality) if design.modality in project.MODALITIES else 0
    benefit = project.BENEFITS.index(design.benefit) if design.benefit in project.BENEFITS else 0
    out = bytearray([(sector & 15) << 4 | modality << 2 | benefit])
    for codes in (design.providers, design.partners):
        values = [v for v in (_iso3(c) for c in codes or ()) if v is not None][:255]
        out.append(len(values))
        for v in values:
            out += v.to_bytes(2, "big")
    for text in (design.title, design.supporter):
        raw = _clean(text, TEXT_BYTES)[0].encode("utf-8")
        out.append(len(raw))
        out += raw
    return bytes(out)


def unpack_design(data: bytes) -> Design:
    """pack_design's bytes back; ValueError if they do not make a design."""
    from kss import project
    try:
        pos = 0
        first = data[pos]
        pos += 1
        sector, modality, benefit = first >> 4, (first >> 2) & 3, first & 3
        lists = []
        for _ in range(2):
            n = data[pos]
            pos += 1
            if pos + 2 * n > len(data):
                raise ValueError("design cut short")
            lists.append(tuple(_from_iso3(int.from_bytes(data[pos + 2 * k: pos + 2 * k + 2], "big"))
                               for k in range(n)))
            pos += 2 * n
        texts = []
        for _ in range(2):
            n = data[pos]
            pos += 1
            if pos + n > len(data):
                raise ValueError("design cut short")
            texts.append(data[pos:pos + n].decode("utf-8"))
            pos += n
    except (IndexError, UnicodeDecodeError):
        raise ValueError("not a design") from None
    if pos != len(data) or sector > len(project.SECTORS):
        raise ValueError("not a design")
    return Design(lists[0], lists[1], project.SECTORS[sector] if sector < len(project.SECTORS) else "",
                  project.MODALITIES[modality], project.BENEFITS[benefit], texts[1], texts[0])


def design_warnings(design: Design) -> int:
    """The project designer's warnings for a design (kss.project.checks): its 'score'."""
    from kss import project
    return sum(1 for c in project.checks(design.providers, design.partners, design.modality,
                                         design.supporter, design.title) if c.kind == "warn")


# ---------------------------------------------------------------- a result and its code

@dataclass(frozen=True)
class Result:
    lesson: str
    activity: str
    name: str
    score: int
    answers: tuple = ()              # stored option index per item, None: not answered
    design: Design | None = None     # the project designer
    version: str = ""
    code: str = ""                   # the canonical code

    @property
    def total(self) -> int:
        return len(self.answers)

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a is not None)


class CodeError(ValueError):
    """A code that cannot be read: `kind` (truncated, altered, not_a_code, newer, unknown,
    stale_items, ...), a one-line message in the current language, and what could still be
    read (name, lesson, activity) for the teacher's message."""

    def __init__(self, kind: str, message: str, name: str = "", lesson: str = "", activity: str = "",
                 result: Result | None = None):
        super().__init__(message)
        self.kind, self.name, self.lesson, self.activity, self.result = kind, name, lesson, activity, result


def _problem(kind: str, **values) -> str:
    keys = {"truncated": "results.problem.truncated", "altered": "results.problem.altered",
            "not_a_code": "results.problem.not_a_code", "newer": "results.problem.newer",
            "unknown": "results.problem.unknown", "stale": "results.problem.stale"}
    return t(keys[kind], **values)


def to_code(result: Result) -> str:
    """The code of a result (its fields as they are; encode() fills version and score)."""
    letter = ACTIVITIES[result.activity]
    if result.activity == "project":
        answers = b32(pack_design(result.design or Design()))
    else:
        answers = "".join(UNANSWERED if a is None else LETTERS[a] for a in result.answers)
    name = b32(clean_name(result.name)[0].encode("utf-8"))
    body = f"{PREFIX}-{result.lesson}{letter}{int(result.score)}-{answers or UNANSWERED}-{name or UNANSWERED}-{result.version}"
    return body + check_of(body)


def encode(lesson: str, activity: str, name, answers=None) -> str:
    """The code of a learner's answers to an activity of the course.

    answers: {item id: stored option index} or a sequence in stored item order (None: not
    answered); for "project" a Design (or a dict of its fields). The version and the score
    come from the course's items now (items_for)."""
    items = items_for(lesson, activity)
    if activity == "project":
        design = answers if isinstance(answers, Design) else Design(**(answers or {}))
        return to_code(Result(lesson, activity, name, design_warnings(design), design=design, version=items.version))
    if isinstance(answers, dict):
        values = tuple(answers.get(i) for i in items.ids)
    else:
        values = tuple(answers or ())[:len(items.ids)]
        values += (None,) * (len(items.ids) - len(values))
    values = tuple(a if isinstance(a, int) and not isinstance(a, bool) and 0 <= a < len(opts) else None
                   for a, opts in zip(values, items.options))
    return to_code(Result(lesson, activity, name, items.score(values), values, version=items.version))


_FIELDS = re.compile(r"^(?P<lesson>\d\d)(?P<letter>[A-Z])(?P<score>\d{1,3})$")


def read_code(code: str) -> Result:
    """The fields of a code, checked only against its own check (no look at the course's items).
    CodeError names what is wrong."""
    text = canonical(code)
    parts = text.split("-")
    if not parts or not re.fullmatch(r"KSS\d+", parts[0]):
        raise CodeError("not_a_code", _problem("not_a_code"))
    if parts[0] != PREFIX:
        raise CodeError("newer", _problem("newer", version=parts[0]))
    if len(parts) < 5 or len(parts[4]) < VERSION_CHARS + CHECK_CHARS:
        raise CodeError("truncated", _problem("truncated"), name=_readable_name(parts))
    if len(parts) > 5 or len(parts[4]) > VERSION_CHARS + CHECK_CHARS or any(not p for p in parts):
        raise CodeError("altered", _problem("altered"), name=_readable_name(parts))
    body, check = text[:-CHECK_CHARS], text[-CHECK_CHARS:]
    if any(c not in _CROCKFORD for c in body.replace("-", "")) or check_of(body) != check:
        raise CodeError("altered", _problem("altered"), name=_readable_name(parts))
    head = _FIELDS.match(parts[1])
    if not head or head["letter"] not in BY_LETTER:
        raise CodeError("unknown", _problem("unknown", what=parts[1]))
    activity = BY_LETTER[head["letter"]]
    try:
        name = unb32(parts[3]).decode("utf-8") if parts[3] != UNANSWERED else ""
    except (ValueError, UnicodeDecodeError):
        raise CodeError("altered", _problem("altered")) from None
    design, answers = None, ()
    if activity == "project":
        try:
            design = unpack_design(unb32(parts[2]))
        except ValueError:
            raise CodeError("altered", _problem("altered"), name=name) from None
    else:
        if any(c not in LETTERS + UNANSWERED for c in parts[2]):
            raise CodeError("altered", _problem("altered"), name=name)
        answers = tuple(None if c == UNANSWERED else LETTERS.index(c) for c in parts[2])
    return Result(head["lesson"], activity, name, int(head["score"]), answers, design,
                  parts[4][:VERSION_CHARS], text)


def decode(code: str) -> Result:
    """A code read and checked against the course's items now: CodeError if it cannot be read,
    or (kind "stale") if it was made for other items (its .result still holds name and score)."""
    result = read_code(code)
    try:
        items = items_for(result.lesson, result.activity)
    except UnknownActivity:
        raise CodeError("unknown", _problem("unknown", what=f"{result.lesson} {result.activity}"),
                        name=result.name) from None
    who = dict(name=result.name, lesson=result.lesson, activity=result.activity)
    if result.version != items.version:
        raise CodeError("stale", _problem("stale"), result=result, **who)
    if result.activity == "project":
        if design_warnings(result.design) != result.score:
            raise CodeError("stale", _problem("stale"), result=result, **who)
        return result
    if len(result.answers) != len(items.ids) or any(
            a is not None and a >= len(opts) for a, opts in zip(result.answers, items.options)) \
            or items.score(result.answers) != result.score:
        raise CodeError("stale", _problem("stale"), result=result, **who)
    return result


def _readable_name(parts) -> str:
    """The name of a damaged code, if its name field still reads as text ("" if not)."""
    if len(parts) < 4:
        return ""
    try:
        name = unb32(parts[3]).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""
    return name if name and name.isprintable() else ""


def locate_change(code: str) -> tuple[str, int] | None:
    """Where one changed character of a code is, if exactly one character could be changed
    back to make the check right: (the field's name, its position in the code, 1-based).
    For the teacher's message only: such a code is never counted, it is not corrected."""
    text = canonical(code)
    if len(text) > 400:
        return None
    found = []
    for pos, char in enumerate(text):
        if char == "-" or pos < len(PREFIX) + 1:
            continue
        for other in _CROCKFORD:
            if other == char:
                continue
            candidate = text[:pos] + other + text[pos + 1:]
            try:
                read_code(candidate)
            except CodeError:
                continue
            found.append(pos)
            break
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    pos = found[0]
    field_no = text[:pos].count("-")
    names = {1: "head", 2: "answers", 3: "name", 4: "check"}
    return names.get(field_no, "check"), pos + 1


# ---------------------------------------------------------------- finding codes in a paste

# dashes a chat or a word processor may put for '-', spaces and invisible characters
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_HEAD = re.compile(r"(?<![A-Za-z0-9])K\s*S\s*S\s*(\d)\s*-", re.IGNORECASE)
MAX_FIELD = 600     # characters of one field: more is not a code (noise)
# a line that starts a chat message: some text, then ':' and a space ('[07.45] Ayu: ...',
# '07/12 07.45 - Ayu: ...') or a bracket; a code split over two lines continues without one
_NEXT_MESSAGE = re.compile(r"[^\S\n]*(?:\[|[^\n:]{1,60}?:\s)")


def normalise_paste(text) -> str:
    """A paste as the finder reads it: text (bytes as UTF-8), NFKC (full-width letters, no-break
    spaces), every kind of dash as '-', invisible characters removed."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    text = unicodedata.normalize("NFKC", str(text))
    return text.translate(_DASHES).translate(_INVISIBLE)


@dataclass
class Found:
    """One code found in a paste: where (line), what it looked like, and what became of it."""
    line: int
    text: str                          # the code as found (canonical), for messages
    result: Result | None = None       # read and counted (or replaced/duplicate: see status)
    error: CodeError | None = None
    status: str = "ok"                 # ok, duplicate, replaced, other_lesson, stale, error
    message: str = ""

    @property
    def excerpt(self) -> str:
        return self.text if len(self.text) <= 22 else self.text[:21] + "…"


@dataclass
class Paste:
    """What parse_paste found: every code (in paste order), the results that count (one per
    learner and activity, in paste order), and one line per problem or note."""
    found: list = field(default_factory=list)
    results: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    stale: list = field(default_factory=list)     # results made for other items: name and score only

    @property
    def counted(self) -> int:
        return len(self.results) + len(self.stale)


def find_codes(text) -> list[tuple[int, str]]:
    """(line, code text) of every code-like text in a paste: from 'KSS<n>-' on, the fields with
    spaces and line breaks inside skipped, up to the 9-character last field (or where the code
    stops: such a text is then reported as cut short)."""
    text = normalise_paste(text)
    out = []
    for match in _HEAD.finditer(text):
        pos = match.end()
        fields, current = [f"KSS{match.group(1)}"], []
        while pos < len(text):
            char = text[pos]
            if char.isspace():
                if char == "\n" and _NEXT_MESSAGE.match(text, pos + 1):
                    break          # the next line is the next chat message ('Ayu: ...')
                pos += 1
                continue
            if char == "-" and len(fields) < 4:
                fields.append("".join(current))
                current = []
            elif char.isascii() and char.isalnum() and len(current) < MAX_FIELD:
                current.append(char)
                if len(fields) == 4 and len(current) == VERSION_CHARS + CHECK_CHARS:
                    break
            else:
                break
            pos += 1
        fields.append("".join(current))
        line = text.count("\n", 0, match.start()) + 1
        out.append((line, "-".join(f for f in fields).upper()))
    return out


def parse_paste(text, lesson: str | None = None, activity: str | None = None) -> Paste:
    """Every code in a paste, read and checked. Codes that count: one per learner (name, lesson,
    activity): the same code twice counts once, a second different code replaces the first (the
    later one counts; both are said). With `lesson` (and `activity`), codes of other lessons
    (activities) are named and left out. Never raises: a damaged code is one message line."""
    paste = Paste()
    normal = normalise_paste(text)
    if not normal.strip():
        paste.messages.append(t("results.paste.empty"))
        return paste
    seen_codes: dict[str, Found] = {}
    by_learner: dict[tuple, Found] = {}
    for line, raw in find_codes(normal):
        found = Found(line, canonical(raw))
        paste.found.append(found)
        try:
            result = decode(raw)
        except CodeError as exc:
            if exc.kind == "stale" and exc.result is not None:
                result, found.status = exc.result, "stale"
            else:
                found.status, found.error = "error", exc
                found.message = _error_line(found, exc)
                paste.messages.append(found.message)
                continue
        found.result = result
        label = _what(result)
        if lesson is not None and (result.lesson != lesson or (activity and result.activity != activity)):
            found.status = "other_lesson"
            found.message = t("results.paste.other_lesson", line=line, name=result.name or "?", what=label,
                              lesson=lesson)
            paste.messages.append(found.message)
            continue
        if found.text in seen_codes:
            first = seen_codes[found.text]
            found.status = "duplicate"
            found.message = t("results.paste.duplicate", line=line, name=result.name, what=label, first=first.line)
            paste.messages.append(found.message)
            continue
        seen_codes[found.text] = found
        key = (name_key(result.name), result.lesson, result.activity)
        if key in by_learner:
            earlier = by_learner[key]
            earlier.status = "replaced"
            found.message = t("results.paste.replaced", line=line, name=result.name, what=label, first=earlier.line)
            paste.messages.append(found.message)
        by_learner[key] = found
        if found.status == "stale":
            found.message = t("results.paste.stale", line=line, name=result.name, what=label)
            paste.messages.append(found.message)
    for found in paste.found:
        if found.result is not None and found.status == "ok":
            paste.results.append(found.result)
        elif found.result is not None and found.status == "stale":
            paste.stale.append(found.result)
    if not paste.found:
        paste.messages.append(t("results.paste.none"))
    return paste


def _what(result: Result) -> str:
    return t("results.what", activity=t(ACTIVITY_KEYS[result.activity]), lesson=result.lesson)


def _error_line(found: Found, exc: CodeError) -> str:
    who = t("results.paste.name_read", name=exc.name) if exc.name else ""
    where = ""
    if exc.kind == "altered":
        located = locate_change(found.text)
        if located:
            part, position = located
            part_key = {"head": "results.part.head", "answers": "results.part.answers",
                        "name": "results.part.name", "check": "results.part.check"}[part]
            where = " " + t("results.paste.one_char", part=t(part_key), position=position)
    return t("results.paste.error", line=found.line, code=found.excerpt, problem=str(exc), who=who) + where


# ---------------------------------------------------------------- under each activity: "Salin hasilku"

class Record:
    """The answers of one learner to one activity while the notebook is open, and the panel
    under the activity that turns them into a code ("Salin hasilku").

    The activity reports each checked answer: record.answer(item_id, stored option index);
    the first answer per item counts. The project designer gives `design`, a function that
    returns the designer's current values."""

    def __init__(self, lesson: str, activity: str, design: Callable[[], dict] | None = None):
        self.lesson, self.activity, self.design = lesson, activity, design
        self.answers: dict[str, int] = {}
        self.panel = ResultPanel(self)

    @property
    def widget(self) -> widgets.Widget:
        return self.panel.widget

    def answer(self, item_id: str, index: int) -> None:
        """An item's answer (stored option index); only the first answer of an item is kept."""
        if item_id not in self.answers and isinstance(index, int):
            self.answers[item_id] = index
            self.panel.refresh()

    def clear(self) -> None:
        self.answers.clear()
        self.panel.refresh()

    def watch(self, controls) -> None:
        """A code already shown is made again whenever one of `controls` changes (the designer)."""
        for control in controls:
            control.observe(lambda _change: self.panel.refresh(), names="value")

    def current_design(self) -> Design:
        values = dict(self.design()) if self.design else {}
        return Design(**{k: (tuple(v) if k in ("providers", "partners") else (v or ""))
                         for k, v in values.items() if k in Design.__dataclass_fields__})

    def code(self, name) -> str:
        """The code of the answers so far, for `name` (ValueError if the name is empty)."""
        name, _short = clean_name(name)
        if not name:
            raise ValueError("a name is needed")
        answers = self.current_design() if self.activity == "project" else self.answers
        return encode(self.lesson, self.activity, name, answers)


class ResultPanel:
    """'Salin hasilku': a button that opens a box with a name field, 'Buat kode' and the code in
    a read-only text box to select and copy. Hidden until opened, so an activity's static view
    (kss/static.py, for readers without a kernel) stays as it was."""

    def __init__(self, record: Record):
        self.record = record
        self.toggle = widgets.Button(description=t("results.button"), icon="copy",
                                     tooltip=t("results.tooltip"), layout=widgets.Layout(width="auto"))
        self.name = widgets.Text(value="", placeholder=t("results.name_placeholder"),
                                 description=t("results.name"), continuous_update=False,
                                 style={"description_width": "initial"}, layout=widgets.Layout(width="340px"))
        self.make = widgets.Button(description=t("results.make"), button_style="primary")
        self.output = widgets.HTML("")
        self.code = ""
        intro = widgets.HTML(f'<p style="margin:4px 0">{html.escape(t("results.intro"))}</p>')
        self.box = widgets.VBox([intro, widgets.HBox([self.name, self.make]), self.output],
                                layout=widgets.Layout(display="none", border="1px solid #BDBDBD",
                                                      padding="4px 10px", margin="4px 0"))
        self.widget = widgets.VBox([self.toggle, self.box], layout=widgets.Layout(margin="8px 0 0 0"))
        self.widget.add_class("kss-results")
        self.toggle.on_click(lambda _b: self.open(not self.is_open))
        self.make.on_click(lambda _b: self.show())
        self.name.observe(lambda _c: self.show(), names="value")

    @property
    def is_open(self) -> bool:
        return self.box.layout.display != "none"

    def open(self, state: bool = True) -> None:
        self.box.layout.display = "flex" if state else "none"   # not None: the in-browser edition keeps "none"

    def refresh(self) -> None:
        """After a new answer: a code already shown is made again, so it never lags behind."""
        if self.code:
            self.show()

    def show(self) -> str:
        """Make the code for the typed name and show it ("" and a hint when there is no name)."""
        name, shortened = clean_name(self.name.value)
        if not name:
            self.code = ""
            self.output.value = _note(t("results.need_name"))
            return ""
        try:
            self.code = self.record.code(name)
            result = read_code(self.code)
        except Exception as exc:       # a course file that cannot be read: said in words
            self.code = ""
            self.output.value = _note(t("results.cannot", error=type(exc).__name__))
            return ""
        lines = []
        if shortened:
            lines.append(t("results.shortened", name=name))
        lines.append(t("results.code_for", name=name, what=_what(result), score=score_text(result)))
        self.output.value = code_box(self.code, lines, self.record.activity)
        return self.code


def score_text(result: Result) -> str:
    if result.activity == "project":
        return t("results.score.project_ok") if result.score == 0 else t("results.score.project_warn", n=result.score)
    return t("results.score.items", correct=result.score, total=result.total, answered=result.answered)


def _note(text: str) -> str:
    return (f'<div class="kss-results-note" style="border-left:4px solid #0072B2;padding:4px 8px;'
            f'margin:4px 0">{html.escape(text)}</div>')


# The copy button works by selecting the text box and the browser's copy command: no clipboard
# permission is needed, so it works on http://<laptop address> too (not a secure context).
# Where it cannot copy it says so, and the learner selects and copies by hand.
_COPY_JS = ("var b=this,a=b.parentNode.querySelector('textarea');a.focus();a.select();"
            "var ok=false;try{ok=document.execCommand('copy');}catch(e){}"
            "b.textContent=ok?b.dataset.done:b.dataset.fail;")


def code_box(code: str, lines: list[str], activity: str = "quiz") -> str:
    """The code in a read-only text box (selected when clicked), a copy button, and what to do."""
    esc = html.escape
    first = t("results.first_counts") if activity in ("quiz", "sort", "factcheck") else ""
    notes = "".join(f"<p style='margin:2px 0'>{esc(line)}</p>" for line in lines)
    return (f'<div class="kss-results-out">{notes}'
            f'<textarea class="kss-result-code" readonly rows="2" spellcheck="false" '
            f'aria-label="{esc(t("results.code_label"), quote=True)}" onclick="this.select()" '
            f'style="width:100%;max-width:640px;font-family:monospace;font-size:1.05em;'
            f'word-break:break-all">{esc(code)}</textarea><br>'
            f'<button type="button" class="kss-result-copy" data-done="{esc(t("results.copied"), quote=True)}" '
            f'data-fail="{esc(t("results.copy_failed"), quote=True)}" onclick="{esc(_COPY_JS, quote=True)}" '
            f'style="margin:2px 0;padding:2px 10px">{esc(t("results.copy"))}</button>'
            f'<p style="margin:2px 0"><small>{esc(t("results.copy_hint"))} {esc(first)} '
            f'{esc(t("results.formative"))}</small></p></div>')
