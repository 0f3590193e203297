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
sys.path.insert(0, str(ROOT / "tools"))
import lab_language  # noqa: E402


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
        "`python tools/lab_language.py` (make setup does)")


def test_install_writes_only_its_own_file_beside_an_admins_overrides(tmp_path):
    settings = tmp_path / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True)
    (settings / "overrides.json").write_text('{"admin": true}')
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "lab_language.py"), "--prefix", str(tmp_path)],
                            capture_output=True, text=True, check=True)
    assert "kss-bahasa-indonesia.json" in result.stdout
    assert (settings / "overrides.json").read_text() == '{"admin": true}'
    assert lab_language.installed(tmp_path)
    check = subprocess.run([sys.executable, str(ROOT / "tools" / "lab_language.py"), "--prefix",
                            str(tmp_path / "elsewhere"), "--check"], capture_output=True, text=True)
    assert check.returncode == 1 and "missing" in check.stdout


def test_postbuild_and_make_setup_install_it():
    assert "python tools/lab_language.py" in (ROOT / ".binder" / "postBuild").read_text().splitlines()
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("$(VENV)/.installed:", 1)[1].split("\n\n", 1)[0]
    assert "tools/lab_language.py" in recipe


def _lab_locale(settings_dir: Path | None, tmp_path: Path) -> str:
    """The interface language a JupyterLab server of this environment reports (its settings
    API, composite of defaults, the course override and user settings)."""
    import os
    import socket
    import time
    import urllib.request
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt")}
    env.pop("JUPYTERLAB_SETTINGS_DIR", None)
    if settings_dir is not None:
        env["JUPYTERLAB_SETTINGS_DIR"] = str(settings_dir)
    else:
        env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp_path / "empty-user-settings")
    server = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
                               f"--port={port}", "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=t",
                               f"--ServerApp.root_dir={tmp_path}"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/lab/api/settings/@jupyterlab/translation-extension:plugin?token=t"
        for _ in range(120):
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    answer = json.loads(response.read())
                # a user setting, else the default (where the course override is applied)
                return answer["settings"].get("locale", answer["schema"]["properties"]["locale"]["default"])
            except OSError:
                time.sleep(0.25)
        raise AssertionError("JupyterLab did not answer within 30 s")
    finally:
        server.terminate()
        server.wait(timeout=20)


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
    assert _lab_locale(None, tmp_path) == "id_ID", "the course default (make setup) is Indonesian"
    assert _lab_locale(settings, tmp_path) == "en"
