"""The class summary (kss/recap.py): a small class worked out by hand: the class table, each
item's right share, the share of the class holding each misconception (the texts from the quiz
file, read here with PyYAML), the chart's bars, the damaged code named while the others count,
the formative-use statement, the paste box, and the notebooks' worked example."""
from pathlib import Path

import pytest
import yaml
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from kss import recap, static, style
from kss.labels import set_language
from kss.results import encode

ROOT = Path(__file__).resolve().parent.parent
QUIZ_02 = yaml.safe_load((ROOT / "kss" / "quizzes" / "02.yml").read_text(encoding="utf-8"))["questions"]
A, B, C, D = 0, 1, 2, 3

# Lesson 02's quiz: keys a, c, b, a, b, b (tests/test_results.py checks the file says so).
CLASS = {
    "Ani":  [A, C, B, A, B, B],       # all right: 6
    "Budi": [B, A, B, A, B, B],       # 1 and 2 wrong: 4
    "Cici": [B, C, A, B, B, None],    # 1, 3, 4 wrong, 6 not answered: 2
    "Dodi": [D, A, B, C, C, A],       # only 3 right: 1
}
# worked out by hand from CLASS: (question, option) -> learners who chose that wrong option
CHOSEN = {(1, "b"): 2, (2, "a"): 2, (1, "d"): 1, (3, "a"): 1, (4, "b"): 1, (4, "c"): 1, (5, "c"): 1, (6, "a"): 1}
RIGHT = ["25%", "50%", "75%", "50%", "75%", "50%"]
MISCONCEPTIONS_IN_QUIZ_02 = 15       # 3 + 3 + 2 + 2 + 3 + 2 wrong options with a misconception


@pytest.fixture(autouse=True)
def _indonesian():
    set_language("id")
    yield
    set_language("id")


def _paste(extra: str = "") -> str:
    lines = [f"[07.{30 + i}] {name}: {encode('02', 'quiz', name, answers)}" for i, (name, answers)
             in enumerate(CLASS.items())]
    return "\n".join(lines) + extra


def _misconception(question: int, letter: str, lang: str = "id") -> str:
    return QUIZ_02[question - 1]["options"]["abcd".index(letter)]["misconception"][lang]


def test_the_class_table():
    s = recap.summary(_paste())
    assert list(s.table.iloc[:, 1]) == ["Ani", "Budi", "Cici", "Dodi"]
    scores = list(s.table.iloc[:, 3])
    assert [x.split()[0] for x in scores] == ["6", "4", "2", "1"]
    assert "5 dijawab" in scores[2]
    assert s.table.iloc[2, 4] == "1b ✘, 2c ✔, 3a ✘, 4b ✘, 5b ✔, 6–"


def test_right_share_per_item():
    s = recap.summary(_paste())
    [group] = s.groups
    options = s.options(group)
    assert list(options.iloc[:, 2]) == RIGHT
    assert options.iloc[0, 3:7].tolist() == ["1 (25%) ✔", "2 (50%)", "0 (0%)", "1 (25%)"]
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
    assert s.unchosen() == MISCONCEPTIONS_IN_QUIZ_02 - len(CHOSEN)


def test_misconceptions_in_english():
    set_language("en")
    s = recap.summary(_paste())
    texts = set(s.misconceptions.iloc[:, 3])
    assert _misconception(2, "a", "en") in texts and _misconception(2, "a", "id") not in texts


def test_the_chart_bars_are_the_shares():
    s = recap.summary(_paste())
    [fig] = s.figures
    ax = fig.axes[0]
    green = to_hex(style.PALETTE["green"])
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    right = sorted(((p.get_y(), p.get_width()) for p in bars if to_hex(p.get_facecolor()) == green),
                   reverse=True)                   # question 1 at the top
    assert [round(w) for _y, w in right] == [25, 50, 75, 50, 75, 50]
    # each bar adds up to the whole class
    by_row = {}
    for p in bars:
        by_row[round(p.get_y(), 3)] = by_row.get(round(p.get_y(), 3), 0) + p.get_width()
    assert all(abs(total - 100) < 1e-6 for total in by_row.values()) and len(by_row) == 6
    # wrong options are told apart without colour: a hatch each
    assert all(p.get_hatch() for p in bars if to_hex(p.get_facecolor()) == to_hex(style.PALETTE["vermillion"]))
    alt = static.figure_alt(fig)
    assert "no. 1: 25% benar" in alt and "no. 1 (25% benar)" in alt


def test_a_damaged_code_is_one_line_and_the_others_count():
    bad = encode("02", "quiz", "Eko", [A] * 6)
    bad = bad[:-3] + ("X" if bad[-3] != "X" else "Y") + bad[-2:]
    s = recap.summary(_paste(f"\n[07.40] Eko: {bad}\n[07.41] Ani: {encode('02', 'quiz', 'Ani', CLASS['Ani'])}"))
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
    box.lesson.value = "03"                       # another lesson: the codes are named, not counted
    assert box.make().groups == [] and len(box.summary.paste.messages) == 4
    box.text.value = ""
    assert box.make().paste.messages


def test_the_worked_example():
    """The notebooks' invented class: twelve learners counted once each, and the three
    problems planted in the chat (a repeat, a changed character, a cut-short code) named."""
    s = recap.summary(recap.example_paste())
    quiz = next(g for g in s.groups if g.activity == "quiz")
    assert quiz.n == len(recap.EXAMPLE_NAMES) == 12
    assert len(s.paste.messages) == 3
    assert {g.activity for g in s.groups} == {"quiz", "sort"} and len(s.table) == 14
