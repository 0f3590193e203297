"""The course website, built the way `make site` builds it, read on a phone.

The module's fixture builds the classroom kit and the site into a temporary folder, offline,
with the project's own commands (python -m tools.handouts, tools.slides, tools.build_lite in
.venv-lite, then `python -m tools.site`), serves it with Python's http.server on 127.0.0.1 and
opens it in Debian's Chromium at 360 x 800 CSS pixels (a phone), every request for a
non-loopback address refused and counted. Every lesson page of both editions and every page
for teachers, hub admins and maintainers is checked with its folded parts opened:
- nothing scrolls sideways or reaches past the screen's right edge (a table scrolls in its own
  box, reachable by keyboard), text is at least 16 px (code excepted), every control (button,
  field, folded-part summary, button-like link, the header's icons) is at least 44 px tall;
- every image has a description (alt) and fits the screen;
- every link resolves: an in-page anchor to an element of the page, a link inside the site to a
  file of the built site (and its #anchor to an element of that page; the in-browser edition's
  ?path= to a notebook of that edition), anything else is a well-formed http(s) address;
- axe-core (npm, fetched by `make setup-test`, injected into the page) finds no serious or
  critical violation of the WCAG 2 A and AA rules.
A lesson page also has its launch box (Binder at the release tag, the in-browser edition at that
lesson with its download size, the notebook, the hub form) and its quiz's static view. Then the
in-browser edition opened from a lesson page, the school hub form's nbgitpuller link, the
downloads page (every file there, its size as shown), one quiz answered, and, last, that no
request left the machine. A phone-size picture of every page is
saved in artifacts/screenshots/site/ (git-ignored).

KSS_TEST_SITE=<folder> checks a site built before instead of building one (while working on the
pages; CI never sets it). Skipped with one reason when Chromium, playwright, .venv-lite, the Pyodide folder or axe-core is
missing; with CI set it fails instead (in CI the site test must run).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import tomllib
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from tests.browser import lab, lite

REPO = lab.REPO
SHOTS = REPO / "artifacts" / "screenshots" / "site"
TIMINGS = REPO / "artifacts" / "site-timings.json"
AXE_VERSION_FILE = REPO / "tools" / "axe.py"
PHONE = {"width": 360, "height": 800}
LANGS = ("id", "en")
# the pages for teachers, hub admins and maintainers of each edition (written here, not read
# from the tool): landing, teachers, downloads, teacher guide, hub admins, maintainers
OTHER_PAGES = {"id": ("index.html", "guru.html", "unduhan.html", "panduan-guru.html", "hub.html", "pengelola.html"),
               "en": ("index.html", "teachers.html", "downloads.html", "teacher-guide.html", "hub.html",
                      "maintainers.html")}
DOWNLOADS = {"id": "unduhan.html", "en": "downloads.html"}
HUB_FOLDER = "kss-notebooks"
MIN_TEXT_PX = 16
MIN_CONTROL_PX = 44


def _lessons(lang: str) -> list[Path]:
    return sorted((REPO / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb"))


def _page_path(lang: str, name: str) -> str:
    return name if lang == "id" else f"en/{name}"


LESSON_PAGES = [_page_path(lang, f"{nb.stem}.html") for lang in LANGS for nb in _lessons(lang)]
PAGES = LESSON_PAGES + [_page_path(lang, name) for lang in LANGS for name in OTHER_PAGES[lang]]


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _axe_js() -> Path:
    version = re.search(r'AXE_VERSION = "([^"]+)"', AXE_VERSION_FILE.read_text()).group(1)
    return REPO / "build" / "vendor" / f"axe-core-{version}" / "axe.min.js"


# ---------------------------------------------------------------- building and serving the site

def _run(args: list, timeout: int = 900, **kwargs) -> None:
    done = subprocess.run([str(a) for a in args], cwd=REPO, capture_output=True, text=True, timeout=timeout, **kwargs)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args[:3]))} failed ({done.returncode}):\n"
                             f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}")


@pytest.fixture(scope="module")
def website(browser_requirements, tmp_path_factory) -> Path:
    """The kit and the site, built as `make site` builds them, into a temporary folder."""
    prebuilt = os.environ.get("KSS_TEST_SITE")      # while working on the pages: an already built site
    reasons = [] if prebuilt else [r for r in (lite.missing_requirement(),) if r]
    if not _axe_js().is_file():
        reasons.append("axe-core is not in build/vendor/ (run `make setup-test`, which fetches it from npm)")
    if reasons:
        if os.environ.get("CI", "").strip():
            pytest.fail("; ".join(reasons) + ". CI is set, so the website test must run.", pytrace=False)
        pytest.skip("website test cannot run: " + "; ".join(reasons))
    if prebuilt:
        return Path(prebuilt).resolve()
    base = tmp_path_factory.mktemp("website")
    times = {}
    t0 = time.monotonic()
    # the three parts of the kit at once (each is mostly one process), then the site
    jobs = {
        "handouts": [sys.executable, "-m", "tools.handouts", "--out", base / "handouts"],
        "slides": [sys.executable, "-m", "tools.slides", "--out", base / "slides"],
        "lite": [lite.LITE_PYTHON, "-m", "tools.build_lite", "--pyodide", lite.pyodide_folder(),
                 "--out", base / "lite" / "site", "--work", base / "lite" / "stage", "--zip", base / "lite" / "kss-lite.zip"],
    }
    procs = {name: subprocess.Popen([str(a) for a in args], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    text=True) for name, args in jobs.items()}
    outputs = {}
    while len(times) < len(procs):
        for name, proc in procs.items():
            if name not in times and proc.poll() is not None:
                times[name] = round(time.monotonic() - t0, 1)
                outputs[name] = proc.stdout.read()
        time.sleep(0.2)
        if time.monotonic() - t0 > 1800:
            for proc in procs.values():
                proc.kill()
            raise AssertionError(f"building the kit took more than 30 minutes ({times})")
    for name, proc in procs.items():
        assert proc.returncode == 0, f"{name} failed ({proc.returncode}):\n{outputs[name][-3000:]}"
    t1 = time.monotonic()
    site = base / "site"
    _run([sys.executable, "-m", "tools.site", "--out", site, "--stage", base / "stage",
          "--handouts", base / "handouts", "--slides", base / "slides",
          "--lite", base / "lite" / "site", "--lite-zip", base / "lite" / "kss-lite.zip"])
    times["site"] = round(time.monotonic() - t1, 1)
    written = sorted(p.name for p in base.iterdir())
    assert written == ["handouts", "lite", "site", "slides", "stage"], f"the build wrote beside its folders: {written}"
    times["total"] = round(time.monotonic() - t0, 1)
    print(f"\nkit and site built: {times}")
    TIMINGS.parent.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(json.dumps({"build_seconds": times}, indent=1) + "\n")
    return site


@pytest.fixture(scope="module")
def served(website):
    from tools import bench_site
    with bench_site.serve(website) as url:
        yield url


@pytest.fixture(scope="module")
def outside():
    return []


@pytest.fixture(scope="module")
def phone(browser, served, outside):
    """A phone-sized context; every request for a non-loopback address is refused and recorded."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)

    def refuse(route):
        outside.append(f"{route.request.method} {route.request.url}")
        route.abort("blockedbyclient")

    context.route(lite.NOT_LOOPBACK, refuse)
    context.on("websocket", lambda ws: outside.append(f"websocket {ws.url}") if lite.NOT_LOOPBACK.match(ws.url) else None)
    yield context
    context.close()


