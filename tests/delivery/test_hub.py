"""A school JupyterHub, set up as the hub recipe says and used by students in Chromium (issue 24).

Real components on loopback, nothing downloaded (tests/delivery/hub_env.py fetched them at
set-up): JupyterHub with a local-process spawner (SimpleLocalProcessSpawner,
DummyAuthenticator, a service token for its API), configurable-http-proxy from npm,
nbgitpuller, and the course served by `git daemon` as a repository named kss-notebooks (a
copy of the repository under test, one commit; tests/delivery/hub_run.py).

- The hub's environment is built the way the hub admins' page's recipe for a plain JupyterHub
  says (the hub's packages first, with the course's pins as constraints; then the course), offline:
  no package of the hub's own changes version when the course is installed, `pip check`
  is clean, and the hub admins' page of each edition (docs/<lang>/hub.md, as the website
  shows it) gives those very lines.
- A student follows the link the course generates (tools/navigation.py, as on the website),
  signs in, and the lesson opens in JupyterLab; they run its setup cell and JupyterLab
  autosaves it (a short autosave interval in the student's settings); in another lesson
  they press the restart-and-run-all button, then add an answer cell and save. They also
  change a sentence of a third lesson that the teacher will fix too, and delete a fourth.
  The teacher commits a one-sentence fix to each of the four lessons. The student follows
  the link again: the fixes to the opened and the answered lesson arrive, the answer cell
  survives, the student's own sentence wins over the teacher's fix of the same sentence
  (nbgitpuller's rule, which the teacher guide states), the deleted lesson comes back
  fresh with its fix, and every notebook of the student's copy is valid.
- A second student follows the same link pointing at a mirror under another name
  (mirror/kss-kelas): the copy still lands in ~/kss-notebooks (targetpath) and the lesson
  opens; there they type a name no cell defined and the course's hint appears, naming
  a toolbar button the page shows. No student ever sees JupyterLab's news prompt.

The figures (seconds from the link to the lesson shown, memory of each student's server and
kernels, read with psutil by tools/benchmark.py's hub functions) go to artifacts/hub.json;
`make bench` reports them. Nothing here asserts a time.
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

import hub_env
import hub_run
from notebook_utils import ROOT
from tools import benchmark, navigation, site

from tests.browser import lab   # Chromium's path and options

pytestmark = [pytest.mark.slow, pytest.mark.browser]

FIGURES = benchmark.HUB_FIGURES
AUTOSAVE_SECONDS = 2      # the student's JupyterLab setting (default 120 s)

# The hub admins' page's recipe for a plain JupyterHub (docs/<lang>/hub.md), line by line
# ({env}: the hub's environment, {course}: the admin's copy of the course, {repository}: the
# course's address).
RECIPE = (
    "git clone --depth 1 {repository} {course}",
    "python3 -m venv {env}",
    "{env}/bin/pip install -c {course}/requirements.txt {hub}",
    "{env}/bin/pip install -r {course}/requirements.txt",
    "{env}/bin/pip install --no-deps {course}",
    "{env}/bin/python -m kss.hints install",
    "{env}/bin/python {course}/tools/lab_language.py",
    "{env}/bin/pip check",
)
HUB_STEP = 2              # after this step the environment holds the hub's own packages
PAGE_PLACES = {"env": "/opt/jupyterhub", "course": "/opt/kss-notebooks"}


def recipe(**places) -> list[str]:
    return [line.format(hub=" ".join(hub_env.hub_pins()), **places) for line in RECIPE]


# ---------------------------------------------------------------- fixtures

def in_ci() -> bool:
    return bool(os.environ.get("CI", "").strip())


@pytest.fixture(scope="module")
def requirements():
    problem = hub_env.missing()
    if problem:
        pytest.fail(f"{problem}: run `make setup-test` (it fetches JupyterHub, nbgitpuller, the course's "
                    "packages and configurable-http-proxy while the network is allowed)", pytrace=False)
    reason = lab.missing_requirement()
    if reason:
        if in_ci():
            pytest.fail(f"{reason}. CI is set, so the hub test must run, not skip.", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def served(requirements, tmp_path_factory):
    """The course as a school serves it: kss-notebooks, and a mirror under another name."""
    where = tmp_path_factory.mktemp("hub")
    srv = where / "srv"
    repo = hub_run.course_repository(srv / "kss-notebooks")
    (srv / "mirror").mkdir()
    hub_run.git(srv, "clone", "--quiet", "--bare", str(repo), str(srv / "mirror" / "kss-kelas"))
    daemon = hub_run.GitDaemon(srv, where / "git-daemon.log").start()
    yield where, repo, daemon
    daemon.stop()


@pytest.fixture(scope="module")
def environment(served):
    """The hub's Python environment, built step by step as the hub admins' page says."""
    where, _repo, daemon = served
    env = hub_run.pip_environ(where)
    prefix, course = where / "jupyterhub", where / "admin" / "kss-notebooks"
    lines = recipe(repository=daemon.url("kss-notebooks"), course=course, env=prefix)
    base = sys.executable   # `venv` run from a venv's Python builds on the base interpreter
    outputs, before = [], None
    for number, line in enumerate(lines):
        command = line.replace("python3 -m venv", f"{base} -m venv", 1) if line.startswith("python3 ") else line
        outputs.append(hub_run.run_step(command, env, where).stdout)
        if number == HUB_STEP:
            before = hub_run.freeze(prefix / "bin" / "python", env)
    after = hub_run.freeze(prefix / "bin" / "python", env)
    return {"prefix": prefix, "course": course, "before": before, "after": after, "check": outputs[-1]}


@pytest.fixture(scope="module")
def hub(served, environment):
    where, _repo, _daemon = served
    running = hub_run.Hub(where / "jupyterhub-run", environment["prefix"]).start()
    yield running
    notes = running.stop()
    assert not notes, "; ".join(notes)


# `browser`: the session's one Chromium (tests/conftest.py), shared with tests/browser/: a second
# sync_playwright() in a process that has one fails.


@pytest.fixture(scope="module")
def figures():
    """What the test measured, written to artifacts/hub.json at the end (for make bench)."""
    found = {"link_to_lesson": {}, "memory": {}}
    yield found
    if found["memory"]:
        FIGURES.parent.mkdir(parents=True, exist_ok=True)
        FIGURES.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the recipe

def test_the_course_moves_no_package_of_the_hub(environment):
    before, after = environment["before"], environment["after"]
    assert "jupyterhub" in before and "nbgitpuller" in before
    moved = [f"{name} {version} -> {after.get(name, 'removed')}" for name, version in sorted(before.items())
             if after.get(name) != version]
    assert not moved, ("installing the course's requirements changed packages the hub had installed "
                       "(the hub page's recipe installs the hub with the course's pins as constraints):\n  "
                       + "\n  ".join(moved))
    assert "kss" in after and "jupyterlab" in after
    assert "No broken requirements found" in environment["check"], environment["check"]
    prefix = environment["prefix"]
    assert (prefix / "etc" / "ipython" / "ipython_kernel_config.py").is_file(), "the recipe installs the hint"
    overrides = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.d"
    assert sorted(p.name for p in overrides.glob("*.json")) == sorted(
        p.name for p in (ROOT / "jupyter-settings" / "lab" / "settings" / "overrides.d").glob("*.json")), \
        "the recipe installs the course's interface settings"


def hub_pages() -> dict[str, str]:
    """The hub admins' page of each edition as the website shows it (tools/site.py fills its
    placeholders, such as {{ repository }})."""
    return {f"docs/{lang}/hub.md": site.page_text(site.DOCS / lang / "hub.md") for lang in site.LANGS}


def gives_recipe(text: str, lines: list[str]) -> list[str]:
    """What `text` lacks of `lines`: each a whole line of it, all of them one after another."""
    have = [line.strip() for line in text.splitlines()]
    missing = [line for line in lines if line not in have]
    if missing:
        return missing
    if not any(have[i:i + len(lines)] == lines for i in range(len(have))):
        return ["(every line is there, but not one after another in this order)"]
    return []


def test_gives_recipe_finds_a_missing_or_moved_line():
    lines = ["a", "b", "c"]
    assert gives_recipe("x\n  a\nb\nc\ny", lines) == []
    assert gives_recipe("a\nc", lines) == ["b"]
    assert gives_recipe("a\nc\nb", lines) != []


def test_the_hub_page_gives_the_recipe_this_test_runs():
    lines = recipe(repository=navigation.repository(), **PAGE_PLACES)
    for page, text in hub_pages().items():
        missing = gives_recipe(text, lines)
        assert not missing, (f"{page}: the recipe for a plain JupyterHub lacks these lines of the recipe the hub "
                             "test runs:\n  " + "\n  ".join(missing))


# ---------------------------------------------------------------- a student, a teacher, a fix

@dataclass
class Lesson:
    rel: str          # notebooks/id/<file>
    title: str

    @property
    def url_path(self) -> str:
        return f"kss-notebooks/{self.rel}"


def lessons() -> list[Lesson]:
    return [Lesson(f"notebooks/id/{entry['file']}", entry["title"]) for entry in navigation.lessons()]


PROSE = re.compile(r"^[A-Z][^|<>#]{40,}$")


def prose_line(nb) -> tuple[int, str]:
    """The first line of running text in a Markdown cell (what a one-sentence fix touches)."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if PROSE.match(line) and len(line.split()) >= 8:
                    return index, line
    raise AssertionError("no line of running text found")


