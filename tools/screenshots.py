"""Screenshots for the teacher guide PDF: the first steps in JupyterLab and every explorer.

    python -m tools.screenshots          # retakes docs/screenshots/*.png and manifest.json (needs Chromium)
    python -m tools.screenshots --check  # no browser: which shots no longer match the lessons

Runs the real thing, offline: JupyterLab from this environment (in Bahasa Indonesia, with the
course's settings from jupyter-settings/) on 127.0.0.1, serving a copy of notebooks/, in
Debian's Chromium (the browser test's server, tests/browser/lab.py). It opens lesson 00 as a
learner does and follows what lesson 00 teaches: the lesson as it opens, the Persiapan cell
run with Shift+Enter, the notebook toolbar's ▶ ■ ▶▶ buttons beside the lesson's table of them,
and the dialog ▶▶ opens (its button *Dimulai Lagi*). Then it runs every lesson with an
interactive view and photographs each widget as it first appears. The pictures are committed
(small PNGs), so `make handouts` prints the guide without starting JupyterLab.

Each run also writes docs/screenshots/manifest.json: for every picture, the notebook and the
ids of the cells it shows, a digest of those cells' text as committed (source and text
outputs: the Waktu line, a count, a widget's static text with its labels), the interface
labels it shows, a digest of what those labels come from (the JupyterLab and language-pack
pins in requirements.txt, jupyter-settings/), and its captions. tests/test_screenshots.py
recomputes the digests without a browser and names every shot whose text changed since it
was taken (`python -m tools.screenshots --check` prints the same). FIRST_STEPS and WIDGETS
list the shots; the captions the guide prints are in the locale files.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

import nbformat

from kss.labels import t

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
MANIFEST = OUT / "manifest.json"
LESSON_00 = "notebooks/id/00-mulai-di-sini.ipynb"
RETAKE = "retake with python -m tools.screenshots"

# the shots, in the order the guide prints them (in the section named by the prefix); the
# caption of each is tools.screenshots.<name> in kss/locales/<lang>.yml (the English guide
# shows the Indonesian edition's pictures, with English captions)
FIRST_STEPS = ("langkah-1-pelajaran-00", "langkah-2-sel-persiapan", "langkah-3-bilah-alat", "langkah-4-dimulai-lagi")
WIDGETS = {   # lesson file -> [(the call on the widget cell's last line, shot name)]
    "00-mulai-di-sini.ipynb": [("intro.first_widget()", "widget-00-pertama")],
    "01-apa-itu-kss.ipynb": [("modality.sort_activity()", "widget-01-memilah")],
    "02-konferensi-asia-afrika.ipynb": [("bandung.map_explorer()", "widget-02-peta")],
    "03-dari-bandung-ke-bapa40.ipynb": [("timeline.explorer()", "widget-03-garis-waktu")],
    "04-manfaat-kss.ipynb": [("development.explorer()", "widget-04-pembangunan")],
    "05-peran-indonesia.ipynb": [("indonesia.partners_explorer()", "widget-05-mitra"),
                                 ("factcheck.activity()", "widget-05-periksa-fakta")],
    "06-contoh-kss.ipynb": [("examples.explorer()", "widget-06-contoh")],
    "07-tantangan-kss.ipynb": [("development.gap_explorer()", "widget-07-kesenjangan")],
    "08-rangkuman-dan-proyek.ipynb": [("project.designer()", "widget-08-proyek")],
}
# the root of a kss widget (kss/explorer.py, modality.py, factcheck.py)
WIDGET_CSS = ".kss-explorer, .kss-activity, .kss-factcheck"
# the toolbar buttons lesson 00 teaches (▶ ■ ▶▶), by their JupyterLab command
TOOLBAR = ("notebook:run-cell-and-select-next", "notebook:interrupt-kernel", "notebook:restart-run-all")
# where the interface's words come from: a change here may change what a first-steps shot shows
INTERFACE_PINS = re.compile(r"^(jupyterlab|jupyterlab-language-pack-id-ID)==", re.M | re.I)
INTERFACE_FILES = ("jupyter-settings/lab/settings/overrides.d",)


def names() -> list[str]:
    """Every shot's name: the first steps, then the widgets."""
    return list(FIRST_STEPS) + [name for shots in WIDGETS.values() for _call, name in shots]


def captions(lang: str = "id") -> dict[str, str]:
    return {name: t(f"tools.screenshots.{name}", lang) for name in names()}


# ------------------------------------------------------------------ what a shot illustrates

def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def cell_text(cell) -> str:
    """The text of a committed cell a picture shows: its source and its text outputs (stream,
    text/plain, text/markdown; not pictures or HTML markup)."""
    parts = [cell.get("cell_type", ""), cell.get("source", "")]
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        for mime in ("text/plain", "text/markdown"):
            value = output.get("data", {}).get(mime)
            if value:
                parts.append(value if isinstance(value, str) else "".join(value))
    return "\n\x1e".join(parts)