@pytest.fixture(scope="module")
def shots():
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink(missing_ok=True)
    return SHOTS


def _open(phone, served: str, path: str):
    page = phone.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{served}/{path}", wait_until="load")
    return page, errors


# ---------------------------------------------------------------- what is checked in the page

JS_OPEN_DETAILS = "() => document.querySelectorAll('details').forEach(d => d.open = true)"

JS_SIDEWAYS = """() => ({scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
  unreachable: [...document.querySelectorAll('.table-wrapper')].filter(box => box.scrollWidth > box.clientWidth + 1
      && box.tabIndex < 0).map(box => (box.querySelector('th, td') || box).innerText.slice(0, 40)),
  wide: [...document.querySelectorAll('body *')].filter(el => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > document.documentElement.clientWidth + 1 && getComputedStyle(el).position !== 'fixed'
          && !el.closest('.table-wrapper, .sidebar-drawer, .toc-drawer');
  }).slice(0, 5).map(el => el.tagName.toLowerCase() + '.' + el.className + ' right=' + Math.round(el.getBoundingClientRect().right))})"""

# visible text (code excepted) smaller than the minimum: the element and its text
JS_SMALL_TEXT = """(min) => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('pre, code, kbd, samp, script, style, svg, .highlight')) continue;
    const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent.trim()).join(' ');
    if (!own) continue;
    const r = el.getBoundingClientRect();
    if (!el.getClientRects().length || r.width === 0 || r.right <= 0 || r.left >= vw) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const size = parseFloat(style.fontSize);
    if (size < min - 0.01) out.push(`${el.tagName.toLowerCase()}.${el.className} ${size}px: ${own.slice(0, 50)}`);
  }
  return out;
}"""

