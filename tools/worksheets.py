"""Worksheets for a class without computers: the paper version of every activity that needs a widget.

    from tools import worksheets
    nb = worksheets.notebook("02", "02 · Konferensi Asia-Afrika 1955")   # markdown cells only
    nb = worksheets.notebook("02", "02 · The Asian-African Conference of 1955", "en")

Single source: the questions are the lesson's own activity text (the "> **Aktivitas:**" cell
that follows the widget; "> **Activity:**" in the English edition), the figures are what the
lesson's explorer draws for the options
the activity asks about (tools.catalog builds the explorer, Explorer.draw draws it), the cards,
claims and form fields come from data/ and kss/labels through the widgets' own modules.
Nothing is re-typed here except which options each activity names (SHOWS below) and the
sheet's own headings and instructions (TEXT and the English/Indonesian pairs beside them).
The language is the edition's: `lang`, and kss.labels set to it (tools/handouts.py does).
"""
from __future__ import annotations

import base64
import html
import re

import nbformat

from kss.editions import EDITIONS as BOOKS
from tools import printing

# Lesson -> the explorer views an activity asks about: (explorer, {control: value}, caption
# per language). The values are the options the lesson's activity text names (e.g. lesson 02:
# "pilih benua Afrika ... lalu pilih Afrika dan peran Negara sponsor").
SHOWS: dict[str, list[tuple[str, dict, dict[str, str]]]] = {
    "00": [("intro.first_widget", {"country": "IND"}, {"id": "negara India (Asia)", "en": "India (Asia)"}),
           ("intro.first_widget", {"country": "GHA"}, {"id": "negara Ghana (Afrika)", "en": "Ghana (Africa)"})],
    "02": [("bandung.map_explorer", {"continent": "africa"},
            {"id": "benua Afrika, semua peran", "en": "the continent Africa, all roles"}),
           ("bandung.map_explorer", {"continent": "africa", "role": "sponsor"},
            {"id": "benua Afrika, peran Negara sponsor", "en": "the continent Africa, the role Sponsor country"})],
    "03": [("timeline.explorer", {"category": "un_decision"},
            {"id": "jenis Keputusan PBB", "en": "the kind UN decision"}),
           ("timeline.explorer", {"years": (1979, 2002)}, {"id": "tahun 1979–2002", "en": "the years 1979–2002"}),
           ("timeline.explorer", {"highlight_indonesia": True},
            {"id": "sorotan Indonesia menyala", "en": "the Indonesia highlight switched on"})],
    "04": [("development.explorer", {"indicator": "gdp_per_cap"}, {"id": "PDB per kapita", "en": "GDP per capita"})],
    "05": [("indonesia.partners_explorer", {"modality": "triangular"},
            {"id": "bentuk Triangular", "en": "the form Triangular"}),
           ("indonesia.partners_explorer", {"modality": "bilateral"},
            {"id": "bentuk Bilateral", "en": "the form Bilateral"}),
           ("indonesia.partners_explorer", {"sector": "health", "modality": "bilateral"},
            {"id": "bidang Kesehatan, bentuk Bilateral", "en": "the sector Health, the form Bilateral"})],
    "06": [("examples.explorer", {"sector": "health"}, {"id": "bidang Kesehatan", "en": "the sector Health"}),
           ("examples.explorer", {"decade": 1970}, {"id": "dekade 1970-an", "en": "the decade 1970s"}),
           ("examples.explorer", {"modality": "triangular"}, {"id": "bentuk Triangular", "en": "the form Triangular"}),
           ("examples.explorer", {"sector": "health", "decade": 1960},
            {"id": "bidang Kesehatan, dekade 1960-an", "en": "the sector Health, the decade 1960s"})],
    "07": [("development.gap_explorer", {"year": year}, {"id": f"tahun {year}", "en": f"the year {year}"})
           for year in (1952, 1967, 1982, 1997, 2007)],
}
# lessons whose activity is not an explorer but a widget with its own paper form
FORMS = {"01": "sort_cards", "05": "factcheck_table", "08": "project_form"}
LESSONS = tuple(sorted(set(SHOWS) | set(FORMS)))
EXPLORER_NAMES = {
    "id": {"intro.first_widget": "widget pertama", "bandung.map_explorer": "penjelajah peta KAA",
           "timeline.explorer": "penjelajah garis waktu", "development.explorer": "penjelajah pembangunan",
           "indonesia.partners_explorer": "penjelajah mitra Indonesia",
           "examples.explorer": "penjelajah contoh KSS", "development.gap_explorer": "penjelajah kesenjangan"},
    "en": {"intro.first_widget": "first widget", "bandung.map_explorer": "Asian-African Conference map explorer",
           "timeline.explorer": "timeline explorer", "development.explorer": "development explorer",
           "indonesia.partners_explorer": "Indonesia's partners explorer",
           "examples.explorer": "SSC examples explorer", "development.gap_explorer": "gap explorer"},
}
# the sheet's own words (the activity texts, figures, cards and claims come from the lesson and data/)
TEXT = {
    "id": {
        "head": "# {title}: lembar kerja\n\nUntuk kelas tanpa komputer: gambar di lembar ini adalah gambar yang "
                "ditunjukkan penjelajah pelajaran untuk pilihan yang ditanyakan aktivitasnya.\n\n"
                "Nama: ____________________  Kelas: ________  Tanggal: ____________",
        "figure": "Lembar kerja {nn}, gambar {k}: {name}, {caption}",
        "explorer_shows": "Yang ditunjukkan penjelajah", "notes": "Catatanku",
        "card": "kartu {n}",
        "cards_heading": "Kartu contoh untuk dipilah",
        "cards_how": "Gunting kartu-kartu ini. Dalam kelompok, letakkan setiap kartu di bawah satu bentuk kerja "
                     "sama (Bilateral, Regional, Multilateral, Triangular), lalu beri tanda pada bentuk yang "
                     "kalian pilih.",
        "cards_key": "Kunci untuk guru: kartu contoh", "cards_cols": ("Kartu", "Contoh", "Bentuk dan alasannya"),
        "claims_heading": "Klaim artikel: nilai sendiri dulu",
        "claims_how": "Untuk setiap klaim, beri tanda pada penilaianmu sebelum gurumu membacakan hasil "
                      "pemeriksaannya.",
        "claims_cols": ("No", "Klaim artikel", "Penilaianku"),
        "check_heading": "Tabel periksa fakta: \"KTT KSS 2018\"",
        "check_cols": ("Menurut artikel", "Menurut sumber"),
        "check_rows": ("Nama acara", "Tanggal", "Siapa yang membuka", "Bidang yang dibahas"),
        "replacement": "**Kalimat pengganti yang benar, dengan satu sumbernya:**",
        "claims_key": "Kunci untuk guru: hasil pemeriksaan klaim",
        "claims_key_cols": ("No", "Klaim", "Hasil dan sumbernya"),
        "source": "sumber",
        "project_heading": "{card}: rancang kerja sama KSS-mu",
        "project_what": "Apa yang akan dikerjakan bersama?",
        "project_how": "Bagaimana rancanganmu memenuhi dua prinsip yang kamu centang?",
        "project_checks": "Sebelum presentasi, periksa rancanganmu dengan pertanyaan-pertanyaan ini:",
    },
    "en": {
        "head": "# {title}: worksheet\n\nFor a class without computers: the figures on this sheet are the ones "
                "the lesson's explorer shows for the choices its activity asks about.\n\n"
                "Name: ____________________  Class: ________  Date: ____________",
        "figure": "Worksheet {nn}, figure {k}: {name}, {caption}",
        "explorer_shows": "What the explorer shows", "notes": "My notes",
        "card": "card {n}",
        "cards_heading": "Example cards to sort",
        "cards_how": "Cut out these cards. In your group, put each card under one form of cooperation "
                     "(Bilateral, Regional, Multilateral, Triangular), then tick the form you chose.",
        "cards_key": "Key for the teacher: the example cards", "cards_cols": ("Card", "Example", "Form and why"),
        "claims_heading": "The article's claims: judge them yourself first",
        "claims_how": "For each claim, tick your verdict before your teacher reads out what the check found.",
        "claims_cols": ("No", "The article's claim", "My verdict"),
        "check_heading": "Fact-check table: the \"KTT KSS 2018\"",
        "check_cols": ("According to the article", "According to the sources"),
        "check_rows": ("Name of the event", "Date", "Who opened it", "Topics discussed"),
        "replacement": "**A correct sentence to replace it, with one source:**",
        "claims_key": "Key for the teacher: what the check of each claim found",
        "claims_key_cols": ("No", "Claim", "Result and sources"),
        "source": "sources",
        "project_heading": "{card}: design your own SSC partnership",
        "project_what": "What will the countries do together?",
        "project_how": "How does your design meet the two principles you ticked?",
        "project_checks": "Before you present, check your design against these questions:",
    },
}


