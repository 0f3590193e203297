"""The lessons as an app (`make app`): Voila in Chromium, offline, no code shown.

Starts Voila the way `make app` does (app/voila/templates/kss, the lessons folder as its
index), opens the index in Debian's Chromium with every request that would leave the
machine refused and counted, opens lesson 00 from the index, checks that no code is shown
and nothing failed, changes the explorer's country (its figure must change) and answers
a quiz question (feedback and score must appear). Any request to a host other than
127.0.0.1/localhost fails the test: the page must not need a CDN.

Both editions: `make app` (notebooks/id) and `tools/app.py --lang en` (notebooks/en); in the
English app the index lists the English lessons, and lesson 00's quiz shows its English
question and answers in English.
"""
from __future__ import annotations

import html
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.browser import lab

# per edition: lesson 00, and the first words of the quiz's feedback (right, wrong)
EDITION = {"id": ("00-mulai-di-sini.ipynb", ("Benar!", "Belum tepat.")),
           "en": ("00-start-here.ipynb", ("Correct!", "Not quite."))}
LOCAL = {"127.0.0.1", "localhost", "[::1]", "::1"}


from tools import app  # the command `make app` runs


def voila_command(port: int, lang: str = "id") -> list[str]:
    """The command `make app` (VOILA_ARGS=--lang=en) runs, on a given port, without opening a browser."""
    lang, extra = app.split_lang([f"--lang={lang}", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"])
    return app.command(extra, lang)


@pytest.fixture(scope="module", params=["id", "en"])
def voila(request, browser_requirements, tmp_path_factory):
    """(url, lang): one Voila per edition, one after the other."""
    lang = request.param
    state = tmp_path_factory.mktemp(f"voila-{lang}")
    port = lab.free_port()
    env = dict(app.environment(), JUPYTER_CONFIG_DIR=str(state / "config"),
               JUPYTER_DATA_DIR=str(state / "data"), JUPYTER_RUNTIME_DIR=str(state / "runtime"),
               IPYTHONDIR=str(state / "ipython"))
    log = (state / "voila.log").open("w")
    proc = subprocess.Popen(voila_command(port, lang), env=env, stdout=log, stderr=subprocess.STDOUT,
                            cwd=state)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("Voila did not start:\n" + (state / "voila.log").read_text()[-3000:])
            time.sleep(0.3)
    yield url, lang
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.mark.browser
def test_app_runs_a_lesson_offline_without_code(voila, browser):
    voila, lang = voila
    first_lesson, feedback_words = EDITION[lang]
    context = browser.new_context(viewport=lab.VIEWPORT)
    left = []

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL:
            route.continue_()
        else:
            left.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(voila, wait_until="domcontentloaded")
        first = page.locator(".jp-DirListing-item", has_text=first_lesson)
        first.first.wait_for(timeout=30_000)
        index = page.inner_text("body")
        for lesson in sorted(p.name for p in (lab.REPO / "notebooks" / lang).glob("*.ipynb")):
            assert lesson in index, f"the app's index lists {lesson}"
        other = "en" if lang == "id" else "id"
        for lesson in sorted(p.name for p in (lab.REPO / "notebooks" / other).glob("*.ipynb")):
            assert lesson not in index, f"the {lang} app's index lists {lesson} of the other edition"
        # Voila's index opens a lesson in a new tab on double-click, as a teacher would
        with context.expect_page(timeout=30_000) as opened:
            first.first.dblclick()
        page = opened.value
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        assert f"/voila/render/{first_lesson}" in page.url, page.url

        explorer = page.locator(".kss-explorer")
        explorer.first.wait_for(timeout=120_000)      # Voila runs the whole lesson first
        image = explorer.first.locator("img")
        image.first.wait_for(timeout=30_000)
        body = page.inner_text("body")
        assert "Traceback" not in body and "Error displaying widget" not in body, body[:2000]
        assert "from kss import" not in body and page.locator(".jp-InputArea-editor").count() == 0, \
            "the app shows no code"
        assert page.locator(".kss-static:visible").count() == 0, "the live widgets replace the static views"

        before = image.first.get_attribute("src")
        select = explorer.first.locator("select").first
        options = select.locator("option").all_inner_texts()
        current = select.evaluate("s => s.options[s.selectedIndex].text")
        other = next(o for o in options if o != current)
        select.select_option(label=other)
        page.wait_for_function("([old]) => { const i = document.querySelector('.kss-explorer img');"
                               " return i && i.getAttribute('src') !== old; }", arg=[before], timeout=30_000)

        quiz = page.locator(".kss-quiz").first
        quiz.scroll_into_view_if_needed()
        from kss import quiz as kss_quiz
        shown = quiz.inner_text()
        question = kss_quiz.questions_for("00", lang)[0]
        assert question.text in shown or html.unescape(question.text) in shown, \
            f"the quiz shows lesson 00's first {lang} question: {shown[:300]!r}"
        score_before = quiz.locator(".kss-feedback-score").inner_text()
        quiz.locator("input[type=radio]").first.check()
        quiz.locator("button").first.click()
        feedback = quiz.locator(".kss-feedback-right, .kss-feedback-wrong").first
        feedback.wait_for(timeout=20_000)
        assert feedback.inner_text().startswith(feedback_words), feedback.inner_text()[:200]
        page.wait_for_function("([old]) => document.querySelector('.kss-quiz .kss-feedback-score').innerText !== old",
                               arg=[score_before], timeout=20_000)
        shots = lab.REPO / "artifacts" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / f"app-{Path(first_lesson).stem}.png"), full_page=True)
    finally:
        context.close()
    assert not errors, f"page errors in the app: {errors[:3]}"
    assert left == [], f"{len(left)} request(s) tried to leave the machine: {left[:5]}"
