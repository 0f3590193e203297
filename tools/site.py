"""The course website (`make site`): one address for learners, teachers, hub admins and maintainers.

    python -m tools.site                      # build/site/ from the committed notebooks and docs/
    python -m tools.site --out /tmp/site      # somewhere else
    python -m tools.site --check-inputs       # only say which input of the kit is missing

Built offline with Sphinx, MyST-NB and the furo theme (pinned in requirements-test.txt; why
these and not Jupyter Book 2: docs/en/maintainers.md, "The website"), from
- notebooks/<lang>/*.ipynb, as stored: their outputs (figures, the static views of the
  explorers and quizzes) are shown, nothing is executed;
- docs/<lang>/*.md, the pages for teachers, hub admins and maintainers; `{{ name }}` in them is
  replaced by a value of placeholders() (the repository's address from [project.urls] in
  pyproject.toml, the release tag, measured sizes) by page_text(), as tests that read the
  pages do too; an unknown name stops the build;
- the classroom kit built before (`make handouts`, `make slides`, `make lite`): copied into
  the site's downloads/ and lite/ folders, their sizes measured for the pages.

The Indonesian edition is the site's root, the English one its en/ folder; both are flat
(every page at the top of its edition), so a page's twin in the other edition is en/<page>
or ../<page>. Every lesson page gets a launch box under its title: run it in the browser
(the in-browser edition in lite/, its download size shown first), Binder (pinned to the
release tag), a school hub (a form that makes the nbgitpuller link) and the notebook itself.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from kss.editions import EDITIONS, Edition
from tools import navigation
from tools.editions import counterpart

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TEMPLATE = ROOT / "tools" / "templates" / "kss_site"
OUT = ROOT / "build" / "site"
STAGE = ROOT / "build" / "site-src"
LANGS = ("id", "en")
HUB_FOLDER = navigation.hub_folder()     # nbgitpuller's targetpath: the folder every student gets

# the classroom kit the site hands out, as `make handouts`, `make slides` and `make lite` leave it
KIT = {
    "handouts": ROOT / "build" / "handouts",
    "slides": ROOT / "build" / "slides",
    "lite": ROOT / "build" / "lite" / "site",
    "lite_zip": ROOT / "build" / "lite" / "kss-lite.zip",
}
KIT_MAKE = {"handouts": "make handouts", "slides": "make slides", "lite": "make lite", "lite_zip": "make lite"}
# what goes into the notebooks zip: enough to open the lessons in any Jupyter (pip install
# -r requirements.txt, then pip install . for the course package) or with `make lab` (the
# Makefile, the course's JupyterLab settings and the tool that installs them)
NOTEBOOK_ZIP_PARTS = ("notebooks", "data", "kss", "pyproject.toml", "requirements.txt", "README.md",
                      "LICENSE", "LICENSE-CONTENT", "Makefile", "jupyter-settings", "tools/lab_language.py")
ZIP_TIME = (2020, 1, 1, 0, 0, 0)     # fixed, so the same inputs give the same zip (and SHA-256)

# the pages of each edition (docs/<lang>/<name>.md), in the same order: each one's twin in
# the other edition is at the same place
PAGES = navigation.DOC_PAGES

WORDS = {
    "id": {
        "title": "Kerja Sama Selatan-Selatan",
        "copyright": "isi pelajaran CC BY 4.0, kode MIT",
        "other": "English", "launch_label": "Buka pelajaran ini",
        "run": "Jalankan di peramban", "run_size": "unduhan pertama hingga {size}",
        "binder": "Binder", "download": "Unduh notebook", "hub": "Hub sekolah", "which": "Pilih yang mana?",
        "hub_label": "Alamat hub sekolah", "hub_button": "Buat tautan",
        "hub_placeholder": "https://hub.sekolah.sch.id",
        "hub_help": "Tautan nbgitpuller menyalin kursus ke folder {folder} setiap siswa lalu membuka pelajaran ini.",
        "hub_template": "Tanpa JavaScript: ganti HUB-SEKOLAH di tautan ini dengan alamat hub Anda:",
        "note": ("<b>Peramban</b>: Python berjalan di peramban sendiri, tanpa server; sesudah dimuat "
                 "sekali bisa tanpa internet. Berat untuk HP. <b>Binder</b>: JupyterLab lengkap, gratis, "
                 "butuh internet; membukanya bisa beberapa menit, sesi berhenti setelah 10 menit "
                 "menganggur dan pekerjaan tidak disimpan. <b>Hub sekolah</b>: bila sekolah punya "
                 "JupyterHub. <b>Unduh</b>: untuk Jupyter di komputer sendiri (paket kss dibutuhkan, "
                 "lihat <a href=\"{guide}\">halaman guru</a>)."),
        "lesson_no": "Pelajaran", "minutes": "menit", "guide_title": "Panduan guru",
    },
    "en": {
        "title": "South-South Cooperation",
        "copyright": "lesson content CC BY 4.0, code MIT",
        "other": "Bahasa Indonesia", "launch_label": "Open this lesson",
        "run": "Run it in the browser", "run_size": "first download up to {size}",
        "binder": "Binder", "download": "Download the notebook", "hub": "School hub", "which": "Which one?",
        "hub_label": "Your school hub's address", "hub_button": "Make the link",
        "hub_placeholder": "https://hub.school.example",
        "hub_help": "The nbgitpuller link copies the course into every student's {folder} folder and opens this lesson.",
        "hub_template": "Without JavaScript: replace YOUR-HUB in this link with your hub's address:",
        "note": ("<b>Browser</b>: Python runs in your own browser, no server; once loaded it works "
                 "offline. Heavy for a phone. <b>Binder</b>: full JupyterLab, free, needs internet; it can "
                 "take minutes to open, a session ends after 10 idle minutes and work is not saved. "
                 "<b>School hub</b>: if your school runs a JupyterHub. <b>Download</b>: for Jupyter on "
                 "your own computer (it needs the kss package, see <a href=\"{guide}\">the teachers' page</a>)."),
        "lesson_no": "Lesson", "minutes": "minutes", "guide_title": "Teacher guide",
    },
}
# the downloads page: (key in a lesson's files, label) per edition, in this order
FILE_LABELS = {
    "id": (("student", "Lembar siswa (PDF)"), ("teacher", "Edisi guru (PDF)"),
           ("worksheets", "Lembar kerja tanpa komputer (PDF)"), ("slides", "Slide (buka di peramban)"),
           ("notebook", "Notebook (.ipynb)")),
    "en": (("student", "Student handout (PDF)"), ("teacher", "Teacher edition (PDF)"),
           ("worksheets", "Worksheets for a class without computers (PDF)"), ("slides", "Slides (open in the browser)"),
           ("notebook", "Notebook (.ipynb)")),
}
BUNDLE_LABELS = {
    "id": {"lite": "Edisi di peramban untuk kelas tanpa internet (zip)", "notebooks": "Semua notebook, data dan paket kss (zip)",
           "handouts": "Semua PDF: lembar siswa, edisi guru, lembar kerja, panduan guru (zip)",
           "slides": "Semua slide, untuk dibuka tanpa internet (zip)", "guide": "Panduan guru (PDF)"},
    "en": {"lite": "In-browser edition for a class without internet (zip)", "notebooks": "All notebooks, data and the kss package (zip)",
           "handouts": "All PDFs: student handouts, teacher editions, worksheets, teacher guide (zip)",
           "slides": "All slides, to open without internet (zip)", "guide": "Teacher guide (PDF)"},
}
HANDOUT_FOLDERS = {"id": {"student": "siswa", "teacher": "guru", "worksheets": "lembar-kerja", "guide": "panduan-guru"},
                   "en": {"student": "en/student", "teacher": "en/teacher", "worksheets": "en/worksheets",
                          "guide": "en/teacher-guide"}}


class SiteError(Exception):
    """The site cannot be built; one sentence says why and what to run."""


# ---------------------------------------------------------------- sizes and addresses

def human_size(n: int, lang: str) -> str:
    """1234567 -> '1,2 MB' (id) / '1.2 MB' (en); below 1 MB in kB."""
    if n >= 1_000_000:
        text = f"{n / 1e6:.1f} MB" if n < 10_000_000 else f"{n / 1e6:.0f} MB"
    else:
        text = f"{max(1, round(n / 1000))} kB"
    return text.replace(".", ",") if lang == "id" else text


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def lite_download_size(lite: Path) -> int:
    """What a first visit to the in-browser edition can download at most: the whole site but
    the lessons' files (a learner's browser loads Pyodide, its packages and JupyterLab)."""
    return folder_size(lite) - folder_size(lite / "files")


def owner_repo() -> str:
    return navigation.repository().removeprefix("https://github.com/")


def hub_urlpath(lang: str, file: str) -> str:
    return f"lab/tree/{HUB_FOLDER}/notebooks/{lang}/{file}"


def hub_template(lang: str, file: str, placeholder: str) -> str:
    """The nbgitpuller link with a placeholder for the hub (what the form's script makes), as
    tools/navigation.py makes it for the hub test."""
    return navigation.nbgitpuller_url(f"notebooks/{lang}/{file}", hub=placeholder)


# ---------------------------------------------------------------- the kit

@dataclass
class Kit:
    handouts: Path
    slides: Path
    lite: Path
    lite_zip: Path

    def missing(self) -> list[str]:
        checks = {"handouts": self.handouts / "panduan-guru.pdf", "slides": self.slides / "index.html",
                  "lite": self.lite / "jupyter-lite.json", "lite_zip": self.lite_zip}
        return [f"{name} ({path}; run `{KIT_MAKE[name]}`)" for name, path in checks.items() if not path.exists()]


@dataclass
class Downloads:
    """What the site's downloads/ folder holds: paths relative to the site root, with sizes."""
    sizes: dict[str, int] = field(default_factory=dict)
    lessons: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)   # lang -> stem -> key -> path
    bundles: dict[str, str] = field(default_factory=dict)                         # key -> path
    guide: dict[str, str] = field(default_factory=dict)                           # lang -> path
    lite_download: int = 0


