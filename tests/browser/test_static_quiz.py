"""The static quiz in a real browser (Chromium), offline, no kernel, no JavaScript: choosing an
option shows its feedback (CSS only), the key's feedback starts with the "right" words, it fits
a 360 px phone screen, and without the <style> (as GitHub shows it) no feedback shows."""
import pytest

from kss.labels import set_language, t
from kss.quiz import feedback_text, lesson_quiz, questions_for

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_static_quiz_gives_feedback_without_a_kernel(browser, tmp_path, lang):
    set_language(lang)
    try:
        page_html = lesson_quiz("08")._repr_mimebundle_()["text/html"]
        questions = questions_for("08")
        right_words, wrong_words = t("quiz.correct"), t("quiz.wrong")
    finally:
        set_language("id")
    context = browser.new_context(viewport={"width": 360, "height": 800}, java_script_enabled=False)
    try:
        page = context.new_page()
        for name, body in (("full", page_html), ("stripped", page_html.split("<style>")[0] + page_html.split("</style>")[1])):
            path = tmp_path / f"{name}.html"
            path.write_text(f"<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
                            f"<body>{body}</body>", encoding="utf-8")
            page.goto(path.as_uri())
            feedback = page.locator(".kss-sq-fb")
            after = "e => getComputedStyle(e, '::after').content"
            for number, q in enumerate(questions[:4]):
                group = page.locator(".kss-sq-q").nth(number)
                assert feedback.nth(number).evaluate(after) in ("none", "normal")
                wrong = (q.answer + 1) % len(q.options)
                group.locator("label").nth(wrong).click()
                shown = feedback.nth(number).evaluate(after)
                if name == "full":
                    set_language(lang)
                    try:
                        expected = feedback_text(q, wrong)
                    finally:
                        set_language("id")
                    assert shown.strip('"') == expected.replace('"', '\\"') and shown.startswith(f'"{wrong_words}')
                    group.locator("label").nth(q.answer).click()
                    assert feedback.nth(number).evaluate(after).startswith(f'"{right_words}')
                    assert not group.locator("details").is_visible()
                else:
                    assert shown in ("none", "normal"), "no feedback where styles are stripped"
                    assert group.locator("details").is_visible()
            assert page.evaluate("document.documentElement.scrollWidth") <= 360, "fits a 360 px screen"
    finally:
        context.close()
