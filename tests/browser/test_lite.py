"""The in-browser edition (JupyterLite + Pyodide): built from the repository, run in Chromium, offline.

The site is built by tools/build_lite.py (in .venv-lite, `make setup-lite`) from the shared
Pyodide 0.27.7 folder into a temporary folder, served by `python -m http.server` on
127.0.0.1, and opened in Debian's Chromium with every non-loopback request refused and
counted (tests/browser/lite.py). Every notebook of both editions is opened at
lab/tree/notebooks/<id|en>/<file> (the Binder links' path; test ids id/<file>, en/<file>),
Run All must leave 0 error and 0 stderr outputs (e.g. no font-cache notice), every widget renders (lab.NotebookCheck's checks), the kernel starts in
the lesson's folder and reads /drive/data as on Binder, and the first explorer of every lesson that has one is driven until a control change changes its
picture (tests/browser/lite.py: LiteNotebookCheck).
One lesson also runs from a non-localhost address over plain http, as when a class opens
the teacher's laptop by its WiFi address (no service worker there): kss then reads the
tables shipped in its wheel. The last test: 0 requests tried to leave the machine, and the
counter does see one that does.

Skipped with one reason when Chromium, playwright, .venv-lite or the Pyodide folder is
missing; with CI set it fails instead (in CI the lite test must run).
"""
from __future__ import annotations

import json
import os

import pytest

from tests.browser import lab
from tests.browser import lite

# "id/<file>", then "en/<file>": every notebook of both editions
LESSONS = [f"{lang}/{p.name}" for lang in ("id", "en")
           for p in sorted((lab.REPO / "notebooks" / lang).glob("*.ipynb"))]
CLASSROOM_LESSON = "00-mulai-di-sini.ipynb"
SHOTS = lab.REPO / "artifacts" / "screenshots" / "lite"
TIMINGS = lab.REPO / "artifacts" / "lite-timings.json"


def _lessons_with_explorers() -> set[str]:
    from tools import catalog
    numbers = {e.lesson for e in catalog.entries(kind="explorer")}
    return {name for name in LESSONS if name.split("/", 1)[1][:2] in numbers}


@pytest.fixture(scope="module")
def lite_requirements(browser_requirements):
    reason = lite.missing_requirement()
    if reason:
        if os.environ.get("CI", "").strip():
            pytest.fail(f"{reason}. CI is set, so the in-browser edition test must run, not skip.", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def lite_server(lite_requirements, tmp_path_factory):
    base = tmp_path_factory.mktemp("lite")
    seconds = lite.build_site(base / "site", base / "stage")
    print(f"\nsite built in {seconds:.0f} s: {lite.site_size(base / 'site') / 1e6:.1f} MB")
    server = lite.StaticServer(base / "site").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lite_timings():
    """Seconds per phase of every lesson, written to artifacts/lite-timings.json at the end."""
    found = {}
    yield found
    if found:
        TIMINGS.parent.mkdir(parents=True, exist_ok=True)
        TIMINGS.write_text(json.dumps(found, indent=1) + "\n")


@pytest.fixture(scope="module")
def outside():
    """Every attempt to reach a non-loopback address during this module (routing and proxy)."""
    proxy = lite.CountingProxy()
    attempts: list[str] = []
    yield proxy, attempts
    proxy.close()


@pytest.fixture(scope="module")
def lite_context(browser, lite_server, outside):
    proxy, attempts = outside
    context = lite.new_context(browser, proxy, attempts)
    yield context
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_in_the_browser_edition(lite_server, lite_context, lite_timings, name):
    lang, file = name.split("/", 1)
    check = lite.LiteNotebookCheck(lite.LiteSite(lite_server), lite_context, f"notebooks/{name}", SHOTS,
                                   probe=lite.WHERE_CODE)
    report = check.run()
    lite_timings[file] = {**report.timings, "lang": lang}   # keyed by file name (the editions' differ)
    print(f"{name}: {report.timings}")
    for line in report.driven + report.notes:
        print("  ", line)
    if name in _lessons_with_explorers():
        # "…: figure changed" or, with the change-to-image time, "…: figure changed (285 ms …)"
        changed = [d for d in report.driven if d.startswith("explorer ") and "figure changed" in d
                   and "unchanged" not in d]
        if not changed:
            report.fail("no explorer control changed the picture in the browser edition "
                        f"(driven: {report.driven})")
    # with a service worker (127.0.0.1 is a secure context) the kernel sees the site's files:
    # it starts in the lesson's folder and finds /drive/data above it, as on Binder
    where = (check.probed or "").split()
    if where[:2] != [f"/drive/notebooks/{lang}", "/drive/data"]:
        report.fail(f"the kernel should start in /drive/notebooks/{lang} and read /drive/data: {check.probed!r}")
    report.raise_if_problems()


@pytest.mark.browser
def test_lesson_runs_from_the_classroom_address(browser, lite_server, outside):
    """The class opens the teacher's laptop by its WiFi address over plain http: not a secure
    context, so the browser allows no service worker and the kernel cannot see the site's
    files. The lesson must still run fully, kss reading the tables shipped in its wheel.
    (A Chromium in which the name kss-kelas.test resolves to 127.0.0.1 plays that address.)"""
    proxy, attempts = outside
    classroom = lite.launch_classroom(browser)
    try:
        context = lite.new_context(classroom, proxy, attempts, local_hosts=(lite.CLASSROOM_HOST,))
        site = lite.LiteSite(lite_server, lite.CLASSROOM_HOST)
        path = f"notebooks/id/{CLASSROOM_LESSON}"
        check = lite.LiteNotebookCheck(site, context, path, drive=False, probe=lite.WHERE_CODE + "\n"
                                       "import js; print(js.isSecureContext)")
        report = check.run()
        print(f"{CLASSROOM_LESSON} from {site.url}: {report.timings}")
        report.raise_if_problems()
        cwd, data_dir, bundled, secure = check.probed.split()
        assert secure == "False", "the classroom address should not be a secure context"
        assert data_dir == bundled, f"without a service worker kss should use its own copy, not {data_dir}"
        assert not cwd.startswith("/drive"), f"the drive should not be mounted here (cwd {cwd})"
        context.close()
    finally:
        classroom.close()


@pytest.mark.browser
def test_no_request_left_the_machine(lite_server, lite_context, outside):
    """Runs last in this file: nothing above tried a non-loopback address. Then the guard is
    shown to work: a request to an outside address made now is refused and counted."""
    proxy, attempts = outside
    seen = attempts + proxy.attempts
    assert seen == [], f"{len(seen)} request(s) tried to leave the machine:\n  " + "\n  ".join(seen[:20])
    page = lite_context.new_page()
    try:
        page.goto(f"{lite_server.url}/jupyter-lite.json")
        result = page.evaluate("() => fetch('http://192.0.2.1/probe').then(() => 'answered', e => 'refused')")
    finally:
        page.close()
    assert result == "refused"
    assert any("192.0.2.1/probe" in a for a in attempts + proxy.attempts), (
        f"the probe request was not counted: {attempts + proxy.attempts}")
