"""Self-check quizzes: multiple choice, immediate feedback with an explanation, a score.

    from kss.quiz import lesson_quiz
    lesson_quiz("03")          # the quiz of lesson 03 (questions in kss/quizzes/03.yml)

Any input is handled: pressing "Periksa" with nothing chosen asks for an answer;
an unknown answer (e.g. set by a test) counts as wrong, never as a traceback.

The questions are data: one YAML file per lesson, kss/quizzes/NN.yml, both languages side
by side (format: kss/quizzes/README.md). A broken file gives one line naming the file, the
question and the field (QuizFileError). Check every file with

    python -m kss.quiz check

The files are read from QUIZ_DIR (kss/quizzes/); tests point it at their own fixture quizzes
(tests/quizzes/, with pytest's monkeypatch.setattr(kss.quiz, "QUIZ_DIR", folder)), so their
expected values do not depend on the lessons' quizzes; kss.results and kss.recap follow it.
"""
from __future__ import annotations

import html
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ipywidgets as widgets
import yaml

from kss import results
from kss.data import DataError
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
    id: str = ""              # the question's stable slug in its quiz file (e.g. "kaa-dates")
    kind: str = "recall"      # "recall" or "stimulus" (asks for reasoning about a stimulus)
    stimulus: str = ""        # a source excerpt or case shown above the question
    source: str = ""          # where the stimulus comes from (a citable reference)

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
    """One question of a live quiz: its options as radio buttons, in `order` (indices into the
    question's stored options; default the stored order), a Check button and the feedback."""

    def __init__(self, number: int, question: Question, on_change, order=None, on_answer=None):
        self.question = question
        self.order = list(range(len(question.options))) if order is None else list(order)
        if sorted(self.order) != list(range(len(question.options))):
            raise ValueError(f"order {self.order} is not an order of the {len(question.options)} options")
        self.choice = widgets.RadioButtons(options=[question.options[i] for i in self.order], value=None,
                                           layout=widgets.Layout(width="auto"))
        self.button = widgets.Button(description=t("quiz.check"), button_style="primary")
        self.feedback = widgets.HTML("")
        self.result: bool | None = None   # None = not answered yet
        self._on_change = on_change
        self._on_answer = on_answer       # on_answer(question id, stored index): kss.results.Record
        self.button.on_click(lambda _b: self.check())
        title = widgets.HTML(stimulus_html(question) +
                             f"<b>{html.escape(t('quiz.question', n=number))}.</b> "
                             f"{html.escape(question.text)}")
        self.widget = widgets.VBox([title, self.choice, self.button, self.feedback],
                                   layout=widgets.Layout(margin="0 0 12px 0"))

    @property
    def chosen_index(self) -> int | None:
        """The chosen option as an index into the question's STORED options (None: none chosen)."""
        chosen = self.choice.value
        return self.question.options.index(chosen) if chosen in self.question.options else None

    def check(self) -> bool | None:
        index = self.chosen_index
        if index is None:
            self.feedback.value = _box(t("quiz.choose_first"), "info")
            return None
        correct = index == self.question.answer
        self.result = correct
        if self._on_answer is not None:
            self._on_answer(self.question.id, index)
        self.feedback.value = _box(feedback_text(self.question, index), "right" if correct else "wrong")
        self._on_change()
        return correct


def feedback_text(question: Question, index: int) -> str:
    """What a learner reads after choosing stored option `index`: right or not, the
    misconception behind a wrong option, and the explanation (live widget and static view)."""
    if index == question.answer:
        return f"{t('quiz.correct')} {question.explanation}"
    head = t("quiz.wrong")
    misconception = question.misconception(index)
    if misconception:
        head += f" {t('quiz.misconception')} {misconception}"
    return f"{head} {question.explanation}"


def stimulus_html(question: Question) -> str:
    """The stimulus of a question (a source excerpt or case) and its source, as HTML ("" if none)."""
    if not question.stimulus:
        return ""
    source = (f'<br><small>{html.escape(t("quiz.source"))} {html.escape(question.source)}</small>'
              if question.source else "")
    return (f'<blockquote class="kss-quiz-stimulus" style="margin:4px 0 6px;padding:4px 10px;'
            f'border-left:4px solid #595959">{html.escape(question.stimulus)}{source}</blockquote>')


class Quiz:
    """A live quiz of `questions`. With `shuffle`, each question shows its options in a new
    random order (True: a different order at every run, so each learner gets their own; an
    int: a seed, for tests); the key, the misconceptions and the explanation follow their
    option. The static view (readers without a kernel, stored notebooks, print) always keeps
    the stored order. `answer(number, choice)` takes an option's text or its STORED index."""

    def __init__(self, questions: list[Question], title: str = "", shuffle: bool | int = False,
                 lesson: str = ""):
        if not questions:
            raise ValueError("a quiz needs at least one question")
        self.questions = list(questions)
        self.title = title
        self.score = widgets.HTML("")
        rng = None
        if shuffle is not False and shuffle is not None:
            rng = random.Random() if shuffle is True else random.Random(shuffle)
        # a lesson's quiz keeps each question's first answer for "Salin hasilku" (kss/results.py)
        self.record = results.Record(lesson, "quiz") if lesson else None
        on_answer = self.record.answer if self.record else None
        self.items = [QuestionView(i + 1, q, self._update_score, order=_order(len(q.options), rng),
                                   on_answer=on_answer)
                      for i, q in enumerate(self.questions)]
        header = [widgets.HTML(f"<h4>{html.escape(title)}</h4>")] if title else []
        self.widget = widgets.VBox(header + [item.widget for item in self.items] + [self.score]
                                   + ([self.record.widget] if self.record else []))
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
        return static.quiz_bundle(self, **kwargs)


