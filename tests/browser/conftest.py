"""Fixtures of the browser tests: one JupyterLab server and one Chromium for the whole session.

Without Chromium (/usr/bin/chromium or $KSS_CHROMIUM) or without the playwright package the
browser tests are skipped with one reason; when the environment variable CI is set they fail
instead, because in CI the browser test must run.
"""
import json
import os

import pytest

from tests.browser import lab

SCREENSHOTS = lab.REPO / "artifacts" / "screenshots"
TIMINGS = lab.REPO / "artifacts" / "browser-timings.json"


def in_ci() -> bool:
    return bool(os.environ.get("CI", "").strip())


def pytest_collection_modifyitems(config, items):
    """Without Chromium or playwright (and CI not set): skip every browser test, all with the
    same one-sentence reason (a skip marker: no fixture starts, the exit status stays 0)."""
    reason = lab.missing_requirement()
    if reason and not in_ci():
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser_requirements():
    reason = lab.missing_requirement()
    if reason:
        if in_ci():
            pytest.fail(f"{reason}. CI is set, so the browser test must run, not skip.", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def lab_server(browser_requirements, tmp_path_factory):
    """JupyterLab on 127.0.0.1 serving a copy of notebooks/ (autosave off), state in a temp folder."""
    server = lab.LabServer(tmp_path_factory.mktemp("jupyterlab")).start()
    yield server
    notes = server.stop()
    assert server.proc is None
    if notes:
        print("\nJupyterLab stop:", "; ".join(notes))


@pytest.fixture(scope="session")
def browser(browser_requirements, tmp_path_factory):
    """Debian's Chromium driven by Playwright (no browser download); its profile in a temp folder."""
    from playwright.sync_api import sync_playwright
    home = tmp_path_factory.mktemp("chromium-home")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=lab.chromium_path(), headless=True, args=lab.CHROMIUM_ARGS,
            env=dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                     XDG_CACHE_HOME=str(home / ".cache")))
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="session")
def lab_context(browser):
    """One browser context for the session (JupyterLab's assets load once); a new page per notebook."""
    context = browser.new_context(viewport=lab.VIEWPORT)
    yield context
    context.close()


@pytest.fixture(scope="session")
def screenshots():
    """artifacts/screenshots/ (git-ignored): one full-page picture per lesson after Run All."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):   # no picture of a renamed or removed lesson stays behind
        old.unlink()
    return SCREENSHOTS


@pytest.fixture(scope="session")
def timings():
    """Seconds per phase of every notebook, written to artifacts/browser-timings.json at the end."""
    found = {}
    yield found
    if found:
        TIMINGS.parent.mkdir(parents=True, exist_ok=True)
        TIMINGS.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n")
