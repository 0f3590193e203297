"""Write every URL in a lesson's Sumber section as a full reference (kss.references).

The English edition's "## Sources" sections get the same references in English (kind and
date words; kss/references.py), chosen by the notebook's folder.

    python tools/references.py notebooks/id/02-konferensi-asia-afrika.ipynb
    python tools/references.py            # every notebook in notebooks/

A bare URL becomes "Publisher, *Title* (date). URL [kind]" (a described title in
[brackets] is not set in italics, see kss/references.py); a URL already written that way is
left as it is, so the tool can run again after a Sumber section is edited. A URL that is not
in data/sources.csv stops the tool with its name: add it there first.

After a title, date, publisher or kind changed in data/sources.csv, the references written
from the old row are no longer recognised; name the git revision they were written from and
they are rewritten from the new rows:

    python tools/references.py --was main          # or --was HEAD~1, a commit, a tag

Only the Sumber cell changes; re-execute the notebook afterwards (tools/notebooks.py).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kss import data, editions  # noqa: E402
from kss.references import reference, written  # noqa: E402

URL = re.compile(r"https?://[^\s;<>\]]+")


def _bare(url: str) -> str:
    """The URL without punctuation that closes the sentence or a bracket around it."""
    while url and (url[-1] in ".," or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def previous_rows(revision: str) -> list[dict]:
    """The rows of data/sources.csv at a git revision (for --was)."""
    shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:data/sources.csv"],
                           capture_output=True, text=True)
    if shown.returncode != 0:
        raise SystemExit(f"--was {revision}: {shown.stderr.strip()}")
    return list(csv.DictReader(io.StringIO(shown.stdout)))


def rewrite(text: str, previous: list[dict] | None = None, lang: str = "id") -> str:
    known = data.load("sources")["url"].tolist()
    # written references back to bare URLs first, so that a second run changes nothing
    for url in sorted(known, key=len, reverse=True):
        current = reference(url, lang)
        if current in text:
            text = text.replace(current, url)
    for row in sorted(previous or [], key=lambda r: len(r["url"]), reverse=True):
        if row["url"] in known:
            old = written(row["url"], row, lang)
            if old in text:
                text = text.replace(old, row["url"])
    lines = []
    for line in text.split("\n"):
        line = URL.sub(lambda m: reference(_bare(m.group()), lang) + m.group()[len(_bare(m.group())):], line)
        lines.append(line.replace(" ; ", "; "))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     epilog="See the module docstring for --was.")
    parser.add_argument("notebooks", nargs="*", help="notebooks to rewrite (default: every notebook)")
    parser.add_argument("--was", metavar="REV", help="git revision the old references were written from")
    args = parser.parse_args(argv)
    previous = previous_rows(args.was) if args.was else None
    targets = [Path(p) for p in args.notebooks] or sorted((ROOT / "notebooks").rglob("*.ipynb"))
    missing = [str(p) for p in targets if not p.is_file()]
    if missing:
        print("not a notebook file: " + ", ".join(missing), file=sys.stderr)
        return 2
    for path in targets:
        nb = nbformat.read(path, as_version=4)
        edition = editions.of(path) if path.resolve().parent.name in editions.EDITIONS else editions.ID
        heading = f"## {edition.w('sources')}"
        changed = False
        for cell in nb.cells:
            if cell.cell_type == "markdown" and cell.source.lstrip().startswith(heading):
                try:
                    new = rewrite(cell.source, previous, edition.lang)
                except data.DataError as exc:
                    print(f"{path}: {exc}", file=sys.stderr)
                    return 1
                changed |= new != cell.source
                cell.source = new
        if changed:
            nbformat.write(nb, path)
            print(f"{path}: {heading[3:]} rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
