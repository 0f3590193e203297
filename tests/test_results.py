"""Result codes (kss/results.py): a learner's answers as a short code to paste, read back by the
class summary. Round trip from a live quiz, hostile pastes (chat text, quotes, line breaks,
duplicates, autocorrected dashes, invisible characters), every one-character change and every
swap of neighbours caught by the check and named, cut-short codes, another lesson's code, and
codes of the two editions mixed; the hooks of the card sort, the fact-check and the project
designer; every lesson quiz's code read back.

Most tests use their own fixture quizzes (tests/quizzes/90.yml, 91.yml: kss.quiz.QUIZ_DIR
pointed there), so their expected values, counted by hand for those files, do not change when a
lesson's quiz is rewritten. The tests of the real quizzes read kss/quizzes/NN.yml with PyYAML."""
import re
import zlib
from pathlib import Path

import pytest
import yaml

from kss import data, factcheck, modality, project, quiz, results
from kss.labels import set_language
from kss.quiz import lesson_quiz
from kss.results import CodeError, decode, encode, parse_paste

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "quizzes"
LESSON_QUIZZES = ROOT / "kss" / "quizzes"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
A, B, C, D, E = range(5)
# the fixture quiz 90 (tests/quizzes/90.yml): keys c, a, b, d, a, b; 4, 4, 3, 5, 2, 3 options
ALL_RIGHT = [C, A, B, D, A, B]
TWO_WRONG = [A, B, B, D, A, B]                   # questions 1 and 2 wrong: 4 right


@pytest.fixture(autouse=True)
def _indonesian_and_the_fixture_quizzes(monkeypatch):
    set_language("id")
    monkeypatch.setattr(quiz, "QUIZ_DIR", FIXTURES)
    yield
    set_language("id")


@pytest.fixture
def lesson_quizzes(monkeypatch):
    """For the tests of the real quizzes: kss/quizzes/ again."""
    monkeypatch.setattr(quiz, "QUIZ_DIR", LESSON_QUIZZES)


def test_the_fixture_quiz_is_what_these_tests_assume():
    raw = yaml.safe_load((FIXTURES / "90.yml").read_text(encoding="utf-8"))["questions"]
    assert [q["key"] for q in raw] == list("cabdab")
    assert [len(q["options"]) for q in raw] == [4, 4, 3, 5, 2, 3]
    assert quiz.lessons() == ["90", "91"]          # the fixture folder is the one read


# ---------------------------------------------------------------- round trip

def test_a_learner_in_a_live_quiz_gets_a_code_that_reads_back():
    """A learner answers the quiz (options shuffled), some questions twice: the code keeps each
    question's FIRST checked answer, by its stored option."""
    live = lesson_quiz("90", shuffle=11)
    first = [A, B, B, D, B, None]                 # question 6 left out
    for number, choice in enumerate(first, start=1):
        if choice is not None:
            live.answer(number, choice)
    live.answer(1, C)                             # corrected after the feedback: not counted
    panel = live.record.panel
    panel.open()
    panel.name.value = "Siti Nurhaliza"
    code = panel.code
    assert code.startswith("KSS1-90Q") and code in panel.output.value
    result = decode(code)
    assert (result.lesson, result.activity, result.name) == ("90", "quiz", "Siti Nurhaliza")
    assert list(result.answers) == first
    assert result.score == 2                      # questions 3 and 4 right (by hand)
    live.answer(6, B)                             # a new answer: the code shown is made again
    assert decode(panel.code).answers[5] == B and decode(panel.code).score == 3


def test_a_panel_without_a_name_asks_for_one():
    live = lesson_quiz("90", shuffle=False)
    live.record.panel.name.value = "   "
    assert live.record.panel.show() == ""
    assert live.record.panel.output.value   # a hint, no code


@pytest.mark.parametrize("name", ["Ayu", "Ma'ruf", "Lestari 🌸", "Nguyễn Thị Hồng", "علي", "  Budi   Santoso "])
def test_names_survive_the_round_trip(name):
    result = decode(encode("90", "quiz", name, ALL_RIGHT))
    assert result.name == " ".join(name.split())
    assert result.score == 6


def test_a_long_name_is_shortened_at_a_character_boundary():
    name = "Ø" * 30                                 # 60 bytes of UTF-8
    result = decode(encode("90", "quiz", name, ALL_RIGHT))
    assert result.name == "Ø" * 20                  # 40 bytes


def test_the_code_is_short_and_only_safe_characters():
    code = encode("90", "quiz", "Kartika", TWO_WRONG)
    assert len(code) < 50
    assert re.fullmatch(r"[0-9A-Z-]+", code)
    assert not set(code) & set("ILOU")


# ---------------------------------------------------------------- the check finds changes

