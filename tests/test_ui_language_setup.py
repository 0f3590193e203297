"""JupyterLab in Bahasa Indonesia by default: the shipped override is valid, names an installed
locale, and every setup path installs it (make setup, Binder's postBuild). The browser test
tests/browser/test_ui_language.py checks what the interface then shows."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
from tools import lab_language


def test_the_shipped_override_sets_an_installed_locale():
    settings = json.loads(lab_language.SOURCE.read_text(encoding="utf-8"))
    locale = settings["@jupyterlab/translation-extension:plugin"]["locale"]
    assert locale == "id_ID"
    pack = importlib.util.find_spec("jupyterlab_language_pack_" + locale)
    assert pack is not None, f"the override names {locale}, but its language pack is not installed"


def test_this_environment_has_it_installed():
    """`make setup` ran tools/lab_language.py for the venv the tests run in."""
    assert lab_language.installed(), (
        f"{lab_language.target()} is missing or differs from {lab_language.SOURCE}: run "
        "`python -m tools.lab_language` (make setup does)")


def test_install_writes_only_its_own_file_beside_an_admins_overrides(tmp_path):
    settings = tmp_path / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True)
    (settings / "overrides.json").write_text('{"admin": true}')
    result = subprocess.run([sys.executable, "-m", "tools.lab_language", "--prefix", str(tmp_path)],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    assert "kss-bahasa-indonesia.json" in result.stdout
    assert (settings / "overrides.json").read_text() == '{"admin": true}'
    assert lab_language.installed(tmp_path)
    check = subprocess.run([sys.executable, "-m", "tools.lab_language", "--prefix",
                            str(tmp_path / "elsewhere"), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 1 and "missing" in check.stdout


def test_postbuild_and_make_setup_install_it():
    assert "python -m tools.lab_language" in (ROOT / ".binder" / "postBuild").read_text().splitlines()
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("$(VENV)/.installed:", 1)[1].split("\n\n", 1)[0]
    assert "-m tools.lab_language" in recipe


SCHEMA = "@jupyterlab/translation-extension:plugin"


def _lab_locale(settings_dir: Path) -> str:
    """The interface language JupyterLab of this environment would report with `settings_dir`
    as its user settings folder: what its settings API answers, computed in-process by the
    same public function its handler calls (jupyterlab_server.settings_utils.get_settings)
    over LabApp's own folders; given no overrides, get_settings loads them as the server
    does (defaults, the course override, user settings). The browser test
    tests/browser/test_ui_language.py starts real servers, with both settings, and reads
    the menus they show."""
    from jupyterlab.labapp import LabApp
    from jupyterlab_server.settings_utils import get_settings
    app = LabApp()
    answer, warnings = get_settings(app.app_settings_dir, app.schemas_dir, str(settings_dir), schema_name=SCHEMA)
    assert not [w for w in warnings if w], warnings
    # a user setting, else the default (where the course override is applied)
    return answer["settings"].get("locale", answer["schema"]["properties"]["locale"]["default"])


@pytest.mark.slow
def test_make_lab_en_opens_the_english_edition_with_an_english_interface(tmp_path):
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nlab-en:", 1)[1].split("\n\n", 1)[0]
    assert "JUPYTERLAB_SETTINGS_DIR=$(LAB_EN_SETTINGS)" in recipe and "$(FIRST_EN)" in recipe
    assert "FIRST_EN := notebooks/en/00-start-here.ipynb" in makefile
    assert (ROOT / "notebooks" / "en" / "00-start-here.ipynb").is_file()
    import shutil
    settings = tmp_path / "lab-en-settings"
    shutil.copytree(ROOT / "jupyter-settings" / "english", settings)     # what the recipe's cp does
    empty = tmp_path / "empty-user-settings"       # no user setting of this machine's own
    empty.mkdir()
    assert _lab_locale(empty) == "id_ID", "the course default (make setup) is Indonesian"
    assert _lab_locale(settings) == "en"
