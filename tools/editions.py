"""Keep the English edition (notebooks/en/) in step with the Indonesian one (notebooks/id/).

The Indonesian edition is the source of structure and code; the English edition holds its
own text. A lesson's two editions are paired by number (00 ... 08; the teacher guides by
name, see PAIRS) and must have the same cells, in the same order, with the same cell ids:

- code cells equal the Indonesian ones after CODE_RULES (the language argument of setup(),
  and the few names a learner reads in lesson 00's first data cell);
- markdown cells are written in English: same headings at the same levels, the same
  activities, folded answers, tables and figures; no cell left untranslated;
- the notebook metadata "kss" summary is in English (minutes come from tools/lesson_time.py).

    python -m tools.editions check              # parity problems, exit 1 if any
    python -m tools.editions sync               # carry Indonesian structure and code across
    python -m tools.editions dump EN.ipynb      # the English text, cell by cell, to edit
    python -m tools.editions load FILE.md       # write an edited dump back into its notebook

A cell that sync adds (new in the Indonesian edition) keeps the Indonesian text behind the
TODO marker, and check fails until somebody writes it in English.
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

from tools.notebooks import write

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOURCE, TARGET = "id", "en"
TODO = "<!--TRANSLATE-->"
NAV_MARK = "<!--NAVIGASI-->"
# notebooks paired by name rather than by their number
PAIRS = {"panduan-guru.ipynb": "teacher-guide.ipynb", "rekap-kelas.ipynb": "class-summary.ipynb"}
# Indonesian code -> English code. Only these differences are allowed (the parity test).
CODE_RULES = [
    (re.compile(r"\bsetup\(\)"), 'setup("en")'),
    (re.compile(r"\bdelegasi\b"), "delegations"),
    (re.compile(r"\bname_today_id\b"), "name_today_en"),
]
CELL_MARK = re.compile(r"^<!-- cell (?P<id>[\w-]+) (?P<kind>markdown|code|summary) -->\n", re.M)
DUMP_HEAD = "<!-- notebook {path} -->\n"
# what must match, cell by cell, between the two editions' markdown
HEADING = re.compile(r"^(#{1,6}) ", re.M)
DETAILS = re.compile(r"<details>")
QUOTE_BOX = re.compile(r"^> \*\*", re.M)          # an activity or a note box
TABLE_ROW = re.compile(r"^\|.*\|\s*$", re.M)
IMAGE = re.compile(r"!\[[^\]]*\]\(|<img\b")


def english_code(source: str) -> str:
    for pattern, replacement in CODE_RULES:
        source = pattern.sub(replacement, source)
    return source


def pairs() -> list[tuple[Path, Path | None]]:
    """(Indonesian notebook, its English counterpart or None) for every Indonesian notebook."""
    english = {p.name: p for p in sorted((NOTEBOOKS / TARGET).glob("*.ipynb"))}
    by_number = {name[:2]: p for name, p in english.items() if re.match(r"\d\d-", name)}
    out = []
    for path in sorted((NOTEBOOKS / SOURCE).glob("*.ipynb")):
        if path.name in PAIRS:
            out.append((path, english.get(PAIRS[path.name])))
        else:
            out.append((path, by_number.get(path.name[:2])))
    return out


def counterpart(path: Path) -> Path | None:
    """The same lesson in the other edition (None when it does not exist)."""
    path = Path(path)
    for source, target in pairs():
        if path.resolve() == source.resolve():
            return target
        if target is not None and path.resolve() == target.resolve():
            return source
    return None


def _shape(text: str) -> dict:
    return {"headings": [len(h) for h in HEADING.findall(text)],
            "folded answers": len(DETAILS.findall(text)),
            "boxes (> **...)": len(QUOTE_BOX.findall(text)),
            "table rows": len(TABLE_ROW.findall(text)),
            "images": len(IMAGE.findall(text))}


def problems(source_nb, target_nb, name: str = "") -> list[str]:
    """Why target_nb is not the English edition of source_nb (empty: in parity)."""
    found = []
    where = f"{name}: " if name else ""
    s_ids = [(c.get("id"), c.cell_type) for c in source_nb.cells]
    t_ids = [(c.get("id"), c.cell_type) for c in target_nb.cells]
    if s_ids != t_ids:
        s_only = [f"{i} ({k})" for i, k in s_ids if (i, k) not in t_ids]
        t_only = [f"{i} ({k})" for i, k in t_ids if (i, k) not in s_ids]
        detail = []
        if s_only:
            detail.append(f"only in the Indonesian edition: {', '.join(s_only)}")
        if t_only:
            detail.append(f"only in the English edition: {', '.join(t_only)}")
        if not detail:
            detail.append("the same cells in a different order")
        found.append(f"{where}the cells differ ({'; '.join(detail)}); run: python -m tools.editions sync")
        return found
    for number, (s, t) in enumerate(zip(source_nb.cells, target_nb.cells), start=1):
        cell = f"{where}cell {number} ({s.get('id')})"
        if s.cell_type == "code":
            if t.source != english_code(s.source):
                found.append(f"{cell}: code differs from the Indonesian cell beyond the language "
                             f"argument: {t.source!r} vs {english_code(s.source)!r}")
            if s.metadata.get("tags", []) != t.metadata.get("tags", []):
                found.append(f"{cell}: tags differ: {t.metadata.get('tags')} vs {s.metadata.get('tags')}")
            continue
        if s.source.startswith(NAV_MARK):
            continue                      # generated by tools/navigation.py in each language
        if TODO in t.source:
            found.append(f"{cell}: not translated yet ({TODO})")
            continue
        if t.source.strip() == s.source.strip() and re.search(r"[A-Za-z]{4}", s.source):
            found.append(f"{cell}: the same text as the Indonesian cell (not translated?)")
            continue
        s_shape, t_shape = _shape(s.source), _shape(t.source)
        for key in s_shape:
            if s_shape[key] != t_shape[key]:
                found.append(f"{cell}: {key} differ: English {t_shape[key]}, Indonesian {s_shape[key]}")
    s_sum = source_nb.metadata.get("kss", {}).get("summary")
    t_sum = target_nb.metadata.get("kss", {}).get("summary")
    if s_sum and (not t_sum or t_sum == s_sum):
        found.append(f"{where}metadata kss.summary is missing or still Indonesian")
    return found


def check(verbose: bool = True) -> list[str]:
    found = []
    for source, target in pairs():
        if target is None:
            found.append(f"{source.relative_to(ROOT)}: no English edition in notebooks/{TARGET}/")
            continue
        found += problems(nbformat.read(source, as_version=4), nbformat.read(target, as_version=4),
                          str(target.relative_to(ROOT)))
    if verbose:
        for line in found:
            print(line)
    return found


def synced(source_nb, target_nb):
    """target_nb rebuilt on source_nb's cells: English text kept by cell id, code carried
    across, a new markdown cell marked TODO with the Indonesian text to translate."""
    english = {c.get("id"): c for c in target_nb.cells}
    out = copy.deepcopy(target_nb)
    cells = []
    for s in source_nb.cells:
        t = english.get(s.get("id"))
        if s.cell_type == "code":
            cell = copy.deepcopy(t) if t is not None and t.cell_type == "code" else copy.deepcopy(s)
            cell.source = english_code(s.source)
            cell.metadata = copy.deepcopy(s.metadata)
            if t is None or t.cell_type != "code":
                cell.outputs, cell.execution_count = [], None
        elif t is not None and t.cell_type == "markdown":
            cell = copy.deepcopy(t)
        else:
            cell = copy.deepcopy(s)
            if not s.source.startswith(NAV_MARK):
                cell.source = f"{TODO}\n{s.source}"
        cells.append(cell)
    out.cells = cells
    return out


def start(source: Path, target: Path) -> None:
    """A new English notebook: the Indonesian cells, every text cell marked TODO."""
    nb = nbformat.read(source, as_version=4)
    empty = nbformat.v4.new_notebook()
    empty.metadata = copy.deepcopy(nb.metadata)
    empty.metadata.setdefault("kss", {})["summary"] = ""
    write(synced(nb, empty), target)


def dump(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    parts = [DUMP_HEAD.format(path=path.resolve().relative_to(ROOT))]
    parts.append(f"<!-- cell metadata summary -->\n{nb.metadata.get('kss', {}).get('summary', '')}\n")
    for cell in nb.cells:
        if cell.cell_type == "code":
            # shown for context; load ignores it (code comes from the Indonesian edition)
            parts.append(f"<!-- cell {cell.get('id')} code -->\n```python\n{cell.source}\n```\n")
        else:
            parts.append(f"<!-- cell {cell.get('id')} markdown -->\n{cell.source}\n")
    return "\n".join(parts)


def load(text: str) -> tuple[Path, list[str]]:
    """Write a dump's markdown cells and summary into its notebook; return (path, problems)."""
    head = re.match(r"<!-- notebook (\S+) -->\n", text)
    if not head:
        return Path(), ["the file does not start with '<!-- notebook notebooks/en/NN-....ipynb -->'"]
    path = ROOT / head.group(1)
    text = text[head.end():]
    marks = list(CELL_MARK.finditer(text))
    texts = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        texts[(m.group("id"), m.group("kind"))] = text[m.end():end].rstrip("\n")
    nb = nbformat.read(path, as_version=4)
    found = []
    known = {(c.get("id"), c.cell_type) for c in nb.cells} | {("metadata", "summary")}
    for key in texts:
        if key not in known:
            found.append(f"cell {key[0]} ({key[1]}) is not in {path.name}")
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            if (cell.get("id"), "markdown") in texts:
                cell.source = texts[(cell.get("id"), "markdown")]
            else:
                found.append(f"markdown cell {cell.get('id')} is missing from the file")
    if ("metadata", "summary") in texts:
        nb.metadata.setdefault("kss", {})["summary"] = texts[("metadata", "summary")].strip()
    if not found:
        write(nb, path)
    return path, found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="report parity problems (exit 1 if any)")
    sub.add_parser("sync", help="carry the Indonesian cells and code into every English notebook")
    p_start = sub.add_parser("start", help="create an English notebook from an Indonesian one")
    p_start.add_argument("source", type=Path)
    p_start.add_argument("target", type=Path)
    p_dump = sub.add_parser("dump", help="print an English notebook's text, cell by cell")
    p_dump.add_argument("path", type=Path)
    p_load = sub.add_parser("load", help="write an edited dump back")
    p_load.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "check":
        return 1 if check() else 0
    if args.command == "sync":
        for source, target in pairs():
            if target is None:
                print(f"no English edition yet: {source.relative_to(ROOT)} "
                      f"(python -m tools.editions start {source.relative_to(ROOT)} notebooks/en/NN-name.ipynb)")
                continue
            before = nbformat.read(target, as_version=4)
            after = synced(nbformat.read(source, as_version=4), before)
            if nbformat.writes(after) != nbformat.writes(before):
                write(after, target)
                print(f"updated {target.relative_to(ROOT)}")
        return 0
    if args.command == "start":
        if args.target.exists():
            print(f"{args.target} exists already; use sync")
            return 1
        args.target.parent.mkdir(parents=True, exist_ok=True)
        start(args.source, args.target)
        print(f"wrote {args.target}: translate every cell marked {TODO} (dump, edit, load)")
        return 0
    if args.command == "dump":
        if not args.path.is_file():
            print(f"no such notebook: {args.path}")
            return 1
        sys.stdout.write(dump(args.path))
        return 0
    if not args.file.is_file():
        print(f"no such file: {args.file}")
        return 1
    path, found = load(args.file.read_text(encoding="utf-8"))
    for line in found:
        print(line)
    if not found:
        print(f"wrote {path.relative_to(ROOT)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
