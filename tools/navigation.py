"""Write the generated parts: navigation bars, the course map and README's lesson table.

    python -m tools.navigation           # update notebooks/id/*.ipynb, notebooks/en/*.ipynb and README.md
    python -m tools.navigation --check   # exit 1 if anything is out of date

Also each lesson's folded list of the acronyms it uses (tools/glossary.py, from
data/glossary.csv), and the teacher guides' time model and unit plans (tools/guide_plans.py). Never edit these parts by hand. Each lesson's title is its first '# ' heading; its
time and one-line summary come from the notebook metadata "kss": {"minutes", "summary"}.
Links to Binder, JupyterHub and the website are built from [project.urls] Repository (and
[project] version: Binder opens the release tag) in pyproject.toml.
Each edition (kss/editions.py) gets its own bars, course map and README table, in its own
words; a lesson's bar also links to the same lesson in the other edition (tools/editions.py
pairs them).
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path
from urllib.parse import quote

import nbformat

from tools import glossary
from tools.editions import counterpart
from tools.notebooks import write

from kss.editions import EDITIONS, ID, Edition

ROOT = Path(__file__).resolve().parent.parent
LESSON_DIR = ROOT / "notebooks" / "id"
NAV_MARK = "<!--NAVIGASI-->"
MAP_MARK = "<!--PETA-KURSUS-->"
README_MARKS = {"id": ("<!-- lessons:start -->", "<!-- lessons:end -->"),
                "en": ("<!-- lessons-en:start -->", "<!-- lessons-en:end -->")}
README_START, README_END = README_MARKS["id"]
BRANCH = "main"           # the branch a school hub pulls (nbgitpuller)
# the website's own pages (docs/<lang>/<name>.md, tools/site.py): landing, teachers, downloads,
# hub admins, maintainers; README links to them
DOC_PAGES = {"id": ("index", "guru", "unduhan", "hub", "pengelola"),
             "en": ("index", "teachers", "downloads", "hub", "maintainers")}
CONTENTS = ID.contents


def repository() -> str:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return meta["project"]["urls"]["Repository"].rstrip("/")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def release_tag() -> str:
    """The release every Binder link opens: "v" + [project] version in pyproject.toml (the one
    place that sets it; the release workflow checks that a pushed tag matches it)."""
    return f"v{project()['version']}"


def site_url() -> str:
    """The course website: [project.urls] Homepage when set, else the repository's GitHub
    Pages address (https://<owner>.github.io/<name>/, where .github/workflows/release.yml puts it)."""
    urls = project().get("urls", {})
    if urls.get("Homepage"):
        return urls["Homepage"].rstrip("/") + "/"
    owner, name = repository().removeprefix("https://github.com/").split("/", 1)
    return f"https://{owner.lower()}.github.io/{name}/"


def binder_url(relpath: str | None = None, ref: str | None = None) -> str:
    """Binder at the release tag (release_tag()), opening relpath when given: Binder builds
    one image per tag and keeps it, so a class does not wait for a rebuild after each push."""
    owner_repo = repository().removeprefix("https://github.com/")
    url = f"https://mybinder.org/v2/gh/{owner_repo}/{ref or release_tag()}"
    return url + (f"?urlpath=lab/tree/{relpath}" if relpath else "")


def page_url(lang: str, file: str) -> str:
    """A notebook's page on the course website (tools/site.py: Indonesian at the root, English in en/)."""
    return site_url() + ("" if lang == "id" else f"{lang}/") + Path(file).stem + ".html"


def lite_url(lang: str, file: str) -> str:
    """The notebook in the in-browser edition (the website's lite/ folder), at the path of the
    Binder links (tools/build_lite.py makes lab/tree/<path>/ open that notebook)."""
    return f"{site_url()}lite/lab/tree/notebooks/{lang}/{file}"


def hub_folder() -> str:
    """The folder every student's copy of the course gets on a school hub (nbgitpuller's
    targetpath): the repository's name in [project.urls] Repository."""
    return repository().rsplit("/", 1)[-1]


def nbgitpuller_url(relpath: str, hub: str = "https://HUB-SEKOLAH", repo: str | None = None) -> str:
    """The link that copies the course into a student's home on a JupyterHub and opens
    `relpath` there. The copy is always named after [project.urls] Repository
    (targetpath), so the link also works from a mirror under another name (`repo`: a
    school's own copy of the repository); nbgitpuller would otherwise name the folder
    after the mirror and the lesson would not be found."""
    name = hub_folder()
    source = repo or repository()
    return (f"{hub}/hub/user-redirect/git-pull?repo={quote(source, safe='')}&branch={quote(BRANCH, safe='')}"
            f"&urlpath={quote(f'lab/tree/{name}/{relpath}', safe='')}&targetpath={quote(name, safe='')}")


def lessons(lesson_dir: Path = LESSON_DIR) -> list[dict]:
    result = []
    for path in sorted(lesson_dir.glob("[0-9][0-9]-*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        title = None
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                match = re.search(r"^# (.+)$", cell.source, flags=re.M)
                if match:
                    title = match.group(1).strip()
                    break
        meta = nb.metadata.get("kss", {})
        result.append({"path": path, "file": path.name, "number": path.name[:2],
                       "title": title or path.stem, "minutes": meta.get("minutes"),
                       "summary": meta.get("summary", "")})
    return result


def nav_source(all_lessons: list[dict], i: int, edition: Edition = ID) -> str:
    w = edition.words
    prev_link = (f"[< {w['previous']}: {all_lessons[i - 1]['title']}]({all_lessons[i - 1]['file']})"
                 if i > 0 else f"< {w['previous']}")
    next_link = (f"[{w['next']}: {all_lessons[i + 1]['title']} >]({all_lessons[i + 1]['file']})"
                 if i + 1 < len(all_lessons) else f"{w['next']} >")
    bar = (f"{NAV_MARK}\n{prev_link} | [{w['contents']}]({edition.contents}#{edition.anchor(w['course_map'])})"
           f" | {next_link}")
    other = counterpart(all_lessons[i]["path"])
    if other is not None:
        bar += f" | [{w['other_edition']}](../{other.parent.name}/{other.name})"
    return bar


def course_map(all_lessons: list[dict], edition: Edition = ID) -> str:
    w = edition.words
    rows = [f"| {w['no']} | {w['lesson']} | {w['time_col']} | {w['summary_col']} |", "|---|---|---|---|"]
    for lesson in all_lessons:
        minutes = f"{lesson['minutes']} {w['minutes']}" if lesson["minutes"] else ""
        rows.append(f"| {lesson['number']} | [{lesson['title']}]({lesson['file']}) | {minutes} | "
                    f"{lesson['summary']} |")
    return f"{MAP_MARK}\n" + "\n".join(rows)


def readme_table(all_lessons: list[dict], edition: Edition = ID) -> str:
    """README's lesson table: each lesson's page on the website, the same lesson in the
    in-browser edition and on Binder (pinned to the release tag)."""
    start, end = README_MARKS[edition.lang]
    site = site_url() + ("" if edition.lang == "id" else f"{edition.lang}/")
    teachers, downloads = DOC_PAGES[edition.lang][1:3]
    if edition.lang == "id":
        head = "| No | Pelajaran (halaman situs) | Menit | Jalankan | |"
        run = "di peramban"
        links = f"Situs kursus: {site} · [untuk guru]({site}{teachers}.html) · [unduhan]({site}{downloads}.html)"
    else:
        head = "| No | Lesson (website page) | Minutes | Run it | |"
        run = "in the browser"
        links = f"Website: {site} · [for teachers]({site}{teachers}.html) · [downloads]({site}{downloads}.html)"
    rows = [head, "|---|---|---|---|---|"]
    for lesson in all_lessons:
        rel = f"notebooks/{edition.lang}/{lesson['file']}"
        title = lesson["title"].split(" · ", 1)[-1]
        rows.append(f"| {lesson['number']} | [{title}]({page_url(edition.lang, lesson['file'])}) | "
                    f"{lesson['minutes'] or ''} | [{run}]({lite_url(edition.lang, lesson['file'])}) | "
                    f"[Binder]({binder_url(rel)}) |")
    return "\n".join([start] + rows + ["", links, end])


def update_notebook(nb, all_lessons: list[dict], i: int, edition: Edition = ID) -> None:
    nav = nav_source(all_lessons, i, edition)
    nav_cells = [c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith(NAV_MARK)]
    if not nav_cells:
        # first bar right after the title cell, second as the very last cell
        nb.cells.insert(1, nbformat.v4.new_markdown_cell(nav))
        nb.cells.append(nbformat.v4.new_markdown_cell(nav))
    else:
        for cell in nav_cells:
            cell.source = nav
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith(MAP_MARK):
            cell.source = course_map(all_lessons, edition)
    glossary.update(nb, edition.lang)     # the folded list of the lesson's acronyms


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = text
    for edition in EDITIONS.values():
        all_lessons = lessons(edition.folder)
        for i, lesson in enumerate(all_lessons):
            path = lesson["path"]
            nb = nbformat.read(path, as_version=4)
            before = nbformat.writes(nb)
            update_notebook(nb, all_lessons, i, edition)
            if nbformat.writes(nb) != before:
                stale.append(str(path.relative_to(ROOT)))
                if not args.check:
                    write(nb, path)
        start_mark, end_mark = README_MARKS[edition.lang]
        if all_lessons and start_mark in new and end_mark in new:
            start, end = new.index(start_mark), new.index(end_mark) + len(end_mark)
            new = new[:start] + readme_table(all_lessons, edition) + new[end:]
        elif all_lessons:
            stale.append(f"README.md (no {start_mark} ... {end_mark} section for notebooks/{edition.lang}/)")
    if new != text:
        stale.append("README.md")
        if not args.check:
            readme.write_text(new, encoding="utf-8")
    # the teacher guides' time model and unit plans, computed from the lessons (tools/guide_plans.py)
    from tools import guide_plans
    for lang in EDITIONS:
        if guide_plans.update(lang, check=args.check):
            stale.append(str(guide_plans.guide_path(lang).relative_to(ROOT)))
    if args.check:
        for s in stale:
            print(f"out of date: {s} (run: python -m tools.navigation)")
        return 1 if stale else 0
    for s in stale:
        print(f"updated {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