def _lang() -> str:
    from kss.labels import language
    return language()


def _lesson(nn: str, lang: str = "id"):
    return nbformat.read(printing.lesson_files([nn], lang)[0], as_version=4)


def activities_after_widgets(nn: str, lang: str = "id") -> list[str]:
    """The '> **Aktivitas:**' ('> **Activity:**') blockquotes that come after a widget cell in lesson nn."""
    nb = _lesson(nn, lang)
    activity = re.escape(BOOKS[lang].w("activity"))
    found = []
    seen_widget = False
    for cell in nb.cells:
        if printing.is_widget_cell(cell) and not printing.widget_name(cell).startswith("quiz."):
            seen_widget = True
            continue
        if cell.cell_type == "markdown" and seen_widget:
            m = re.search(rf"^> \*\*{activity}.*?(?=^[^>]|\Z)", cell.source, flags=re.M | re.S)
            if m:
                found.append(m.group(0).strip())
                seen_widget = False
    return found


def _png(fig) -> str:
    from kss import style
    return base64.b64encode(style.to_png(fig)).decode("ascii")


def explorer_views(nn: str, lang: str | None = None) -> list[str]:
    """HTML of each figure the activity asks about, with its caption, message and side panel
    (drawn in the current language of kss.labels; `lang`, default that language, for the captions)."""
    from tools import catalog
    lang = lang or _lang()
    names = EXPLORER_NAMES[lang]
    out = []
    builders = {e.name: e for e in catalog.entries(lesson=nn)}
    for k, (name, values, caption) in enumerate(SHOWS.get(nn, []), start=1):
        explorer = builders[name].build()
        view = explorer.draw(**{**explorer.values(), **values})
        label = TEXT[lang]["figure"].format(nn=nn, k=k, name=names.get(name, name), caption=caption[lang])
        block = []
        if view.figure is not None:
            block.append(printing.figure_html(_png(view.figure), label))
        else:
            block.append(f"<p><b>{html.escape(label)}</b></p>")
        if view.message:
            block.append(f'<div class="kss-note">{html.escape(view.message)}</div>')
        if view.html:
            block.append(view.html)     # built by the explorer, data text already escaped
        out.append("\n".join(block))
    return out


