"""Scratch Python environments for the delivery tests, built offline in seconds.

A real Binder image or hub environment installs our pinned packages from PyPI. The tests
may not use the network, and reinstalling 110 packages would take minutes, so a scratch
environment here is a fresh venv whose site-packages sees the pinned learner packages of
the running environment (the ones named in .binder/requirements.txt, plus pip to replay
pip steps) through a folder of symlinks, listed in a .pth file. What the tests install
into it (the course package, Binder's base packages) goes into its own site-packages,
which comes first on sys.path. The course package of the running environment (the
editable checkout) and the test-only extras are left out of the view on purpose, so the
scratch environment sees exactly what a learner's environment would.
"""
from __future__ import annotations

import importlib.metadata as metadata
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ROOT / ".binder" / "requirements.txt"
WHEELHOUSE = ROOT / "build" / "wheelhouse"
COURSE_DIST = "kss"


def pinned_names(requirements: Path = REQUIREMENTS) -> list[str]:
    names = []
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            names.append(line.split("==", 1)[0].strip())
    return names


def _top_levels(dist_name: str) -> set[str]:
    dist = metadata.distribution(dist_name)
    tops = set()
    for file in dist.files or []:
        parts = Path(file).parts
        if parts and parts[0] != ".." and not parts[0].endswith(".pth"):
            tops.add(parts[0])
    return tops


def build_view(dest: Path, requirements: Path = REQUIREMENTS) -> Path:
    """A folder of symlinks to the pinned packages (and pip) of this environment."""
    site = Path(metadata.distribution("pip").locate_file(""))
    dest.mkdir(parents=True, exist_ok=True)
    tops: set[str] = set()
    for name in [*pinned_names(requirements), "pip"]:
        if name.lower() == COURSE_DIST:
            continue
        tops |= _top_levels(name)
    for top in sorted(tops):
        source = site / top
        if source.exists() and not (dest / top).exists():
            (dest / top).symlink_to(source)
    return dest


def site_packages(python: Path) -> Path:
    """The site-packages folder of a scratch environment (python: its bin/python), where
    pip installs what the tests install: lib/pythonX.Y/site-packages of the venv, as
    sysconfig lays out a venv on this platform."""
    return python.parent.parent / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"


def make_env(where: Path, requirements: Path = REQUIREMENTS, also: tuple[Path, ...] = ()) -> Path:
    """A venv at where/env that sees the pinned packages (and the folders in `also`, after
    them); returns its python."""
    env = where / "env"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(env)
    python = env / "bin" / "python"
    site = site_packages(python)
    assert site.is_dir(), f"the new venv has no {site}"
    view = build_view(where / "pinned-view", requirements)
    (site / "zz-kss-pinned-view.pth").write_text("".join(f"{folder}\n" for folder in (view, *also)),
                                                encoding="utf-8")
    # pip's own entry point, as an installed pip would leave it (the Dockerfile calls bin/pip)
    pip = env / "bin" / "pip"
    pip.write_text('#!/bin/sh\nexec "$(dirname "$0")/python" -m pip "$@"\n', encoding="utf-8")
    pip.chmod(0o755)
    return python


