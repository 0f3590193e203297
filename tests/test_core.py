"""Unit tests of the shared helpers: explorer, quiz, labels, setup hints, lesson 00."""

import csv
import html

import ipywidgets as widgets
import pytest

import kss.labels
from kss import data, intro, style
from kss.explorer import Explorer, View
from kss.labels import LABELS, t
from kss.quiz import Question, Quiz, answer_key, lesson_quiz, lessons as quiz_lessons, questions_for, title_for
from kss.setup import Ready, hint_for, setup


# ---------------------------------------------------------------- explorer

def _bars(n):
    fig = style.figure(3, 2)
    ax = fig.add_subplot()
    ax.bar(range(n), range(1, n + 1))
    return fig


def test_explorer_redraws_on_change_and_keeps_view():
    slider = widgets.IntSlider(value=2, min=0, max=5)
    explorer = Explorer({"n": slider}, lambda n: View(_bars(n), data=n))
    first = bytes(explorer.image.value)
    assert explorer.view.data == 2 and first.startswith(b"\x89PNG")
    slider.value = 4
    assert explorer.view.data == 4
    assert len(explorer.view.figure.axes[0].patches) == 4
    assert bytes(explorer.image.value) != first
    assert explorer.redraws == 2


def test_explorer_turns_a_failure_into_words():
    choice = widgets.Dropdown(options=["ok", "rusak"], value="ok")

    def draw(kind):
        if kind == "rusak":
            raise ZeroDivisionError("x")
        return View(_bars(1))

    explorer = Explorer({"kind": choice}, draw)
    choice.value = "rusak"
    assert isinstance(explorer.error, ZeroDivisionError)
    assert "Maaf" in explorer.message.value and "ZeroDivisionError" in explorer.message.value
    choice.value = "ok"
    assert explorer.error is None and explorer.message.value == ""


def test_explorer_message_and_panel_are_shown_escaped_by_message_helper():
    explorer = Explorer({}, lambda: View(None, message="<b>kosong</b>", html="<p>ok</p>"))
    assert "&lt;b&gt;kosong&lt;/b&gt;" in explorer.message.value
    assert explorer.panel.value == "<p>ok</p>"
    assert explorer.image.layout.display == "none"


# ---------------------------------------------------------------- quiz

QUESTIONS = [
    Question("Kapan KAA?", ("1945", "1955", "1965"), 1, "KAA berlangsung April 1955."),
    Question("Di kota mana?", ("Jakarta", "Bandung"), 1, "Di Gedung Merdeka, Bandung."),
]


def test_quiz_feedback_and_running_score():
    quiz = Quiz(QUESTIONS)
    assert "0 benar dari 2 soal (0 sudah dijawab)" in quiz.score.value
    assert quiz.answer(1, "1945") is False
    assert "Belum tepat" in quiz.items[0].feedback.value and "April 1955" in quiz.items[0].feedback.value
    assert "0 benar dari 2 soal (1 sudah dijawab)" in quiz.score.value
    assert quiz.answer(1, 1) is True
    assert "Benar!" in quiz.items[0].feedback.value
    assert "1 benar dari 2 soal (1 sudah dijawab)" in quiz.score.value


def test_quiz_handles_any_input():
    quiz = Quiz(QUESTIONS)
    assert quiz.items[1].check() is None                     # nothing chosen
    assert "Pilih salah satu" in quiz.items[1].feedback.value
    for weird in (None, "Surabaya", 99, -1, 2, True, "<script>x</script>", ""):   # 2: one past the last option
        assert quiz.answer(2, weird) in (None, False)
    assert quiz.correct == 0
    quiz.items[0].button.click()                             # the real button path
    assert "Pilih salah satu" in quiz.items[0].feedback.value


def test_question_validation():
    with pytest.raises(ValueError):
        Question("?", ("a", "b"), 2, "")
    with pytest.raises(ValueError):
        Question("?", ("a", "a"), 0, "")


@pytest.mark.parametrize("lesson", quiz_lessons())
def test_every_lesson_quiz_is_well_formed(lesson):
    """One check for every lesson's quiz (kss/quizzes/NN.yml): a title, 4-6 questions
    (the final quiz of lesson 08: up to 14), each with 3+ options, an explanation, a
    right answer that scores and a wrong one that does not."""
    questions = questions_for(lesson)
    assert 4 <= len(questions) <= (14 if lesson == "08" else 6)
    assert title_for(lesson, "id").startswith("Kuis")
    quiz = lesson_quiz(lesson)
    for number, q in enumerate(questions, start=1):
        assert q.text.strip() and q.explanation.strip() and len(q.options) >= 3
        assert quiz.answer(number, (q.answer + 1) % len(q.options)) is False
        assert quiz.answer(number, q.answer) is True
    assert f"{len(questions)} benar dari {len(questions)}" in quiz.score.value
    key = answer_key(lesson)
    assert key.count("\n") == len(questions) + 1


# ---------------------------------------------------------------- labels and setup

