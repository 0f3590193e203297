"""The projector view: every lesson as reveal.js slides, offline (no CDN).

    python -m tools.slides --fetch      # once, with internet: reveal.js from the npm registry
    python -m tools.slides              # build/slides/NN-slug.slides.html + build/slides/reveal.js/,
                                        # the English edition's in build/slides/en/
    python -m tools.slides --edition en # only one edition (id or en)
    python -m tools.slides --serve      # show them on http://127.0.0.1:8000/ (Ctrl+C stops)

reveal.js is the npm package reveal.js@REVEAL_VERSION, fetched with `npm pack` into
build/vendor/, checked against the pinned integrity (sha512) and copied next to the slides,
so the slides open from the folder itself or from a local web server, never from a CDN.
Slides are made with nbconvert's SlidesExporter and the template tools/templates/kss_slides
from the committed notebooks: one idea per slide (a long text cell is split), every figure
on a slide of its own, exercise and quiz questions without their answers, no code.
The English edition's decks (notebooks/en/) go into build/slides/en/ with their own index.html
and load the same copy of reveal.js (../reveal.js/).
"""
from __future__ import annotations

import argparse
import functools
import http.server
import re
import shutil
from pathlib import Path

import nbformat

from kss.labels import LANGUAGES, t
from tools import handouts, npm_vendor, printing

ROOT = printing.ROOT
OUT = ROOT / "build" / "slides"
VENDOR = ROOT / "build" / "vendor"
REVEAL_VERSION = "5.2.1"
REVEAL_INTEGRITY = "sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD+7ZPZEbpBDhdRhJaFgfQ7zNQ=="
REVEAL_DIR = VENDOR / f"reveal.js-{REVEAL_VERSION}"
SLIDES_CSS = printing.TEMPLATES / "kss_slides" / "slides.css"
MAX_CHARS = 550          # text of one slide, about: a longer cell is split at paragraph breaks
# the index page of each edition's slides: (html lang, page title, heading); the words are
# under tools.slides in kss/locales/<lang>.yml
INDEX = {lang: (lang, t("tools.slides.title", lang), t("tools.slides.heading", lang)) for lang in LANGUAGES}


class SlidesError(RuntimeError):
    pass


# ---------------------------------------------------------------- reveal.js from the npm registry

def fetch() -> Path:
    """reveal.js@REVEAL_VERSION in build/vendor/ (npm pack, integrity checked); already there: nothing to do."""
    if not (REVEAL_DIR / "dist" / "reveal.js").is_file():
        shutil.rmtree(REVEAL_DIR, ignore_errors=True)  # a folder without dist/reveal.js: unpack again
        npm_vendor.fetch("reveal.js", REVEAL_VERSION, REVEAL_INTEGRITY, VENDOR, SlidesError)
    return REVEAL_DIR


def copy_reveal(out: Path) -> Path:
    """The parts of reveal.js the slides load (dist/ and the notes plugin) next to the slides."""
    if not (REVEAL_DIR / "dist" / "reveal.js").is_file():
        raise SlidesError(f"reveal.js {REVEAL_VERSION} is not in {VENDOR.relative_to(ROOT)}/: run "
                          "`python -m tools.slides --fetch` once with internet (make setup-test does)")
    dest = out / "reveal.js"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(REVEAL_DIR / "dist", dest / "dist")
    shutil.copytree(REVEAL_DIR / "plugin" / "notes", dest / "plugin" / "notes")
    shutil.copy2(REVEAL_DIR / "LICENSE", dest / "LICENSE")
    return dest


# ---------------------------------------------------------------- one idea per slide

def chunks(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Split markdown at blank lines into pieces of about `limit` characters (a table, a list
    item or a paragraph is never cut; a list is split between its items)."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        first, _, rest = block.partition("\n")
        if first.startswith("#") and rest.strip():         # a heading glued to its text
            blocks.append(first)
            block = rest
        lines = block.splitlines()
        if len(block) > limit and all(ln.lstrip().startswith("|") for ln in lines) and len(lines) > 3:
            head, rows = lines[:2], lines[2:]              # a long table: rows in groups, header repeated
            group: list[str] = []
            for row in rows:
                if group and len("\n".join(head + group + [row])) > limit:
                    blocks.append("\n".join(head + group))
                    group = []
                group.append(row)
            blocks.append("\n".join(head + group))
        elif len(block) > limit and re.match(r"^\s*(?:[-*]|\d+\.) ", block):
            blocks.extend(re.split(r"\n(?=\s*(?:[-*]|\d+\.) )", block))
        elif len(block) > limit and not block.lstrip().startswith(("<", ">", "|")):
            blocks.extend(_sentences(block, limit))          # a long paragraph: between sentences
        else:
            blocks.append(block)
    out, current = [], ""
    for block in blocks:
        if current and len(current) + len(block) > limit:
            out.append(current)
            current = block
        else:
            current = f"{current}\n\n{block}" if current else block
    if current:
        out.append(current)
    return out


def _sentences(paragraph: str, limit: int) -> list[str]:
    parts, current = [], ""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"*(])", paragraph):
        if current and len(current) + len(sentence) > limit:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    return parts + [current] if current else parts


