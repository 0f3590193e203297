"""The class summary (kss/recap.py): a small class worked out by hand: the class table, each
item's right share, the share of the class holding each misconception (the texts from the quiz
file, read here with PyYAML), the chart's bars, the damaged code named while the others count,
the formative-use statement, the paste box, and the notebooks' worked example.

The class answers the fixture quiz tests/quizzes/90.yml (kss.quiz.QUIZ_DIR pointed there), so
the hand counts below hold however the lessons' quizzes change; the worked example of the
notebooks uses the real lesson 02 quiz."""
from pathlib import Path

import pytest
import yaml
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from kss import quiz, recap, static, style
from kss.labels import set_language
from kss.results import encode

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "quizzes"
QUIZ_90 = yaml.safe_load((FIXTURES / "90.yml").read_text(encoding="utf-8"))["questions"]
A, B, C, D, E = range(5)

# The fixture quiz 90: keys c, a, b, d, a, b; 4, 4, 3, 5, 2, 3 options (tests/test_results.py
# checks the file says so).
CLASS = {
    "Ani":  [C, A, B, D, A, B],       # all right: 6
    "Budi": [A, B, B, D, A, C],       # 1, 2 and 6 wrong: 3
    "Cici": [A, A, C, E, A, None],    # 2 and 5 right, 1, 3, 4 wrong, 6 not answered: 2
    "Dodi": [D, C, B, A, B, A],       # only 3 right: 1
}
# worked out by hand from CLASS: (question, option) -> learners who chose that wrong option
CHOSEN = {(1, "a"): 2, (1, "d"): 1, (2, "b"): 1, (2, "c"): 1, (3, "c"): 1, (4, "e"): 1, (4, "a"): 1,
          (5, "b"): 1, (6, "c"): 1, (6, "a"): 1}
RIGHT = ["25%", "50%", "75%", "50%", "75%", "25%"]
MISCONCEPTIONS_IN_QUIZ_90 = 15       # 3 + 3 + 2 + 4 + 1 + 2 wrong options, each with a misconception


@pytest.fixture(autouse=True)
def _indonesian_and_the_fixture_quiz(monkeypatch):
    set_language("id")
    monkeypatch.setattr(quiz, "QUIZ_DIR", FIXTURES)
    yield
    set_language("id")


def _paste(extra: str = "") -> str:
    lines = [f"[07.{30 + i}] {name}: {encode('90', 'quiz', name, answers)}" for i, (name, answers)
             in enumerate(CLASS.items())]
    return "\n".join(lines) + extra


def _misconception(question: int, letter: str, lang: str = "id") -> str:
    return QUIZ_90[question - 1]["options"]["abcde".index(letter)]["misconception"][lang]


def test_the_class_table():
    s = recap.summary(_paste())
    assert list(s.table.iloc[:, 1]) == ["Ani", "Budi", "Cici", "Dodi"]
    scores = list(s.table.iloc[:, 3])
    assert [x.split()[0] for x in scores] == ["6", "3", "2", "1"]
    assert "5 dijawab" in scores[2]
    assert s.table.iloc[2, 4] == "1a ✘, 2a ✔, 3c ✘, 4e ✘, 5a ✔, 6–"


def test_right_share_per_item():
    s = recap.summary(_paste())
    [group] = s.groups
    options = s.options(group)
    assert list(options.iloc[:, 2]) == RIGHT
    # five option columns (question 4 has five); question 1 has four, question 5 two
    assert options.iloc[0, 3:8].tolist() == ["2 (50%)", "0 (0%)", "1 (25%) ✔", "1 (25%)", ""]
    assert options.iloc[4, 3:8].tolist() == ["3 (75%) ✔", "1 (25%)", "", "", ""]
    assert options.iloc[5, -1] == "1 (25%)"        # question 6: Cici did not answer