def test_every_label_exists_in_both_languages():
    assert set(LABELS["id"]) == set(LABELS["en"]), set(LABELS["id"]) ^ set(LABELS["en"])


def test_label_lookup_and_language_switch():
    assert t("continent.africa") == "Afrika"
    assert t("continent.africa", lang="en") == "Africa"
    kss.labels.set_language("en")
    try:
        assert t("quiz.check") == "Check"
    finally:
        kss.labels.set_language("id")
    with pytest.raises(KeyError, match="no label 'tidak.ada'"):
        t("tidak.ada")


def test_data_enums_all_have_labels():
    examples = data.load("examples")
    for column, prefix in (("modality", "modality"), ("region", "region"), ("sector", "sector")):
        for value in set(examples[column]):
            assert f"{prefix}.{value}" in LABELS["id"], f"no label for {prefix}.{value}"
    for value in {b for items in examples["benefits"] for b in items}:
        assert f"benefit.{value}" in LABELS["id"]


def test_setup_reports_tables_and_hint_is_indonesian():
    ready = setup()
    assert isinstance(ready, Ready) and ready.tables["delegations"] == 29
    assert repr(ready).startswith("Siap!")
    hint = hint_for(NameError("name 'timeline' is not defined"))
    assert "'timeline'" in hint and "Persiapan" in hint and "▶▶" in hint


# ---------------------------------------------------------------- lesson 00

def _country_lines(fig):
    """The data lines of the life-expectancy chart (not the dotted conference marker)."""
    return [line for line in fig.axes[0].lines if not line.get_label().startswith("_")]


def test_first_widget_draws_every_country():
    explorer = intro.first_widget()
    indicators = data.load("indicators")
    options = explorer.controls["first"].options
    assert ("Indonesia", "IDN") in options and explorer.controls["second"].options == options
    for name, iso3 in options:
        explorer.controls["first"].value = iso3
        assert explorer.error is None
        lines = {line.get_label(): line for line in _country_lines(explorer.view.figure)}
        expected = indicators[indicators["iso3"] == iso3].dropna(subset=["life_exp"]).sort_values("year")
        assert list(lines[name].get_ydata()) == pytest.approx(expected["life_exp"].tolist())


def test_first_widget_compares_two_countries_and_marks_the_conference():
    explorer = intro.first_widget("IDN", "EGY")
    fig = explorer.view.figure
    assert {line.get_label() for line in _country_lines(fig)} == {"Indonesia", "Mesir"}
    styles = {(line.get_marker(), line.get_linestyle()) for line in _country_lines(fig)}
    assert len(styles) == 2, "the two lines differ by more than colour"
    with (data.DATA_DIR / "milestones.csv").open(encoding="utf-8", newline="") as f:
        year = next(int(r["year"]) for r in csv.DictReader(f) if r["milestone_id"] == "kaa-1955")
    assert any(list(line.get_xdata()) == [year, year] for line in fig.axes[0].lines)
    alt = style.description(fig)
    assert "Indonesia" in alt and "Mesir" in alt and str(year) in alt
    explorer.controls["second"].value = "IDN"
    assert html.escape(t("intro.same_country")) in explorer.message.value
    assert len(_country_lines(explorer.view.figure)) == 1


def test_delegations_table_shows_learner_words_and_counts_all_rows():
    with (data.DATA_DIR / "delegations.csv").open(encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["order"]))
    table = intro.delegations_table()
    assert len(table.rows) == intro.PREVIEW_ROWS < len(rows)
    assert [r[0] for r in table.rows] == [r["name_1955_id"] for r in rows[:intro.PREVIEW_ROWS]]
    page = table._repr_html_()
    assert f"{len(rows)} baris" in page and "name_1955" not in page and ">sponsor<" not in page
    assert "negara sponsor" in page and "Asia" in page


def test_life_expectancy_figure_without_data_says_so():
    fig = intro.life_expectancy_figure("ATA")   # Antarctica: no Gapminder rows
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert len(texts) == 1 and "Belum ada data Gapminder" in texts[0]
    assert not fig.axes[0].lines


def test_in_ipython_data_errors_and_name_errors_are_explained_in_words(capsys):
    from IPython.core.interactiveshell import InteractiveShell
    from kss.setup import install_hints

    shell = InteractiveShell.instance()
    try:
        assert install_hints() is True
        result = shell.run_cell("from kss import data\ndata.load('tidak-ada')")
        out = capsys.readouterr().out
        assert isinstance(result.error_in_exec, data.DataError)    # the cell still fails
        assert "Ada masalah pada tabel data kursus" in out and "tabel 'tidak-ada' tidak ada" in out
        assert "Traceback" not in out
        shell.run_cell("linimasa_yang_belum_ada")
        out = capsys.readouterr().out
        assert "Petunjuk: nama 'linimasa_yang_belum_ada' belum dikenal" in out
    finally:
        shell.set_custom_exc((), None)
        InteractiveShell.clear_instance()