def _order(n: int, rng) -> list[int] | None:
    if rng is None:
        return None
    order = list(range(n))
    rng.shuffle(order)
    return order


_COLOURS = {"right": "#009E73", "wrong": "#D55E00", "info": "#0072B2", "score": "#595959"}


def _box(text: str, kind: str) -> str:
    return (f'<div class="kss-feedback kss-feedback-{kind}" style="border-left:4px solid '
            f'{_COLOURS[kind]};padding:4px 8px;margin:4px 0">{html.escape(text)}</div>')


def questions_for(lesson: str, lang: str | None = None) -> list[Question]:
    """The questions of lesson `lesson` in the current (or given) language, in the order of
    its file kss/quizzes/NN.yml (the same questions, answers in the same places, in both)."""
    return list(load(lesson).questions["en" if (lang or language()) == "en" else "id"])


def title_for(lesson: str, lang: str | None = None) -> str:
    return load(lesson).title["en" if (lang or language()) == "en" else "id"]


def lesson_quiz(lesson: str, shuffle: bool | int = True) -> Quiz:
    """The self-check quiz of lesson `lesson` ("00" ... "08"), in the current language, its
    options shuffled for each learner (shuffle=False: the stored order; an int: a seed)."""
    return Quiz(questions_for(lesson), title=title_for(lesson), shuffle=shuffle, lesson=lesson)


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


# ---------------------------------------------------------------- quiz files (kss/quizzes/NN.yml)

QUIZ_DIR = Path(__file__).resolve().parent / "quizzes"     # where quiz files are read (tests: a fixture folder)
LANGS = ("id", "en")
KINDS = ("recall", "stimulus")
LETTERS = "abcdefgh"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOP_FIELDS = ("title", "questions")
_QUESTION_FIELDS = ("id", "kind", "text", "stimulus", "options", "key", "explanation")
_OPTION_FIELDS = ("id", "en", "misconception")
_STIMULUS_FIELDS = ("text", "source")


class QuizFileError(DataError):
    """A problem in a quiz file, in one line: the file, the question (number and id) and the
    field. A kss.data.DataError, so a lesson's kernel shows it as one line (kss.setup)."""


@dataclass(frozen=True)
class QuizFile:
    """One lesson's quiz as read from its file: the title and the questions per language
    ("id", "en"), the same questions in the same order in both."""
    lesson: str
    path: Path
    title: dict
    questions: dict


def quiz_path(lesson: str) -> Path:
    return QUIZ_DIR / f"{lesson}.yml"


def lessons() -> list[str]:
    """The lesson numbers that have a quiz file ("00", "01", ...), in order."""
    return sorted(p.stem for p in QUIZ_DIR.glob("[0-9][0-9].yml"))


def has_quiz(lesson: str) -> bool:
    return quiz_path(lesson).is_file()


def load(lesson: str) -> QuizFile:
    """The quiz of lesson `lesson`, read and checked (QuizFileError names what is wrong).
    Read again when the file changes, so an edited question shows at the next run of the cell."""
    path = quiz_path(lesson)
    try:
        stat = path.stat()
    except OSError:
        raise QuizFileError(f"{_shown(path)}: no quiz for lesson {lesson!r} (the file does not exist)") from None
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _load_cached(path: str, _mtime: int, _size: int) -> QuizFile:
    return read_file(Path(path))


def read_file(path: Path) -> QuizFile:
    """Read and check one quiz file (any path: tests and `python -m kss.quiz check` use it)."""
    path = Path(path)
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuizFileError(f"{shown}: cannot be read ({exc.__class__.__name__}: {exc})") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise QuizFileError(f"{shown}{where}: not valid YAML ({problem})") from None
    return _parse(data, path, shown)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _shown(path: Path) -> str:
    """The path as a maintainer finds it: kss/quizzes/NN.yml inside the package, else as given."""
    try:
        return Path(path).resolve().relative_to(QUIZ_DIR.parent.parent).as_posix()
    except ValueError:
        return str(path)


