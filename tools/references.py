"""Write every URL in a lesson's Sumber section as a full reference (kss.references).

    python tools/references.py notebooks/id/02-konferensi-asia-afrika.ipynb
    python tools/references.py            # every notebook in notebooks/

A bare URL becomes "Publisher, *Title* (date). URL [kind]"; a URL already written that
way is left as it is, so the tool can run again after a Sumber section is edited. A URL
that is not in data/sources.csv stops the tool with its name: add it there first.
Only the Sumber cell changes; re-execute the notebook afterwards (tools/notebooks.py).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kss import data  # noqa: E402
from kss.references import reference  # noqa: E402

URL = re.compile(r"https?://[^\s;<>\]]+")


def _bare(url: str) -> str:
    """The URL without punctuation that closes the sentence or a bracket around it."""
    while url and (url[-1] in ".," or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def rewrite(text: str) -> str:
    known = data.load("sources")["url"].tolist()
    # written references back to bare URLs first, so that a second run changes nothing
    for url in sorted(known, key=len, reverse=True):
        written = reference(url)
        if written in text:
            text = text.replace(written, url)
    lines = []
    for line in text.split("\n"):
        line = URL.sub(lambda m: reference(_bare(m.group())) + m.group()[len(_bare(m.group())):], line)
        lines.append(line.replace(" ; ", "; "))
    return "\n".join(lines)


def main(paths: list[str]) -> int:
    targets = [Path(p) for p in paths] or sorted((ROOT / "notebooks").rglob("*.ipynb"))
    for path in targets:
        nb = nbformat.read(path, as_version=4)
        changed = False
        for cell in nb.cells:
            if cell.cell_type == "markdown" and cell.source.lstrip().startswith("## Sumber"):
                try:
                    new = rewrite(cell.source)
                except data.DataError as exc:
                    print(f"{path}: {exc}", file=sys.stderr)
                    return 1
                changed |= new != cell.source
                cell.source = new
        if changed:
            nbformat.write(nb, path)
            print(f"{path}: Sumber rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
