"""Shared test set-up: headless matplotlib, a scratch copy of data/ to break on purpose."""
import os
import shutil
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture
def data_copy(tmp_path):
    """A copy of data/ in a temporary folder: tests may break it freely."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt
    plt.close("all")


@pytest.fixture(autouse=True)
def _indonesian():
    """Tests read the Indonesian labels; a test that switches language must not leak it."""
    from kss.labels import language, set_language
    before = language()
    set_language("id")
    yield
    set_language(before)


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutmut():
    """Under mutmut (`make mutation`) each test starts with kss's caches empty: a value cached
    by an earlier test, or while the tests were collected, would hide the call from mutmut's
    record of which tests reach which function, and from the mutant under test."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        import sys
        for name, module in list(sys.modules.items()):
            if name == "kss" or name.startswith("kss."):
                for value in list(vars(module).values()):
                    if callable(getattr(value, "cache_clear", None)):
                        value.cache_clear()
    yield


# ---------------------------------------------------------------- Chromium, one per process
# Shared by the browser tests (tests/browser/) and the hub test (tests/delivery/test_hub.py):
# Playwright's sync API runs one event loop per process, so a second sync_playwright() started
# while the first is alive fails ("using Playwright Sync API inside the asyncio loop") when a
# pytest-xdist worker gets tests of both folders. Session-scoped and lazy: Chromium starts only
# when a test asks for `browser`.

@pytest.fixture(scope="session")
def browser_requirements():
    """Skip (fail when CI is set) with one reason when Chromium or playwright is missing."""
    from tests.browser import lab
    reason = lab.missing_requirement()
    if reason:
        if lab.in_ci():
            pytest.fail(f"{reason}. CI is set, so the browser test must run, not skip.", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(browser_requirements, tmp_path_factory):
    """Debian's Chromium driven by Playwright (no browser download); its profile in a temp folder."""
    from playwright.sync_api import sync_playwright

    from tests.browser import lab
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
