"""Write every URL in a lesson's Sumber section as a full reference (reference(), below).

The English edition's "## Sources" sections get the same references in English (kind and
date words; below), chosen by the notebook's folder.

    python -m tools.references notebooks/id/02-konferensi-asia-afrika.ipynb
    python -m tools.references            # every notebook in notebooks/

A bare URL becomes "Publisher, *Title* (date). URL [kind]" (a described title in
[brackets] is not set in italics, see reference() below); a URL already written that way is
left as it is, so the tool can run again after a Sumber section is edited. A URL that is not
in data/sources.csv stops the tool with its name: add it there first.

After a title, date, publisher or kind changed in data/sources.csv, the references written
from the old row are no longer recognised; name the git revision they were written from and
they are rewritten from the new rows:

    python -m tools.references --was main          # or --was HEAD~1, a commit, a tag

Only the Sumber cell changes; re-execute the notebook afterwards (tools/notebooks.py).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from functools import lru_cache

import nbformat

from kss import data, editions
from kss.labels import t

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- a source as a reference
# A cited source written as a reference a student can copy: publisher, title, date, URL
# and what kind of source it is. The details come from data/sources.csv.
# 
#     from tools.references import reference
#     reference("https://undocs.org/A/78/290")
#     # 'Perserikatan Bangsa-Bangsa, *State of South-South cooperation: ...* (2023).
#     #  https://undocs.org/A/78/290 [sumber primer]'
# 
# Every URL in a lesson's Sumber section is written this way (rewrite() below does it;
# tests/test_sources.py checks it). Secondary sources are labelled as weaker.
# 
# A title is the page's own title, in the page's own language, and is set in italics. A title
# not yet confirmed (issue 21) is a description in square brackets; it is written in brackets
# and not in italics, so a reader can tell it from a real title:
# 
#     ANTARA, [Berita ANTARA tentang ...] (2017). https://... [pers]
# 
# The English edition names each publisher in English (data/publishers.csv, via
# kss.data.publisher_name): 'Kementerian Luar Negeri RI' -> 'Ministry of Foreign Affairs of
# Indonesia'; and gives each description in English (data/source_descriptions.csv, via
# kss.data.source_title): '[ANTARA report on ...]'.

# The month names, the kinds of source and "no date" are under tools.references in
# kss/locales/<lang>.yml.


def written_date(value: str | None, lang: str = "id") -> str:
    """'2015-04-23' -> '23 April 2015'; '2019-03' -> 'Maret 2019'; '' -> 'tanpa tanggal'."""
    if not value:
        return t("tools.references.no_date", lang)
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = t("tools.references.months", lang)[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def described(title: str) -> bool:
    """True for a description in square brackets, not the page's own title."""
    return title.startswith("[") and title.endswith("]")


def reference(url: str, lang: str = "id") -> str:
    """The reference for `url`; a DataError names data/sources.csv when it is not listed."""
    folder = data.current_dir()
    rows = _rows_by_url(str(folder.resolve()), data.version(folder))
    if url not in rows:
        raise data.DataError(f"sumber '{url}' belum dicatat di data/sources.csv (tambahkan satu "
                             "baris: url, kind, publisher, title, date)")
    return written(url, rows[url], lang)


@lru_cache(maxsize=4)
def _rows_by_url(folder: str, stamp: tuple) -> dict:
    """{url: row of data/sources.csv}, per data version (a Sumber list asks once per URL)."""
    table = data.load("sources", folder)
    return {row["url"]: row for row in table.to_dict("records")}


def written(url: str, row, lang: str = "id", english_publisher: bool = True,
            english_description: bool = True) -> str:
    """The reference for `url` from one row of data/sources.csv (publisher, title, date, kind).
    The English edition names the publisher in English (data/publishers.csv) and gives a
    [description] in English (data/source_descriptions.csv); with english_publisher=False or
    english_description=False as sources.csv has them (references written before those
    tables existed)."""
    publisher = data.publisher_name(row["publisher"], lang) if english_publisher else row["publisher"]
    date = row["date"] if isinstance(row["date"], str) and row["date"] else None
    title = data.source_title(url, row["title"], lang) if english_description else row["title"]
    title = title.replace("$", "\\$")   # a '$' would start MathJax maths in Jupyter
    if not described(title):
        title = f"*{title}*"
    kind = t(f"tools.references.kind.{row['kind']}", lang)
    return f"{publisher}, {title} ({written_date(date, lang)}). {url} [{kind}]"


# ---------------------------------------------------------------- rewriting Sumber sections

URL = re.compile(r"https?://[^\s;<>\]]+")


def _bare(url: str) -> str:
    """The URL without punctuation that closes the sentence or a bracket around it."""
    while url and (url[-1] in ".," or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def previous_rows(revision: str) -> list[dict]:
    """The rows of data/sources.csv at a git revision (for --was), each with the English
    description it had then (data/source_descriptions.csv at that revision) as "title_en":
    a title confirmed since then was written in the English edition with that description."""
    shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:data/sources.csv"],
                           capture_output=True, text=True)
    if shown.returncode != 0:
        raise SystemExit(f"--was {revision}: {shown.stderr.strip()}")
    rows = list(csv.DictReader(io.StringIO(shown.stdout)))
    described = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:data/source_descriptions.csv"],
                               capture_output=True, text=True)
    english = ({row["url"]: row["title_en"] for row in csv.DictReader(io.StringIO(described.stdout))}
               if described.returncode == 0 else {})
    return [dict(row, title_en=english[row["url"]]) if row["url"] in english else row for row in rows]


def rewrite(text: str, previous: list[dict] | None = None, lang: str = "id") -> str:
    known = data.load("sources")["url"].tolist()
    # written references back to bare URLs first, so that a second run changes nothing
    for url in sorted(known, key=len, reverse=True):
        current = reference(url, lang)
        if current in text:
            text = text.replace(current, url)
    rows = _rows_by_url(str(data.current_dir().resolve()), data.version(data.current_dir()))
    # references written before data/publishers.csv or data/source_descriptions.csv existed
    earlier = [(False, False), (True, False)]
    olds = [(url, written(url, rows[url], lang, *flags)) for url in known for flags in earlier]
    olds += [(row["url"], written(row["url"], row, lang, *flags)) for row in previous or []
             if row["url"] in known for flags in earlier + [(True, True)]]
    if lang == "en":    # a description the English edition showed then, its title confirmed since
        olds += [(row["url"], written(row["url"], dict(row, title=row["title_en"]), lang, True, False))
                 for row in previous or [] if row["url"] in known and row.get("title_en")]
    for url, old in sorted(olds, key=lambda pair: len(pair[0]), reverse=True):
        if old in text:
            text = text.replace(old, url)
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
