"""A pinned npm package unpacked into build/vendor/, for tools that must then run offline
(reveal.js for the slides, axe-core for the website's accessibility test).

`npm pack name@version` once, with the npm registry; the tarball is checked against the
pinned integrity (sha512, as the registry lists it) and unpacked into <vendor>/<name>-<version>/.
"""
from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tarfile
from pathlib import Path


def integrity_of(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode("ascii")


def fetch(name: str, version: str, integrity: str, vendor: Path, error: type[Exception] = RuntimeError) -> Path:
    """<vendor>/<name>-<version>/ (npm pack, integrity checked); an existing folder is kept.
    Every failure raises `error` with one sentence a maintainer can act on."""
    folder = vendor / f"{name}-{version}"
    if folder.is_dir():
        return folder
    vendor.mkdir(parents=True, exist_ok=True)
    tarball = vendor / f"{name}-{version}.tgz"
    if not tarball.is_file():
        npm = shutil.which("npm")
        if not npm:
            raise error(f"npm not found: install Node.js and npm (apt-get install npm) to fetch {name}")
        done = subprocess.run([npm, "pack", f"{name}@{version}", "--pack-destination", str(vendor), "--silent"],
                              capture_output=True, text=True)
        if done.returncode != 0 or not tarball.is_file():
            raise error(f"npm pack {name}@{version} failed (needs the npm registry once):\n"
                        + (done.stderr or done.stdout).strip()[-800:])
    found = integrity_of(tarball)
    if found != integrity:
        tarball.unlink()
        raise error(f"{tarball.name}: integrity {found} is not the pinned {integrity}; removed it")
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with tarfile.open(tarball) as tar:
        tar.extractall(partial, filter="data")
    (partial / "package").rename(folder)
    partial.rmdir()
    return folder
