"""Build the in-browser edition: a static JupyterLite site that runs the lessons with Pyodide.

    .venv-lite/bin/python -m tools.build_lite --pyodide ../shared/pyodide-0.27.7/dist
    .venv-lite/bin/python -m tools.build_lite --pyodide https://github.com/pyodide/pyodide/releases/download/0.27.7/pyodide-0.27.7.tar.bz2

(`make lite` does this in its own venv, .venv-lite, from requirements-lite.txt.)

Inputs, none of them a dependency of the project:
- a Pyodide 0.27.7 distribution (--pyodide): a folder holding pyodide-lock.json (or a
  `pyodide/` folder that does), a release .tar.bz2, or the release URL (downloaded into
  build/lite/cache/ once). Only the packages the lessons need are copied, each checked
  against the sha256 in the lock;
- the pure-Python wheels Pyodide's lock lacks (lite/requirements-pyodide.txt, pinned with
  hashes, downloaded by `make setup-lite` into .venv-lite/pyodide-wheels/);
- the kss wheel, built here from the repository (it carries a copy of data/ as kss/_data).

All of them are added to the site's pyodide-lock.json and preloaded by the kernel
(lite/jupyter-lite.json), so the lessons' cells run unchanged: `from kss import setup`
works without any install line, and nothing is fetched from the internet.

The site's files are the repository's own layout (notebooks/id/*.ipynb, the English
edition's notebooks/en/*.ipynb and data/), so a lesson opens at
lab/index.html?path=notebooks/<id|en>/<file> (the path of the Binder links) and
the data lookup (kss/paths.py) finds /drive/data above the notebook's folder, as on Binder.
Where the browser gives the kernel no access to those files (the site opened over plain
http from another machine: no service worker there), kss uses the copy inside its wheel.

exposeAppInBrowser is on (window.jupyterapp): harmless on a static site, and it lets the
browser test and the benchmark drive the very site a teacher gets.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LITE = REPO / "lite"
EDITIONS = ("id", "en")             # notebooks/<lang>/ copied into the site, Indonesian first
PYODIDE_VERSION = "0.27.7"          # the line jupyterlite-pyodide-kernel 0.6 targets
OFFICIAL_URL = f"https://github.com/pyodide/pyodide/releases/download/{PYODIDE_VERSION}/pyodide-{PYODIDE_VERSION}.tar.bz2"


def shared_pyodide() -> Path | None:
    """The team's Pyodide subset: shared/pyodide-0.27.7/dist beside the clone (CI: ../shared)
    or beside a folder above it (a worktree one level deeper); $KSS_PYODIDE overrides."""
    if os.environ.get("KSS_PYODIDE"):
        return Path(os.environ["KSS_PYODIDE"])
    for parent in REPO.parents[:3]:
        folder = parent / "shared" / f"pyodide-{PYODIDE_VERSION}" / "dist"
        if folder.is_dir():
            return folder
    return None


DEFAULT_WHEELS = REPO / ".venv-lite" / "pyodide-wheels"
DEFAULT_OUT = REPO / "build" / "lite" / "site"
DEFAULT_WORK = REPO / "build" / "lite" / "stage"
CACHE = REPO / "build" / "lite" / "cache"

CORE_FILES = ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip")
# what the kernel loads itself (kernel extension: micropip, ssl, sqlite3, jedi, ipython) and
# what the lessons import; their dependencies are taken from the lock
ROOT_PACKAGES = ("micropip", "ssl", "sqlite3", "jedi", "ipython", "numpy", "pandas", "matplotlib", "pillow")
# the federated extensions of the site, nothing else from the build venv
EXTENSIONS = ("@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager")
KERNEL_WIDGETS_STANDIN = "widgetsnbextension-4.0.999-py3-none-any.whl"


class BuildError(Exception):
    """A problem with an input, said in one sentence."""


# ---------------------------------------------------------------- the Pyodide input

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _lock_folder(folder: Path) -> Path | None:
    for candidate in (folder, folder / "pyodide"):
        if (candidate / "pyodide-lock.json").is_file():
            return candidate
    return None


def _download(url: str, dest: Path) -> Path:
    if dest.is_file():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    print(f"downloading {url} ...", flush=True)
    part = dest.with_suffix(dest.suffix + ".part")
    try:
        with urllib.request.urlopen(url, timeout=60) as r, part.open("wb") as f:
            shutil.copyfileobj(r, f, 1 << 20)
    except OSError as exc:
        raise BuildError(f"could not download the Pyodide distribution from {url} ({exc}); "
                         "download it where the internet is reachable and pass the file or folder") from exc
    part.rename(dest)
    return dest


def _extract(archive: Path) -> Path:
    """The release tarball's pyodide/ folder, extracted once into the cache (only what we need
    is later copied into the site)."""
    target = CACHE / archive.name.removesuffix(".tar.bz2")
    if _lock_folder(target):
        return _lock_folder(target)
    print(f"extracting {archive.name} ...", flush=True)
    tmp = Path(tempfile.mkdtemp(dir=CACHE.parent if CACHE.parent.exists() else None))
    with tarfile.open(archive, "r:bz2") as tar:
        tar.extractall(tmp, filter="data")
    found = _lock_folder(tmp)
    if not found:
        raise BuildError(f"{archive} holds no pyodide-lock.json: not a Pyodide release archive")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(str(found), target)
    shutil.rmtree(tmp, ignore_errors=True)
    return target


def pyodide_folder(source: str) -> Path:
    """A folder with pyodide-lock.json and the package files, from a folder, archive or URL."""
    if source.startswith(("http://", "https://")):
        return _extract(_download(source, CACHE / source.rstrip("/").rsplit("/", 1)[-1]))
    path = Path(source).expanduser()
    if not path.is_absolute():
        path = (Path.cwd() / path)
    if path.is_dir():
        found = _lock_folder(path)
        if not found:
            raise BuildError(f"{path} holds no pyodide-lock.json (pass a Pyodide distribution folder)")
        return found
    if path.is_file() and path.name.endswith(".tar.bz2"):
        return _extract(path)
    raise BuildError(f"Pyodide distribution not found: {source} (a folder, a .tar.bz2 or an https URL; "
                     f"the official one is {OFFICIAL_URL})")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def needed_packages(lock: dict) -> list[str]:
    """ROOT_PACKAGES and everything they depend on, by the lock's own dependency lists."""
    packages = lock["packages"]
    by_canonical = {_canonical(k): k for k in packages}
    todo, seen = list(ROOT_PACKAGES), []
    while todo:
        wanted = todo.pop()
        name = by_canonical.get(_canonical(wanted))
        if name is None:
            raise BuildError(f"the Pyodide distribution has no package {wanted!r}, which the lessons need")
        if name in seen:
            continue
        seen.append(name)
        todo.extend(packages[name].get("depends", []))
    return sorted(seen)