# controls shorter than the minimum: buttons, fields, summaries, button-like links, the header's
# icons; a radio button or checkbox counts by its label (what a thumb touches)
JS_SHORT_CONTROLS = """(min) => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  const sel = 'button, input:not([type=hidden]), select, textarea, summary, a.kss-button, a.kss-file, ' +
              'a.kss-lesson-link, .kss-edition a, label.nav-overlay-icon, label.toc-overlay-icon, .related-pages a';
  for (let el of document.querySelectorAll(sel)) {
    if (el.matches('input[type=radio], input[type=checkbox]')) {
      const label = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
      if (label) el = label;
    }
    if (el.matches('input.sidebar-toggle')) continue;        // furo's hidden switch; its labels are the controls
    const r = el.getBoundingClientRect();
    if (!el.getClientRects().length || r.width === 0 || r.right <= 0 || r.left >= vw) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    if (r.height < min - 0.5)
      out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.height)}px: ${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}`);
  }
  return out;
}"""

JS_IMAGES = """() => [...document.querySelectorAll('img')].map(img => {
  const r = img.getBoundingClientRect();
  return {src: (img.getAttribute('src') || '').slice(0, 60), alt: img.getAttribute('alt'), right: r.right, width: r.width,
          natural: img.naturalWidth, complete: img.complete, shown: img.getClientRects().length > 0};
})"""

JS_LINKS = "() => [...document.querySelectorAll('a[href]')].map(a => [a.getAttribute('href'), a.href])"

JS_AXE = """async () => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']},
                                          resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))}));
}"""


def link_problems(website: Path, served: str, page_path: str, links: list[list[str]], page_ids: set[str]) -> list[str]:
    """Every link of the page: a file of the built site (with its anchor), an anchor of this page,
    or a well-formed outside address."""
    problems = []
    for raw, absolute in links:
        url = urllib.parse.urlsplit(absolute)
        if raw.startswith("#"):
            anchor = urllib.parse.unquote(raw[1:])
            if anchor and anchor not in page_ids:
                problems.append(f"{raw}: no element with this id on the page")
            continue
        if absolute.startswith(served + "/"):
            rel = urllib.parse.unquote(url.path).lstrip("/")
            target = website / rel
            if rel.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{raw}: not a file of the built site ({rel})")
                continue
            if url.fragment and target.suffix == ".html":
                ids = set(re.findall(r'\sid="([^"]+)"', target.read_text(encoding="utf-8")))
                if urllib.parse.unquote(url.fragment) not in {html_unescape(i) for i in ids}:
                    problems.append(f"{raw}: {rel} has no element #{url.fragment}")
            query = urllib.parse.parse_qs(url.query)
            if rel.startswith("lite/") and "path" in query:
                notebook = website / "lite" / "files" / query["path"][0]
                if not notebook.is_file():
                    problems.append(f"{raw}: the in-browser edition has no {query['path'][0]}")
            continue
        if url.scheme == "mailto":
            continue
        if url.scheme not in ("http", "https") or "." not in (url.hostname or "") or " " in absolute:
            problems.append(f"{raw}: not a well-formed outside address")
        elif (url.hostname or "").startswith(("127.", "localhost")):
            problems.append(f"{raw}: points at this machine, not into the site")
    return problems


def html_unescape(text: str) -> str:
    import html
    return html.unescape(text)


def size_shown(text: str) -> tuple[float, float] | None:
    """'412 kB' / '1,2 MB' / '1.2 MB' / '39 MB' -> (bytes, how far rounding may move it)."""
    m = re.search(r"(\d+(?:[.,]\d+)?)\s*(kB|MB)", text)
    if not m:
        return None
    number, unit = float(m.group(1).replace(",", ".")), m.group(2)
    scale = 1e3 if unit == "kB" else 1e6
    decimals = len(m.group(1).replace(",", ".").partition(".")[2])
    return number * scale, 0.5 * scale / (10 ** decimals) + 1


