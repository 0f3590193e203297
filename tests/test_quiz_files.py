"""The quizzes are data (kss/quizzes/NN.yml): every file reads, in the stored order, and a
broken file gives ONE line naming the file, the question (number and id) and the field,
never a traceback (kss.quiz.QuizFileError, shown by a lesson's kernel as one line)."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kss import quiz
from kss.quiz import QuizFileError, lessons, questions_for, read_file, title_for

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "kss" / "quizzes").glob("*.yml"))


def test_every_lesson_has_its_quiz_file():
    assert [p.stem for p in FILES] == [f"{n:02d}" for n in range(9)] == lessons()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_questions_come_in_the_stored_order(path):
    """questions_for gives the file's questions and options in the file's order, the key
    where the file's letter puts it, in both languages (read here with yaml directly)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for lang in ("id", "en"):
        assert title_for(path.stem, lang) == raw["title"][lang]
        got = questions_for(path.stem, lang)
        assert [q.id for q in got] == [item["id"] for item in raw["questions"]]
        for q, item in zip(got, raw["questions"]):
            assert q.text == item["text"][lang] and q.explanation == item["explanation"][lang]
            assert list(q.options) == [o[lang] for o in item["options"]]
            assert "abcdefgh"[q.answer] == item["key"]
            assert list(q.misconceptions) == [o.get("misconception", {}).get(lang, "") for o in item["options"]]
            assert q.kind == item.get("kind", "recall")