def copy_pyodide(src: Path, dest: Path) -> dict:
    """Core files and the needed packages into dest (sha256 checked); returns the trimmed lock."""
    lock = json.loads((src / "pyodide-lock.json").read_text())
    version = lock.get("info", {}).get("version")
    if version != PYODIDE_VERSION:
        raise BuildError(f"{src} is Pyodide {version}; this site needs {PYODIDE_VERSION} "
                         "(the version jupyterlite-pyodide-kernel 0.6 is built for)")
    dest.mkdir(parents=True, exist_ok=True)
    for name in CORE_FILES:
        if not (src / name).is_file():
            raise BuildError(f"{src} lacks {name}: not a complete Pyodide distribution")
        shutil.copy2(src / name, dest / name)
    names = needed_packages(lock)
    for name in names:
        entry = lock["packages"][name]
        file = src / entry["file_name"]
        if not file.is_file():
            raise BuildError(f"{src} lacks {entry['file_name']} (package {name})")
        if _sha256(file) != entry["sha256"]:
            raise BuildError(f"{file} does not match the sha256 in pyodide-lock.json: corrupted or replaced")
        shutil.copy2(file, dest / entry["file_name"])
    lock["packages"] = {name: lock["packages"][name] for name in names}
    return lock


# ---------------------------------------------------------------- wheels for the lock

def _pins(name: str) -> list[tuple[str, str, str]]:
    """(name, version, sha256) of each line of lite/<name>."""
    wanted = []
    for line in (LITE / name).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        spec, _, digest = line.partition(" --hash=sha256:")
        name_, _, version = spec.partition("==")
        wanted.append((name_.strip(), version.strip(), digest.strip()))
    return wanted


