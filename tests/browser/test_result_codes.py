"""A learner's result code goes from lesson 00's quiz to the class summary, in JupyterLab and
in the in-browser edition (JupyterLite), in Chromium: the learner answers question 1 wrong,
presses 'Salin hasilku', types a name and makes the code; the teacher pastes it, among chat
text, into notebooks/id/rekap-kelas.ipynb and sees the learner in the class table and the
misconception chosen."""
import re

import pytest

from kss.labels import set_language, t
from kss.quiz import questions_for
from kss.results import decode
from tests.browser import lab, lite
# the in-browser edition's site, served and guarded as tests/browser/test_lite.py does
from tests.browser.test_lite import lite_context, lite_requirements, lite_server, outside  # noqa: F401

pytestmark = pytest.mark.browser
NAME = "Uji Peramban"
LESSON = "notebooks/id/00-mulai-di-sini.ipynb"
RECAP = "notebooks/id/rekap-kelas.ipynb"


def _opened(server, context, path, kind=lab.NotebookCheck):
    check = kind(server, context, path)
    check.page = context.new_page()
    check.page.set_viewport_size(lab.VIEWPORT)
    check.page.set_default_timeout(30_000)
    check.open()
    check.run_all()
    return check


def test_a_code_from_lesson_00_reaches_the_class_summary(lab_server, lab_context):
    round_trip(lab_server, lab_context, lab.NotebookCheck)


def test_the_same_in_the_browser_edition(lite_server, lite_context):
    round_trip(lite.LiteSite(lite_server), lite_context, lite.LiteNotebookCheck)


def round_trip(server, context, kind):
    set_language("id")
    questions = questions_for("00")
    first = questions[0]
    wrong = next(i for i in range(len(first.options)) if i != first.answer and first.misconception(i))

    learner = _opened(server, context, LESSON, kind)
    try:
        page = learner.page
        quiz = page.locator(".kss-quiz").first
        box = quiz.locator(".widget-vbox").filter(has=page.locator(".widget-radio-box")).first
        box.scroll_into_view_if_needed()
        assert lab.find_question(box.inner_text(), "id") == first
        lab._choose(box, first.options[wrong])
        box.locator("button", has_text=t("quiz.check")).click()
        lab._await_feedback(box, "wrong", "question 1, a wrong option")

        panel = quiz.locator(".kss-results")
        panel.locator("button", has_text=t("results.button")).click()
        name = panel.locator("input[type=text]")
        name.fill(NAME)
        name.press("Enter")
        panel.locator("button", has_text=t("results.make")).click()
        shown = panel.locator("textarea.kss-result-code")
        shown.wait_for(timeout=lab.REDRAW_TIMEOUT)
        code = shown.input_value().strip()
    finally:
        learner.page.close()
        server.shutdown_sessions(LESSON)

    result = decode(code)
    assert (result.lesson, result.name) == ("00", NAME)
    assert result.answers[0] == wrong and all(a is None for a in result.answers[1:])

    teacher = _opened(server, context, RECAP, kind)
    try:
        page = teacher.page
        recap = page.locator(".kss-recap-box").first
        recap.scroll_into_view_if_needed()
        # as pasted from a chat: a time, the name, the code split over two lines
        recap.locator("textarea").fill(f"[07.41] {NAME}: ini kodeku\n{code[:20]}\n{code[20:]}\n[07.42] Bu Guru: ok")
        recap.locator("button", has_text=t("recap.make")).click()
        table = recap.locator(".kss-recap-table")
        table.wait_for(timeout=lab.REDRAW_TIMEOUT)
        row = table.locator("tr", has_text=NAME)
        assert re.search(rf"\b1{'abcdefgh'[wrong]} ✘", row.inner_text())
        misconceptions = recap.locator(".kss-recap-misconceptions")
        assert first.misconception(wrong)[:40] in misconceptions.inner_text()
        assert t("recap.formative_head") in recap.inner_text()
    finally:
        teacher.page.close()
        server.shutdown_sessions(RECAP)
