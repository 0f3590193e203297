"""The live quiz shuffles its options for each learner (the key, misconception and explanation
follow their option); its static view (stored notebooks, GitHub, nbviewer, print) keeps the
stored order and is the same bytes at every run, and gives feedback without a kernel."""
import html
import re

import pytest

from kss import static
from kss.labels import set_language, t
from kss.quiz import Quiz, feedback_text, lesson_quiz, lessons, questions_for, title_for


def test_the_live_quiz_shuffles_and_the_key_follows_its_option():
    questions = questions_for("08")
    orders = set()
    for seed in range(6):
        quiz = lesson_quiz("08", shuffle=seed)
        for number, (item, q) in enumerate(zip(quiz.items, questions), start=1):
            assert list(item.choice.options) == [q.options[i] for i in item.order]
            orders.add(tuple(item.order))
            wrong = (q.answer + 1) % len(q.options)
            assert quiz.answer(number, wrong) is False                     # a stored index
            assert item.chosen_index == wrong
            assert html.escape(q.misconception(wrong)) in item.feedback.value
            assert quiz.answer(number, q.options[q.answer]) is True        # an option's text
            assert html.escape(q.explanation) in item.feedback.value
        assert quiz.correct == len(questions)
    assert len(orders) > 6, "options come in many orders"
    assert any(order != tuple(range(len(order))) for order in orders)


def test_two_learners_get_different_orders_by_default():
    a, b = lesson_quiz("08"), lesson_quiz("08")
    assert [i.order for i in a.items] != [i.order for i in b.items]    # 1 in 24**(number of items) to fail
    assert [i.order for i in lesson_quiz("08", shuffle=False).items] == [list(range(4))] * len(questions_for("08"))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("nn", lessons())
def test_the_static_view_is_stored_order_and_the_same_at_every_run(nn, lang):
    set_language(lang)
    try:
        bundles = [lesson_quiz(nn, shuffle=seed)._repr_mimebundle_() for seed in (1, 2, True)]
        plain = Quiz(questions_for(nn), title=title_for(nn), shuffle=False)
        assert all(b["text/html"] == bundles[0]["text/html"] for b in bundles)
        assert all(b["text/plain"] == bundles[0]["text/plain"] for b in bundles)
        page = bundles[0]["text/html"]
        questions = questions_for(nn)
        labels = re.findall(r'<label for="[^"]+">(.*?)</label>', page)
        assert labels == [f"{'abcdefgh'[k]}) {html.escape(o)}" for q in questions for k, o in enumerate(q.options)]
        # each question: its feedback per option, in stored order, and the key marked once
        blocks = page.split('<div class="kss-sq-q"')[1:]
        assert len(blocks) == len(questions)
        for q, block in zip(questions, blocks):
            for k in range(len(q.options)):
                assert f'data-{"abcdefgh"[k]}="{html.escape(feedback_text(q, k), quote=True)}"' in block
            assert block.count("kss-sq-ok") == 1
            assert re.search(rf'class="kss-sq-{"abcdefgh"[q.answer]} kss-sq-ok"', block)
        assert plain._repr_mimebundle_()["text/html"] == page
    finally:
        set_language("id")


def test_no_answer_is_readable_where_styles_are_stripped():
    """GitHub and an untrusted JupyterLab drop <style> and data- attributes: what is left as
    text shows the questions and options, and the key only inside the folded details."""
    page = lesson_quiz("05")._repr_mimebundle_()["text/html"]
    stripped = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    stripped = re.sub(r'\sdata-[a-h]="[^"]*"', "", stripped)
    outside = re.sub(r"<details.*?</details>", "", stripped, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", outside))
    for q in questions_for("05"):
        assert q.text in text
        assert q.explanation not in text and t("quiz.correct") not in text
        assert all(m not in text for m in q.misconceptions if m)
    assert stripped.count("<details") == len(questions_for("05"))


def test_a_quiz_order_must_be_an_order():
    from kss.quiz import QuestionView
    q = questions_for("00")[0]
    with pytest.raises(ValueError):
        QuestionView(1, q, lambda: None, order=[0, 0, 1])


def test_static_css_is_scoped():
    for rule in re.findall(r"([^{}]+)\{", static._QUIZ_CSS):
        assert all(part.strip().startswith(".kss-sq") for part in rule.split(",")), rule


# what the learner reads, written out again: the verdicts (kss/locales/<lang>.yml, quiz.) and
# the feedback colours (Okabe-Ito bluish green for right, vermillion for wrong)
VERDICT = {"id": ("Benar!", "Belum tepat."), "en": ("Correct!", "Not quite.")}
NUMBER = {"id": "Soal", "en": "Question"}
RIGHT, WRONG = "#009E73", "#D55E00"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_live_quiz_numbers_its_questions_and_shows_verdict_and_colour(lang):
    """Mutation review 2026-12: 'Belum tepat' disappeared next to a misconception, a right answer
    could show in the wrong colour and questions could be numbered from 0, all with tests green."""
    set_language(lang)
    try:
        right_word, wrong_word = VERDICT[lang]
        for nn in lessons():
            quiz = lesson_quiz(nn, shuffle=3)
            for number, (item, q) in enumerate(zip(quiz.items, questions_for(nn)), start=1):
                title = item.widget.children[0].value
                assert f"<b>{NUMBER[lang]} {number}.</b> {html.escape(q.text)}" in title, (nn, number)
                assert item.feedback.value == ""                  # nothing before an answer
                wrong = (q.answer + 1) % len(q.options)
                assert quiz.answer(number, wrong) is False
                shown = item.feedback.value
                assert 'class="kss-feedback kss-feedback-wrong"' in shown and f"solid {WRONG}" in shown
                text = html.unescape(re.sub(r"<[^>]+>", "", shown))
                assert text.startswith(f"{wrong_word} ") and q.misconception(wrong) in text, (nn, number)
                assert quiz.answer(number, q.answer) is True
                shown = item.feedback.value
                assert 'class="kss-feedback kss-feedback-right"' in shown and f"solid {RIGHT}" in shown
                text = html.unescape(re.sub(r"<[^>]+>", "", shown))
                assert text == f"{right_word} {q.explanation}", (nn, number)
    finally:
        set_language("id")