def launch_problems(page, website: Path, path: str) -> list[str]:
    """A lesson page's launch box: the in-browser edition at that lesson (its first download shown,
    between the size of its Python packages and of the whole in-browser site), Binder at the
    release tag, the notebook itself to download, the school hub form; and its quiz's stored
    static view (questions and options, shown without a kernel)."""
    lang = "en" if path.startswith("en/") else "id"
    nb = REPO / "notebooks" / lang / (Path(path).stem + ".ipynb")
    project = _project()
    owner_name = project["urls"]["Repository"].rstrip("/").removeprefix("https://github.com/")
    problems = []
    launch = {a: page.locator(f'.kss-launch a[data-kss-launch="{a}"]') for a in ("lite", "binder", "notebook")}
    for kind, loc in launch.items():
        if loc.count() != 1:
            return [f"the launch box has no {kind} link"]
    binder = launch["binder"].get_attribute("href")
    expected = f"https://mybinder.org/v2/gh/{owner_name}/v{project['version']}?urlpath=lab/tree/notebooks/{lang}/{nb.name}"
    if binder != expected:
        problems.append(f"Binder link {binder}, expected {expected}")
    run = urllib.parse.urlsplit(launch["lite"].evaluate("a => a.href"))
    if not run.path.endswith("/lite/lab/index.html") or \
            urllib.parse.parse_qs(run.query).get("path") != [f"notebooks/{lang}/{nb.name}"]:
        problems.append(f"the in-browser link does not open this lesson: {run.geturl()}")
    lite_site = website / "lite"
    whole = sum(p.stat().st_size for p in lite_site.rglob("*") if p.is_file())
    pyodide = sum(p.stat().st_size for p in (lite_site / "static" / "pyodide").rglob("*") if p.is_file())
    label = launch["lite"].inner_text()
    shown = size_shown(label)
    if not (shown and pyodide <= shown[0] + shown[1] and shown[0] - shown[1] <= whole):
        problems.append(f"the first download shown ({label!r}) is not between the Python packages "
                        f"({pyodide / 1e6:.1f} MB) and the whole in-browser site ({whole / 1e6:.1f} MB)")
    notebook = urllib.parse.unquote(urllib.parse.urlsplit(launch["notebook"].evaluate("a => a.href")).path).lstrip("/")
    if not (website / notebook).is_file() or (website / notebook).read_bytes() != nb.read_bytes():
        problems.append(f"the notebook download {notebook} is not {nb.relative_to(REPO)}")
    if launch["notebook"].get_attribute("download") is None:
        problems.append("the notebook link has no download attribute")
    if page.locator(".kss-launch form.kss-hub-form input").count() != 1:
        problems.append("no school hub form")
    question = "Soal 1." if lang == "id" else "Question 1."
    quiz = page.locator(".kss-static", has_text=question)
    if quiz.count() < 1 or not quiz.first.is_visible():
        problems.append(f"no visible quiz view with {question!r}")
    return problems


# ---------------------------------------------------------------- the tests

@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_page_reads_on_a_phone(website, served, phone, shots, path):
    page, errors = _open(phone, served, path)
    try:
        name = path.replace("/", "-").removesuffix(".html")
        page.screenshot(path=str(shots / f"{name}.png"))                 # the first screen, as a phone shows it
        page.evaluate(JS_OPEN_DETAILS)
        page.wait_for_timeout(50)
        problems = []
        sideways = page.evaluate(JS_SIDEWAYS)
        if sideways["scroll"] > sideways["width"] or sideways["wide"]:
            problems.append(f"scrolls sideways or is cut off: {sideways['scroll']} px wide in {sideways['width']} px; "
                            f"wider than the screen: {'; '.join(sideways['wide'])}")
        problems += [f"a table scrolls in a box the keyboard cannot reach: {t!r}" for t in sideways["unreachable"]]
        problems += [f"text under {MIN_TEXT_PX} px: {s}" for s in page.evaluate(JS_SMALL_TEXT, MIN_TEXT_PX)[:8]]
        problems += [f"control under {MIN_CONTROL_PX} px: {s}" for s in page.evaluate(JS_SHORT_CONTROLS, MIN_CONTROL_PX)[:8]]
        for img in page.evaluate(JS_IMAGES):
            if not (img["alt"] or "").strip():
                problems.append(f"image without a description (alt): {img['src']}")
            if img["shown"] and img["right"] > PHONE["width"] + 0.5:
                problems.append(f"image wider than the screen: {img['src']} ends at {img['right']:.0f} px")
            if img["shown"] and img["natural"] > PHONE["width"] and img["width"] > PHONE["width"]:
                problems.append(f"image not scaled down: {img['src']} ({img['natural']} px shown {img['width']:.0f} px wide)")
        ids = set(page.evaluate("() => [...document.querySelectorAll('[id]')].map(e => e.id)"))
        problems += link_problems(website, served, path, page.evaluate(JS_LINKS), ids)
        page.add_script_tag(path=str(_axe_js()))
        violations = page.evaluate(JS_AXE)
        for v in violations:
            if v["impact"] in ("serious", "critical"):
                problems.append(f"axe {v['impact']}: {v['id']} ({v['help']}), {len(v['nodes'])} node(s): "
                                + " | ".join(v["nodes"][:3]))
        if path in LESSON_PAGES:
            problems += launch_problems(page, website, path)
        problems += [f"browser error: {e}" for e in errors]
        if path.endswith(tuple(DOWNLOADS.values())):
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = false)")
            page.screenshot(path=str(shots / f"{name}-full.png"), full_page=True)
    finally:
        page.close()
    assert not problems, f"{path} at 360 x 800:\n  " + "\n  ".join(problems)