def pinned_wheels(folder: Path) -> list[Path]:
    """The wheels of lite/requirements-pyodide.txt, each present in `folder` with its hash,
    and the pure wheels `make setup-lite` built from lite/requirements-pyodide-source.txt
    (their sources' hashes were checked by pip when downloaded)."""
    found = []
    for name, version, _digest in _pins("requirements-pyodide-source.txt"):
        wheel = folder / f"{name.replace('-', '_').lower()}-{version}-py3-none-any.whl"
        if not wheel.is_file():
            raise BuildError(f"pure wheel {wheel.name} not in {folder} (run `make setup-lite`, which builds "
                             "it from the source pinned in lite/requirements-pyodide-source.txt)")
        found.append(wheel)
    wanted = _pins("requirements-pyodide.txt")
    for name, version, digest in wanted:
        prefix = f"{name.replace('-', '_')}-{version}-".lower()
        matches = [p for p in folder.glob("*.whl") if p.name.lower().startswith(prefix)] if folder.is_dir() else []
        if not matches:
            raise BuildError(f"wheel {name}=={version} not in {folder} (run `make setup-lite`, "
                             "which downloads lite/requirements-pyodide.txt)")
        if _sha256(matches[0]) != digest:
            raise BuildError(f"{matches[0]} does not match its hash in lite/requirements-pyodide.txt")
        found.append(matches[0])
    return found


def build_kss_wheel(dest: Path) -> Path:
    """The course package as a wheel, built from this checkout (with kss/_data)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                        "--wheel-dir", tmp, str(REPO)], check=True, cwd=tmp)
        wheels = list(Path(tmp).glob("kss-*.whl"))
        if len(wheels) != 1:
            raise BuildError(f"building the kss wheel gave {len(wheels)} wheels")
        target = dest / wheels[0].name
        shutil.copy2(wheels[0], target)
    # the build leaves an egg-info in the checkout; do not leave it behind
    shutil.rmtree(REPO / "kss.egg-info", ignore_errors=True)
    return target


def extend_lock(lock: dict, folder: Path, wheels: list[Path]) -> None:
    """Add the wheels (already copied into folder) to the lock and write pyodide-lock.json."""
    from pyodide_lock import PyodideLockSpec
    from pyodide_lock.utils import add_wheels_to_spec

    base = folder / "base-lock.json"
    base.write_text(json.dumps(lock))
    try:
        spec = PyodideLockSpec.from_json(base)
        spec = add_wheels_to_spec(spec, [folder / w.name for w in wheels], base_path=folder)
        spec.to_json(folder / "pyodide-lock.json")
    except RuntimeError as exc:        # e.g. "Requirement x is not in this distribution"
        raise BuildError(f"adding the wheels to Pyodide's lock failed: {exc}") from exc
    finally:
        base.unlink()


# ---------------------------------------------------------------- the site

def labextensions() -> Path:
    return Path(sys.prefix) / "share" / "jupyter" / "labextensions"


def stage(work: Path, out: Path, pyodide: Path, wheels_dir: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    static = work / "static" / "pyodide"
    lock = copy_pyodide(pyodide, static)
    wheels = pinned_wheels(wheels_dir)
    standin = labextensions() / EXTENSIONS[0] / "static" / "pypi" / KERNEL_WIDGETS_STANDIN
    if not standin.is_file():
        raise BuildError(f"{standin} missing: is jupyterlite-pyodide-kernel installed (make setup-lite)?")
    wheels.append(standin)
    for wheel in wheels:
        shutil.copy2(wheel, static / wheel.name)
    wheels.append(build_kss_wheel(static))
    extend_lock(lock, static, wheels)

    files = work / "files"
    (files / "notebooks").mkdir(parents=True)
    for lang in EDITIONS:
        shutil.copytree(REPO / "notebooks" / lang, files / "notebooks" / lang,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*-checkpoint.ipynb"))
    shutil.copytree(REPO / "data", files / "data", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(LITE / "jupyter-lite.json", work / "jupyter-lite.json")
    shutil.copy2(LITE / "overrides.json", work / "overrides.json")
    config = {"LiteBuildConfig": {
        "contents": [str(files)], "output_dir": str(out), "apps": ["lab"],
        "no_sourcemaps": True, "no_unused_shared_packages": True,
        "ignore_sys_prefix": ["federated_extensions"],
        "federated_extensions": [str(labextensions() / e) for e in EXTENSIONS]}}
    (work / "jupyter_lite_config.json").write_text(json.dumps(config, indent=1))


def build(work: Path, out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    log = work.parent / "build.log"
    with log.open("w") as f:
        done = subprocess.run([sys.executable, "-m", "jupyterlite_core", "build"], cwd=work,
                              stdout=f, stderr=subprocess.STDOUT,
                              env=dict(os.environ, JUPYTERLITE_NO_LIBARCHIVE="1"))
    if done.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        raise BuildError(f"jupyter lite build failed (log: {log}):\n{tail}")
    tree_links(out)
    check_site(out)


TREE_STUB = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{name}</title>
<meta http-equiv="refresh" content="0; url={lab}index.html?path={path}">
<script>location.replace("{lab}index.html?path={path}" + location.search.replace(/^\\?/, "&") + location.hash);</script>
</head><body><a href="{lab}index.html?path={path}">{name}</a></body></html>
"""


