"""Shared machinery of the classroom kit: notebook -> self-contained HTML (nbconvert) -> A4 PDF
(Debian's Chromium through Playwright), offline.

    html = to_html(notebook, title)                 # nbconvert, template tools/templates/kss_print
    print_pdfs([PrintJob(html_path, pdf_path, title), ...])

Chromium loads only the local file: every request that is not file:, data: or loopback is
refused (and counted: print_pdfs raises if the page asked for anything on the network, so
a template that starts loading a CDN script fails the build instead of printing a page
without it). Every page gets a footer with the document's title and "Halaman N dari M"
("Page N of M" in the English edition's kit).
"""
from __future__ import annotations

import contextlib
import html
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from kss.editions import EDITIONS
from kss.labels import LANGUAGES, t

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "tools" / "templates"
PRINT_CSS = TEMPLATES / "kss_print" / "print.css"
CHROMIUM = os.environ.get("KSS_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions"]
MARGIN = {"top": "14mm", "bottom": "16mm", "left": "15mm", "right": "15mm"}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# the page number in every page's footer; {page} and {total} are filled in by Chromium
PAGE_OF = {lang: t("tools.printing.page_of", lang) for lang in LANGUAGES}   # the footer's page number


class PrintError(RuntimeError):
    """The kit cannot be built (missing Chromium, a page that wanted the network ...)."""


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("file", "data", "about", "blob"):
        return True
    return parsed.scheme in ("http", "https", "ws") and (parsed.hostname or "") in LOCAL_HOSTS


# ---------------------------------------------------------------- notebook -> HTML

def exporter():
    from nbconvert import HTMLExporter
    exp = HTMLExporter(template_name="kss_print", extra_template_basedirs=[str(TEMPLATES)])
    exp.exclude_input = True
    exp.exclude_input_prompt = True
    exp.exclude_output_prompt = True
    return exp


def to_html(nb, title: str) -> str:
    """A self-contained HTML page of `nb` (code inputs hidden, no script, print CSS inlined)."""
    nb.metadata["title"] = title
    body, _resources = exporter().from_notebook_node(
        nb, resources={"kss_print_css": PRINT_CSS.read_text(encoding="utf-8")})
    return body


def figure_html(png_base64: str, caption: str) -> str:
    """One figure with its caption, kept together on a page (CSS: figure.kss-figure)."""
    cap = html.escape(caption)
    return (f'<figure class="kss-figure"><img src="data:image/png;base64,{png_base64}" alt="{cap}">'
            f'<figcaption>{cap}</figcaption></figure>')


# ---------------------------------------------------------------- HTML -> PDF

@dataclass(frozen=True)
class PrintJob:
    html_path: Path
    pdf_path: Path
    title: str            # in every page's footer
    lang: str = "id"      # the language of the footer's page number (PAGE_OF)


def footer(title: str, lang: str = "id") -> str:
    number = html.escape(PAGE_OF[lang]).format(page='<span class="pageNumber"></span>',
                                               total='<span class="totalPages"></span>')
    return ('<div style="font-size:8.5px;width:100%;margin:0 15mm;display:flex;justify-content:space-between;'
            'font-family:DejaVu Sans,Arial,sans-serif;color:#444">'
            f'<span>{html.escape(title)}</span>'
            f'<span>{number}</span></div>')


def missing_requirement() -> str | None:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return (f"Chromium not found at {CHROMIUM} (install Debian's package: apt-get install chromium; "
                "or point KSS_CHROMIUM at a Chromium binary)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install -r requirements-test.txt)"
    return None


def print_pdfs(jobs: list[PrintJob], home: Path | None = None) -> list[Path]:
    """Print every job's HTML file to an A4 PDF with one headless Chromium. Raises PrintError
    if Chromium is missing or a page asked for anything beyond the local file."""
    problem = missing_requirement()
    if problem:
        raise PrintError(problem)
    from playwright.sync_api import sync_playwright
    home = Path(home or ROOT / "build" / "chromium-home")
    home.mkdir(parents=True, exist_ok=True)
    done = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            env=dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                     XDG_CACHE_HOME=str(home / ".cache")))
        try:
            context = browser.new_context()
            refused: list[str] = []

            def guard(route):
                if is_local(route.request.url):
                    route.continue_()
                else:
                    refused.append(route.request.url)
                    route.abort()

            context.route("**/*", guard)
            for job in jobs:
                page = context.new_page()
                page.goto(job.html_path.resolve().as_uri(), wait_until="load")
                page.emulate_media(media="print")
                job.pdf_path.parent.mkdir(parents=True, exist_ok=True)
                page.pdf(path=str(job.pdf_path), format="A4", print_background=True,
                         display_header_footer=True, header_template="<span></span>",
                         footer_template=footer(job.title, job.lang), margin=MARGIN)
                page.close()
                if refused:
                    raise PrintError(f"{job.html_path.name} asked for the network while printing "
                                     f"(refused): {sorted(set(refused))[:3]}")
                done.append(job.pdf_path)
        finally:
            browser.close()
    return done


@contextlib.contextmanager
def language(lang: str):
    """The helpers' words (kss.labels) in `lang` while the kit of that edition is built."""
    from kss import labels
    before = labels.language()
    labels.set_language(lang)
    try:
        yield
    finally:
        labels.set_language(before)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


# ---------------------------------------------------------------- reading the lessons
# (shared by handouts, worksheets and slides)

QUIZ_CALL = re.compile(r"lesson_quiz\(\s*[\"'](\d\d)[\"']\s*\)")


def lesson_files(numbers=None, lang: str = "id") -> list[Path]:
    files = EDITIONS[lang].lessons()
    if numbers:
        files = [f for f in files if f.name[:2] in numbers]
    return files


def title_of(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^# +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                return m.group(1)
    return ""


def is_widget_cell(cell) -> bool:
    return cell.cell_type == "code" and "nbval-ignore-output" in cell.metadata.get("tags", [])


def widget_name(cell) -> str:
    """'bandung.map_explorer' or 'quiz.l02' for a widget cell."""
    m = QUIZ_CALL.search(cell.source)
    if m:
        return f"quiz.l{m.group(1)}"
    last = [ln for ln in cell.source.strip().splitlines() if ln.strip()][-1].strip()
    m = re.match(r"([a-z_]+)\.([a-z_]+)\(", last)
    return f"{m.group(1)}.{m.group(2)}" if m else ""
