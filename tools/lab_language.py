"""Install the course's JupyterLab defaults into one Python environment: Bahasa Indonesia as the
interface language, and no news prompt.

    python -m tools.lab_language            # into this Python's sys.prefix (the venv, Binder, a hub)
    python -m tools.lab_language --prefix /opt/conda
    python -m tools.lab_language --check    # exit 1 if the environment does not have them

Copies every file of jupyter-settings/lab/settings/overrides.d/ to
<prefix>/share/jupyter/lab/settings/overrides.d/, where JupyterLab reads default overrides:
- kss-bahasa-indonesia.json: the interface in Bahasa Indonesia (the language pack is in
  requirements.txt);
- kss-kelas.json: JupyterLab never asks "Would you like to get notified about official
  Jupyter news?" (an English prompt every student saw on a hub) and never fetches news or
  checks for updates (the public settings fetchNews and checkForUpdates of
  @jupyterlab/apputils-extension:notification).
Only these files are written; an admin's own overrides.json is left as it is. A user's own
setting still wins over these defaults (jupyter-settings/README.md).
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "jupyter-settings" / "lab" / "settings" / "overrides.d"
NAME = "kss-bahasa-indonesia.json"
SOURCE = SOURCE_DIR / NAME           # the interface language


def sources() -> list[Path]:
    return sorted(SOURCE_DIR.glob("*.json"))


def target_dir(prefix: str | Path | None = None) -> Path:
    return Path(prefix or sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.d"


def target(prefix: str | Path | None = None) -> Path:
    """Where the interface-language file goes."""
    return target_dir(prefix) / NAME


def install(prefix=None) -> Path:
    """Copy every settings file; returns the interface-language one."""
    dest = target_dir(prefix)
    dest.mkdir(parents=True, exist_ok=True)
    for source in sources():
        shutil.copyfile(source, dest / source.name)
    return target(prefix)


def missing(prefix=None) -> list[str]:
    """The settings files the environment lacks or holds in another version."""
    dest = target_dir(prefix)
    return [s.name for s in sources() if not ((dest / s.name).is_file() and filecmp.cmp(s, dest / s.name, shallow=False))]


def installed(prefix=None) -> bool:
    return not missing(prefix)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prefix", help="the Python environment's prefix (default: this Python's sys.prefix)")
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        lacking = missing(args.prefix)
        print(f"{target_dir(args.prefix)}: " + (f"missing or different: {', '.join(lacking)}" if lacking else "installed"))
        return 1 if lacking else 0
    install(args.prefix)
    for source in sources():
        print(f"JupyterLab default ({source.stem}): {target_dir(args.prefix) / source.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
