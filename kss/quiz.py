"""Self-check quizzes: multiple choice, immediate feedback with an explanation, a score.

    from kss.quiz import lesson_quiz
    lesson_quiz("03")          # the quiz of lesson 03 (questions in kss/quizzes/l03.py)

Any input is handled: pressing "Periksa" with nothing chosen asks for an answer;
an unknown answer (e.g. set by a test) counts as wrong, never as a traceback.
"""
from __future__ import annotations

import html
import importlib
from dataclasses import dataclass

import ipywidgets as widgets

from kss.labels import language, t


@dataclass(frozen=True)
class Question:
    text: str
    options: tuple[str, ...]
    answer: int            # index into options
    explanation: str
    # one entry per option: for each wrong option, the misconception that makes a learner
    # choose it (shown after "Keliru yang sering terjadi:"); "" for the right answer
    misconceptions: tuple[str, ...] = ()

    def __post_init__(self):
        if not 0 <= self.answer < len(self.options):
            raise ValueError(f"answer {self.answer} out of range for {self.text!r}")
        if len(set(self.options)) != len(self.options):
            raise ValueError(f"options repeat in {self.text!r}")
        if self.misconceptions and len(self.misconceptions) != len(self.options):
            raise ValueError(f"one misconception per option (\"\" for the answer) in {self.text!r}")
        if self.misconceptions and self.misconceptions[self.answer]:
            raise ValueError(f"the right answer has no misconception in {self.text!r}")

    def misconception(self, option: int) -> str:
        """The misconception behind wrong option `option` ("" for the answer or when none is written)."""
        if option == self.answer or not 0 <= option < len(self.misconceptions):
            return ""
        return self.misconceptions[option]


class QuestionView:
    def __init__(self, number: int, question: Question, on_change):
        self.question = question
        self.choice = widgets.RadioButtons(options=list(question.options), value=None,
                                           layout=widgets.Layout(width="auto"))
        self.button = widgets.Button(description=t("quiz.check"), button_style="primary")
        self.feedback = widgets.HTML("")
        self.result: bool | None = None   # None = not answered yet
        self._on_change = on_change
        self.button.on_click(lambda _b: self.check())
        title = widgets.HTML(f"<b>{html.escape(t('quiz.question', n=number))}.</b> "
                             f"{html.escape(question.text)}")
        self.widget = widgets.VBox([title, self.choice, self.button, self.feedback],
                                   layout=widgets.Layout(margin="0 0 12px 0"))

    def check(self) -> bool | None:
        chosen = self.choice.value
        if chosen is None:
            self.feedback.value = _box(t("quiz.choose_first"), "info")
            return None
        options = self.question.options
        correct = chosen in options and options.index(chosen) == self.question.answer
        self.result = correct
        head = t("quiz.correct") if correct else t("quiz.wrong")
        misconception = "" if correct or chosen not in options else \
            self.question.misconception(options.index(chosen))
        if misconception:
            head += f" {t('quiz.misconception')} {misconception}"
        self.feedback.value = _box(f"{head} {self.question.explanation}",
                                   "right" if correct else "wrong")
        self._on_change()
        return correct


class Quiz:
    def __init__(self, questions: list[Question], title: str = ""):
        if not questions:
            raise ValueError("a quiz needs at least one question")
        self.questions = list(questions)
        self.score = widgets.HTML("")
        self.items = [QuestionView(i + 1, q, self._update_score) for i, q in enumerate(questions)]
        header = [widgets.HTML(f"<h4>{html.escape(title)}</h4>")] if title else []
        self.widget = widgets.VBox(header + [item.widget for item in self.items] + [self.score])
        self.widget.add_class("kss-quiz")
        self._update_score()

    @property
    def correct(self) -> int:
        return sum(1 for item in self.items if item.result)

    @property
    def answered(self) -> int:
        return sum(1 for item in self.items if item.result is not None)

    def answer(self, number: int, choice) -> bool | None:
        """Answer question `number` (1-based) with an option's text or index, then check."""
        item = self.items[number - 1]
        if isinstance(choice, int) and not isinstance(choice, bool) and 0 <= choice < len(item.question.options):
            choice = item.question.options[choice]
        try:
            item.choice.value = choice
        except Exception:  # not one of the options: treat as no valid choice
            item.choice.value = None
        return item.check()

    def _update_score(self) -> None:
        self.score.value = _box(t("quiz.score", correct=self.correct, total=len(self.items),
                                  answered=self.answered), "score")

    def _repr_mimebundle_(self, **kwargs):
        # the widget view, plus a static version for readers without a kernel (kss/static.py)
        from kss import static
        return static.bundle(self, self.widget, **kwargs)


_COLOURS = {"right": "#009E73", "wrong": "#D55E00", "info": "#0072B2", "score": "#595959"}


def _box(text: str, kind: str) -> str:
    return (f'<div class="kss-feedback kss-feedback-{kind}" style="border-left:4px solid '
            f'{_COLOURS[kind]};padding:4px 8px;margin:4px 0">{html.escape(text)}</div>')


def _module(lesson: str):
    return importlib.import_module(f"kss.quizzes.l{lesson}")


def questions_for(lesson: str, lang: str | None = None) -> list[Question]:
    """The questions of lesson `lesson` in the current (or given) language: QUESTIONS in
    Indonesian, QUESTIONS_EN in English (the same questions, answers in the same places)."""
    module = _module(lesson)
    return list(module.QUESTIONS_EN if (lang or language()) == "en" else module.QUESTIONS)


def title_for(lesson: str, lang: str | None = None) -> str:
    module = _module(lesson)
    return getattr(module, "TITLE_EN" if (lang or language()) == "en" else "TITLE", "")


def lesson_quiz(lesson: str) -> Quiz:
    """The self-check quiz of lesson `lesson` ("00" ... "08"), in the current language."""
    return Quiz(questions_for(lesson), title=title_for(lesson))


def answer_key(lesson: str) -> str:
    """Markdown answer key of a lesson's quiz (used by the teacher guide)."""
    lines = [f"| No | {t('quiz.question', n='').strip()} | {t('quiz.answer_key')} | {t('quiz.explanation')} |",
             "|---|---|---|---|"]
    for i, q in enumerate(questions_for(lesson), start=1):
        explanation = q.explanation
        wrong = [f"{'abcdefgh'[k]}. {q.misconception(k)}" for k in range(len(q.options)) if q.misconception(k)]
        if wrong:
            explanation += f"<br>{t('quiz.misconceptions_key')}:<br>" + "<br>".join(wrong)
        cells = [str(i), q.text, f"{'abcdefgh'[q.answer]}. {q.options[q.answer]}", explanation]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)
