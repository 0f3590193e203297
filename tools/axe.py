"""axe-core, the accessibility checker the website's browser test runs in each page.

    python -m tools.axe --fetch      # once, with internet (make setup-test): npm pack, integrity checked
    python -m tools.axe              # print where axe.min.js is (exit 1 when it is missing)

The npm package axe-core@AXE_VERSION is fetched with `npm pack` into build/vendor/, checked
against the pinned integrity (sha512, as the npm registry lists it) and unpacked there;
tests/browser/test_site.py injects its axe.min.js into every page it checks, offline.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from tools import npm_vendor

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "build" / "vendor"
AXE_VERSION = "4.14.1"
AXE_INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
AXE_DIR = VENDOR / f"axe-core-{AXE_VERSION}"
AXE_JS = AXE_DIR / "axe.min.js"


class AxeError(RuntimeError):
    pass


def fetch() -> Path:
    """axe-core@AXE_VERSION in build/vendor/ (npm pack, integrity checked); already there: nothing to do."""
    if not AXE_JS.is_file():
        shutil.rmtree(AXE_DIR, ignore_errors=True)     # a folder without axe.min.js: unpack again
        npm_vendor.fetch("axe-core", AXE_VERSION, AXE_INTEGRITY, VENDOR, AxeError)
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
