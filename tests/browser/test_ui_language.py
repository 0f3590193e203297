"""JupyterLab opens in Bahasa Indonesia by default, with the settings the repository ships.

The server gets its default settings folder (`--LabApp.app_settings_dir`) from a scratch
prefix into which tools/lab_language.py installed jupyter-settings/ exactly as `make setup`,
Binder's postBuild and the hub recipe do. In Chromium, the menus must then show the
language pack's Indonesian labels (read from the pack's own jupyterlab.json, not typed here),
and every menu of the menu bar a lesson or the teacher guide names as "**Menu > Item**" (there
may be none: the lessons name toolbar buttons instead) must exist under that name in the live
Indonesian menus. A second server without the file must show English: the check can fail.

The English edition: `make lab-en` keeps the Indonesian default and adds the user setting
jupyter-settings/english/ (a user setting wins over a default). A server started that way
must show English labels, and every "**Menu > Item**" an English lesson names must exist
under that name in its menus, with lesson 00 of notebooks/en/ open.

The language pack misspells the menu items the lessons used to name ("Menjalakan Semua Sel",
"Demulai Lagi Kernel ..."), and JupyterLab offers no setting that relabels a menu item
(jupyter-settings/README.md). So the course names the notebook toolbar's buttons by their
icon instead ("tombol ▶▶", "the ▶▶ button", lesson 00's table of ▶, ▶▶ and ■), and keyboard
shortcuts: every button the NameError hint, the lessons and the quizzes name that way must be
in the notebook toolbar, with that icon, in both interfaces; and no text the course shows may
teach one of the pack's misspellings.
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

# the notebook toolbar of the open notebook: {command: icon} of its buttons
JS_TOOLBAR = """() => Object.fromEntries([...document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar jp-button[data-command]')]
  .map(b => [b.dataset.command, (b.querySelector('svg[data-icon]') || {dataset: {}}).dataset.icon]))"""

# a toolbar button as the course names it (by the glyph that looks like its icon): its
# command and JupyterLab's icon
TOOLBAR_GLYPHS = {
    "▶▶": ("notebook:restart-run-all", "ui-components:fast-forward"),
    "▶": ("notebook:run-cell-and-select-next", "ui-components:run"),
    "■": ("notebook:interrupt-kernel", "ui-components:stop"),
    "↻": ("notebook:restart-kernel", "ui-components:refresh"),
}
# the course shows these glyphs only to name a toolbar button ("tombol ▶", "Tombol ■", "the ▶, ▶▶
# and ■ buttons", "| **■** |" in lesson 00's table): every one it shows is checked
NAMED_BUTTON = re.compile("|".join(sorted(TOOLBAR_GLYPHS, key=len, reverse=True)))
MENU_ITEM = re.compile(r"\*\*([^*>\n]+?) > ([^*\n]+?)\*\*")

# misspellings in jupyterlab-language-pack-id-ID 4.5.post3 (still so in the language-packs
# repository in June 2026), with the standard word: the course must never teach them
MISSPELLED = {"Menjalakan": "Menjalankan", "Demulai": "Dimulai", "Dimuali": "Dimulai",
              "Menjalan Semua": "Menjalankan Semua", "Memunkinkan": "Memungkinkan", "Aftikan": "Aktifkan"}


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
                found += [(path.name, menu, item) for menu, item in menu_items(cell.source)]
    return found


def menu_items(text: str) -> list[tuple[str, str]]:
    """(menu, item) of every '**Menu > Item**' in a Markdown text."""
    return [(menu.strip(), item.strip()) for menu, item in MENU_ITEM.findall(text)]


def test_the_menu_pattern_finds_what_a_lesson_would_write():
    """The lessons may name no menu; the pattern the menu checks use must still find one."""
    text = "Pilih **Kernel > Mulai Ulang Kernel…** lalu **Run > Run All Cells**; **Kernel** alone, a > b."
    assert menu_items(text) == [("Kernel", "Mulai Ulang Kernel…"), ("Run", "Run All Cells")]


def lab_menus(server, browser, path: str = "notebooks/id/00-mulai-di-sini.ipynb") -> tuple[dict, dict, dict]:
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
        page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar jp-button", timeout=60_000)
        toolbar = page.evaluate(JS_TOOLBAR)
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
        return labels, menus, toolbar
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
    labels, menus, _toolbar = indonesian_lab
    pack = pack_translations()
    print(json.dumps(labels, ensure_ascii=False), json.dumps(menus, ensure_ascii=False)[:600])
    for command, english in COMMANDS.items():
        assert labels[command] == pack[english], (
            f"{command}: the menu shows {labels[command]!r}, the Indonesian language pack says {pack[english]!r}")
    items = [i for entries in menus.values() for i in entries]
    assert pack["Run All Cells"] in items and pack["Interrupt Kernel"] in items


@pytest.mark.browser
def test_every_menu_a_lesson_names_exists_in_the_indonesian_ui(indonesian_lab):
    _labels, menus, _toolbar = indonesian_lab
    # menus of the menu bar only (a context menu such as the file browser's Open With is not read)
    named = [(f, m, i) for f, m, i in named_menus() if m in menus]
    wrong = [f"{f}: **{m} > {i}** (the {m} menu has: {menus[m]})" for f, m, i in named if i not in menus[m]]
    assert not wrong, "menus named in a lesson that the Indonesian UI does not show:\n" + "\n".join(wrong)


@pytest.mark.browser
def test_without_the_shipped_file_the_same_check_sees_english(browser_requirements, browser, tmp_path_factory):
    empty = tmp_path_factory.mktemp("no-settings")
    server = lab.LabServer(tmp_path_factory.mktemp("lab-en"),
                           extra_args=[f"--LabApp.app_settings_dir={empty}"]).start()
    try:
        labels, _menus, _toolbar = lab_menus(server, browser)
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
        labels, menus, toolbar = lab_menus(server, browser, "notebooks/en/00-start-here.ipynb")
    finally:
        server.stop()
    assert_named_buttons_exist(toolbar, "en")
    pack = pack_translations()
    for command, english in COMMANDS.items():
        assert labels[command] == english and english != pack[english], (
            f"{command}: with the English user setting the menu shows {labels[command]!r}, not {english!r}")
    named = [(f, m, i) for f, m, i in named_menus("en") if m in menus]
    wrong = [f"{f}: **{m} > {i}** (the {m} menu has: {menus[m]})" for f, m, i in named if i not in menus[m]]
    assert not wrong, "menus named in an English lesson that the English UI does not show:\n" + "\n".join(wrong)


def shown_texts(lang: str) -> list[tuple[str, str]]:
    """(where, text) of what the course shows a learner or teacher in one edition: the
    NameError hint (first), every Markdown cell of the lessons and the teacher guide, and
    every question of the lessons' quizzes (kss/quizzes/)."""
    import nbformat
    from kss import quiz
    from kss.labels import set_language, t, language
    before = language()
    set_language(lang)
    try:
        found = [("the NameError hint (kss.labels setup.hint_name)", t("setup.hint_name", name="x"))]
    finally:
        set_language(before)
    for path in sorted((lab.REPO / "notebooks" / lang).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        found += [(f"{path.name}, cell {n}", c.source) for n, c in enumerate(nb.cells, 1) if c.cell_type == "markdown"]
    for lesson in quiz.lessons():
        for q in quiz.questions_for(lesson, lang):
            found.append((f"kss/quizzes/{lesson}.yml, question {q.id}",
                          "\n".join([q.stimulus, q.text, *q.options, q.explanation])))
    return found


def named_buttons(lang: str) -> list[tuple[str, str]]:
    """(where, glyph) of every toolbar button the hint or a lesson names by its icon."""
    return [(where, glyph) for where, text in shown_texts(lang) for glyph in NAMED_BUTTON.findall(text)]


def assert_named_buttons_exist(toolbar: dict, lang: str) -> None:
    named = named_buttons(lang)
    assert any(where.startswith("the NameError hint") for where, _glyph in named), \
        f"the {lang} NameError hint names no toolbar button by its icon"
    assert any(not where.startswith("the NameError hint") for where, _glyph in named), \
        f"no {lang} lesson names a toolbar button by its icon: the pattern or the lessons changed"
    wrong = [f"{where}: the {glyph} button ({TOOLBAR_GLYPHS[glyph][0]}); the toolbar has {toolbar}"
             for where, glyph in named if toolbar.get(TOOLBAR_GLYPHS[glyph][0]) != TOOLBAR_GLYPHS[glyph][1]]
    assert not wrong, "buttons named by their icon that the notebook toolbar does not show so:\n" + "\n".join(wrong)


@pytest.mark.browser
def test_every_toolbar_button_the_hint_and_lessons_name_is_there(indonesian_lab):
    _labels, _menus, toolbar = indonesian_lab
    print(json.dumps(toolbar))
    assert_named_buttons_exist(toolbar, "id")


def test_the_misspellings_are_still_in_the_language_pack():
    """When a release of the pack fixes one, its menu may be named again (update MISSPELLED)."""
    translations = " ".join(pack_translations().values())
    gone = [word for word in MISSPELLED if word not in translations]
    assert not gone, f"the language pack no longer has {gone}: update MISSPELLED and the course's menu wording"


def misspelled_in(texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {word!r} (standard: {standard!r})" for where, text in texts
            for word, standard in MISSPELLED.items() if re.search(rf"\b{word}\b", text)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_hint_teaches_no_misspelling_of_the_language_pack(lang):
    found = misspelled_in(shown_texts(lang)[:1])
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_lesson_teaches_a_misspelling_of_the_language_pack(lang):
    found = misspelled_in(shown_texts(lang)[1:])
    assert not found, "a lesson or the guide names a misspelled interface label:\n" + "\n".join(found)