def _valid_code():
    return encode("90", "quiz", "Rudi", TWO_WRONG)


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
    good = [encode("90", "quiz", name, ALL_RIGHT) for name in ("Ayu", "Bima", "Citra")]
    bad = _valid_code()
    answers_at = bad.index("-", 5) + 1            # the first answer letter (A: question 1)
    bad = bad[:answers_at] + "C" + bad[answers_at + 1:]   # 'a' made into the key 'c'
    paste = parse_paste("\n".join([good[0], good[1], "Rudi: " + bad, good[2]]))
    assert [r.name for r in paste.results] == ["Ayu", "Bima", "Citra"]
    assert len(paste.messages) == 1
    message = paste.messages[0]
    assert message.startswith("Baris 3:") and "Rudi" in message
    assert "jawaban" in message and f"ke-{answers_at + 1}" in message   # the part and the character


def test_a_code_cut_short_is_named():
    code = encode("90", "quiz", "Sari", ALL_RIGHT)
    for cut in (3, 9, 12):
        paste = parse_paste(f"Sari: {code[:-cut]}\nAyu: {encode('90', 'quiz', 'Ayu', ALL_RIGHT)}")
        assert [r.name for r in paste.results] == ["Ayu"]
        assert len(paste.messages) == 1 and "Baris 1" in paste.messages[0]
        assert "terpotong" in paste.messages[0]          # not read into the next message
        if cut < 12:
            assert "Sari" in paste.messages[0]


def test_a_code_altered_to_a_valid_check_but_other_answers_is_not_counted_per_question():
    """Someone who recomputes the check (the format is public) after changing the version
    field: the code is read as made for other questions: name and score only."""
    code = encode("90", "quiz", "Eka", ALL_RIGHT)
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
    ayu = encode("90", "quiz", "Ayu", ALL_RIGHT)
    bima = encode("90", "quiz", "Bima", TWO_WRONG)
    citra = encode("90", "quiz", "Citra", TWO_WRONG)
    dimas = encode("90", "quiz", "Dimas", ALL_RIGHT)
    eka = encode("90", "quiz", "Eka", TWO_WRONG)
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
    first = encode("90", "quiz", "Gita", TWO_WRONG)
    again = encode("90", "quiz", "gita ", ALL_RIGHT)                 # the same learner, case aside
    paste = parse_paste(f"{first}\n{again}")
    assert [(r.name, r.score) for r in paste.results] == [("gita", 6)]
    assert len(paste.messages) == 1 and "Baris 2" in paste.messages[0]


def test_another_lessons_code_is_named_when_the_summary_is_for_one_lesson():
    other = encode("91", "quiz", "Hana", [A, A])
    mine = encode("90", "quiz", "Irfan", ALL_RIGHT)
    paste = parse_paste(f"{other}\n{mine}", lesson="90")
    assert [r.name for r in paste.results] == ["Irfan"]
    assert len(paste.messages) == 1 and "Hana" in paste.messages[0] and "90" in paste.messages[0]
    assert len(parse_paste(f"{other}\n{mine}").results) == 2


@pytest.mark.parametrize("text", ["", "   \n ", None, "tidak ada kode di sini", "KSS1-", "KSS9-02Q1-AB-CD-EF",
                                  "KSS1-" + "A" * 5000, b"\xff\xfe bytes", "KSS1-02Q1-" * 50])
def test_hostile_pastes_give_lines_never_a_traceback(text):
    paste = parse_paste(text)
    assert paste.results == [] and paste.messages
    assert all(isinstance(m, str) and m for m in paste.messages)


# ---------------------------------------------------------------- two editions

LESSONS = sorted(p.stem for p in LESSON_QUIZZES.glob("[0-9][0-9].yml"))


@pytest.mark.parametrize("lesson, activity", [(nn, "quiz") for nn in LESSONS]
                         + [("90", "quiz"), ("01", "sort"), ("05", "factcheck"), ("08", "project")])
def test_the_two_editions_make_the_same_items_version(lesson, activity, monkeypatch):
    if lesson in LESSONS:
        monkeypatch.setattr(quiz, "QUIZ_DIR", LESSON_QUIZZES)
    assert results.items_for(lesson, activity, "id").version == results.items_for(lesson, activity, "en").version


def test_codes_of_the_two_editions_mix():
    set_language("id")
    ayu_id = encode("90", "quiz", "Ayu", TWO_WRONG)
    set_language("en")
    ayu_en = encode("90", "quiz", "Ayu", TWO_WRONG)
    bima_en = encode("90", "quiz", "Bima", ALL_RIGHT)
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


# ---------------------------------------------------------------- the lessons' quizzes, as their files are now

@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_quiz_gives_a_code_that_reads_back(lesson, lesson_quizzes):
    """A learner answers every question of the lesson's live quiz (options shuffled): question 1
    with its first wrong option, the others right (the keys read from the file with PyYAML)."""
    raw = yaml.safe_load((LESSON_QUIZZES / f"{lesson}.yml").read_text(encoding="utf-8"))["questions"]
    keys = ["abcdefgh".index(q["key"]) for q in raw]
    answers = [0 if keys[0] != 0 else 1] + keys[1:]
    live = lesson_quiz(lesson, shuffle=7)
    for number, choice in enumerate(answers, start=1):
        live.answer(number, choice)
    live.record.panel.name.value = "Ayu"
    result = decode(live.record.panel.code)
    assert (result.lesson, result.activity, result.name) == (lesson, "quiz", "Ayu")
    assert list(result.answers) == answers
    assert result.score == len(raw) - 1 == live.correct
    set_language("en")                                   # the English edition reads it the same
    assert decode(live.record.panel.code).score == len(raw) - 1


