"""JupyterLab opens in Bahasa Indonesia by default, with the settings the repository ships.

The server gets its default settings folder (`--LabApp.app_settings_dir`) from a scratch
prefix into which tools/lab_language.py installed jupyter-settings/ exactly as `make setup`,
Binder's postBuild and the hub recipe do. In Chromium, the menus must then show the
language pack's Indonesian labels (read from the pack's own jupyterlab.json, not typed here),
and every menu a lesson or the teacher guide names as "**Menu > Item**" must exist under
that name in the live Indonesian menus. A second server without the file must show English:
the check can fail.

The English edition: `make lab-en` keeps the Indonesian default and adds the user setting
jupyter-settings/english/ (a user setting wins over a default). A server started that way
must show English labels, and every "**Menu > Item**" an English lesson names must exist
under that name in its menus, with lesson 00 of notebooks/en/ open.
"""
import json
import re
import shutil
import sys

import pytest

from tests.browser import lab

from tools import lab_language

PACK = "jupyterlab_language_pack_id_ID"
# commands whose labels the lessons use; their English label is the key into the language pack
COMMANDS = {"notebook:run-all-cells": "Run All Cells", "kernelmenu:interrupt": "Interrupt Kernel",
            "kernelmenu:restart": "Restart Kernel…", "kernelmenu:shutdown": "Shut Down Kernel"}

JS_OPEN_MENU_ITEMS = """() => [...document.querySelectorAll('.lm-Menu:not(.lm-mod-hidden) .lm-Menu-itemLabel')]
  .map(e => e.textContent).filter(t => t)"""


def pack_translations() -> dict[str, str]:
    import importlib.util
    spec = importlib.util.find_spec(PACK)
    assert spec is not None, f"the language pack {PACK} is not installed (requirements.txt)"
    path = spec.submodule_search_locations[0] + "/locale/id_ID/LC_MESSAGES/jupyterlab.json"
    with open(path, encoding="utf-8") as f:
        return {k: v[0] for k, v in json.load(f).items() if k and isinstance(v, list) and v and v[0]}


