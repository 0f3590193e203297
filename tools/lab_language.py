"""Make Bahasa Indonesia JupyterLab's default interface language for one Python environment.

    python -m tools.lab_language            # into this Python's sys.prefix (the venv, Binder, a hub)
    python -m tools.lab_language --prefix /opt/conda
    python -m tools.lab_language --check    # exit 1 if the environment does not have it

Copies jupyter-settings/lab/settings/overrides.d/kss-bahasa-indonesia.json to
<prefix>/share/jupyter/lab/settings/overrides.d/, where JupyterLab reads default overrides.
Only that one file is written; an admin's own overrides.json is left as it is.
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "kss-bahasa-indonesia.json"
SOURCE = ROOT / "jupyter-settings" / "lab" / "settings" / "overrides.d" / NAME


def target(prefix: str | Path | None = None) -> Path:
    return Path(prefix or sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.d" / NAME


def install(prefix=None) -> Path:
    dest = target(prefix)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, dest)
    return dest


def installed(prefix=None) -> bool:
    dest = target(prefix)
    return dest.is_file() and filecmp.cmp(SOURCE, dest, shallow=False)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefix", help="the Python environment's prefix (default: this Python's sys.prefix)")
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        ok = installed(args.prefix)
        print(f"{target(args.prefix)}: {'installed' if ok else 'missing or different'}")
        return 0 if ok else 1
    print(f"JupyterLab in Bahasa Indonesia by default: {install(args.prefix)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