def cells_digest(notebook: str, ids: list[str], root: Path = ROOT) -> tuple[str | None, list[str]]:
    """(digest of the cells' text, the ids no longer in the notebook) from the committed file."""
    nb = nbformat.read(root / notebook, as_version=4)
    by_id = {c.get("id"): c for c in nb.cells}
    gone = [i for i in ids if i not in by_id]
    if gone:
        return None, gone
    return _sha("\n\x1d".join(f"{i}\n{cell_text(by_id[i])}" for i in ids)), []


def interface_digest(root: Path = ROOT) -> str:
    """Digest of what JupyterLab's words in a first-steps shot come from: the pinned JupyterLab
    and language pack (requirements.txt) and the course's settings (jupyter-settings/)."""
    parts = sorted(m.group(0) + line.split("==", 1)[1] for line in (root / "requirements.txt").read_text().splitlines()
                   if (m := INTERFACE_PINS.match(line)))
    for folder in INTERFACE_FILES:
        for path in sorted((root / folder).glob("*")):
            parts.append(f"{path.name}\n{path.read_text()}")
    return _sha("\n\x1d".join(parts))


def widget_cell(notebook: str, call: str, root: Path = ROOT) -> str:
    """The id of the code cell whose last line is `call` (the widget a shot shows)."""
    nb = nbformat.read(root / notebook, as_version=4)
    for cell in nb.cells:
        lines = cell.source.strip().splitlines()
        if cell.cell_type == "code" and lines and lines[-1].strip() == call:
            return cell.id
    raise SystemExit(f"{notebook}: no code cell ends with {call!r}; fix WIDGETS in tools/screenshots.py")


def stale(root: Path = ROOT, manifest: Path | None = None) -> list[str]:
    """One line per shot that no longer matches what it illustrates (empty: all current)."""
    path = manifest or root / MANIFEST.relative_to(ROOT)
    try:
        shots = json.loads(path.read_text(encoding="utf-8"))["shots"]
    except (OSError, ValueError, KeyError) as e:
        return [f"{path.relative_to(root)}: unreadable ({e}): {RETAKE}"]
    problems = []
    for name in names():
        png = root / "docs" / "screenshots" / f"{name}.png"
        if not png.is_file():
            problems.append(f"{name}: no {png.relative_to(root)}: {RETAKE}")
        shot = shots.get(name)
        if shot is None:
            problems.append(f"{name}: not in {path.relative_to(root)}: {RETAKE}")
            continue
        if not (isinstance(shot, dict) and isinstance(shot.get("notebook"), str) and isinstance(shot.get("cells"), list)
                and isinstance(shot.get("digest"), str)):
            problems.append(f"{name}: its entry in {path.relative_to(root)} lacks notebook, cells or digest: {RETAKE}")
            continue
        if not (root / shot["notebook"]).is_file():
            problems.append(f"{name}: shows {shot['notebook']}, which is gone: {RETAKE}")
            continue
        digest, gone = cells_digest(shot["notebook"], shot["cells"], root)
        if gone:
            problems.append(f"{name}: shows cell(s) {', '.join(gone)} of {shot['notebook']}, no longer there: {RETAKE}")
        elif digest != shot["digest"]:
            problems.append(f"{name}: the text it shows in {shot['notebook']} (cells {', '.join(shot['cells'])}) "
                            f"changed since it was taken: {RETAKE}")
        if shot.get("interface") and shot.get("interface_digest") != interface_digest(root):
            problems.append(f"{name}: JupyterLab, its language pack or jupyter-settings/ changed since it was "
                            f"taken (it shows {', '.join(shot['interface'][:4])}...): {RETAKE}")
        for lang, caption in shot.get("captions", {}).items():
            if captions(lang)[name] != caption:
                problems.append(f"{name}: its {lang} caption (tools.screenshots.{name} in kss/locales/{lang}.yml) "
                                f"changed since it was taken: look at the picture, then {RETAKE}")
    for name in sorted(set(shots) - set(names())):
        problems.append(f"{name}: in {path.relative_to(root)} but no longer a shot the guide prints: {RETAKE}")
    return problems


# ------------------------------------------------------------------ taking the pictures

def _small(path: Path, width: int = 1100, height: int = 1300) -> None:
    """Shrink and quantise a screenshot so the repository stays small; a very tall widget
    (cards below the figure) is cut below its controls and figure."""
    from PIL import Image
    image = Image.open(path).convert("RGB")
    if image.width > width:
        image = image.resize((width, round(image.height * width / image.width)), Image.Resampling.LANCZOS)
    if image.height > height:
        image = image.crop((0, 0, image.width, height))
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