# ---------------------------------------------------------------- the other activities' hooks

EXAMPLES = data.load("examples").set_index("example_id")


def test_the_card_sort_code_counts_a_defensible_answer_as_right_as_the_screen_does():
    """The core cards (the lesson's eight): every card its recorded form (data/examples.csv),
    except the IBSA Fund sorted as triangular (defensible: managed by UNOSSC) and the last
    card sorted wrong. On screen 7 of 8 right; the code says the same, and the class summary
    marks the defensible answer right."""
    activity = modality.sort_activity()
    cards = list(modality.CORE_CARDS)
    assert "ibsa-fund" in cards and EXAMPLES.loc["ibsa-fund", "modality"] == "multilateral"
    chosen = {}
    for number, card in enumerate(cards):
        form = EXAMPLES.loc[card, "modality"]
        if card == "ibsa-fund":
            form = "triangular"
        elif number == len(cards) - 1:
            form = next(m for m in modality.MODALITIES if m != form and m != "triangular")
        chosen[card] = form
        assert activity.current["example_id"] == card
        activity.answer(form)
        activity.next()
    assert activity.correct == 7
    activity.record.panel.name.value = "Bima"
    result = decode(activity.record.panel.code)
    assert (result.lesson, result.activity, result.score, result.total) == ("01", "sort", 7, 8)
    assert [modality.MODALITIES[a] for a in result.answers] == [chosen[c] for c in cards]
    from kss import recap
    s = recap.summary(activity.record.panel.code)
    marks = s.table.iloc[0, 4].split(", ")
    ibsa = cards.index("ibsa-fund")
    assert marks[ibsa].endswith("✔") and marks[-1].endswith("✘")
    assert sum(m.endswith("✔") for m in marks) == 7
    assert recap.summary(activity.record.panel.code).groups[0].right(ibsa) == 1


def test_only_the_core_cards_offer_a_code():
    """The code holds the core cards; the Pengayaan's other cards have no 'Salin hasilku'
    (a code from them would say nothing was answered)."""
    more = modality.sort_activity(cards="more")
    assert more.record is None
    assert more.answer(EXAMPLES.loc[more.order[0], "modality"]) is True      # and still works


def test_the_fact_check_code_holds_the_first_verdict_per_claim():
    """Lesson 05's four verdicts: the first claim judged by its status (data/claims.csv: the
    verdict a careful reader should reach), the second wrongly, then changed (not counted)."""
    rows = data.load("claims")
    to_verdict = {"verified": "true", "partly_verified": "partly", "unverified": "unverified",
                  "contradicted": "contradicted"}
    widget = factcheck.activity()
    ids = list(rows["claim_id"])
    first, second = ids[0], ids[1]
    right = to_verdict[rows.loc[rows["claim_id"] == first, "status"].iloc[0]]
    expected_second = to_verdict[rows.loc[rows["claim_id"] == second, "status"].iloc[0]]
    wrong = next(v for v in ("true", "partly", "unverified", "contradicted") if v != expected_second)
    widget.choose(first)
    assert widget.answer(right) is True
    widget.choose(second)
    assert widget.answer(wrong) is False
    assert widget.answer(expected_second) is True          # changed after the feedback
    widget.record.panel.name.value = "Citra"
    result = decode(widget.record.panel.code)
    assert (result.lesson, result.activity, result.score) == ("05", "factcheck", 1)
    verdicts = ("true", "partly", "unverified", "contradicted")
    assert verdicts[result.answers[0]] == right and verdicts[result.answers[1]] == wrong
    assert result.total == len(rows) and all(a is None for a in result.answers[2:])


def test_the_project_designer_code_is_the_design_on_screen():
    explorer = project.designer()
    explorer.controls["providers"].value = ("IDN", "BRA")
    explorer.controls["partners"].value = ("TZA",)
    explorer.controls["modality"].value = "triangular"
    explorer.controls["title"].value = "Sekolah lapang"
    explorer.record.panel.name.value = "Dimas"
    result = decode(explorer.record.panel.code)
    assert result.design == results.Design(("IDN", "BRA"), ("TZA",), "agriculture", "triangular",
                                           "institutional_capacity", "", "Sekolah lapang")
    # triangular without a supporter: the designer warns (kss.project.checks), the code says so
    warnings = [c for c in project.checks(("IDN", "BRA"), ("TZA",), "triangular", "", "Sekolah lapang")
                if c.kind == "warn"]
    assert result.score == len(warnings) >= 1
    explorer.controls["supporter"].value = "JICA"          # a change: the code shown follows
    assert decode(explorer.record.panel.code).design.supporter == "JICA"
