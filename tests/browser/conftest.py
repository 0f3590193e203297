"""Fixtures of the browser tests: one JupyterLab server for the whole session. Chromium
(the `browser` fixture) and `browser_requirements` live in tests/conftest.py, shared with the
hub test (tests/delivery/): one Playwright per process.

Without Chromium (/usr/bin/chromium or $KSS_CHROMIUM) or without the playwright package the
browser tests are skipped with one reason; when the environment variable CI is set they fail
instead, because in CI the browser test must run.
"""
import json

import pytest

from tests.browser import lab

SCREENSHOTS = lab.REPO / "artifacts" / "screenshots"
TIMINGS = lab.REPO / "artifacts" / "browser-timings.json"


def pytest_collection_modifyitems(config, items):
    """Without Chromium or playwright (and CI not set): skip every browser test, all with the
    same one-sentence reason (a skip marker: no fixture starts, the exit status stays 0)."""
    reason = lab.missing_requirement()
    if reason and not lab.in_ci():
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(pytest.mark.skip(reason=reason))


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