JS_VISIBLE_CELLS = """([path, clip]) => {
  const p = window.__kssPanel(path);
  const view = p.content.node.getBoundingClientRect();
  const top = Math.max(view.top, clip.y), bottom = Math.min(view.bottom, clip.y + clip.height);
  return p.content.widgets.filter(w => {
    const r = w.node.getBoundingClientRect();
    return r.height > 0 && Math.min(r.bottom, bottom) - Math.max(r.top, top) > 12;
  }).map(w => ({id: w.model.id, count: w.model.type === 'code' ? w.model.executionCount : null,
                outputs: w.model.type === 'code' ? w.model.outputs.toJSON() : []}));
}"""


class Shooter:
    def __init__(self):
        self.manifest: dict[str, dict] = {}

    def record(self, name: str, notebook: str, cells: list[str], interface: list[str] = ()) -> None:
        digest, gone = cells_digest(notebook, cells)
        if gone:
            raise SystemExit(f"{name}: cells {gone} are in the browser but not in the committed {notebook} "
                             "(a lesson changed while the tool ran?): run the tool again")
        entry = {"notebook": notebook, "cells": cells, "digest": digest}
        if interface:
            entry["interface"] = list(interface)
            entry["interface_digest"] = interface_digest()
        entry["captions"] = {lang: captions(lang)[name] for lang in ("id", "en")}
        self.manifest[name] = entry
        print(f"{name}: {notebook} cells {', '.join(cells)}" + (f"; shows {', '.join(interface)}" if interface else ""))

    def shoot(self, page, name: str, clip: dict, notebook: str, interface: list[str] = ()) -> None:
        page.wait_for_timeout(300)
        shown = page.evaluate(JS_VISIBLE_CELLS, [notebook, clip])
        page.screenshot(path=str(OUT / f"{name}.png"), clip=clip)
        self.record(name, notebook, [c["id"] for c in shown], interface)
        nb = nbformat.read(ROOT / notebook, as_version=4)
        committed = {c.get("id"): c for c in nb.cells}
        for c in shown:        # a run cell whose text differs from the committed notebook's
            if c["count"] is not None and c["id"] in committed:
                live = cell_text({**committed[c["id"]], "outputs": c["outputs"]})
                if live != cell_text(committed[c["id"]]):
                    print(f"WARNING {name}: cell {c['id']} of {notebook} shows other text here than its committed "
                          "output (the notebook needs re-executing with python -m tools.notebooks; then run this "
                          "tool again)", file=sys.stderr)

    def write(self) -> None:
        order = {name: k for k, name in enumerate(names())}
        data = {"about": "Written by python -m tools.screenshots; checked by tests/test_screenshots.py. "
                         "digest: sha256 (16 hex) of the shown cells' source and text outputs as committed; "
                         "interface_digest: of the JupyterLab pins in requirements.txt and jupyter-settings/.",
                "shots": dict(sorted(self.manifest.items(), key=lambda kv: order.get(kv[0], 99)))}
        MANIFEST.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="no browser: list the shots that no longer match the lessons")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        print("\n".join(problems) or f"{len(names())} screenshots match the lessons they illustrate")
        return 1 if problems else 0
    from playwright.sync_api import sync_playwright

    from tests.browser import lab
    from tools import lab_language
    problem = lab.missing_requirement()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    shooter = Shooter()
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "prefix"
        lab_language.install(prefix)
        server = lab.LabServer(Path(tmp) / "lab", extra_args=[
            f"--LabApp.app_settings_dir={prefix / 'share/jupyter/lab/settings'}"]).start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=lab.chromium_path(), headless=True, args=lab.CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                first_steps(lab, server, context, shooter)
                # a tall window: every widget fits on screen, so its picture is whole
                context = browser.new_context(viewport={"width": 1280, "height": 2400})
                for name, shots in WIDGETS.items():
                    widgets(lab, server, context, name, shots, shooter)
                browser.close()
        finally:
            server.stop()
    for name in names():
        path = OUT / f"{name}.png"
        _small(path)
        print(path.relative_to(ROOT), f"{path.stat().st_size // 1024} kB")
    for path in sorted(OUT.glob("*.png")):
        if path.stem not in names():
            path.unlink()
            print(f"removed {path.relative_to(ROOT)} (no longer a shot)")
    shooter.write()
    problems = stale()
    print("\n".join(problems) or f"{MANIFEST.relative_to(ROOT)}: {len(names())} shots, all match the committed lessons")
    return 1 if problems else 0


def _cell_index(page, notebook: str, cell_id: str) -> int:
    index = page.evaluate("""([path, id]) => window.__kssPanel(path).content.widgets.findIndex(w => w.model.id === id)""",
                          [notebook, cell_id])
    if index < 0:
        raise SystemExit(f"{notebook}: no cell {cell_id} in the browser")
    return index


