"""Every wrong option of every lesson quiz is a misconception a learner might hold, and the
feedback for it names that misconception ("Keliru yang sering terjadi: ..."), apart from the
explanation of the right answer. Numbers in the misconceptions are checked with the rest of
the quiz text by tests/test_content.py."""
import pytest

from kss.labels import set_language, t
from kss.quiz import Question, answer_key, lesson_quiz, questions_for

LESSONS = [f"0{n}" for n in range(9)]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("nn", LESSONS)
def test_every_wrong_option_names_its_misconception(nn, lang):
    for number, q in enumerate(questions_for(nn, lang), start=1):
        where = f"quiz {nn} ({lang}), question {number}"
        assert len(q.misconceptions) == len(q.options), f"{where}: one misconception per option"
        assert q.misconceptions[q.answer] == "", f"{where}: the right answer has none"
        wrong = [q.misconceptions[k] for k in range(len(q.options)) if k != q.answer]
        for k, text in enumerate(wrong):
            assert text.strip(), f"{where}: a wrong option without its misconception"
            assert len(text.split()) >= 5, f"{where}: say what the mistaken belief is: {text!r}"
            assert text.strip() != q.explanation.strip(), f"{where}: the same text as the explanation"
            assert text not in q.options, f"{where}: the misconception repeats an option"


# the words that introduce a misconception, written out again (kss/locales/<lang>.yml, quiz.misconception, has them)
MISCONCEPTION_WORDS = {"id": "Keliru yang sering terjadi:", "en": "A common mistake:"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("nn", LESSONS)
def test_feedback_names_the_misconception_only_for_a_wrong_choice(nn, lang):
    import html
    set_language(lang)
    try:
        quiz = lesson_quiz(nn)
        for number, q in enumerate(questions_for(nn), start=1):
            wrong = (q.answer + 1) % len(q.options)
            assert quiz.answer(number, wrong) is False
            feedback = quiz.items[number - 1].feedback.value
            assert MISCONCEPTION_WORDS[lang] in feedback
            assert html.escape(q.misconception(wrong).split(".")[0][:40]) in feedback
            assert quiz.answer(number, q.answer) is True
            assert MISCONCEPTION_WORDS[lang] not in quiz.items[number - 1].feedback.value
    finally:
        set_language("id")


def test_answer_key_lists_the_misconceptions_for_the_teacher():
    set_language("id")
    key = answer_key("05")
    q = questions_for("05")[0]
    wrong = next(k for k in range(len(q.options)) if k != q.answer)
    assert f"{t('quiz.misconceptions_key')}:<br>" in key and q.misconception(wrong) in key


def test_a_question_with_misconceptions_must_fit_its_options():
    with pytest.raises(ValueError, match="one misconception per option"):
        Question("?", ("a", "b", "c"), 0, "sebab", misconceptions=("", "keliru"))
    with pytest.raises(ValueError, match="right answer"):
        Question("?", ("a", "b"), 0, "sebab", misconceptions=("keliru", "keliru juga"))
    q = Question("?", ("a", "b"), 1, "sebab", misconceptions=("mengira a", ""))
    assert (q.misconception(0), q.misconception(1), q.misconception(7)) == ("mengira a", "", "")
