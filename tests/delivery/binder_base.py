"""Binder's base environment, as repo2docker builds it, in terms a pip replay can use.

repo2docker starts every image from a conda environment frozen in a lock file that ships
inside the jupyter-repo2docker package (buildpacks/conda/environment.py-3.11-linux-64.lock
for our runtime.txt). Our pinned requirements are installed on top of it, so the packages
of that base that we do not pin stay in the learner's environment at the base's versions:
notebook, jupyterhub, jupyter-resource-usage and their dependencies. A mismatch between
one of them and our pins (e.g. a notebook built for an older jupyterlab) is exactly what
`pip check` reports on Binder.

    python tests/delivery/binder_base.py list                 # the left-over packages
    python tests/delivery/binder_base.py download build/wheelhouse   # set-up (network)

`make setup-test` runs the download (network is allowed during set-up); the Binder test
then installs these wheels offline into its scratch environment before replaying the
Dockerfile's own pip steps.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON_VERSION = "3.11"
# conda package name -> PyPI name, where they differ
CONDA_TO_PYPI = {
    "brotli-python": "brotli",
    "jupyterhub-base": "jupyterhub",
    "nbconvert-core": "nbconvert",
    "python-fastjsonschema": "fastjsonschema",
    "cached_property": "cached-property",
}
# build tools of the base, not part of what a lesson imports
SKIP = {"pip", "setuptools", "wheel", "python"}
# extra wheels the offline replay needs: the build backend for `pip install .`
BUILD_WHEELS = ("setuptools==80.9.0",)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_file() -> Path:
    import repo2docker
    folder = Path(repo2docker.__file__).parent / "buildpacks" / "conda"
    return folder / f"environment.py-{PYTHON_VERSION}-linux-64.lock"


def base_packages(lock: Path | None = None) -> dict[str, str]:
    """{PyPI name: version} of the Python packages in repo2docker's base environment."""
    found = {}
    for line in (lock or lock_file()).read_text(encoding="utf-8").splitlines():
        if not line.startswith("http"):
            continue
        filename = line.split("#")[0].rsplit("/", 1)[-1]
        stem = re.sub(r"\.(conda|tar\.bz2)$", "", filename)
        name, version, build = stem.rsplit("-", 2)
        if "py" not in build:          # C libraries, metapackages, python itself
            continue
        pypi = normalise(CONDA_TO_PYPI.get(name, name))
        if pypi not in SKIP:
            found[pypi] = version
    return found


def pinned(requirements: Path) -> dict[str, str]:
    pins = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[normalise(name)] = version.strip()
    return pins


def leftovers(requirements: Path | None = None) -> dict[str, str]:
    """Base packages our requirements do not pin: they stay at the base's versions."""
    pins = pinned(requirements or ROOT / ".binder" / "requirements.txt")
    return {name: v for name, v in sorted(base_packages().items()) if name not in pins}


def download(dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    specs = [f"{name}=={version}" for name, version in leftovers().items()] + list(BUILD_WHEELS)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
           "--python-version", PYTHON_VERSION, "--platform", "manylinux2014_x86_64",
           "--platform", "manylinux_2_17_x86_64", "--platform", "manylinux_2_28_x86_64",
           "--platform", "any", "-d", str(dest), *specs]
    result = subprocess.run(cmd)
    if result.returncode == 0:
        (dest / "binder-base.txt").write_text("\n".join(specs) + "\n", encoding="utf-8")
    return result.returncode


if __name__ == "__main__":
    if sys.argv[1:2] == ["list"]:
        for name, version in leftovers().items():
            print(f"{name}=={version}")
        sys.exit(0)
    if sys.argv[1:2] == ["download"] and len(sys.argv) == 3:
        sys.exit(download(Path(sys.argv[2])))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
