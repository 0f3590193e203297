"""Result codes (kss/results.py): a learner's answers as a short code to paste, read back by the
class summary. Round trip from a live quiz, hostile pastes (chat text, quotes, line breaks,
duplicates, autocorrected dashes, invisible characters), every one-character change and every
swap of neighbours caught by the check and named, cut-short codes, another lesson's code, and
codes of the two editions mixed.

Expected values come from the quiz file (kss/quizzes/02.yml, read here with PyYAML) and from
hand counts, not from kss.results."""
import re
import zlib
from pathlib import Path

import pytest
import yaml

from kss import results
from kss.labels import set_language
from kss.quiz import lesson_quiz
from kss.results import CodeError, decode, encode, parse_paste

ROOT = Path(__file__).resolve().parent.parent
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# lesson 02's quiz, as its file has it (6 questions; keys a, c, b, a, b, b)
QUIZ_02 = yaml.safe_load((ROOT / "kss" / "quizzes" / "02.yml").read_text(encoding="utf-8"))
KEYS_02 = ["abcdefgh".index(q["key"]) for q in QUIZ_02["questions"]]
ALL_RIGHT = list(KEYS_02)                        # a, c, b, a, b, b
TWO_WRONG = [1, 0, 1, 0, 1, 1]                   # b, a, b, a, b, b: questions 1 and 2 wrong


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


def test_the_quiz_file_is_what_these_tests_assume():
    assert [q["key"] for q in QUIZ_02["questions"]] == list("acbabb")


# ---------------------------------------------------------------- round trip

def test_a_learner_in_a_live_quiz_gets_a_code_that_reads_back():
    """A learner answers lesson 02's quiz (options shuffled), some questions twice: the code
    keeps each question's FIRST checked answer, by its stored option."""
    quiz = lesson_quiz("02", shuffle=11)
    first = [1, 0, 1, 0, 1, None]                 # question 6 left out
    for number, choice in enumerate(first, start=1):
        if choice is not None:
            quiz.answer(number, choice)
    quiz.answer(1, 0)                             # corrected after the feedback: not counted
    panel = quiz.record.panel
    panel.open()
    panel.name.value = "Siti Nurhaliza"
    code = panel.code
    assert code.startswith("KSS1-02Q") and code in panel.output.value
    result = decode(code)
    assert (result.lesson, result.activity, result.name) == ("02", "quiz", "Siti Nurhaliza")
    assert list(result.answers) == first
    assert result.score == 3                      # questions 3, 4, 5 right (by hand)
    quiz.answer(6, 1)                             # a new answer: the code shown is made again
    assert decode(panel.code).answers[5] == 1 and decode(panel.code).score == 4


def test_a_panel_without_a_name_asks_for_one():
    quiz = lesson_quiz("02", shuffle=False)
    quiz.record.panel.name.value = "   "
    assert quiz.record.panel.show() == ""
    assert quiz.record.panel.output.value   # a hint, no code


@pytest.mark.parametrize("name", ["Ayu", "Ma'ruf", "Lestari 🌸", "Nguyễn Thị Hồng", "علي", "  Budi   Santoso "])
def test_names_survive_the_round_trip(name):
    result = decode(encode("02", "quiz", name, ALL_RIGHT))
    assert result.name == " ".join(name.split())
    assert result.score == 6


def test_a_long_name_is_shortened_at_a_character_boundary():
    name = "Ø" * 30                                 # 60 bytes of UTF-8
    result = decode(encode("02", "quiz", name, ALL_RIGHT))
    assert result.name == "Ø" * 20                  # 40 bytes


def test_the_code_is_short_and_only_safe_characters():
    code = encode("02", "quiz", "Kartika", TWO_WRONG)
    assert len(code) < 50
    assert re.fullmatch(r"[0-9A-Z-]+", code)
    assert not set(code) & set("ILOU")


# ---------------------------------------------------------------- the check finds changes

