"""make quiz-export (tools/quiz_export.py), read back: every Wayground and Kahoot spreadsheet
(openpyxl), every Moodle GIFT file (a small parser of GIFT's own syntax, below) and the
printable sheet and key hold every question, option and key of kss/quizzes/NN.yml (read here
with yaml directly), in stored order, in both editions; an item over a Kahoot limit (the
template's 120 / 75 characters, 4 answers) is left out of that file only and named in the
report, one line per item."""
import html
import re
from pathlib import Path

import pytest
import yaml

openpyxl = pytest.importorskip("openpyxl")

from tools import quiz_export  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted(p.stem for p in (ROOT / "kss" / "quizzes").glob("*.yml"))
LANGS = ("id", "en")


def source(lesson: str, lang: str) -> list[dict]:
    """The questions of a quiz file as plain dicts: text (with the stimulus first, if any),
    options, key (0-based), explanation, misconceptions, in stored order."""
    raw = yaml.safe_load((ROOT / "kss" / "quizzes" / f"{lesson}.yml").read_text(encoding="utf-8"))
    out = []
    for item in raw["questions"]:
        text = item["text"][lang]
        if item.get("stimulus"):
            s = item["stimulus"]
            src = s.get("source")
            src = src[lang] if isinstance(src, dict) else src
            text = s["text"][lang] + (f" ({src})" if src else "") + "\n\n" + text
        out.append({"id": item["id"], "text": text, "plain_text": item["text"][lang],
                    "options": [o[lang] for o in item["options"]], "key": "abcdefgh".index(item["key"]),
                    "explanation": item["explanation"][lang],
                    "misconceptions": [o.get("misconception", {}).get(lang, "") for o in item["options"]]})
    return out