def _setup_cell(notebook: str) -> str:
    nb = nbformat.read(ROOT / notebook, as_version=4)
    return next(c.id for c in nb.cells if c.cell_type == "code" and c.source.strip().endswith("setup()"))


def first_steps(lab, server, context, shooter: Shooter) -> None:
    path = LESSON_00
    check = lab.NotebookCheck(server, context, path)
    check.page = page = context.new_page()
    view = page.viewport_size
    try:
        check.open()
        # 1. the lesson as it opens, with the file browser
        page.evaluate("() => window.jupyterapp.shell.expandLeft && window.jupyterapp.shell.expandLeft()")
        page.wait_for_timeout(800)
        menus = page.locator("#jp-MainMenu .lm-MenuBar-itemLabel").all_inner_texts()
        shooter.shoot(page, "langkah-1-pelajaran-00", {"x": 0, "y": 0, "width": view["width"], "height": view["height"]},
                      path, interface=menus + [page.locator(".jp-DirListing-headerItem").first.inner_text().strip()])
        page.evaluate("() => window.jupyterapp.shell.collapseLeft && window.jupyterapp.shell.collapseLeft()")
        # 2. the Persiapan cell: click it once, Shift+Enter (what the lesson says)
        setup = _cell_index(page, path, _setup_cell(path))
        cell = page.locator(".jp-Notebook .jp-Cell").nth(setup)
        cell.evaluate("e => e.scrollIntoView({block: 'center'})")
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        page.wait_for_function("""([path, i]) => { const c = window.__kssPanel(path).content.widgets[i];
                                 return c.model.executionCount !== null && c.model.outputs.length > 0; }""",
                               arg=[path, setup], timeout=60_000)
        page.wait_for_timeout(500)
        heading = page.locator(".jp-Notebook .jp-Cell").nth(setup - 1)
        heading.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(400)
        top, bottom = heading.bounding_box(), cell.bounding_box()
        left = top["x"] - 6
        shooter.shoot(page, "langkah-2-sel-persiapan",
                      {"x": left, "y": top["y"] - 6, "width": min(bottom["width"] + 12, view["width"] - left),
                       "height": bottom["y"] + bottom["height"] - top["y"] + 10}, path)
        # 3. the notebook toolbar's buttons beside the lesson's table of them
        table = page.locator(".jp-Notebook .jp-Cell").filter(has_text="▶▶").filter(has=page.locator("table")).first
        table.evaluate("e => e.scrollIntoView({block: 'start'})")
        buttons = [page.locator(f'.jp-NotebookPanel-toolbar [data-command="{c}"]').first for c in TOOLBAR]
        titles = [b.get_attribute("title") or b.locator("[title]").first.get_attribute("title") or "" for b in buttons]
        page.add_style_tag(content=" ".join(f'.jp-NotebookPanel-toolbar [data-command="{c}"]'
                                            " {outline: 3px solid #d62728; outline-offset: -1px; border-radius: 3px}"
                                            for c in TOOLBAR))
        page.wait_for_timeout(400)
        box = table.bounding_box()
        shooter.shoot(page, "langkah-3-bilah-alat",
                      {"x": 0, "y": 0, "width": view["width"], "height": min(view["height"], box["y"] + box["height"] + 12)},
                      path, interface=[t.strip() for t in titles])
        # 4. ▶▶ asks first: the dialog and its Dimulai Lagi button
        buttons[2].click()
        dialog = page.locator(".jp-Dialog-content")
        dialog.wait_for()
        page.wait_for_timeout(500)
        words = [dialog.locator(".jp-Dialog-header").inner_text().strip(),
                 *[b.strip() for b in dialog.locator(".jp-Dialog-button").all_inner_texts()]]
        d = dialog.bounding_box()
        pad = 120
        x, y = max(0, d["x"] - pad), max(0, d["y"] - pad)
        shooter.shoot(page, "langkah-4-dimulai-lagi",
                      {"x": x, "y": y, "width": min(view["width"] - x, d["width"] + 2 * pad),
                       "height": min(view["height"] - y, d["height"] + 2 * pad)}, path, interface=words)
        page.keyboard.press("Escape")
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


def widgets(lab, server, context, name: str, shots, shooter: Shooter) -> None:
    path = f"notebooks/id/{name}"
    check = lab.NotebookCheck(server, context, path)
    check.page = page = context.new_page()
    try:
        check.open()
        check.run_all()
        for call, shot in shots:
            cell_id = widget_cell(path, call)
            index = _cell_index(page, path, cell_id)
            view = page.locator(".jp-Notebook .jp-Cell").nth(index).locator(WIDGET_CSS).first
            _shoot_top(page, view, OUT / f"{shot}.png", 1500)
            shooter.record(shot, path, [cell_id])
    finally:
        page.close()
        server.shutdown_sessions(path)


if __name__ == "__main__":
    raise SystemExit(main())
