"""Binder, built the way Binder builds it: repo2docker's own Dockerfile, replayed offline.

repo2docker decides from the repository's files what the image does (which folder it
reads, whether requirements are installed before the repository is copied, whether it
runs `pip install .`, postBuild). `repo2docker --no-build` prints that Dockerfile without
Docker. This test takes it, checks the order of its steps, and replays its Python steps
in order in a scratch environment (tests/delivery/scratch.py: the pinned packages are
reused, nothing is downloaded):

1. the base environment: the packages of repo2docker's conda base that we do not pin,
   at the base's versions (tests/delivery/binder_base.py; fetched and unpacked at set-up,
   seen by the scratch environment like the pinned packages);
2. every `${KERNEL_PYTHON_PREFIX}/bin/pip install ...` step, as written, with pip
   offline (our pins are already there, so it must find them all satisfied);
3. postBuild, as written, in a copy of the repository (the home folder on Binder);

then `pip check` in that environment, and lesson 00 of both editions (notebooks/id/ and its
English twin in notebooks/en/, one runner process) executed from the copy with that
environment's kernel, its last cell importing every module of the course package (what
the other lessons' cells import; nbval runs those lessons themselves) and saying which
language the lesson chose.
"""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import binder_base
import scratch

pytestmark = pytest.mark.slow
# (edition, file): lesson 00 of each edition, run one after the other in one runner process
LESSONS = (("id", "00-mulai-di-sini.ipynb"), ("en", "00-start-here.ipynb"))


def dockerfile(repo: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "repo2docker", "--no-build", "--user-name", "jovyan",
                             "--user-id", "1000", str(repo)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def steps(text: str) -> list[tuple[str, str]]:
    """(instruction, argument) of every Dockerfile line, continuation lines joined."""
    joined = re.sub(r"\\\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


@pytest.fixture(scope="module")
def binder(tmp_path_factory):
    scratch.require_wheelhouse()
    where = tmp_path_factory.mktemp("binder")
    repo = scratch.copy_tracked(where / "home" / "jovyan")
    text = dockerfile(repo)
    return where, repo, text, steps(text)


def test_dependency_layer_comes_before_the_repository(binder):
    """A text edit must not reinstall the environment: requirements are installed from
    .binder/ before `COPY src/`, and the course package only after it (postBuild)."""
    _, _, text, all_steps = binder
    copies = [i for i, (word, arg) in enumerate(all_steps) if word == "COPY" and arg.split()[-2:-1] == ["src/"]]
    assert copies, "the Dockerfile copies the repository (COPY src/)"
    copy_repo = copies[0]
    pip_steps = [i for i, (word, arg) in enumerate(all_steps) if word == "RUN" and "pip install" in arg]
    assert pip_steps, "repo2docker installs the requirements with pip"
    requirements = [i for i in pip_steps if ".binder/requirements.txt" in all_steps[i][1]]
    assert requirements and requirements[0] < copy_repo, (
        "the pinned requirements must be installed before the repository is copied "
        "(Binder reads .binder/; a local package reference or a root pyproject moves it after)")
    assert not [i for i in pip_steps if i > copy_repo], \
        "no pip step after the copy: the course package is installed by .binder/postBuild"
    post = [i for i, (word, arg) in enumerate(all_steps) if word == "RUN" and arg.endswith("postBuild")]
    assert post and post[0] > copy_repo, "postBuild runs after the repository is copied"
    assert "python-3.11" in (Path(binder[1]) / ".binder" / "runtime.txt").read_text()


def test_binder_requirements_are_the_pinned_environment():
    """One environment for learners, Binder and CI: .binder/requirements.txt is the root
    requirements.txt (make lock writes both)."""
    root = (scratch.ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert (scratch.ROOT / ".binder" / "requirements.txt").read_text(encoding="utf-8") == root
    assert not [line for line in root.splitlines() if line.strip().startswith(("-e", "."))], \
        "a local reference in requirements.txt would make repo2docker install it after the copy"


def test_replayed_build_runs_the_lessons(binder):
    where, repo, _text, all_steps = binder
    # 1. repo2docker's base environment: the packages we do not pin, at its versions
    base = binder_base.leftovers()
    assert "notebook" not in base, \
        "notebook is pinned in requirements.txt (the base's notebook would not match our jupyterlab)"
    unpacked = binder_base.site(scratch.WHEELHOUSE)
    assert binder_base.installed(unpacked) == base, \
        f"{unpacked} does not hold the base's left-over packages: run `make setup-test`"
    python = scratch.make_env(where, also=(unpacked,))
    prefix = python.parent.parent
    env = scratch.clean_environ(where, PATH=f"{prefix / 'bin'}:/usr/bin:/bin")

    # 2. and 3. the Dockerfile's own Python steps, in order, as written
    replayed = []
    for word, arg in all_steps:
        if word != "RUN":
            continue
        if "pip install" in arg:
            command = arg.replace("${KERNEL_PYTHON_PREFIX}", str(prefix)).replace("${NB_PYTHON_PREFIX}", str(prefix))
        elif arg.endswith("postBuild") or arg.startswith("chmod +x") and "postBuild" in arg:
            command = arg
        else:
            assert not re.search(r"\b(pip|python|conda|mamba)\b", arg) or "install-base-env" in arg, \
                f"a Python step this replay does not know: {arg[:200]}"
            continue
        result = subprocess.run(["bash", "-c", command], cwd=repo, env=env, capture_output=True, text=True)
        assert result.returncode == 0, f"{command}\n{result.stdout[-1500:]}\n{result.stderr[-1500:]}"
        replayed.append(command)
    assert any("requirements.txt" in c for c in replayed) and any("postBuild" in c for c in replayed)

    # the built environment is consistent, as `pip check` on Binder would say
    check = subprocess.run([str(python), "-m", "pip", "check"], env=env, capture_output=True, text=True)
    assert check.returncode == 0, f"pip check in the Binder environment:\n{check.stdout}{check.stderr}"

    # the hint and the interface language are installed (that the course package comes from
    # this environment, not the source tree, is asserted from each lesson's kernel below)
    assert (prefix / "etc" / "ipython" / "ipython_kernel_config.py").exists(), "postBuild installs the hint"
    assert (prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.d" / "kss-bahasa-indonesia.json").exists(), \
        "postBuild makes JupyterLab open in Indonesian"

    outcomes = scratch.run_lessons(python, [repo / "notebooks" / lang / lesson for lang, lesson in LESSONS], env)
    for (lang, lesson), outcome in zip(LESSONS, outcomes, strict=True):
        assert outcome["errors"] == [], f"{lesson} on Binder: {outcome['errors']}"
        probe = outcome["probe"]
        assert probe["lang"] == lang, f"{lang}/{lesson} on Binder ran in language {probe['lang']!r}"
        assert Path(probe["kss"]).is_relative_to(prefix), \
            f"{lang}/{lesson}: kss imported from {probe['kss']}, not from the Binder environment"
        assert Path(probe["data"]) == (repo / "data").resolve(), \
            f"{lesson} read data from {probe['data']}, not from the repository it was opened from"
        assert probe["hints"], "the kss.hints extension is loaded at kernel start"
        modules = sum(1 for _ in (scratch.ROOT / "kss").rglob("*.py"))
        assert probe["modules"] == modules - 1, "every kss module imports in the Binder environment"   # minus __init__