def named_menus(lang: str = "id") -> list[tuple[str, str, str]]:
    """(file, menu, item) for every '**Menu > Item**' in the lessons and the teacher guide of
    one edition (notebooks/<lang>/)."""
    import nbformat
    found = []
    for path in sorted((lab.REPO / "notebooks" / lang).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                for menu, item in re.findall(r"\*\*([^*>\n]+?) > ([^*\n]+?)\*\*", cell.source):
                    found.append((path.name, menu.strip(), item.strip()))
    return found


def lab_menus(server, browser, path: str = "notebooks/id/00-mulai-di-sini.ipynb") -> tuple[dict, dict]:
    context = browser.new_context(viewport=lab.VIEWPORT)
    try:
        page = context.new_page()
        # with lesson 00 open, as a learner sees the menus (notebook items show only then)
        page.goto(f"{server.url}/lab/tree/{path}?reset", wait_until="domcontentloaded")
        page.wait_for_function("() => !!window.jupyterapp && window.jupyterapp.started !== undefined",
                               timeout=60_000)
        page.evaluate(lab.JS_FIND_PANEL)
        page.wait_for_function(f"() => !!window.__kssPanel({json.dumps(path)})", timeout=60_000)
        page.wait_for_function("() => document.querySelectorAll('#jp-MainMenu .lm-MenuBar-item').length >= 5",
                               timeout=60_000)
        page.evaluate("() => window.jupyterapp.restored")
        labels = {c: page.evaluate("(c) => window.jupyterapp.commands.label(c)", c) for c in COMMANDS}
        menus = {}
        bar = page.locator("#jp-MainMenu .lm-MenuBar-item")
        for k in range(bar.count()):
            item = bar.nth(k)
            title = item.locator(".lm-MenuBar-itemLabel").inner_text()
            for attempt in range(4):       # on a busy machine the first click may come too early
                page.keyboard.press("Escape")
                item.click()
                try:
                    page.wait_for_selector(".lm-Menu:not(.lm-mod-hidden) .lm-Menu-itemLabel", timeout=8_000)
                    break
                except Exception:
                    if attempt == 3:
                        raise AssertionError(f"the {title} menu did not open after 4 clicks") from None
            menus[title] = page.evaluate(JS_OPEN_MENU_ITEMS)
            page.keyboard.press("Escape")
        return labels, menus
    finally:
        context.close()


@pytest.fixture(scope="module")
def shipped_settings(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("prefix")
    installed = lab_language.install(prefix)
    assert installed.is_file()
    return prefix / "share" / "jupyter" / "lab" / "settings"


@pytest.fixture(scope="module")
def indonesian_lab(browser_requirements, browser, shipped_settings, tmp_path_factory):
    server = lab.LabServer(tmp_path_factory.mktemp("lab-id"),
                           extra_args=[f"--LabApp.app_settings_dir={shipped_settings}"]).start()
    try:
        yield lab_menus(server, browser)
    finally:
        server.stop()


@pytest.mark.browser
def test_lab_shows_the_language_packs_indonesian_menu_labels(indonesian_lab):
    labels, menus = indonesian_lab
    pack = pack_translations()
    print(json.dumps(labels, ensure_ascii=False), json.dumps(menus, ensure_ascii=False)[:600])
    for command, english in COMMANDS.items():
        assert labels[command] == pack[english], (
            f"{command}: the menu shows {labels[command]!r}, the Indonesian language pack says {pack[english]!r}")
    items = [i for entries in menus.values() for i in entries]
    assert pack["Run All Cells"] in items and pack["Interrupt Kernel"] in items


@pytest.mark.browser
def test_every_menu_a_lesson_names_exists_in_the_indonesian_ui(indonesian_lab):
    _labels, menus = indonesian_lab
    named = [(f, m, i) for f, m, i in named_menus() if m in menus]
    assert named, "no lesson names a menu as **Menu > Item**: the pattern or the lessons changed"
    wrong = [f"{f}: **{m} > {i}** (the {m} menu has: {menus[m]})" for f, m, i in named if i not in menus[m]]
    assert not wrong, "menus named in a lesson that the Indonesian UI does not show:\n" + "\n".join(wrong)


@pytest.mark.browser
def test_without_the_shipped_file_the_same_check_sees_english(browser_requirements, browser, tmp_path_factory):
    empty = tmp_path_factory.mktemp("no-settings")
    server = lab.LabServer(tmp_path_factory.mktemp("lab-en"),
                           extra_args=[f"--LabApp.app_settings_dir={empty}"]).start()
    try:
        labels, _menus = lab_menus(server, browser)
    finally:
        server.stop()
    assert labels["notebook:run-all-cells"] == "Run All Cells"
    assert labels["notebook:run-all-cells"] != pack_translations()["Run All Cells"]


ENGLISH_USER_SETTINGS = lab.REPO / "jupyter-settings" / "english"   # what `make lab-en` copies


@pytest.mark.browser
def test_make_lab_en_shows_english_and_every_menu_an_english_lesson_names(
        browser_requirements, browser, shipped_settings, tmp_path_factory):
    server = lab.LabServer(tmp_path_factory.mktemp("lab-en-edition"),
                           extra_args=[f"--LabApp.app_settings_dir={shipped_settings}"])
    # as `make lab-en`: the user settings folder holds jupyter-settings/english/
    shutil.copytree(ENGLISH_USER_SETTINGS, server.state / "user-settings", dirs_exist_ok=True)
    server.start()
    try:
        labels, menus = lab_menus(server, browser, "notebooks/en/00-start-here.ipynb")
    finally:
        server.stop()
    pack = pack_translations()
    for command, english in COMMANDS.items():
        assert labels[command] == english and english != pack[english], (
            f"{command}: with the English user setting the menu shows {labels[command]!r}, not {english!r}")
    named = [(f, m, i) for f, m, i in named_menus("en") if m in menus]
    assert named, "no English lesson names a menu as **Menu > Item**: the pattern or the lessons changed"
    wrong = [f"{f}: **{m} > {i}** (the {m} menu has: {menus[m]})" for f, m, i in named if i not in menus[m]]
    assert not wrong, "menus named in an English lesson that the English UI does not show:\n" + "\n".join(wrong)