def test_misconception_shares_worked_out_by_hand():
    s = recap.summary(_paste())
    m = s.misconceptions
    got = {(int(row[1]), row[2][0]): (int(row[4]), row[5], row[3]) for row in m.itertuples(index=False)}
    assert set(got) == set(CHOSEN)
    for (question, letter), n in CHOSEN.items():
        learners, share, text = got[(question, letter)]
        assert learners == n and share == f"{round(100 * n / 4)}%"
        assert text == _misconception(question, letter)
    assert [int(v) for v in m.iloc[:, 4]] == sorted(CHOSEN.values(), reverse=True)   # the most common first
    assert s.unchosen() == MISCONCEPTIONS_IN_QUIZ_90 - len(CHOSEN)


def test_misconceptions_in_english():
    set_language("en")
    s = recap.summary(_paste())
    texts = set(s.misconceptions.iloc[:, 3])
    assert _misconception(1, "a", "en") in texts and _misconception(1, "a", "id") not in texts


def test_the_chart_bars_are_the_shares():
    s = recap.summary(_paste())
    [fig] = s.figures
    ax = fig.axes[0]
    green = to_hex(style.PALETTE["green"])
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    right = sorted(((p.get_y(), p.get_width()) for p in bars if to_hex(p.get_facecolor()) == green),
                   reverse=True)                   # question 1 at the top
    assert [round(w) for _y, w in right] == [25, 50, 75, 50, 75, 25]
    # each bar adds up to the whole class
    by_row = {}
    for p in bars:
        by_row[round(p.get_y(), 3)] = by_row.get(round(p.get_y(), 3), 0) + p.get_width()
    assert all(abs(total - 100) < 1e-6 for total in by_row.values()) and len(by_row) == 6
    # wrong options are told apart without colour: a hatch each
    assert all(p.get_hatch() for p in bars if to_hex(p.get_facecolor()) == to_hex(style.PALETTE["vermillion"]))
    alt = static.figure_alt(fig)
    assert "no. 1: 25% benar" in alt and "no. 1 (25% benar)" in alt      # 1 and 6 tie: the first named


def test_a_damaged_code_is_one_line_and_the_others_count():
    bad = encode("90", "quiz", "Eko", [A] * 6)
    bad = bad[:-3] + ("X" if bad[-3] != "X" else "Y") + bad[-2:]
    s = recap.summary(_paste(f"\n[07.40] Eko: {bad}\n[07.41] Ani: {encode('90', 'quiz', 'Ani', CLASS['Ani'])}"))
    assert len(s.table) == 4 and s.groups[0].n == 4
    assert len(s.paste.messages) == 2
    assert s.paste.messages[0].startswith("Baris 5:") and "Eko" in s.paste.messages[0]
    html = s.html()
    assert "Baris 5:" in html and "Eko" in html


def test_it_says_it_is_for_formative_use_not_an_exam():
    for lang, words in (("id", ("formatif", "bukan ujian")), ("en", ("formative", "not an exam"))):
        set_language(lang)
        s = recap.summary(_paste())
        for text in (s.html(), s.plain(), recap.summary("").html()):
            assert all(w in text for w in words)


def test_the_paste_box():
    box = recap.paste_box()
    box.text.value = _paste()
    summary = box.make()
    assert summary is not None and summary.groups[0].n == 4
    assert "kss-recap-table" in box.output.value
    box.lesson.value = "91"                       # another lesson: the codes are named, not counted
    assert box.make().groups == [] and len(box.summary.paste.messages) == 4
    box.text.value = ""
    assert box.make().paste.messages


def test_the_worked_example(monkeypatch):
    """The notebooks' invented class: twelve learners counted once each, and the three
    problems planted in the chat (a repeat, a changed character, a cut-short code) named."""
    monkeypatch.setattr(quiz, "QUIZ_DIR", ROOT / "kss" / "quizzes")      # the lessons' quizzes
    s = recap.summary(recap.example_paste())
    group = next(g for g in s.groups if g.activity == "quiz")
    assert group.n == len(recap.EXAMPLE_NAMES) == 12
    assert len(s.paste.messages) == 3
    assert {g.activity for g in s.groups} == {"quiz", "sort"} and len(s.table) == 14