def _parse(data, path: Path, shown: str) -> QuizFile:
    def fail(where: str, field: str, problem: str):
        raise QuizFileError(f"{where}, field {field}: {problem}" if field else f"{where}: {problem}")

    def mapping(value, where, field, allowed):
        if not isinstance(value, dict):
            fail(where, field, f"must be a set of fields ({', '.join(allowed)}), found {_kind_of(value)}")
        unknown = [str(k) for k in value if k not in allowed]
        if unknown:
            fail(where, f"{field}.{unknown[0]}" if field else unknown[0],
                 f"unknown field (the fields here are {', '.join(allowed)})")
        return value

    def text(value, where, field):
        if value is None:
            fail(where, field, "missing")
        if not isinstance(value, str):
            fail(where, field, f"must be text, found {_kind_of(value)} (put the text in quotes)")
        if not value.strip():
            fail(where, field, "is empty")
        return value

    def pair(container, key, where, field):
        if key not in container or container[key] is None:
            fail(where, field, "missing (Indonesian and English: id and en)")
        value = mapping(container[key], where, field, LANGS)
        return {lang: text(value.get(lang), where, f"{field}.{lang}") for lang in LANGS}

    top = mapping(data, shown, "", _TOP_FIELDS) if data is not None else fail(shown, "title", "missing (the file is empty)")
    title = pair(top, "title", shown, "title")
    items = top.get("questions")
    if not isinstance(items, list) or not items:
        fail(shown, "questions", "missing or empty (a list of questions, each starting with '- id:')")
    built = {lang: [] for lang in LANGS}
    seen = {}
    for number, item in enumerate(items, start=1):
        slug = item.get("id") if isinstance(item, dict) else None
        where = f"{shown}, question {number}" + (f" ({slug})" if isinstance(slug, str) and slug else "")
        q = mapping(item, where, "", _QUESTION_FIELDS)
        if not isinstance(slug, str) or not _SLUG.match(slug):
            fail(where, "id", "missing or not a short slug (small letters, digits and '-', e.g. kaa-dates)")
        if slug in seen:
            fail(where, "id", f"already used by question {seen[slug]} (each question needs its own id)")
        seen[slug] = number
        kind = q.get("kind", "recall")
        if kind not in KINDS:
            fail(where, "kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        question_text = pair(q, "text", where, "text")
        stimulus = {lang: "" for lang in LANGS}
        source = {lang: "" for lang in LANGS}
        if q.get("stimulus") is not None:
            s = mapping(q["stimulus"], where, "stimulus", _STIMULUS_FIELDS)
            stimulus = pair(s, "text", where, "stimulus.text")
            if isinstance(s.get("source"), str):
                source = {lang: text(s["source"], where, "stimulus.source") for lang in LANGS}
            else:
                source = pair(s, "source", where, "stimulus.source")
        if kind == "stimulus" and not stimulus["id"]:
            fail(where, "stimulus", "missing (a question of kind stimulus shows a source excerpt or case)")
        if kind != "stimulus" and stimulus["id"]:
            fail(where, "kind", "must be stimulus for a question with a stimulus")
        options = q.get("options")
        if not isinstance(options, list) or not 2 <= len(options) <= len(LETTERS):
            fail(where, "options", f"must be a list of 2 to {len(LETTERS)} options, each starting with '- id:'")
        key = q.get("key")
        letters = LETTERS[:len(options)]
        if not isinstance(key, str) or len(key) != 1 or key.lower() not in letters:
            fail(where, "key", f"{key!r} is not one of the options ({', '.join(letters)})")
        answer = letters.index(key.lower())
        texts = {lang: [] for lang in LANGS}
        wrong = {lang: [] for lang in LANGS}
        for index, option in enumerate(options):
            field = f"options[{LETTERS[index]}]"
            o = mapping(option, where, field, _OPTION_FIELDS)
            for lang in LANGS:
                value = text(o.get(lang), where, f"{field}.{lang}")
                if value in texts[lang]:
                    fail(where, f"{field}.{lang}", f"repeats option {LETTERS[texts[lang].index(value)]}")
                texts[lang].append(value)
            if index == answer:
                if o.get("misconception") is not None:
                    fail(where, f"{field}.misconception", "the key (the right option) has no misconception")
                for lang in LANGS:
                    wrong[lang].append("")
            else:
                if o.get("misconception") is None:
                    fail(where, f"{field}.misconception",
                         "missing (every wrong option names the misconception behind it, in id and en)")
                m = pair(o, "misconception", where, f"{field}.misconception")
                for lang in LANGS:
                    wrong[lang].append(m[lang])
        explanation = pair(q, "explanation", where, "explanation")
        for lang in LANGS:
            built[lang].append(Question(question_text[lang], tuple(texts[lang]), answer, explanation[lang],
                                        tuple(wrong[lang]), id=slug, kind=kind,
                                        stimulus=stimulus[lang], source=source[lang]))
    return QuizFile(path.stem, path, title, {lang: tuple(qs) for lang, qs in built.items()})


def _kind_of(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"yes/no ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    return f"{value!r}"


def main(argv=None) -> int:
    """`python -m kss.quiz check [FILE ...]`: check quiz files (all of kss/quizzes/ by default)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        print("usage: python -m kss.quiz check [kss/quizzes/NN.yml ...]")
        return 2
    paths = [Path(a) for a in args[1:]] or [quiz_path(nn) for nn in lessons()]
    problems = count = 0
    for path in paths:
        try:
            count += len(read_file(path).questions["id"])
        except QuizFileError as exc:
            print(exc)
            problems += 1
    if not problems:
        print(f"ok: {len(paths)} quiz files, {count} questions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