@pytest.mark.browser
def test_run_in_the_browser_opens_that_lesson(website, served, phone):
    """The in-browser edition, opened from a lesson page's button, shows that lesson's notebook
    (JupyterLab loads and opens the file; the kernel and Run All are tests/browser/test_lite.py's)."""
    nb = _lessons("id")[2]
    page, _ = _open(phone, served, f"{nb.stem}.html")
    try:
        page.set_viewport_size({"width": 1280, "height": 900})
        page.locator('.kss-launch a[data-kss-launch="lite"]').click()
        page.wait_for_url(re.compile(r"/lite/lab/"), timeout=60_000)
        page.locator(f'.lm-TabBar-tab[title*="{nb.name}"], .lm-TabBar-tabLabel:has-text("{nb.name}")').first.wait_for(
            timeout=90_000)
    finally:
        page.close()


@pytest.mark.browser
def test_school_hub_form_makes_the_nbgitpuller_link(served, phone):
    project = _project()
    nb = _lessons("id")[2]
    page, _ = _open(phone, served, f"{nb.stem}.html")
    try:
        page.locator(".kss-hub > summary").click()
        field = page.locator(".kss-hub-form input")
        field.fill("not a web address")
        page.locator(".kss-hub-form button").click()
        result = page.locator(".kss-hub-result")
        assert "bukan alamat web" in result.inner_text() and page.locator(".kss-hub-link").count() == 0
        field.fill("hub.sekolah.sch.id/hub/home")      # as a teacher may paste it from the hub's page
        page.locator(".kss-hub-form button").click()
        link = urllib.parse.urlsplit(page.locator(".kss-hub-link").get_attribute("href"))
        query = {k: v[0] for k, v in urllib.parse.parse_qs(link.query).items()}
        assert (link.scheme, link.netloc, link.path) == ("https", "hub.sekolah.sch.id", "/hub/user-redirect/git-pull")
        assert query == {"repo": project["urls"]["Repository"], "branch": "main", "targetpath": HUB_FOLDER,
                         "urlpath": f"lab/tree/{HUB_FOLDER}/notebooks/id/{nb.name}"}, query
    finally:
        page.close()
    # the next lesson page remembers the hub (the teacher types it once)
    other = _lessons("id")[3]
    page, _ = _open(phone, served, f"{other.stem}.html")
    try:
        href = page.locator(".kss-hub-link").get_attribute("href", timeout=5000)
        assert href.startswith("https://hub.sekolah.sch.id/hub/user-redirect/git-pull?")
        assert urllib.parse.quote(f"notebooks/id/{other.name}", safe="") in href
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_downloads_page_lists_every_file_with_its_size(website, served, phone, lang):
    page, _ = _open(phone, served, _page_path(lang, DOWNLOADS[lang]))
    try:
        files = page.evaluate("() => [...document.querySelectorAll('a.kss-file')].map(a => [a.href, a.innerText])")
    finally:
        page.close()
    shown = {}
    for href, text in files:
        rel = urllib.parse.unquote(urllib.parse.urlsplit(href).path).lstrip("/")
        path = website / rel
        assert path.is_file(), f"{rel} is not in the site"
        size = size_shown(text)
        assert size, f"{rel}: no size shown ({text!r})"
        assert abs(size[0] - path.stat().st_size) <= size[1], f"{rel}: shown {text!r}, the file has {path.stat().st_size} bytes"
        shown[rel] = path
    names = {Path(r).name for r in shown}
    assert {"kss-lite.zip", "kss-notebooks.zip", "kss-handouts.zip", "kss-slides.zip"} <= names
    for nb in _lessons(lang):
        mine = [r for r in shown if Path(r).name.startswith(nb.stem)]
        kinds = {Path(r).suffix for r in mine}
        assert {".pdf", ".html", ".ipynb"} <= kinds, f"{nb.name}: the downloads page offers only {mine}"
        assert sum(1 for r in mine if r.endswith(".pdf")) >= 2, f"{nb.name}: student and teacher PDFs expected: {mine}"
    with zipfile.ZipFile(website / "downloads" / "kss-notebooks.zip") as z:
        inside = set(z.namelist())
    for must in (f"kss-notebooks/notebooks/{lang}/{_lessons(lang)[0].name}", "kss-notebooks/kss/__init__.py",
                 "kss-notebooks/data/datapackage.json", "kss-notebooks/requirements.txt", "kss-notebooks/pyproject.toml",
                 # what `make lab` needs in the unzipped folder (the teachers' page says it works there)
                 "kss-notebooks/Makefile", "kss-notebooks/tools/lab_language.py",
                 "kss-notebooks/jupyter-settings/lab/settings/overrides.d/kss-bahasa-indonesia.json"):
        assert must in inside, f"kss-notebooks.zip lacks {must}"
    with zipfile.ZipFile(website / "downloads" / "kss-lite.zip") as z:
        assert "kss-lite/index.html" in z.namelist() and f"kss-lite/files/notebooks/{lang}/{_lessons(lang)[0].name}" in z.namelist()