def _valid_code():
    return encode("02", "quiz", "Rudi", TWO_WRONG)


def test_every_one_character_change_is_caught():
    code = _valid_code()
    changed = 0
    for pos, char in enumerate(code):
        if char == "-":
            continue
        for other in CROCKFORD:
            if other == char:
                continue
            with pytest.raises(CodeError) as caught:
                decode(code[:pos] + other + code[pos + 1:])
            assert caught.value.kind != "stale", f"character {pos + 1}: read as another version, not as damaged"
            changed += 1
    assert changed > 900


def test_every_swap_of_two_neighbours_is_caught():
    code = _valid_code()
    for pos in range(len(code) - 1):
        a, b = code[pos], code[pos + 1]
        if a == b or "-" in (a, b):
            continue
        with pytest.raises(CodeError) as caught:
            decode(code[:pos] + b + a + code[pos + 2:])
        assert caught.value.kind != "stale", f"characters {pos + 1}-{pos + 2}: read as another version"


def test_a_changed_answer_is_named_in_the_paste_and_the_others_still_count():
    good = [encode("02", "quiz", name, ALL_RIGHT) for name in ("Ayu", "Bima", "Citra")]
    bad = _valid_code()
    answers_at = bad.index("-", 5) + 1            # the first answer letter (B: question 1)
    bad = bad[:answers_at] + "A" + bad[answers_at + 1:]   # 'b' made into the key 'a'
    paste = parse_paste("\n".join([good[0], good[1], "Rudi: " + bad, good[2]]))
    assert [r.name for r in paste.results] == ["Ayu", "Bima", "Citra"]
    assert len(paste.messages) == 1
    message = paste.messages[0]
    assert message.startswith("Baris 3:") and "Rudi" in message
    assert "jawaban" in message and f"ke-{answers_at + 1}" in message   # the part and the character


def test_a_code_cut_short_is_named():
    code = encode("02", "quiz", "Sari", ALL_RIGHT)
    for cut in (3, 9, 12):
        paste = parse_paste(f"Sari: {code[:-cut]}\nAyu: {encode('02', 'quiz', 'Ayu', ALL_RIGHT)}")
        assert [r.name for r in paste.results] == ["Ayu"]
        assert len(paste.messages) == 1 and "Baris 1" in paste.messages[0]
        assert "terpotong" in paste.messages[0]          # not read into the next message
        if cut < 12:
            assert "Sari" in paste.messages[0]


def test_a_code_altered_to_a_valid_check_but_other_answers_is_not_counted_per_question():
    """Someone who recomputes the check (the format is public) after changing the version
    field: the code is read as made for other questions: name and score only."""
    code = encode("02", "quiz", "Eka", ALL_RIGHT)
    parts = code.split("-")
    version = "ZZ" if parts[4][:2] != "ZZ" else "ZY"
    body = "-".join(parts[:4]) + "-" + version
    crc = zlib.crc32(body.encode("ascii"))
    check = "".join(CROCKFORD[(crc >> (5 * i)) & 31] for i in reversed(range(7)))
    paste = parse_paste(body + check)
    assert paste.results == [] and [r.name for r in paste.stale] == ["Eka"]
    assert len(paste.messages) == 1 and "versi soal" in paste.messages[0]


# ---------------------------------------------------------------- messy pastes