def edit_line(path: Path, old: str, new: str) -> int:
    nb = nbformat.read(path, as_version=4)
    for index, cell in enumerate(nb.cells):
        if old in cell.source.splitlines():
            cell.source = "\n".join(new if line == old else line for line in cell.source.split("\n"))
            nbformat.write(nb, path)          # as JupyterLab saves it
            return index
    raise AssertionError(f"{path.name}: line not found: {old[:60]}")


def teacher_fix(repo: Path, lesson: Lesson, tag: str) -> tuple[int, str]:
    """The teacher's one-sentence fix: a sentence added to the lesson's first line of text."""
    _index, line = prose_line(nbformat.read(repo / lesson.rel, as_version=4))
    new = f"{line} Kalimat ini diperbaiki guru ({tag})."
    return edit_line(repo / lesson.rel, line, new), new


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def cells_text(path: Path) -> str:
    """The cells' text of a stored notebook (not its JSON, where a '"' in a sentence is '\\"');
    empty while the file is missing or being written."""
    try:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    except (OSError, ValueError):      # nbformat's NotJSONError is a ValueError
        return ""
    return "\n".join(cell.source for cell in nb.cells)


def code_counts(path: Path) -> list | None:
    """The execution counts of the code cells as stored; None while the file is being written."""
    try:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    except (OSError, ValueError):      # nbformat's NotJSONError is a ValueError
        return None
    return [c.execution_count for c in nb.cells if c.cell_type == "code" and c.source.strip()]