# what a reader sees of a quiz question, inputs aside: each element's own text, the text CSS
# adds before and after it (content: ...), its left border and whether it is shown
JS_QUIZ_LOOK = """(question) => [...question.querySelectorAll('*')].filter(el => el.tagName !== 'INPUT').map(el => {
  const s = getComputedStyle(el), before = getComputedStyle(el, '::before'), after = getComputedStyle(el, '::after');
  const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ');
  return [own, before.content, after.content, s.borderLeftWidth, s.display].join('|');
}).join('\\n')"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_quiz_gives_feedback_without_a_kernel(served, phone, lang):
    """One quiz question answered on a lesson page, with no kernel: choosing an option must
    change what the reader sees of that question besides the radio button itself (its feedback,
    however the static view shows it: text, text added by CSS, a border). Skipped, saying so,
    while the stored quiz view has no answer inputs (before the quiz helper's CSS-only view)."""
    nb = _lessons(lang)[2]
    page, _ = _open(phone, served, _page_path(lang, f"{nb.stem}.html"))
    try:
        quiz = page.locator(".kss-static", has_text="Soal 1." if lang == "id" else "Question 1.").first
        answers = quiz.locator("input[type=radio]")
        if answers.count() == 0:
            pytest.skip("the stored quiz view has no answer inputs yet: it shows the questions, options and the "
                        "score line, and gives no feedback without a kernel")
        target = answers.first
        question = target.locator("xpath=..")
        before = question.evaluate(JS_QUIZ_LOOK)
        label = page.locator(f'label[for="{target.get_attribute("id")}"]') if target.get_attribute("id") else None
        (label if label is not None and label.count() else target).click()
        page.wait_for_timeout(100)
        assert target.is_checked(), "tapping the option's label did not choose it"
        assert question.evaluate(JS_QUIZ_LOOK) != before, "choosing an answer changed nothing the reader sees (no feedback)"
    finally:
        page.close()


@pytest.mark.browser
def test_no_request_left_the_machine(served, phone, outside):
    """Runs after the pages above: none of them asked for anything outside 127.0.0.1. Then the
    guard is shown to work: a request made now to an outside address is refused and counted."""
    assert outside == [], f"{len(outside)} request(s) tried to leave the machine:\n  " + "\n  ".join(outside[:20])
    page, _ = _open(phone, served, "index.html")
    try:
        result = page.evaluate("() => fetch('http://192.0.2.1/probe').then(() => 'answered', e => 'refused')")
    finally:
        page.close()
    assert result == "refused" and any("192.0.2.1/probe" in a for a in outside), outside
    outside.clear()
