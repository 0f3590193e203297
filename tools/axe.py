"""axe-core, the accessibility checker the website's browser test runs in each page.

    python -m tools.axe --fetch      # once, with internet (make setup-test): npm pack, integrity checked
    python -m tools.axe              # print where axe.min.js is (exit 1 when it is missing)

The npm package axe-core@AXE_VERSION is fetched with `npm pack` into build/vendor/, checked
against the pinned integrity (sha512, as the npm registry lists it) and unpacked there;
tests/browser/test_site.py injects its axe.min.js into every page it checks, offline.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "build" / "vendor"
AXE_VERSION = "4.14.1"
AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
AXE_DIR = VENDOR / f"axe-core-{AXE_VERSION}"
AXE_JS = AXE_DIR / "axe.min.js"


class AxeError(RuntimeError):
    pass


def integrity_of(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode("ascii")


def fetch() -> Path:
    """axe-core@AXE_VERSION in build/vendor/ (npm pack, integrity checked); already there: nothing to do."""
    if AXE_JS.is_file():
        return AXE_JS
    VENDOR.mkdir(parents=True, exist_ok=True)
    tarball = VENDOR / f"axe-core-{AXE_VERSION}.tgz"
    if not tarball.is_file():
        npm = shutil.which("npm")
        if not npm:
            raise AxeError("npm not found: install Node.js and npm (apt-get install npm) to fetch axe-core")
        done = subprocess.run([npm, "pack", f"axe-core@{AXE_VERSION}", "--pack-destination", str(VENDOR), "--silent"],
                              capture_output=True, text=True)
        if done.returncode != 0 or not tarball.is_file():
            raise AxeError(f"npm pack axe-core@{AXE_VERSION} failed (needs the npm registry once):\n"
                           + (done.stderr or done.stdout).strip()[-800:])
    found = integrity_of(tarball)
    if found != AXE_INTEGRITY:
        tarball.unlink()
        raise AxeError(f"{tarball.name}: integrity {found} is not the pinned {AXE_INTEGRITY}; removed it")
    partial = AXE_DIR.with_name(AXE_DIR.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with tarfile.open(tarball) as tar:
        tar.extractall(partial, filter="data")
    shutil.rmtree(AXE_DIR, ignore_errors=True)
    (partial / "package").rename(AXE_DIR)
    partial.rmdir()
    if not AXE_JS.is_file():
        raise AxeError(f"axe-core {AXE_VERSION} has no axe.min.js")
    return AXE_JS


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fetch", action="store_true", help="fetch axe-core from the npm registry (once)")
    args = ap.parse_args(argv)
    if args.fetch:
        try:
            print(fetch())
        except AxeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    if AXE_JS.is_file():
        print(AXE_JS)
        return 0
    print(f"axe-core {AXE_VERSION} is not in {VENDOR}: run `python -m tools.axe --fetch` (make setup-test)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