def sort_cards() -> tuple[str, str]:
    """Lesson 01: one card per example to cut out and sort by form; the key for the teacher."""
    from kss import modality
    from kss.labels import t
    words, lang = TEXT[_lang()], _lang()
    activity = modality.SortActivity()
    rows = activity.rows
    forms = " ".join(f'<span class="kss-box"></span>{html.escape(t(f"modality.{m}"))}&nbsp;&nbsp;'
                     for m in modality.MODALITIES)
    cards = []
    for n, example_id in enumerate(activity.order, start=1):
        row = rows.loc[example_id]
        cards.append(f'<div class="kss-card"><span class="kss-card-no">{words["card"].format(n=n)}</span>'
                     f'<div class="kss-card-title">{html.escape(row[f"title_{lang}"])}</div>'
                     f'<div>{html.escape(row[f"summary_{lang}"])}</div><p>{forms}</p></div>')
    sheet = (f"## {words['cards_heading']}\n\n{words['cards_how']}\n\n"
             + '<div class="kss-cards">' + "".join(cards) + "</div>")
    key = [f"## {words['cards_key']}", "", _row(words["cards_cols"]), "|---|---|---|"]
    for n, example_id in enumerate(activity.order, start=1):
        row = rows.loc[example_id]
        key.append(f"| {n} | {_cell(row[f'title_{lang}'])} | {_cell(modality.explanation(row))} |")
    return sheet, "\n".join(key)


def factcheck_table() -> tuple[str, str]:
    """Lesson 05: every claim of the source article with the three verdicts to tick, and the
    table the activity asks for; the verdicts and sources for the teacher."""
    from kss import factcheck
    from kss.labels import t
    words, lang = TEXT[_lang()], _lang()
    claim_col = "claim_id_text" if lang == "id" else f"claim_{lang}"
    rows = factcheck.claims()
    verdicts = " ".join(f'<span class="kss-box"></span>{html.escape(t(f"factcheck.verdict.{v}"))}&nbsp;&nbsp;'
                        for v in factcheck.VERDICTS)
    lines = [f"## {words['claims_heading']}", "", words["claims_how"], "",
             '<table class="kss-form"><tr>' + "".join(f"<th>{c}</th>" for c in words["claims_cols"]) + "</tr>"]
    for n, text in enumerate(rows[claim_col], start=1):
        lines.append(f"<tr><td>{n}</td><td>{html.escape(text)}</td><td>{verdicts}</td></tr>")
    lines += ["</table>", "", f"## {words['check_heading']}", "",
              '<table class="kss-form"><tr><th></th>' + "".join(f"<th>{c}</th>" for c in words["check_cols"])
              + "</tr>"]
    for label in words["check_rows"]:
        lines.append(f'<tr><th>{label}</th><td class="kss-blank"></td><td class="kss-blank"></td></tr>')
    lines += ["</table>", "", words["replacement"], "",
              '<div class="kss-lines"></div><div class="kss-lines"></div><div class="kss-lines"></div>']
    key = [f"## {words['claims_key']}", "", _row(words["claims_key_cols"]), "|---|---|---|"]
    for n, (_i, row) in enumerate(rows.iterrows(), start=1):
        verdict = t(f"factcheck.verdict.{factcheck.EXPECTED[row['status']]}")
        key.append(f"| {n} | {_cell(row[claim_col])} | **{verdict}.** {_cell(row[f'verdict_{lang}'])} "
                   f"({words['source']}: {_cell(' ; '.join(row['sources'][:2]))}) |")
    return "\n".join(lines), "\n".join(key)