def over_kahoot(q) -> bool:
    return len(q["text"]) > 120 or len(q["options"]) > 4 or any(len(o) > 75 for o in q["options"])


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("quiz-export")
    problems = quiz_export.export(out, pdf=False)
    return out, problems


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("lesson", LESSONS)
def test_wayground_sheet_reads_back(exported, lesson, lang):
    out, _ = exported
    rows = list(openpyxl.load_workbook(out / lang / f"wayground-{lesson}.xlsx").active.iter_rows(values_only=True))
    assert list(rows[0]) == ["Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4",
                             "Option 5", "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]
    questions = source(lesson, lang)
    assert len(rows) - 1 == len(questions)
    for row, q in zip(rows[1:], questions):
        options = [o for o in row[2:7] if o is not None]
        assert (row[0], row[1], options, row[7], row[10]) == (q["text"], "Multiple Choice", q["options"],
                                                                q["key"] + 1, q["explanation"])
        assert row[8] in (5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("lesson", LESSONS)
def test_kahoot_sheet_reads_back(exported, lesson, lang):
    out, problems = exported
    sheet = openpyxl.load_workbook(out / lang / f"kahoot-{lesson}.xlsx").active
    header = [c.value for c in sheet[8]]
    assert header[1:] == ["Question - max 120 characters", "Answer 1 - max 75 characters",
                          "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
                          "Answer 4 - max 75 characters",
                          "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
                          "Correct answer(s) - choose at least one"]
    rows = [r for r in sheet.iter_rows(min_row=9, values_only=True) if any(v is not None for v in r)]
    questions = source(lesson, lang)
    fitting = [q for q in questions if not over_kahoot(q)]
    assert len(rows) == len(fitting)
    for number, (row, q) in enumerate(zip(rows, fitting), start=1):
        answers = [a for a in row[2:6] if a is not None]
        assert (row[0], row[1], answers, row[7]) == (number, q["text"], q["options"], q["key"] + 1)
        assert row[6] in (5, 10, 20, 30, 60, 90, 120, 240)
        assert len(row[1]) <= 120 and all(len(a) <= 75 for a in answers)
    left_out = {q["id"] for q in questions if over_kahoot(q)}
    named = {p.qid for p in problems if (p.platform, p.lang, p.lesson) == ("kahoot", lang, lesson)}
    assert named == left_out


def test_the_report_names_each_item_left_out_in_one_line(exported):
    out, problems = exported
    lines = (out / "report.txt").read_text(encoding="utf-8").splitlines()
    expected = [(lang, lesson, q["id"]) for lang in LANGS for lesson in LESSONS for q in source(lesson, lang)
                if over_kahoot(q)]
    assert len(lines) == len(expected) == len(problems)
    for line, (lang, lesson, qid) in zip(lines, expected):
        assert re.match(rf"kahoot \({lang}\) lesson {lesson}, question \d+ \({qid}\): .*(max 120|max 75)", line), line


# ---------------------------------------------------------------- GIFT, read with its own syntax

def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def _split_unescaped(text: str, marks: str):
    """(mark, piece) for each piece of `text` that starts with an unescaped char of `marks`."""
    pieces, current, mark, i = [], "", None, 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            current += text[i:i + 2]
            i += 2
            continue
        if c in marks:
            if mark is not None or current.strip():
                pieces.append((mark, current))
            mark, current = c, ""
        else:
            current += c
        i += 1
    pieces.append((mark, current))
    return pieces


def parse_gift(text: str) -> list[dict]:
    questions = []
    body = "\n".join(line for line in text.splitlines() if not line.startswith(("//", "$CATEGORY")))
    for block in re.split(r"\n\s*\n", body.strip()):
        m = re.fullmatch(r"::(.+?)::(.*?)(?<!\\)\{(.*)(?<!\\)\}", block.strip(), flags=re.S)
        assert m, f"not a GIFT question: {block[:120]!r}"
        name, qtext, answers = m.groups()
        general = ""
        if "####" in answers:
            answers, general = answers.split("####", 1)
        options, key, feedback = [], [], []
        for mark, piece in _split_unescaped(answers, "~="):
            if mark is None:
                assert not piece.strip()
                continue
            parts = _split_unescaped(piece, "#")
            options.append(_unescape(parts[0][1].strip()))
            feedback.append(_unescape(parts[1][1].strip()) if len(parts) > 1 else "")
            key.append(mark == "=")
        questions.append({"name": name, "text": _unescape(qtext), "options": options, "key": key,
                          "feedback": feedback, "general": _unescape(general.strip())})
    return questions


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("lesson", LESSONS)
def test_moodle_gift_reads_back(exported, lesson, lang):
    out, _ = exported
    parsed = parse_gift((out / lang / f"moodle-{lesson}.gift.txt").read_text(encoding="utf-8"))
    questions = source(lesson, lang)
    assert len(parsed) == len(questions)
    for p, q in zip(parsed, questions):
        assert p["name"] == f"{lesson}-{q['id']}" and p["text"] == q["text"]
        assert p["options"] == q["options"] and p["key"] == [k == q["key"] for k in range(len(q["options"]))]
        assert p["general"] == q["explanation"]
        for k, wrong in enumerate(q["misconceptions"]):
            if k != q["key"]:
                assert p["feedback"][k].endswith(wrong)


def test_the_gift_parser_sees_escapes():
    text = quiz_export.gift_escape("a: b {c} = d ~ e # f \\ g")
    assert _unescape(text) == "a: b {c} = d ~ e # f \\ g"
    assert parse_gift("::x::Q\\: 1?{\n=a\\=b#ok\n~c#no\n####why\\: so\n}")[0] == {
        "name": "x", "text": "Q: 1?", "options": ["a=b", "c"], "key": [True, False],
        "feedback": ["ok", "no"], "general": "why: so"}


# ---------------------------------------------------------------- the printable sheet and key

@pytest.mark.parametrize("lang", LANGS)
def test_sheet_and_key(exported, lang):
    out, _ = exported
    names = {"id": ("lembar-soal", "kunci-jawaban"), "en": ("question-sheet", "answer-key")}[lang]
    sheet = (out / lang / f"{names[0]}.html").read_text(encoding="utf-8")
    key = (out / lang / f"{names[1]}.html").read_text(encoding="utf-8")
    for lesson in LESSONS:
        sheet_part = sheet.split(f'data-lesson="{lesson}"', 1)[1].split("</section>", 1)[0]
        key_part = key.split(f'data-lesson="{lesson}"', 1)[1].split("</section>", 1)[0]
        blocks = re.findall(r'<div class="kss-q" data-id="([^"]+)">(.*?)</ol></div>', sheet_part, flags=re.S)
        rows = re.findall(r'<tr data-id="([^"]+)"><td>(\d+)</td><td>(.*?)</td><td>(.*?)</td></tr>', key_part)
        questions = source(lesson, lang)
        assert [b[0] for b in blocks] == [r[0] for r in rows] == [q["id"] for q in questions]
        for (_, block), row, q in zip(blocks, rows, questions):
            assert html.escape(q["plain_text"]) in block
            shown = re.findall(r"<li>☐ ([a-h])\) (.*?)</li>", block)
            assert shown == [("abcdefgh"[k], html.escape(o)) for k, o in enumerate(q["options"])]
            assert row[2] == f"{'abcdefgh'[q['key']]}) {html.escape(q['options'][q['key']])}"
            assert row[3] == html.escape(q["explanation"])
        assert "kss-key" not in sheet_part and not re.search(r"data-key|☑", sheet_part), "no key on the sheet"