def test_a_messy_class_chat():
    ayu = encode("02", "quiz", "Ayu", ALL_RIGHT)
    bima = encode("02", "quiz", "Bima", TWO_WRONG)
    citra = encode("02", "quiz", "Citra", TWO_WRONG)
    dimas = encode("02", "quiz", "Dimas", ALL_RIGHT)
    eka = encode("02", "quiz", "Eka", TWO_WRONG)
    text = "\n".join([
        "[07.30] Bu Guru: kirim kodenya ya",
        f"[07.31] Ayu: ini bu \u201c{ayu}\u201d makasih",                   # smart quotes, text around
        f"[07.32] Bima: {bima[:15]}",                                        # split over two lines
        f"{bima[15:]}",
        f"[07.33] Citra: {citra.lower()}",                                   # lower case
        f"[07.34] Dimas: {dimas.replace('-', chr(0x2013))}",                 # autocorrected dashes
        f"[07.35] Eka: {eka[:10]}\u200b{eka[10:20]} {eka[20:]}",             # invisible char, a space
        f"[07.36] Ayu: {ayu}",                                               # sent twice
        "[07.37] Fajar: KSS aku belum selesai bu",                           # not a code
    ])
    paste = parse_paste(text)
    assert [r.name for r in paste.results] == ["Ayu", "Bima", "Citra", "Dimas", "Eka"]
    assert [r.score for r in paste.results] == [6, 4, 4, 6, 4]
    assert len(paste.messages) == 1 and paste.messages[0].startswith("Baris 8:")   # the repeat, named
    assert "baris 2" in paste.messages[0]                                          # and the first


def test_a_second_code_of_the_same_learner_replaces_the_first():
    first = encode("02", "quiz", "Gita", TWO_WRONG)
    again = encode("02", "quiz", "gita ", ALL_RIGHT)                 # the same learner, case aside
    paste = parse_paste(f"{first}\n{again}")
    assert [(r.name, r.score) for r in paste.results] == [("gita", 6)]
    assert len(paste.messages) == 1 and "Baris 2" in paste.messages[0]


def test_another_lessons_code_is_named_when_the_summary_is_for_one_lesson():
    other = encode("03", "quiz", "Hana", [0] * 10)
    mine = encode("02", "quiz", "Irfan", ALL_RIGHT)
    paste = parse_paste(f"{other}\n{mine}", lesson="02")
    assert [r.name for r in paste.results] == ["Irfan"]
    assert len(paste.messages) == 1 and "Hana" in paste.messages[0] and "02" in paste.messages[0]
    assert len(parse_paste(f"{other}\n{mine}").results) == 2


@pytest.mark.parametrize("text", ["", "   \n ", None, "tidak ada kode di sini", "KSS1-", "KSS9-02Q1-AB-CD-EF",
                                  "KSS1-" + "A" * 5000, b"\xff\xfe bytes", "KSS1-02Q1-" * 50])
def test_hostile_pastes_give_lines_never_a_traceback(text):
    paste = parse_paste(text)
    assert paste.results == [] and paste.messages
    assert all(isinstance(m, str) and m for m in paste.messages)


# ---------------------------------------------------------------- two editions

@pytest.mark.parametrize("lesson, activity", [("02", "quiz"), ("08", "quiz"), ("01", "sort"),
                                              ("05", "factcheck"), ("08", "project")])
def test_the_two_editions_make_the_same_items_version(lesson, activity):
    assert results.items_for(lesson, activity, "id").version == results.items_for(lesson, activity, "en").version


def test_codes_of_the_two_editions_mix():
    set_language("id")
    ayu_id = encode("02", "quiz", "Ayu", TWO_WRONG)
    set_language("en")
    ayu_en = encode("02", "quiz", "Ayu", TWO_WRONG)
    bima_en = encode("02", "quiz", "Bima", ALL_RIGHT)
    assert ayu_en == ayu_id
    paste = parse_paste(f"Ayu: {ayu_id}\nBima: {bima_en}")      # read in English
    assert [(r.name, r.score) for r in paste.results] == [("Ayu", 4), ("Bima", 6)]
    set_language("id")
    assert [r.name for r in parse_paste(f"{ayu_id}\n{bima_en}").results] == ["Ayu", "Bima"]


def test_a_project_design_round_trips():
    design = results.Design(("IDN", "BRA"), ("TZA",), "agriculture", "triangular", "institutional_capacity",
                            "JICA", "Sekolah lapang")
    result = decode(encode("08", "project", "Hana", design))
    assert result.design == design and result.activity == "project"