def project_form() -> tuple[str, str]:
    """Lesson 08: the project card of the designer as a form to fill in by hand."""
    from kss import project
    from kss.labels import t
    from kss.modality import MODALITIES
    words = TEXT[_lang()]

    def boxes(prefix, values):
        return "<br>".join(f'<span class="kss-box"></span>{html.escape(t(f"{prefix}.{v}"))}' for v in values)
    rows = [(t("project.title"), '<td class="kss-blank"></td>'),
            (t("project.providers"), '<td class="kss-blank"></td>'),
            (t("project.partners"), '<td class="kss-blank"></td>'),
            (t("project.supporter"), '<td class="kss-blank"></td>'),
            (t("project.sector"), f"<td>{boxes('sector', project.SECTORS)}</td>"),
            (t("project.modality"), f"<td>{boxes('modality', MODALITIES)}</td>"),
            (t("project.benefit"), f"<td>{boxes('benefit', project.BENEFITS)}</td>"),
            (words["project_what"], '<td class="kss-blank" style="height:30mm"></td>'),
            (t("project.nairobi_heading"), f"<td>{principle_boxes()}</td>"),
            (words["project_how"], '<td class="kss-blank" style="height:20mm"></td>')]
    form = ["## " + words["project_heading"].format(card=t("project.card_heading")), "",
            '<table class="kss-form" style="width:100%">']
    form += [f"<tr><th style=\"width:35%\">{html.escape(label)}</th>{cell}</tr>" for label, cell in rows]
    form += ["</table>", "", f"### {t('project.checks_heading')}", "",
             words["project_checks"], ""]
    checks = ["no_provider", "no_partner", "overlap"]
    form += [f'- <span class="kss-box"></span>{html.escape(_plain(t("project.check." + c, names="...")))}'
             for c in checks]
    return "\n".join(form), ""


def principle_boxes() -> str:
    """The Nairobi principles (data/nairobi.csv) as boxes to tick on the paper project form."""
    from kss import nairobi
    return "<br>".join(f'<span class="kss-box"></span>{html.escape(name)}' for name in nairobi.names())


def _plain(text: str) -> str:
    return re.sub(r"\{[a-z_]+\}", "...", text)


def _row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(text) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def notebook(nn: str, title: str, lang: str = "id") -> nbformat.NotebookNode:
    """The worksheet of lesson nn as a notebook of markdown cells (printed by tools/handouts.py),
    from the lesson of edition `lang`, in the language of kss.labels (printing.language(lang))."""
    with printing.language(lang):           # the helpers' words in the figures, cards and forms
        return _notebook(nn, title, lang)


def _notebook(nn: str, title: str, lang: str) -> nbformat.NotebookNode:
    words, book = TEXT[lang], BOOKS[lang]
    activity = book.w("activity")
    cells = [words["head"].format(title=title)]
    for text in activities_after_widgets(nn, lang):
        # the minutes the label states go into the heading, so the text keeps its length on paper
        label = re.match(rf"> \*\*{re.escape(activity)} \(([^)]*{book.w('minutes_re')})\)", text)
        heading = f"## {activity} ({label.group(1)})" if label else f"## {activity}"
        if label:
            text = f"> **{activity}" + text[label.end():]
        cells.append(heading + "\n\n" + text)
    views = explorer_views(nn, lang)
    if views:
        cells.append(f"## {words['explorer_shows']}")
        cells += views
    key = ""
    if nn in FORMS:
        sheet, key = globals()[FORMS[nn]]()
        cells.append(sheet)
    # four lines, kept together: a few lines spilling over would leave a nearly empty page
    cells.append(f"## {words['notes']}\n\n"
                 + '<div class="kss-notes">' + '<div class="kss-lines"></div>' * 4 + "</div>")
    if key:
        cells.append('<div class="kss-page-break"></div>\n\n' + key)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(c) for c in cells]
    return nb
