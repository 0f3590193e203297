"""The course package as a hub installs it: a built wheel in another environment.

On a school JupyterHub the admin installs the pinned environment and the course package
into the hub's user environment (README, "JupyterHub sekolah"); nbgitpuller then pulls
the repository into each student's home folder. So kss comes from site-packages while the
lessons sit somewhere else. This test builds the wheel from the repository (offline: the
build backend comes from the set-up wheelhouse), installs it into a scratch environment
(tests/delivery/scratch.py) and runs lessons from folders outside the source tree:

- a copy of the whole repository in a home folder (what nbgitpuller pulls): the lesson
  must read that copy's data/;
- a copy of notebooks/ alone: the lesson must fall back to the tables shipped in the wheel.

One lesson each, in one runner process: lesson 02 of the Indonesian edition from the
pulled copy, lesson 00 of the English edition from notebooks/ alone. Which data a lesson
reads depends on where it sits, not on its language, and tests/delivery/test_binder.py runs
lesson 00 of both editions from a repository copy with the course package installed; so
each place and each edition is run once here (running all four took about 4 s more).
"""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

import scratch

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    scratch.require_wheelhouse()
    where = tmp_path_factory.mktemp("hub")
    env = scratch.clean_environ(where)
    dist = where / "dist"
    python = scratch.make_env(where)
    source = scratch.copy_tracked(where / "source")      # build from a clean copy, as pip would
    built = subprocess.run([str(python), "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(source)],
                           env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(dist.glob("kss-*.whl"))
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return where, python, wheel, env


def test_wheel_ships_the_package_and_a_copy_of_the_data(installed):
    _, _, wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    tables = {p.name for p in (scratch.ROOT / "data").iterdir() if p.suffix in (".csv", ".json", ".geojson")}
    assert tables and {f"kss/_data/{name}" for name in tables} <= names, "every data table is in the wheel"
    assert "kss/paths.py" in names and "kss/quizzes/08.yml" in names and "kss/labels.py" in names
    assert {"kss/locales/id.yml", "kss/locales/en.yml"} <= names, "the locale files are in the wheel"
    assert not [n for n in names if n.startswith(("tests/", "tools/", "notebooks/"))]


# where the lesson sits -> (edition, lesson)
PULLED = ("id", "02-konferensi-asia-afrika.ipynb")    # in a pulled copy of the repository
ALONE = ("en", "00-start-here.ipynb")                  # in a copy of notebooks/ alone


@pytest.fixture(scope="module")
def lessons_run(installed):
    """Both lessons run in the hub environment, one after the other in one runner."""
    where, python, _, env = installed
    home = scratch.copy_tracked(where / "home" / "siswa" / "kss-notebooks")
    alone = scratch.copy_tracked(where / "elsewhere", only=("notebooks/",))
    assert not (alone / "data").exists()
    pulled, copied = scratch.run_lessons(python, [home / "notebooks" / PULLED[0] / PULLED[1],
                                                  alone / "notebooks" / ALONE[0] / ALONE[1]], env)
    return {"home": home, "pulled": pulled, "copied": copied}


def test_lesson_in_a_pulled_repository_reads_its_data(installed, lessons_run):
    _, python, _, _ = installed
    outcome = lessons_run["pulled"]
    assert outcome["errors"] == [], outcome["errors"]
    probe = outcome["probe"]
    assert probe["lang"] == PULLED[0], f"{PULLED[1]} ran in language {probe['lang']!r}"
    assert "site-packages" in probe["kss"] and Path(probe["kss"]).is_relative_to(python.parent.parent)
    assert Path(probe["data"]) == (lessons_run["home"] / "data").resolve()


def test_lesson_copied_alone_uses_the_tables_in_the_wheel(lessons_run):
    outcome = lessons_run["copied"]
    assert outcome["errors"] == [], outcome["errors"]
    assert outcome["probe"]["lang"] == ALONE[0], f"{ALONE[1]} ran in language {outcome['probe']['lang']!r}"
    data = Path(outcome["probe"]["data"])
    assert data.name == "_data" and data.parent.name == "kss" and "site-packages" in str(data)


def test_nothing_found_says_where_it_looked(installed, tmp_path):
    """With the wheel's copy gone and no repository around, one Indonesian sentence."""
    where, python, _, env = installed
    code = ("import shutil, kss.paths as p; shutil.rmtree(p.BUNDLED_DATA)\n"
            "import kss.data as d\n"
            "try:\n    d.load('principles')\nexcept d.DataError as e:\n    print(e)\n")
    # a throw-away copy of the environment's kss, so the installed one stays whole
    copy = tmp_path / "kss-copy"
    installed_kss = scratch.site_packages(python) / "kss"
    assert (installed_kss / "paths.py").is_file(), f"the wheel's kss is not in {installed_kss.parent}"
    import shutil
    shutil.copytree(installed_kss, copy / "kss")
    env = dict(env, PYTHONPATH=f"{copy}:{env.get('PYTHONPATH', '')}")
    out = subprocess.run([str(python), "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-1500:]
    message = out.stdout.strip()
    assert message.startswith("Data kursus") and "tidak ditemukan" in message, message
    assert "KSS_DATA_DIR" in message and str(tmp_path) in message and "\n" not in message