def clean_environ(where: Path, **extra) -> dict:
    """Environment for child processes: no source tree on PYTHONPATH (only the offline
    guard), Jupyter and IPython state in the scratch folder, pip offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "IPYTHON", "PIP_", "KSS_DATA"))}
    guard = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p.endswith("offline")]
    env["PYTHONPATH"] = os.pathsep.join(guard)
    for name, sub in (("JUPYTER_CONFIG_DIR", "jupyter-config"), ("JUPYTER_DATA_DIR", "jupyter-data"),
                      ("IPYTHONDIR", "ipython"), ("MPLCONFIGDIR", "mpl")):
        (where / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(where / sub)
    env["JUPYTER_PATH"] = ""
    env["PIP_NO_INDEX"] = "1"
    env["PIP_FIND_LINKS"] = str(WHEELHOUSE)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_CACHE_DIR"] = "1"
    # pip compiles what it installs, as on Binder: the course package's .pyc files are then
    # there for each kernel of the scratch environment to load. (With PIP_NO_COMPILE, and
    # PYTHONDONTWRITEBYTECODE set as on this machine kind, every kernel compiled the whole
    # package again: the Binder test's two lessons took 6.1 s instead of 3.7 s.)
    env.update(extra)
    return env


RUNNER = r'''
import json, pathlib, sys
import nbformat
from nbclient import NotebookClient
runs = int(sys.argv[1])
results = []
PROBE = (
    "import importlib, json, pkgutil, kss, kss.data\n"
    "modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(kss.__path__, 'kss.')]\n"
    "ip = get_ipython()\n"
    "import kss.labels\n"
    "print(json.dumps({'kss': kss.__file__, 'data': str(kss.data.current_dir()),"
    " 'hints': 'kss.hints' in ip.extension_manager.loaded, 'modules': len(modules),"
    " 'lang': kss.labels.language()}))")
for path in sys.argv[2:]:
    nb = nbformat.read(path, as_version=4)
    # shutdown_kernel="immediate" (nbclient's documented option): the probe has run, nothing is
    # left to wait for, and a graceful stop costs about half a second per notebook
    client = NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True,
                            shutdown_kernel="immediate",
                            resources={"metadata": {"path": str(pathlib.Path(path).parent)}})
    outputs, errors = [], []
    with client.setup_kernel():
        for run in range(runs):
            outputs.append([])
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                client.execute_cell(cell, index)
                outputs[-1].append([cell.source, cell.outputs])
                for out in cell.outputs:
                    where = f"run {run + 1}, cell {index + 1}"
                    if out.get("output_type") == "error":
                        errors.append(f"{where}: {out.get('ename')}: {out.get('evalue')}")
                    if out.get("output_type") == "stream" and out.get("name") == "stderr":
                        errors.append(f"{where}: stderr: {out.get('text', '')[:300]}")
        probe = nbformat.v4.new_code_cell(PROBE)
        nb.cells.append(probe)
        client.execute_cell(probe, len(nb.cells) - 1)
    texts = [o.get("text", "") for o in probe.outputs if o.get("output_type") == "stream"]
    errors += [f"probe: {o.get('ename')}: {o.get('evalue')}" for o in probe.outputs
               if o.get("output_type") == "error"]
    results.append({"errors": errors, "runs": outputs, "probe": json.loads(texts[-1]) if texts else None})
print(json.dumps(results))
'''


def run_lessons(python: Path, notebooks: list[Path], env: dict, runs: int = 1) -> list[dict]:
    """Execute each notebook (each from its own folder, each in a fresh kernel of
    `python`'s environment, top to bottom `runs` times in a row in that kernel), one after
    the other in one runner process (nbclient, which the learner environment has through
    JupyterLab and Voila); returns, per notebook,
    {"errors": [...], "runs": [[[cell source, outputs] per code cell] per run],
    "probe": {"kss": file, "data": folder, "hints": bool, "modules": n,
    "lang": the kss language after the lesson ran, "id" or "en" (its setup() chose it)}}."""
    result = subprocess.run([str(python), "-c", RUNNER, str(runs), *map(str, notebooks)], capture_output=True,
                            text=True, env=env, cwd=notebooks[0].parent, timeout=300 * runs * len(notebooks))
    if result.returncode != 0:
        raise AssertionError(f"running {', '.join(n.name for n in notebooks)} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_lesson(python: Path, notebook: Path, env: dict) -> dict:
    return run_lessons(python, [notebook], env)[0]


def copy_tracked(dest: Path, only: tuple[str, ...] = ()) -> Path:
    """Copy the repository's files as git sees them (tracked and new, not ignored):
    what a clone (Binder, nbgitpuller) would hold, with the working tree's edits."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                           check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if only and not name.startswith(only):
            continue
        source = ROOT / name
        if not source.is_file():
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
        target.chmod(source.stat().st_mode)
    return dest


def require_wheelhouse() -> None:
    import pytest
    if not (WHEELHOUSE / "binder-base.txt").exists() or not (WHEELHOUSE / "binder-base-site").is_dir():
        pytest.fail(f"{WHEELHOUSE.relative_to(ROOT)} is missing or old: run `make setup-test` (it downloads "
                    "Binder's base packages and the build backend while the network is allowed)",
                    pytrace=False)