def tree_links(out: Path) -> None:
    """lab/tree/<path of every notebook> (the Binder links' paths) opens that notebook: a
    static host serves lab/tree/notebooks/id/<file>/index.html, which forwards to JupyterLite's
    own address for it, lab/index.html?path=notebooks/id/<file>."""
    files = out / "files"
    for nb in sorted(files.rglob("*.ipynb")):
        rel = nb.relative_to(files).as_posix()
        stub = out / "lab" / "tree" / rel / "index.html"
        stub.parent.mkdir(parents=True, exist_ok=True)
        lab = "../" * (len(Path(rel).parts) + 1)
        lang = "en" if rel.startswith("notebooks/en/") else "id"
        stub.write_text(TREE_STUB.format(name=html.escape(nb.name), lab=lab, path=urllib.parse.quote(rel), lang=lang))


def check_site(out: Path) -> None:
    """The built site has what a learner needs; jupyter-lite.json kept our settings."""
    config = json.loads((out / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config.get("litePluginSettings", {}).get("@jupyterlite/pyodide-kernel-extension:kernel", {})
    if "kss" not in kernel.get("loadPyodideOptions", {}).get("packages", []):
        raise BuildError("the built jupyter-lite.json lost the kernel settings (lite/jupyter-lite.json)")
    lock = json.loads((out / "static" / "pyodide" / "pyodide-lock.json").read_text())
    for name in kernel["loadPyodideOptions"]["packages"]:
        if name not in lock["packages"]:
            raise BuildError(f"package {name} is preloaded but not in the site's pyodide-lock.json")
    for lang in EDITIONS:
        for lesson in sorted((REPO / "notebooks" / lang).glob("*.ipynb")):
            if not (out / "files" / "notebooks" / lang / lesson.name).is_file():
                raise BuildError(f"notebooks/{lang}/{lesson.name} is missing from the site")
            if not (out / "lab" / "tree" / "notebooks" / lang / lesson.name / "index.html").is_file():
                raise BuildError(f"lab/tree/notebooks/{lang}/{lesson.name} does not open the lesson")
    names = {Path(e).name for e in EXTENSIONS}
    found = {p.parent.name for p in (out / "extensions").glob("*/*/package.json")}
    if found != names:
        raise BuildError(f"the site's extensions are {sorted(found)}, expected {sorted(names)}")


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def write_zip(out: Path, archive: Path) -> None:
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(out.rglob("*")):
            if p.is_file():
                z.write(p, Path("kss-lite") / p.relative_to(out))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pyodide", default=str(shared_pyodide() or OFFICIAL_URL),
                    help="Pyodide 0.27.7: a folder, a .tar.bz2 or its URL "
                         "(default: $KSS_PYODIDE, else ../shared/pyodide-0.27.7/dist when present, else the official release)")
    ap.add_argument("--wheels", type=Path, default=DEFAULT_WHEELS, help="folder of lite/requirements-pyodide.txt's wheels")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the site (default build/lite/site)")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK, help="staging folder (default build/lite/stage)")
    ap.add_argument("--zip", type=Path, help="also write the site as one zip file (for a USB stick)")
    args = ap.parse_args(argv)
    out, work = args.out.resolve(), args.work.resolve()
    # PITFALL: jupyterlite-core 0.6 ignores jupyter-lite.json when the output path starts
    # with the staging path as a string (site-src vs site)
    if str(out).startswith(str(work)) or str(work).startswith(str(out)):
        print(f"error: --out {out} and --work {work} must not be prefixes of each other", file=sys.stderr)
        return 2
    try:
        stage(work, out, pyodide_folder(args.pyodide), args.wheels.resolve())
        build(work, out)
        if args.zip:
            write_zip(out, args.zip.resolve())
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"site: {out} ({size(out) / 1e6:.1f} MB)" + (f"; zip: {args.zip} ({args.zip.stat().st_size / 1e6:.1f} MB)"
                                                       if args.zip else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
