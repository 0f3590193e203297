"""The learner environment as a school hub installs it: the pinned requirements.txt and the
course package, built as a wheel, in another environment; no test tool in it.

On a school JupyterHub the admin installs the pinned learner environment (requirements.txt)
and the course package into the hub's user environment (the hub admins' page, docs/id/hub.md);
nbgitpuller then pulls the repository into each student's home folder. So kss comes from
site-packages while the lessons sit somewhere else. This test builds the wheel from the
repository (offline: the build backend comes from the set-up wheelhouse), installs it into
a scratch environment that sees exactly the packages requirements.txt names
(tests/delivery/scratch.py), and there
- finds no test tool (pytest, nbval, playwright, coverage, frictionless, ...): neither
  requirements.txt nor the environment built from it holds one;
- runs every notebook of both editions from a pulled copy of the repository, each in a
  fresh kernel, top to bottom twice in a row (design: "every notebook runs ... twice in a
  row with the same result"): no error, the second run gives what the first gave, and
  the lesson reads that copy's data/ with the course package of the environment;
- runs lesson 00 of the English edition from a copy of notebooks/ alone: it falls back to
  the tables shipped in the wheel.
"""
from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

import scratch
from tests.notebook_utils import NOTEBOOK_DIR, all_notebooks, differences, normalise

pytestmark = pytest.mark.slow

LEARNER_REQUIREMENTS = scratch.ROOT / "requirements.txt"
# distribution name -> the module it installs: test tools, none of which a learner needs
TEST_TOOLS = {"pytest": "pytest", "nbval": "nbval", "pytest-xdist": "xdist", "playwright": "playwright",
              "coverage": "coverage", "frictionless": "frictionless", "jupyter-repo2docker": "repo2docker",
              "pytest-cov": "pytest_cov", "hypothesis": "hypothesis", "mutmut": "mutmut"}


def named(requirements: Path) -> set[str]:
    """The distributions a pinned requirements file names (normalised names)."""
    return {re.sub(r"[-_.]+", "-", line.split("==", 1)[0].strip().lower())
            for line in requirements.read_text(encoding="utf-8").splitlines()
            if "==" in line.split("#")[0]}


def test_the_learner_requirements_name_no_test_tool():
    for requirements in (LEARNER_REQUIREMENTS, scratch.ROOT / ".binder" / "requirements.txt"):
        found = named(requirements) & set(TEST_TOOLS)
        assert not found, f"{requirements.relative_to(scratch.ROOT)} names test tools: {sorted(found)}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    scratch.require_wheelhouse()
    where = tmp_path_factory.mktemp("hub")
    env = scratch.clean_environ(where)
    dist = where / "dist"
    python = scratch.make_env(where, requirements=LEARNER_REQUIREMENTS)
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


def test_no_test_tool_in_the_learner_environment(installed):
    _, python, _, env = installed
    code = ("import importlib.metadata as m, importlib.util as u, json, sys\n"
            "tools = json.loads(sys.argv[1])\n"
            "found = []\n"
            "for dist, module in tools.items():\n"
            "    try:\n        m.distribution(dist); found.append(dist)\n"
            "    except m.PackageNotFoundError:\n        pass\n"
            "    if u.find_spec(module) is not None: found.append(module)\n"
            "print(json.dumps(sorted(set(found))))")
    out = subprocess.run([str(python), "-c", code, json.dumps(TEST_TOOLS)], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-1500:]
    assert json.loads(out.stdout) == [], f"test tools in the learner environment: {out.stdout.strip()}"


NOTEBOOKS = all_notebooks()                            # both editions, the teacher guides too
ALONE = ("en", "00-start-here.ipynb")                  # in a copy of notebooks/ alone


def run_edition(installed, edition: str) -> dict:
    """Every notebook of one edition twice in a row in a pulled copy, in the learner
    environment, one after the other in one runner; for the English edition also its
    lesson 00 from a copy of notebooks/ alone."""
    where, python, _, env = installed
    home = scratch.copy_tracked(where / "home" / edition / "siswa" / "kss-notebooks")
    notebooks = [path for path in NOTEBOOKS if path.parent.name == edition]
    pulled = [home / "notebooks" / path.relative_to(NOTEBOOK_DIR) for path in notebooks]
    outcome = {"home": home, "pulled": dict(zip(notebooks, scratch.run_lessons(python, pulled, env, runs=2),
                                                strict=True))}
    if edition == ALONE[0]:
        alone = scratch.copy_tracked(where / "elsewhere", only=("notebooks/",))
        assert not (alone / "data").exists()
        outcome["copied"], = scratch.run_lessons(python, [alone / "notebooks" / ALONE[0] / ALONE[1]], env)
    return outcome


def check_twice_in_a_row(installed, outcome, path):
    _, python, _, _ = installed
    result = outcome["pulled"][path]
    where = str(path.relative_to(NOTEBOOK_DIR))
    assert result["errors"] == [], f"{where}: {result['errors']}"
    first, second = ([(source, normalise(outputs)) for source, outputs in run] for run in result["runs"])
    problems = differences(first, second)
    assert not problems, f"{where}:\n  " + "\n  ".join(problems)
    probe = result["probe"]
    assert probe["lang"] == path.parent.name, f"{where} ran in language {probe['lang']!r}"
    assert "site-packages" in probe["kss"] and Path(probe["kss"]).is_relative_to(python.parent.parent)
    assert Path(probe["data"]) == (outcome["home"] / "data").resolve()


def edition_ids(edition: str) -> tuple[list[Path], list[str]]:
    paths = [path for path in NOTEBOOKS if path.parent.name == edition]
    return paths, [str(path.relative_to(NOTEBOOK_DIR)) for path in paths]


# One class per edition: pytest-xdist's --dist loadscope hands each class to a worker of
# its own, so the two editions' runs (about half a minute each) go side by side.
@pytest.fixture(scope="class")
def indonesian_runs(installed):
    return run_edition(installed, "id")


@pytest.fixture(scope="class")
def english_runs(installed):
    return run_edition(installed, "en")


class TestIndonesianEdition:
    @pytest.mark.parametrize("path", edition_ids("id")[0], ids=edition_ids("id")[1])
    def test_every_notebook_runs_twice_in_a_row_in_the_learner_environment(self, installed, indonesian_runs, path):
        check_twice_in_a_row(installed, indonesian_runs, path)


class TestEnglishEdition:
    @pytest.mark.parametrize("path", edition_ids("en")[0], ids=edition_ids("en")[1])
    def test_every_notebook_runs_twice_in_a_row_in_the_learner_environment(self, installed, english_runs, path):
        check_twice_in_a_row(installed, english_runs, path)

    def test_lesson_copied_alone_uses_the_tables_in_the_wheel(self, english_runs):
        copied = english_runs["copied"]
        assert copied["errors"] == [], copied["errors"]
        assert copied["probe"]["lang"] == ALONE[0], f"{ALONE[1]} ran in language {copied['probe']['lang']!r}"
        data = Path(copied["probe"]["data"])
        assert data.name == "_data" and data.parent.name == "kss" and "site-packages" in str(data)


def test_every_notebook_is_run_by_one_edition_class():
    editions = {path.parent.name for path in NOTEBOOKS}
    assert editions == {"id", "en"}, f"notebooks outside notebooks/id and notebooks/en: {sorted(editions)}"


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