def _zip(source: Path, archive: Path, prefix: str, parts: tuple[str, ...] | None = None) -> None:
    """A zip of `source` (or of `parts` of it) under `prefix`/, fixed dates, sorted names."""
    files = []
    for part in (parts or ("",)):
        path = source / part
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [p for p in path.rglob("*") if p.is_file()
                      and not any(x in ("__pycache__", ".ipynb_checkpoints") for x in p.parts)]
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(set(files)):
            info = zipfile.ZipInfo(f"{prefix}/{p.relative_to(source).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, p.read_bytes())


def assemble_downloads(kit: Kit, out: Path) -> Downloads:
    """Copy the kit into out/downloads/ and out/lite/, zip the bundles, measure everything."""
    found = Downloads()
    dl = out / "downloads"
    shutil.copytree(kit.handouts, dl / "handouts", ignore=shutil.ignore_patterns("html"))
    shutil.copytree(kit.slides, dl / "slides")
    shutil.copytree(kit.lite, out / "lite")
    shutil.copy2(kit.lite_zip, dl / "kss-lite.zip")
    for lang in LANGS:
        shutil.copytree(ROOT / "notebooks" / lang, dl / "notebooks" / lang,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    _zip(ROOT, dl / "kss-notebooks.zip", "kss-notebooks", NOTEBOOK_ZIP_PARTS)
    _zip(dl / "handouts", dl / "kss-handouts.zip", "kss-handouts")
    _zip(dl / "slides", dl / "kss-slides.zip", "kss-slides")
    found.bundles = {"lite": "downloads/kss-lite.zip", "notebooks": "downloads/kss-notebooks.zip",
                     "handouts": "downloads/kss-handouts.zip", "slides": "downloads/kss-slides.zip"}
    for lang in LANGS:
        folders = HANDOUT_FOLDERS[lang]
        found.guide[lang] = f"downloads/handouts/{folders['guide']}.pdf"
        slides_dir = "slides" if lang == "id" else "slides/en"
        per_lesson = {}
        for lesson in EDITIONS[lang].lessons():
            stem = lesson.stem
            files = {"student": f"downloads/handouts/{folders['student']}/{stem}.pdf",
                     "teacher": f"downloads/handouts/{folders['teacher']}/{stem}.pdf",
                     "worksheets": f"downloads/handouts/{folders['worksheets']}/{stem}.pdf",
                     "slides": f"downloads/{slides_dir}/{stem}.slides.html",
                     "notebook": f"downloads/notebooks/{lang}/{lesson.name}"}
            for key in ("student", "teacher", "slides"):
                if not (out / files[key]).is_file():
                    raise SiteError(f"the kit lacks {files[key]} (rebuild it: {KIT_MAKE['handouts']}, {KIT_MAKE['slides']})")
            if not (out / files["worksheets"]).is_file():      # only lessons with a widget activity have one
                del files["worksheets"]
            per_lesson[stem] = files
        found.lessons[lang] = per_lesson
    for path in [*found.bundles.values(), *found.guide.values(),
                 *(p for lang in found.lessons.values() for files in lang.values() for p in files.values())]:
        if not (out / path).is_file():
            raise SiteError(f"the kit lacks {path}")
        found.sizes[path] = (out / path).stat().st_size
    found.lite_download = lite_download_size(out / "lite")
    return found


# ---------------------------------------------------------------- one edition's pages

def _prefix(lang: str) -> str:
    """From a page of this edition to the site root."""
    return "" if lang == "id" else "../"


def launch_box(lang: str, file: str, downloads: Downloads) -> str:
    w = WORDS[lang]
    up = _prefix(lang)
    rel = f"notebooks/{lang}/{file}"
    lite = f"{up}lite/lab/index.html?path={quote(rel)}"
    binder = navigation.binder_url(rel)
    notebook = f"{up}downloads/{rel}"
    size = human_size(downloads.lite_download, lang)
    placeholder = "https://HUB-SEKOLAH" if lang == "id" else "https://YOUR-HUB"
    e = html.escape
    form_id = "kss-hub-address"
    return f"""<aside class="kss-launch" aria-label="{e(w['launch_label'])}">
<ul class="kss-launch-buttons">
<li><a class="kss-button kss-primary" data-kss-launch="lite" href="{e(lite)}">{e(w['run'])} <span class="kss-size">({e(w['run_size'].format(size=size))})</span></a></li>
<li><a class="kss-button" data-kss-launch="binder" href="{e(binder)}">{e(w['binder'])}</a></li>
<li><a class="kss-button" data-kss-launch="notebook" href="{e(notebook)}" download>{e(w['download'])}</a></li>
</ul>
<details class="kss-hub"><summary>{e(w['hub'])}</summary>
<form class="kss-hub-form" novalidate data-repo="{e(navigation.repository())}" data-branch="{e(navigation.BRANCH)}" data-urlpath="{e(hub_urlpath(lang, file))}" data-targetpath="{HUB_FOLDER}" data-lang="{lang}">
<label for="{form_id}">{e(w['hub_label'])}</label>
<input id="{form_id}" name="hub" type="text" inputmode="url" autocomplete="url" autocapitalize="off" spellcheck="false" placeholder="{e(w['hub_placeholder'])}" required>
<button type="submit">{e(w['hub_button'])}</button>
<p class="kss-hub-result" aria-live="polite"></p>
</form>
<p class="kss-hub-help">{e(w['hub_help'].format(folder=HUB_FOLDER))} {e(w['hub_template'])}</p>
<p class="kss-hub-template"><code>{e(hub_template(lang, file, placeholder))}</code></p>
</details>
<details class="kss-launch-help"><summary>{e(w['which'])}</summary>
<p class="kss-launch-note">{w['note'].format(guide='guru.html' if lang == 'id' else 'teachers.html')}</p>
</details>
</aside>"""


def lessons_md(lang: str, all_lessons: list[dict]) -> str:
    """The landing page's lesson list (a raw HTML list: one block per lesson)."""
    w = WORDS[lang]
    items = []
    for lesson in all_lessons:
        minutes = f"{lesson['minutes']} {w['minutes']}" if lesson["minutes"] else ""
        items.append(f'<li><a class="kss-lesson-link" href="{html.escape(Path(lesson["file"]).stem)}.html">'
                     f'{html.escape(lesson["title"])}</a><br><span class="kss-lesson-meta">{html.escape(minutes)}'
                     f' · {html.escape(lesson["summary"])}</span></li>')
    return '<ul class="kss-lessons">\n' + "\n".join(items) + "\n</ul>\n"


# The teacher's class summary notebook (result codes, issue 23): a page beside the guide.
RECAP = {"id": "rekap-kelas.ipynb", "en": "class-summary.ipynb"}


def site_notebooks(lang: str) -> list[Path]:
    """The notebooks that become pages: the lessons, the teacher guide, the class summary."""
    recap = EDITIONS[lang].folder / RECAP[lang]
    return EDITIONS[lang].notebooks() + ([recap] if recap.is_file() else [])


def toc_md(lang: str, all_lessons: list[dict]) -> str:
    """The sidebar's two hidden tables of contents: the lessons, then the pages for teachers,
    the teacher guide notebook among them."""
    lessons = "\n".join(Path(x["file"]).stem for x in all_lessons)
    teachers, downloads, hub, maintainers = PAGES[lang][1:]
    pages = "\n".join((teachers, downloads, Path(EDITIONS[lang].guide).stem, Path(RECAP[lang]).stem, hub, maintainers))
    caption_lessons = "Pelajaran" if lang == "id" else "Lessons"
    caption_pages = "Untuk guru dan pengelola" if lang == "id" else "For teachers and maintainers"
    return (f"```{{toctree}}\n:hidden:\n:caption: {caption_lessons}\n\n{lessons}\n```\n\n"
            f"```{{toctree}}\n:hidden:\n:caption: {caption_pages}\n\n{pages}\n```\n")


def downloads_md(lang: str, all_lessons: list[dict], downloads: Downloads) -> str:
    """The downloads page's generated part: the bundles, then every lesson's files, with sizes."""
    up = _prefix(lang)
    e = html.escape

    def link(path: str, label: str, download: bool = True) -> str:
        size = human_size(downloads.sizes[path], lang)
        attr = " download" if download else ""
        return f'<li><a class="kss-file" href="{e(up + path)}"{attr}>{e(label)} <span class="kss-size">{e(size)}</span></a></li>'

    bundle_words = BUNDLE_LABELS[lang]
    parts = ['<ul class="kss-files kss-bundles">']
    parts.append(link(downloads.guide[lang], bundle_words["guide"]))
    for key in ("lite", "handouts", "slides", "notebooks"):
        parts.append(link(downloads.bundles[key], bundle_words[key]))
    parts.append("</ul>")
    for lesson in all_lessons:
        stem = Path(lesson["file"]).stem
        files = downloads.lessons[lang][stem]
        parts.append(f'<h3 class="kss-files-title">{e(lesson["title"])}</h3>\n<ul class="kss-files">')
        for key, label in FILE_LABELS[lang]:
            if key in files:
                parts.append(link(files[key], label, download=key != "slides"))
        parts.append("</ul>")
    return "\n".join(parts) + "\n"


def hub_links_md(lang: str) -> str:
    """The nbgitpuller link of lesson 00 with the hub's placeholder, for the hub admins' page."""
    placeholder = "https://HUB-SEKOLAH" if lang == "id" else "https://YOUR-HUB"
    return f"`{hub_template(lang, EDITIONS[lang].contents, placeholder)}`\n"


# the placeholders measured on the built kit: known only when the site is built
KIT_PLACEHOLDERS = ("lite_zip_size", "lite_download_size")


def placeholders(lang: str, downloads: Downloads | None) -> dict[str, str]:
    """The values of the pages' `{{ name }}` placeholders; without the kit (downloads None)
    the sizes measured on it (KIT_PLACEHOLDERS) are left out."""
    values = {
        "repository": navigation.repository(),
        "repository_name": navigation.repository().rsplit("/", 1)[-1],
        "raw_url": "https://raw.githubusercontent.com/" + owner_repo(),
        "release_tag": navigation.release_tag(),
        "site_url": navigation.site_url(),
        "binder_url": navigation.binder_url(f"notebooks/{lang}/{EDITIONS[lang].contents}"),
        "hub_folder": HUB_FOLDER,
    }
    if downloads is not None:
        values["lite_zip_size"] = human_size(downloads.sizes[downloads.bundles["lite"]], lang)
        values["lite_download_size"] = human_size(downloads.lite_download, lang)
    return values


# Sphinx's warnings that do not stop the build (any other does), each with its reason:
ALLOWED_WARNINGS = (
    # the teacher guide's printable sheet (a Markdown output) has lines of underscores to write
    # on; Markdown reads them as rules, which docutils allows only between sections, not inside
    # an output; the page still shows them as rules
    re.compile(r"panduan-guru\.ipynb:\d+: WARNING: Transition must be child of <document> or <section>"),
    re.compile(r"teacher-guide\.ipynb:\d+: WARNING: Transition must be child of <document> or <section>"),
)
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def fill(text: str, values: dict[str, str], where: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1) not in values:
            raise SiteError(f"{where}: unknown placeholder {{{{ {m.group(1)} }}}} (known: {', '.join(sorted(values))})")
        return values[m.group(1)]
    return PLACEHOLDER.sub(one, text)


def page_text(page: Path, downloads: Downloads | None = None) -> str:
    """A page of docs/<lang>/ as the website shows it: its placeholders filled (an unknown one
    is a SiteError naming the page). Without the kit (downloads None, e.g. in a test that reads
    the page) the sizes measured on the kit stay as they are written, `{{ lite_zip_size }}`."""
    page = Path(page)
    values = placeholders(page.parent.name, downloads)
    if downloads is None:
        values.update({name: f"{{{{ {name} }}}}" for name in KIT_PLACEHOLDERS})
    where = page.relative_to(ROOT) if page.is_relative_to(ROOT) else page
    return fill(page.read_text(encoding="utf-8"), values, str(where))


def other_pages(lang: str) -> dict[str, str]:
    """Every page of this edition -> its twin's address in the other edition."""
    other = "en" if lang == "id" else "id"
    to_other = "en/" if lang == "id" else "../"
    pairs = dict(zip(PAGES[lang], PAGES[other]))
    pairs.update({"search": "search", "genindex": "genindex"})
    for nb in site_notebooks(lang):
        twin = counterpart(nb)
        if twin is not None:
            pairs[nb.stem] = twin.stem
    return {page: f"{to_other}{twin}.html" for page, twin in pairs.items()}


def stage(lang: str, src: Path, downloads: Downloads) -> dict:
    """docs/<lang>/ and notebooks/<lang>/ into src, with the generated includes; returns the
    context conf.py reads."""
    edition: Edition = EDITIONS[lang]
    shutil.rmtree(src, ignore_errors=True)
    (src / "_generated").mkdir(parents=True)
    for name in PAGES[lang]:
        page = DOCS / lang / f"{name}.md"
        if not page.is_file():
            raise SiteError(f"{page.relative_to(ROOT)} is missing (every edition has the pages {', '.join(PAGES[lang])})")
        (src / page.name).write_text(page_text(page, downloads), encoding="utf-8")
    for nb in site_notebooks(lang):
        shutil.copy2(nb, src / nb.name)
    all_lessons = navigation.lessons(edition.folder)
    generated = {"lessons.md": lessons_md(lang, all_lessons), "toc.md": toc_md(lang, all_lessons),
                 "downloads.md": downloads_md(lang, all_lessons, downloads), "hub-link.md": hub_links_md(lang)}
    for name, text in generated.items():
        (src / "_generated" / name).write_text(text, encoding="utf-8")
    other = "en" if lang == "id" else "id"
    to_other = "en/" if lang == "id" else "../"
    other_notebooks = {}
    for nb in site_notebooks(other):
        other_notebooks[f"../{other}/{nb.name}"] = f"{to_other}{nb.stem}.html"
    return {
        "lang": lang, "title": WORDS[lang]["title"], "copyright": WORDS[lang]["copyright"],
        "launch": {Path(x["file"]).stem: launch_box(lang, x["file"], downloads) for x in all_lessons},
        "other_notebooks": other_notebooks, "other_pages": other_pages(lang),
        "notebooks": [nb.stem for nb in site_notebooks(lang)],
        "other_label": WORDS[lang]["other"], "other_lang": other,
    }


def sphinx(src: Path, out: Path, context: dict, doctrees: Path) -> None:
    context_file = src / "_generated" / "context.json"
    context_file.write_text(json.dumps(context, ensure_ascii=False, indent=1), encoding="utf-8")
    env = dict(os.environ, KSS_SITE_CONTEXT=str(context_file),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "--keep-going",
                           "-c", str(TEMPLATE), "-d", str(doctrees), str(src), str(out)],
                          env=env, capture_output=True, text=True)
    warnings = [line for line in (done.stderr or "").splitlines()
                if line.strip() and not any(p.search(line) for p in ALLOWED_WARNINGS)]
    if done.returncode != 0 or warnings:
        raise SiteError(f"Sphinx failed for the {context['lang']} edition:\n" + "\n".join(warnings)[-4000:]
                        + (done.stdout[-2000:] if done.returncode else ""))


# ---------------------------------------------------------------- the whole site

def build(out: Path, kit: Kit, stage_dir: Path = STAGE) -> Downloads:
    missing = kit.missing()
    if missing:
        raise SiteError("the classroom kit is not built: " + "; ".join(missing))
    out = out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    downloads = assemble_downloads(kit, out)
    for lang in LANGS:
        src = stage_dir / lang / "pages"      # ../<other lang>/ must not exist beside it: MyST would take the
                                              # navigation bar's link to the other edition for a file here
        context = stage(lang, src, downloads)
        # Sphinx writes into the staging folder, then the pages are copied into the site: MyST-NB
        # puts its copies of the notebooks beside Sphinx's output folder (jupyter_execute/), which
        # must not land in the site or above it
        html = stage_dir / lang / "html"
        shutil.rmtree(html, ignore_errors=True)
        sphinx(src, html, context, stage_dir / lang / "doctrees")
        shutil.copytree(html, out if lang == "id" else out / "en", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("_sources", ".doctrees", ".buildinfo"))
    (out / ".nojekyll").write_text("")      # GitHub Pages: serve _static/ as it is
    return downloads


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="the site (default build/site)")
    ap.add_argument("--stage", type=Path, default=STAGE, help="staging folder (default build/site-src)")
    for name, path in KIT.items():
        ap.add_argument(f"--{name.replace('_', '-')}", type=Path, default=path,
                        help=f"{name} as `{KIT_MAKE[name]}` leaves it (default {path.relative_to(ROOT)})")
    ap.add_argument("--check-inputs", action="store_true", help="only check that the kit is built")
    args = ap.parse_args(argv)
    kit = Kit(args.handouts, args.slides, args.lite, args.lite_zip)
    if args.check_inputs:
        missing = kit.missing()
        for m in missing:
            print(f"missing: {m}", file=sys.stderr)
        return 1 if missing else 0
    try:
        downloads = build(args.out, kit, args.stage)
    except SiteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"site: {args.out} ({folder_size(args.out) / 1e6:.0f} MB; in-browser edition: first download up to "
          f"{downloads.lite_download / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