def autosave_changes(copy: Path, rel: str) -> list[str]:
    """The lines JupyterLab's save changed against the commit the student got."""
    diff = hub_run.git(copy, "diff", "--unified=0", "--", rel)
    return [line for line in diff.splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def run_first_code_cell(student: hub_run.Student) -> None:
    cell = student.page.locator(f"{hub_run.PANEL} .jp-CodeCell").first
    cell.scroll_into_view_if_needed()
    cell.locator(".jp-InputArea-editor").click()
    student.page.keyboard.press("Shift+Enter")


def press_restart_and_run_all(student: hub_run.Student) -> None:
    """The toolbar's restart-and-run-all button (the ▶▶ the hint names), then the dialog's
    confirming button."""
    student.page.locator(f"{hub_run.PANEL} jp-button[data-command='notebook:restart-run-all']").click()
    student.page.locator(".jp-Dialog .jp-mod-accept").click()


def kernel_idle(student: hub_run.Student) -> bool:
    """JupyterLab shows the notebook's kernel as idle."""
    return student.page.locator(
        f"{hub_run.PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']").count() > 0


def wait_for_kernel(student: hub_run.Student, lesson: "Lesson", timeout: float = 180) -> None:
    """The lesson's kernel has started and answered (the server says idle) and JupyterLab shows
    it idle: only then is a restart a restart of a running kernel."""
    hub_run.wait_until(lambda: student.hub.kernel_state(student.name, lesson.url_path) == "idle"
                       and kernel_idle(student), timeout, f"{lesson.rel}: its kernel started",
                       detail=lambda: f"server: {student.hub.kernel_state(student.name, lesson.url_path)}")


def test_a_teachers_fix_reaches_every_student(served, hub, browser, figures):
    where, repo, daemon = served
    a, c, b, d = lessons()[:4]      # opened, edited by both, answered, deleted
    problems: list[str] = []
    student = hub_run.Student(browser, hub, "siswa1", lab.VIEWPORT)
    student.settings("@jupyterlab/docmanager-extension/plugin", {"autosaveInterval": AUTOSAVE_SECONDS})
    link = navigation.nbgitpuller_url(a.rel, hub=hub.url, repo=daemon.url("kss-notebooks"))
    copy = student.home / "kss-notebooks"
    try:
        # 1. the first visit: sign in, the server starts, nbgitpuller clones, the lesson opens
        figures["link_to_lesson"]["new student (sign in, server start, clone, JupyterLab)"] = \
            student.follow_first_time(link, a.title)
        assert (copy / ".git").is_dir(), f"nbgitpuller did not clone the course into {copy}"
        wait_for_kernel(student, a)
        server = hub.server_pid("siswa1")

        # the student runs the setup cell, as lesson 00 asks; JupyterLab autosaves the lesson
        opened = time.time()
        run_first_code_cell(student)
        hub_run.wait_until(lambda: (copy / a.rel).stat().st_mtime > opened and (code_counts(copy / a.rel) or [None])[0] == 1
                           and kernel_idle(student), 120, "JupyterLab autosaved lesson 00 after its setup cell ran")
        saved_a = autosave_changes(copy, a.rel)
        figures["memory"]["siswa1, lesson 00 after its setup cell"] = benchmark.hub_memory(server)

        # another lesson: restart and run all (the toolbar button), then an answer cell, saved
        student.open(b.url_path, b.title)
        wait_for_kernel(student, b)
        expected = list(range(1, len(code_counts(copy / b.rel)) + 1))
        clicked = time.time()
        press_restart_and_run_all(student)
        hub_run.wait_until(lambda: (copy / b.rel).stat().st_mtime > clicked and code_counts(copy / b.rel) == expected
                           and kernel_idle(student), 300, f"{b.rel}: every cell ran and JupyterLab autosaved it",
                           detail=lambda: f"stored execution counts {code_counts(copy / b.rel)}, expected {expected}; "
                                          f"saved {(copy / b.rel).stat().st_mtime - clicked:.1f} s after the click")
        figures["memory"]["siswa1, lesson 00 after its setup cell, lesson 02 after Run All"] = \
            benchmark.hub_memory(server)
        figures["hub_itself"] = benchmark.hub_own_memory(hub.proc.pid)
        answer = "Jawaban siswa1: delegasi dari Afrika datang dari Mesir, Ethiopia dan Liberia."
        middle = len(nbformat.read(copy / b.rel, as_version=4).cells) // 2
        student.add_markdown_cell_after(middle, answer)
        hub_run.wait_until(lambda: answer in cells_text(copy / b.rel), 60, f"{b.rel}: the answer cell was saved")
        toasts = student.toasts()
        if "Jupyter news" in toasts:
            problems.append(f"JupyterLab's news prompt was shown to the student: {toasts!r}")

        # the student rewrites a sentence of lesson C themselves (saved through the server, as JupyterLab saves)
        _i, line_c = prose_line(nbformat.read(copy / c.rel, as_version=4))
        own = f"{line_c} Catatan siswa1: kalimat ini saya tulis ulang."
        model = hub.user_api("siswa1", "GET", f"/contents/{c.url_path}")
        for cell in model["content"]["cells"]:
            if line_c in cell["source"].splitlines():
                cell["source"] = cell["source"].replace(line_c, own)
        hub.user_api("siswa1", "PUT", f"/contents/{c.url_path}",
                     {"type": "notebook", "format": "json", "content": model["content"]})

        # 2. the teacher fixes one sentence in each of the four lessons and commits
        fixes = {lesson.rel: teacher_fix(repo, lesson, f"perbaikan {n}") for n, lesson in enumerate((a, b, c, d), 1)}
        hub_run.git(repo, "commit", "--quiet", "-am", "Perbaikan satu kalimat di empat pelajaran")

        # the student deletes lesson D to get a fresh copy (as from JupyterLab's file browser)
        hub.user_api("siswa1", "DELETE", f"/contents/{d.url_path}")
        assert not (copy / d.rel).exists()

        # 3. the student follows the link again: nbgitpuller pulls and merges
        student.page.keyboard.press("Control+s")
        time.sleep(AUTOSAVE_SECONDS + 1)         # nothing left unsaved before the page is left
        figures["link_to_lesson"]["returning student (pull and merge, JupyterLab)"] = student.follow(link, a.title)
        shown = student.page.locator(hub_run.PANEL).inner_text()
        if fixes[a.rel][1].split(" Kalimat ini")[1].strip() not in " ".join(shown.split()):
            problems.append(f"{a.rel}: the page the link opened does not show the teacher's fix")
    except Exception:
        print(f"screenshot: {student.screenshot('failure')}")
        raise
    finally:
        hub.remember_processes()
        student.close()

    for lesson in (a, b, d):
        if fixes[lesson.rel][1] not in cells_text(copy / lesson.rel):
            problems.append(f"{lesson.rel}: the teacher's fix did not arrive in the student's copy")
    if answer not in cells_text(copy / b.rel):
        problems.append(f"{b.rel}: the student's answer cell was lost")
    if own not in cells_text(copy / c.rel):
        problems.append(f"{c.rel}: the student's own sentence was lost")
    if fixes[c.rel][1] in cells_text(copy / c.rel):
        problems.append(f"{c.rel}: the teacher's fix replaced the student's own sentence (nbgitpuller keeps "
                        "the student's; the teacher guide says so)")
    if not (copy / d.rel).exists():
        problems.append(f"{d.rel}: the deleted lesson did not come back")
    invalid = []
    for path in sorted(copy.rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        text = text_of(path)
        try:
            nbformat.validate(nbformat.reads(text, as_version=nbformat.NO_CONVERT))
        except Exception as exc:   # nbformat.ValidationError, or JSON that does not parse
            invalid.append(f"{path.relative_to(copy)}: {type(exc).__name__}: {str(exc)[:200]}")
        if "<<<<<<<" in text or ">>>>>>>" in text:
            invalid.append(f"{path.relative_to(copy)}: conflict markers")
    problems += invalid
    unmerged = hub_run.git(copy, "ls-files", "--unmerged")
    if unmerged:
        problems.append(f"unmerged files in the student's copy: {unmerged}")
    # opening a lesson and letting JupyterLab save it leaves git nothing to merge but, at most,
    # the kernel's version line (notebooks stored as Jupyter writes them)
    other = [line for line in saved_a if not re.match(r'^[+-]\s*"version": "[0-9.]+"$', line)]
    if other:
        problems.append(f"{a.rel}: JupyterLab's autosave changed {len(saved_a)} lines against the commit, "
                        f"e.g. {other[:4]}")
    assert not problems, "a teacher's fix and a student's work on the hub:\n  " + "\n  ".join(problems)


def test_a_renamed_mirror_and_the_hint(served, hub, browser, figures):
    """The link from a mirror under another name still makes ~/kss-notebooks (targetpath);
    in the lesson, a name no cell defined gets the course's hint, whose button is there."""
    _where, _repo, daemon = served
    first = lessons()[0]
    student = hub_run.Student(browser, hub, "siswa2", lab.VIEWPORT)
    try:
        link = navigation.nbgitpuller_url(first.rel, hub=hub.url, repo=daemon.url("mirror/kss-kelas"))
        figures["link_to_lesson"]["new student, from a mirror named kss-kelas"] = \
            student.follow_first_time(link, first.title)
        assert (student.home / "kss-notebooks" / first.rel).is_file()
        assert not (student.home / "kss-kelas").exists()
        wait_for_kernel(student, first)

        # a learner types a name before running the setup cell: the hint, in the lesson's language
        page = student.page
        top = page.locator(f"{hub_run.PANEL} .jp-Notebook .jp-Cell").first
        top.click(position={"x": 5, "y": 5})
        page.keyboard.press("Escape")
        page.keyboard.press("a")
        page.keyboard.press("Enter")
        page.keyboard.type("delegasi_kaa")
        page.keyboard.press("Shift+Enter")
        output = page.locator(f"{hub_run.PANEL} .jp-Cell").first.locator(".jp-OutputArea")
        hub_run.wait_until(lambda: "delegasi_kaa" in output.inner_text(), 60, "the NameError hint appeared")
        from kss.labels import t
        hint = t("setup.hint_name", name="delegasi_kaa")
        assert hint in " ".join(output.inner_text().split()), output.inner_text()
        figures["memory"]["siswa2, lesson 00 with one cell run"] = benchmark.hub_memory(hub.server_pid("siswa2"))
        assert "▶▶" in hint, "the hint names the toolbar's restart-and-run-all button by its icon"
        button = page.locator(f"{hub_run.PANEL} jp-button[data-command='notebook:restart-run-all'] "
                              "svg[data-icon='ui-components:fast-forward']")
        assert button.is_visible(), "the notebook toolbar shows the ▶▶ button the hint names"
        toasts = student.toasts()
        assert "Jupyter news" not in toasts, f"JupyterLab's news prompt was shown: {toasts!r}"
    except Exception:
        print(f"screenshot: {student.screenshot('failure')}")
        raise
    finally:
        hub.remember_processes()
        student.close()


def test_figures_for_the_benchmark(figures):
    """The class sizing from what the hub measured (tools/benchmark.py reports it)."""
    in_use = figures["memory"].get("siswa1, lesson 00 after its setup cell, lesson 02 after Run All")
    if not in_use:
        pytest.skip("the student scenario did not get far enough to measure")
    kernel = max(in_use["kernels"], key=lambda k: k["rss"])
    figures["sizing"] = benchmark.class_sizing(in_use["server"], kernel)
    assert figures["sizing"]["limit"] > figures["sizing"]["guarantee"] > 0