def test_the_check_command_passes_on_the_course_files():
    done = subprocess.run([sys.executable, "-m", "kss.quiz", "check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == f"ok: {len(FILES)} quiz files, {sum(len(questions_for(p.stem, 'id')) for p in FILES)} questions"


# ---------------------------------------------------------------- broken files

def broken(tmp_path, edit) -> str:
    """The message of lesson 05's file after `edit(data)` (or a text edit, given a str->str)."""
    text = (ROOT / "kss" / "quizzes" / "05.yml").read_text(encoding="utf-8")
    if getattr(edit, "text", False):
        text = edit(text)
    else:
        data = yaml.safe_load(text)
        edit(data)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path = tmp_path / "05.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizFileError) as info:
        read_file(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path)), message
    return message[len(str(path)):]


def third(data):
    return data["questions"][2]


def as_text(edit):
    edit.text = True
    return edit


CASES = {
    "missing field": (lambda d: third(d).pop("explanation"),
                      r"^, question 3 \(indonesian-aid-endowment\), field explanation: missing"),
    "missing language": (lambda d: third(d)["text"].pop("en"),
                         r"^, question 3 \(indonesian-aid-endowment\), field text\.en: missing"),
    "key out of range": (lambda d: third(d).update(key="e"),
                         r"^, question 3 \(indonesian-aid-endowment\), field key: 'e' is not one of the options \(a, b, c, d\)"),
    "wrong option without misconception": (
        lambda d: [o.pop("misconception", None) for o in third(d)["options"]],
        r"^, question 3 \(indonesian-aid-endowment\), field options\[\w\]\.misconception: missing \(every wrong option"),
    "the key with a misconception": (
        lambda d: third(d)["options"]["abcd".index(third(d)["key"])].update(misconception={"id": "x", "en": "y"}),
        r"^, question 3 \(indonesian-aid-endowment\), field options\[\w\]\.misconception: the key"),
    # one option more in Indonesian than in English: that option has no English text
    "id/en option count": (lambda d: third(d)["options"].append({"id": "Tahun 2020", "misconception": {"id": "a", "en": "b"}}),
                           r"^, question 3 \(indonesian-aid-endowment\), field options\[e\]\.en: missing"),
    "misconception only in one language": (
        lambda d: next(o for o in third(d)["options"] if "misconception" in o)["misconception"].pop("en"),
        r"^, question 3 \(indonesian-aid-endowment\), field options\[\w\]\.misconception\.en: missing"),
    "a number where text belongs": (lambda d: third(d)["options"][0].update(en=2019),
                                    r"^, question 3 \(indonesian-aid-endowment\), field options\[a\]\.en: must be text, found a number \(2019\)"),
    "unknown field": (lambda d: third(d).update(explantion={"id": "x", "en": "y"}),
                      r"^, question 3 \(indonesian-aid-endowment\), field explantion: unknown field"),
    "repeated id": (lambda d: third(d).update(id=d["questions"][0]["id"]),
                    r"^, question 3 \(ktt-kss-2018-verdict\), field id: already used by question 1"),
    "no id": (lambda d: third(d).pop("id"), r"^, question 3, field id: missing or not a short slug"),
    "repeated option": (lambda d: third(d)["options"][1].update(id=third(d)["options"][0]["id"]),
                        r"^, question 3 \(indonesian-aid-endowment\), field options\[b\]\.id: repeats option a"),
    "stimulus kind without stimulus": (lambda d: third(d).update(kind="stimulus"),
                                       r"^, question 3 \(indonesian-aid-endowment\), field stimulus: missing"),
    "unknown kind": (lambda d: third(d).update(kind="essay"),
                     r"^, question 3 \(indonesian-aid-endowment\), field kind: 'essay' is not one of recall, stimulus"),
    "no title": (lambda d: d.pop("title"), r"^, field title: missing"),
    "not YAML": (as_text(lambda s: s.replace("questions:\n", "questions:\n  - [\n", 1)),
                 r"^, line \d+, column \d+: not valid YAML"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_broken_quiz_file_gives_one_line(tmp_path, case):
    edit, expected = CASES[case]
    message = broken(tmp_path, edit)
    assert re.search(expected, message), message


def test_a_good_stimulus_question_reads(tmp_path):
    def add(d):
        third(d).update(kind="stimulus", stimulus={"text": {"id": "Kutipan.", "en": "Excerpt."},
                                                    "source": "Kementerian Luar Negeri, 2019"})
    path = tmp_path / "05.yml"
    data = yaml.safe_load((ROOT / "kss" / "quizzes" / "05.yml").read_text(encoding="utf-8"))
    add(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    q = read_file(path).questions["en"][2]
    assert (q.kind, q.stimulus, q.source) == ("stimulus", "Excerpt.", "Kementerian Luar Negeri, 2019")
    view = quiz.Quiz([q])
    assert "Excerpt." in view.items[0].widget.children[0].value


def test_a_broken_file_is_one_line_in_a_lesson_kernel(tmp_path, monkeypatch, capsys):
    """In IPython (a lesson's kernel after setup()), a broken quiz file shows the hint and one
    error line, no traceback."""
    from IPython.core.interactiveshell import InteractiveShell
    from kss.setup import install_hints

    folder = tmp_path / "quizzes"
    folder.mkdir()
    data = yaml.safe_load((ROOT / "kss" / "quizzes" / "05.yml").read_text(encoding="utf-8"))
    third(data).update(key="z")
    (folder / "05.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(quiz, "QUIZ_DIR", folder)
    shell = InteractiveShell.instance()
    try:
        assert install_hints()
        shell.run_cell("from kss.quiz import lesson_quiz\nlesson_quiz('05')")
        out = capsys.readouterr()
        text = re.sub(r"\x1b\[[0-9;]*m", "", out.out + out.err)
        assert "Traceback" not in text and "File " not in text, text
        assert re.search(r"QuizFileError: .*05\.yml, question 3 \(indonesian-aid-endowment\), field key: 'z'", text), text
    finally:
        shell.set_custom_exc((), None)
        InteractiveShell.clear_instance()


def test_an_unknown_lesson_says_so():
    with pytest.raises(QuizFileError, match=r"kss/quizzes/99\.yml: no quiz for lesson '99'"):
        questions_for("99")


# the key's header, written out again (kss/locales/<lang>.yml has them under quiz.)
KEY_HEADER = {"id": "| No | Soal | Kunci jawaban | Penjelasan |", "en": "| No | Question | Answer key | Explanation |"}
MISTAKES = {"id": "Keliru yang sering terjadi", "en": "Common mistakes"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_teachers_answer_key_reads_each_answer_from_the_quiz_file(path, lang):
    """The teacher's key, row by row, against the quiz file read here with yaml: the question's
    number, its text, the key's letter and option, the explanation and each wrong option's
    letter with its misconception (a wrong letter or number must fail, not only a line count)."""
    from kss.labels import set_language
    stored = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    set_language(lang)
    try:
        key = quiz.answer_key(path.stem).split("\n")
    finally:
        set_language("id")
    assert key[:2] == [KEY_HEADER[lang], "|---|---|---|---|"]
    assert len(key) == 2 + len(stored)
    for number, (row, q) in enumerate(zip(key[2:], stored), start=1):
        letter = q["key"].lower()
        options = dict(zip("abcdefgh", q["options"]))
        mistakes = "<br>".join(f"{k}. {o['misconception'][lang]}" for k, o in options.items() if k != letter)
        cells = [str(number), q["text"][lang], f"{letter}. {options[letter][lang]}",
                 f"{q['explanation'][lang]}<br>{MISTAKES[lang]}:<br>{mistakes}"]
        assert row == "| " + " | ".join(c.replace("|", "/") for c in cells) + " |", (path.name, number)
