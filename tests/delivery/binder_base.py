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

`make setup-test` runs the download (network is allowed during set-up) and unpacks those
wheels once into build/wheelhouse/binder-base-site/ (`pip install --target`, offline, from
the downloaded files). The Binder test's scratch environment then sees that folder through
its .pth file, as it sees the pinned packages (tests/delivery/scratch.py), before it replays
the Dockerfile's own pip steps. (Installing the 36 wheels in every test run took about
3.5 s of the suite; the base is not one of the steps replayed, it stands for conda's.)
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


SITE = "binder-base-site"      # the unpacked base, beside the wheels


def site(wheelhouse: Path) -> Path:
    return wheelhouse / SITE


def download(dest: Path) -> int:
    """Fetch the left-over base packages (and the build backend) as wheels into dest, then
    unpack the base ones into dest/binder-base-site; binder-base.txt, written last, lists
    what both hold (the set-up step's stamp)."""
    import shutil
    dest.mkdir(parents=True, exist_ok=True)
    base = [f"{name}=={version}" for name, version in leftovers().items()]
    specs = base + list(BUILD_WHEELS)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
           "--python-version", PYTHON_VERSION, "--platform", "manylinux2014_x86_64",
           "--platform", "manylinux_2_17_x86_64", "--platform", "manylinux_2_28_x86_64",
           "--platform", "any", "-d", str(dest), *specs]
    result = subprocess.run(cmd)
    if result.returncode != 0:
        return result.returncode
    shutil.rmtree(site(dest), ignore_errors=True)
    result = subprocess.run([sys.executable, "-m", "pip", "--isolated", "install", "--quiet", "--no-deps", "--no-index",
                             "--no-compile", "--find-links", str(dest), "--target", str(site(dest)), *base])
    if result.returncode == 0:
        (dest / "binder-base.txt").write_text("\n".join(specs) + "\n", encoding="utf-8")
    return result.returncode


def installed(folder: Path) -> dict[str, str]:
    """{name: version} of the distributions unpacked in folder (their .dist-info)."""
    found = {}
    for info in folder.glob("*.dist-info"):
        name, _, version = info.name[: -len(".dist-info")].partition("-")
        found[normalise(name)] = version
    return found


if __name__ == "__main__":
    if sys.argv[1:2] == ["list"]:
        for name, version in leftovers().items():
            print(f"{name}=={version}")
        sys.exit(0)
    if sys.argv[1:2] == ["download"] and len(sys.argv) == 3:
        sys.exit(download(Path(sys.argv[2])))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