def table_slides(html_text: str, limit: int = MAX_CHARS) -> list[str]:
    """An HTML table (a code cell's output) as several tables of a few rows, header repeated."""
    m = re.search(r"(<table[^>]*>)(.*?)</table>", html_text, flags=re.S)
    if not m:
        return [html_text]
    opening, inner = m.groups()
    head = re.search(r"<thead.*?</thead>", inner, flags=re.S)
    head_html = head.group(0) if head else ""
    rows = re.findall(r"<tr.*?</tr>", inner[head.end():] if head else inner, flags=re.S)
    parts, group, size = [], [], 0
    for row in rows:
        length = len(re.sub(r"<[^>]+>", "", row))
        if group and size + length > limit:
            parts.append(group)
            group, size = [], 0
        group.append(row)
        size += length
    if group:
        parts.append(group)
    return [f"{opening}{head_html}<tbody>{''.join(g)}</tbody></table>" for g in parts] or [html_text]


def slide(source: str, kind: str = "slide"):
    cell = nbformat.v4.new_markdown_cell(source)
    cell.metadata["slideshow"] = {"slide_type": kind}
    return cell


def deck(nb, nn: str, lang: str = "id") -> nbformat.NotebookNode:
    """The lesson as slides: markdown cells only (figures embedded), each with slide_type 'slide'."""
    book = handouts.BOOKS[lang]
    skip = {book.w("setup")}
    quiz = book.w("quiz")
    question = re.escape(t("tools.handouts.question", lang)).replace(r"\{i\}", r"\d+")   # 'Soal \d+\.'
    page = handouts.printable(nb, nn, teacher=False, lang=lang)
    cells = []
    section = ""
    for cell in page.cells:
        if cell.cell_type == "code":          # a table printed by a code cell: slides of a few rows
            for output in cell.outputs:
                cells += [slide(part) for part in table_slides(output["data"]["text/html"])]
            continue
        text = cell.source
        if text.lstrip().startswith("<figure"):
            cells.append(slide(text))
            continue
        text = re.sub(r'<div class="kss-answer-label">.*?(?=\n\n|\Z)', "", text, flags=re.S)   # no answer lines
        text = re.sub(r'<div class="kss-note">.*?</div>', "", text, flags=re.S)
        text = re.sub(r"^<!--[A-Z-]+-->\s*\n", "", text)            # generated-block markers
        m = re.match(r"^(#{1,2}) +(.+?)\s*$", text, flags=re.M)
        if m and text.startswith("##"):
            section = handouts.section_name(m.group(2), lang)   # without its minutes: lesson_time.py
        if section in skip or not text.strip():
            continue
        if section == quiz and re.search(rf"\*\*{question}\*\*", text):
            for one in re.split(rf"\n(?=\*\*{question}\*\*)", text.strip()):
                cells.append(slide(f"### {quiz}\n\n{one}"))
            continue
        pieces = chunks(text)
        for k, piece in enumerate(pieces):
            if k and section and not piece.startswith("#"):
                piece = f"### {section}\n\n{piece}"
            cells.append(slide(piece))
    result = nbformat.v4.new_notebook()
    result.cells = cells
    return result


def to_html(nb, title: str, reveal: str = "reveal.js") -> str:
    from nbconvert import SlidesExporter
    exporter = SlidesExporter(template_name="kss_slides", extra_template_basedirs=[str(printing.TEMPLATES)])
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.reveal_url_prefix = reveal
    exporter.reveal_theme = "white"
    exporter.reveal_number = "c/t"
    exporter.reveal_width = "1280"
    exporter.reveal_height = "720"
    exporter.reveal_transition = "none"
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"kss_slides_css": SLIDES_CSS.read_text(encoding="utf-8")})
    return body


def build(numbers=None, out: Path = OUT, langs=handouts.LANGS) -> list[Path]:
    """The decks of both editions (or of `langs`): Indonesian in `out`, English in out/en/."""
    copy_reveal(out)
    written = []
    for lang in langs:
        written += build_edition(lang, numbers, out)
    return written


def build_edition(lang: str, numbers=None, out: Path = OUT) -> list[Path]:
    folder = handouts.out_dir(out, lang)
    reveal = "reveal.js" if folder == out else "../reveal.js"     # one copy, in `out`
    written = []
    for path in handouts.lesson_files(numbers, lang):
        nb = nbformat.read(path, as_version=4)
        title = handouts.title_of(nb)
        written.append(printing.write(folder / f"{path.stem}.slides.html",
                                      to_html(deck(nb, path.name[:2], lang), title, reveal)))
    html_lang, page_title, heading = INDEX[lang]
    index = [f"<!DOCTYPE html><html lang=\"{html_lang}\"><meta charset=\"utf-8\"><title>{page_title}</title>",
             f"<body style=\"font-family:sans-serif;font-size:22px;margin:40px\"><h1>{heading}</h1><ul>"]
    for page in written:
        index.append(f'<li><a href="{page.name}">{page.name.split(".")[0]}</a></li>')
    index.append("</ul></body></html>")
    printing.write(folder / "index.html", "\n".join(index))
    return written


def serve(out: Path = OUT, port: int = 8000) -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Slide: http://127.0.0.1:{port}/  (Ctrl+C untuk berhenti)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fetch", action="store_true", help="only fetch reveal.js from the npm registry")
    parser.add_argument("--serve", action="store_true", help="serve build/slides/ on 127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--lessons", nargs="*", help="lesson numbers (default: all)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: build/slides)")
    parser.add_argument("--edition", choices=handouts.LANGS, action="append",
                        help="only this edition: id or en (English, into OUT/en/); default: both")
    args = parser.parse_args(argv)
    try:
        if args.fetch:
            print(f"reveal.js {REVEAL_VERSION}: {fetch().relative_to(ROOT)}")
            return 0
        if args.serve:
            serve(args.out, args.port)
            return 0
        for path in build(args.lessons, args.out, args.edition or handouts.LANGS):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    except SlidesError as exc:
        printing.fail(str(exc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
