"""Screenshots for the teacher guide PDF: the first steps in JupyterLab and every explorer.

    python -m tools.screenshots          # rewrites docs/screenshots/*.png (needs Chromium)

Runs the real thing, offline: JupyterLab from this environment (in Bahasa Indonesia, with the
course's settings from jupyter-settings/) on 127.0.0.1, serving a copy of notebooks/, in
Debian's Chromium (the browser test's server, tests/browser/lab.py). It opens lesson 00 as a
learner does, shows the Run and Kernel menus, then runs every lesson with an interactive view
and photographs each widget as it first appears. The pictures are committed (small PNGs), so
`make handouts` prints the guide without starting JupyterLab; run this tool again after a
widget or the interface changes. FIRST_STEPS and WIDGETS list them; the captions the guide prints are in the locale files.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kss.labels import t
from tests.browser import lab
from tools import lab_language

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

# the shots, in the order the guide prints them (in the section named by the prefix); the
# caption of each is tools.screenshots.<name> in kss/locales/<lang>.yml (the English guide
# shows the Indonesian edition's pictures, with English captions)
FIRST_STEPS = ("langkah-1-pelajaran-00", "langkah-2-menu-run", "langkah-3-menu-kernel", "langkah-4-sel-persiapan")
WIDGETS = {   # lesson file -> [(CSS class of the widget, shot name)]
    "00-mulai-di-sini.ipynb": [("kss-explorer", "widget-00-pertama")],
    "01-apa-itu-kss.ipynb": [("kss-activity", "widget-01-memilah")],
    "02-konferensi-asia-afrika.ipynb": [("kss-explorer", "widget-02-peta")],
    "03-dari-bandung-ke-bapa40.ipynb": [("kss-explorer", "widget-03-garis-waktu")],
    "04-manfaat-kss.ipynb": [("kss-explorer", "widget-04-pembangunan")],
    "05-peran-indonesia.ipynb": [("kss-explorer", "widget-05-mitra"), ("kss-factcheck", "widget-05-periksa-fakta")],
    "06-contoh-kss.ipynb": [("kss-explorer", "widget-06-contoh")],
    "07-tantangan-kss.ipynb": [("kss-explorer", "widget-07-kesenjangan")],
    "08-rangkuman-dan-proyek.ipynb": [("kss-explorer", "widget-08-proyek")],
}


def names() -> list[str]:
    """Every shot's name: the first steps, then the widgets."""
    return list(FIRST_STEPS) + [name for shots in WIDGETS.values() for _css, name in shots]


def captions(lang: str = "id") -> dict[str, str]:
    return {name: t(f"tools.screenshots.{name}", lang) for name in names()}


def _small(path: Path, width: int = 1100, height: int = 1300) -> None:
    """Shrink and quantise a screenshot so the repository stays small; a very tall widget
    (cards below the figure) is cut below its controls and figure."""
    from PIL import Image
    image = Image.open(path).convert("RGB")
    if image.width > width:
        image = image.resize((width, round(image.height * width / image.width)))
    if image.height > height:
        image = image.crop((0, 0, image.width, height))
    image.quantize(colors=96, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main() -> int:
    from playwright.sync_api import sync_playwright
    problem = lab.missing_requirement()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "prefix"
        lab_language.install(prefix)
        server = lab.LabServer(Path(tmp) / "lab", extra_args=[
            f"--LabApp.app_settings_dir={prefix / 'share/jupyter/lab/settings'}"]).start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=lab.chromium_path(), headless=True, args=lab.CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                first_steps(server, context)
                # a tall window: every widget fits on screen, so its picture is whole
                context = browser.new_context(viewport={"width": 1280, "height": 2400})
                for name, shots in WIDGETS.items():
                    widgets(server, context, name, shots)
                browser.close()
        finally:
            server.stop()
    for path in sorted(OUT.glob("*.png")):
        _small(path)
        print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} kB")
    return 0


def first_steps(server, context) -> None:
    check = lab.NotebookCheck(server, context, "notebooks/id/00-mulai-di-sini.ipynb")
    check.page = page = context.new_page()
    try:
        check.open()
        page.evaluate("() => window.jupyterapp.shell.expandLeft && window.jupyterapp.shell.expandLeft()")
        page.wait_for_timeout(800)
        page.screenshot(path=str(OUT / "langkah-1-pelajaran-00.png"))
        for title, shot in (("Run", "langkah-2-menu-run"), ("Kernel", "langkah-3-menu-kernel")):
            page.locator("#jp-MainMenu .lm-MenuBar-item", has_text=title).first.click()
            page.wait_for_selector(".lm-Menu:not(.lm-mod-hidden)")
            page.wait_for_timeout(300)
            page.screenshot(path=str(OUT / f"{shot}.png"), clip={"x": 0, "y": 0, "width": 900, "height": 560})
            page.keyboard.press("Escape")
        page.evaluate("() => window.jupyterapp.shell.collapseLeft && window.jupyterapp.shell.collapseLeft()")
        page.evaluate("""() => { const p = window.__kssPanel('notebooks/id/00-mulai-di-sini.ipynb');
                                 p.content.activeCellIndex = 4; p.content.mode = 'command'; }""")
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-cell')")
        page.wait_for_function("""() => { const p = window.__kssPanel('notebooks/id/00-mulai-di-sini.ipynb');
                                 const c = p.content.widgets[4]; return c.model.executionCount !== null && c.model.outputs.length > 0; }""",
                               timeout=60_000)
        page.wait_for_timeout(500)
        _shoot_top(page, page.locator(".jp-Notebook .jp-Cell").nth(3), OUT / "langkah-4-sel-persiapan.png", 175)
    finally:
        page.close()
        server.shutdown_sessions(check.path)


def _shoot_top(page, element, path: Path, height: int) -> None:
    """A picture of the element from its top, at most `height` pixels (what is on screen)."""
    element.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(400)
    box = element.bounding_box()
    view = page.viewport_size
    top = max(0, box["y"] - 6)
    page.screenshot(path=str(path), clip={"x": max(0, box["x"] - 6), "y": top, "width": min(box["width"] + 12, view["width"]),
                                          "height": min(height, box["height"] + 12, view["height"] - top)})


def widgets(server, context, name: str, shots) -> None:
    path = f"notebooks/id/{name}"
    check = lab.NotebookCheck(server, context, path)
    check.page = page = context.new_page()
    try:
        check.open()
        check.run_all()
        seen: dict[str, int] = {}
        for css, shot in shots:
            k = seen.get(css, 0)
            seen[css] = k + 1
            _shoot_top(page, page.locator(f".{css}").nth(k), OUT / f"{shot}.png", 1500)
    finally:
        page.close()
        server.shutdown_sessions(path)


if __name__ == "__main__":
    raise SystemExit(main())
