"""The release's files (`make release`, after `make site`): dist/ with the website and the kit.

    python -m tools.release                 # build/site/ -> dist/
    python -m tools.release --check dist    # the sums in dist/SHA256SUMS match the files

dist/ then holds
- site/                 the website as `make site` built it (what GitHub Pages serves);
- kss-handouts.zip      every PDF of both editions (student, teacher, worksheets, teacher guide);
- kss-slides.zip        the slides of both editions with reveal.js, to open offline;
- kss-lite.zip          the in-browser edition, for a class without internet;
- kss-notebooks.zip     the notebooks, the data tables and the kss package;
- SHA256SUMS            one line per file above and per file of site/ (`sha256sum -c` reads it).
The zips are the very files the website's downloads page offers (build/site/downloads/), so a
release asset and the site's download are the same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"
DIST = ROOT / "dist"
ASSETS = ("kss-handouts.zip", "kss-slides.zip", "kss-lite.zip", "kss-notebooks.zip")
SUMS = "SHA256SUMS"


class ReleaseError(Exception):
    pass


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def release(site: Path, dist: Path) -> list[Path]:
    if not (site / "index.html").is_file() or not (site / "downloads").is_dir():
        raise ReleaseError(f"{site} holds no built website: run `make site` first")
    missing = [name for name in ASSETS if not (site / "downloads" / name).is_file()]
    if missing:
        raise ReleaseError(f"{site}/downloads/ lacks {', '.join(missing)}: rebuild with `make site`")
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir(parents=True)
    shutil.copytree(site, dist / "site")
    files = []
    for name in ASSETS:
        shutil.copy2(site / "downloads" / name, dist / name)
        files.append(dist / name)
    files += sorted(p for p in (dist / "site").rglob("*") if p.is_file())
    lines = [f"{sha256(p)}  {p.relative_to(dist).as_posix()}" for p in files]
    (dist / SUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files


def check(dist: Path) -> list[str]:
    """Problems with dist/SHA256SUMS: a listed file missing or changed (empty: all match)."""
    problems = []
    for line in (dist / SUMS).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        path = dist / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif sha256(path) != digest:
            problems.append(f"{name}: SHA-256 differs")
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, default=SITE, help="the built website (default build/site)")
    ap.add_argument("--dist", type=Path, default=DIST, help="where the release goes (default dist)")
    ap.add_argument("--check", type=Path, metavar="DIST", help="only check DIST/SHA256SUMS")
    args = ap.parse_args(argv)
    if args.check:
        problems = check(args.check)
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    try:
        files = release(args.site.resolve(), args.dist.resolve())
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for name in ASSETS:
        print(f"{args.dist / name} ({(args.dist / name).stat().st_size / 1e6:.1f} MB)")
    print(f"{args.dist / 'site'}/ and {args.dist / SUMS} ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
