"""Worksheets for a class without computers: the paper version of every activity that needs a widget.

    import worksheets
    nb = worksheets.notebook("02", "02 · Konferensi Asia-Afrika 1955")   # markdown cells only

Single source: the questions are the lesson's own activity text (the "> **Aktivitas:**" cell
that follows the widget), the figures are what the lesson's explorer draws for the options
the activity asks about (kss.catalog builds the explorer, Explorer.draw draws it), the cards,
claims and form fields come from data/ and kss/labels through the widgets' own modules.
Nothing is re-typed here except which options each activity names (SHOWS below).
"""
from __future__ import annotations

import base64
import html
import re

import nbformat

import printing

# Lesson -> the explorer views an activity asks about: (explorer, {control: value}, caption).
# The values are the options the lesson's activity text names (e.g. lesson 02: "pilih benua
# Afrika ... lalu pilih Afrika dan peran Negara sponsor").
SHOWS: dict[str, list[tuple[str, dict, str]]] = {
    "00": [("intro.first_widget", {"country": "IND"}, "negara India (Asia)"),
           ("intro.first_widget", {"country": "GHA"}, "negara Ghana (Afrika)")],
    "02": [("bandung.map_explorer", {"continent": "africa"}, "benua Afrika, semua peran"),
           ("bandung.map_explorer", {"continent": "africa", "role": "sponsor"}, "benua Afrika, peran Negara sponsor")],
    "03": [("timeline.explorer", {"category": "un_decision"}, "jenis Keputusan PBB"),
           ("timeline.explorer", {"years": (1979, 2002)}, "tahun 1979–2002"),
           ("timeline.explorer", {"highlight_indonesia": True}, "sorotan Indonesia menyala")],
    "04": [("development.explorer", {"indicator": "gdp_per_cap"}, "PDB per kapita")],
    "05": [("indonesia.partners_explorer", {"modality": "triangular"}, "bentuk Triangular"),
           ("indonesia.partners_explorer", {"modality": "bilateral"}, "bentuk Bilateral"),
           ("indonesia.partners_explorer", {"sector": "health", "modality": "bilateral"},
            "bidang Kesehatan, bentuk Bilateral")],
    "06": [("examples.explorer", {"sector": "health"}, "bidang Kesehatan"),
           ("examples.explorer", {"decade": 1970}, "dekade 1970-an"),
           ("examples.explorer", {"modality": "triangular"}, "bentuk Triangular"),
           ("examples.explorer", {"sector": "health", "decade": 1960}, "bidang Kesehatan, dekade 1960-an")],
    "07": [("development.gap_explorer", {"year": year}, f"tahun {year}") for year in (1952, 1967, 1982, 1997, 2007)],
}
# lessons whose activity is not an explorer but a widget with its own paper form
FORMS = {"01": "sort_cards", "05": "factcheck_table", "08": "project_form"}
LESSONS = tuple(sorted(set(SHOWS) | set(FORMS)))
EXPLORER_NAMES = {"intro.first_widget": "widget pertama", "bandung.map_explorer": "penjelajah peta KAA",
                  "timeline.explorer": "penjelajah garis waktu", "development.explorer": "penjelajah pembangunan",
                  "indonesia.partners_explorer": "penjelajah mitra Indonesia",
                  "examples.explorer": "penjelajah contoh KSS", "development.gap_explorer": "penjelajah kesenjangan"}


def _lesson(nn: str):
    import handouts
    return nbformat.read(handouts.lesson_files([nn])[0], as_version=4)


def activities_after_widgets(nn: str) -> list[str]:
    """The '> **Aktivitas:**' blockquotes that come after a widget cell in lesson nn."""
    import handouts
    nb = _lesson(nn)
    found = []
    seen_widget = False
    for cell in nb.cells:
        if handouts.is_widget_cell(cell) and not handouts.widget_name(cell).startswith("quiz."):
            seen_widget = True
            continue
        if cell.cell_type == "markdown" and seen_widget:
            m = re.search(r"^> \*\*Aktivitas.*?(?=^[^>]|\Z)", cell.source, flags=re.M | re.S)
            if m:
                found.append(m.group(0).strip())
                seen_widget = False
    return found


def _png(fig) -> str:
    from kss import style
    return base64.b64encode(style.to_png(fig)).decode("ascii")


def explorer_views(nn: str) -> list[str]:
    """HTML of each figure the activity asks about, with its caption, message and side panel."""
    from kss import catalog
    out = []
    builders = {e.name: e for e in catalog.entries(lesson=nn)}
    for k, (name, values, caption) in enumerate(SHOWS.get(nn, []), start=1):
        explorer = builders[name].build()
        view = explorer.draw(**{**explorer.values(), **values})
        label = f"Lembar kerja {nn}, gambar {k}: {EXPLORER_NAMES.get(name, name)}, {caption}"
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
    activity = modality.SortActivity()
    rows = activity.rows
    forms = " ".join(f'<span class="kss-box"></span>{html.escape(t(f"modality.{m}"))}&nbsp;&nbsp;'
                     for m in modality.MODALITIES)
    cards = []
    for n, example_id in enumerate(activity.order, start=1):
        row = rows.loc[example_id]
        cards.append(f'<div class="kss-card"><span class="kss-card-no">kartu {n}</span>'
                     f'<div class="kss-card-title">{html.escape(row["title_id"])}</div>'
                     f'<div>{html.escape(row["summary_id"])}</div><p>{forms}</p></div>')
    sheet = ("## Kartu contoh untuk dipilah\n\nGunting kartu-kartu ini. Dalam kelompok, letakkan setiap kartu "
             "di bawah satu bentuk kerja sama (Bilateral, Regional, Multilateral, Triangular), lalu beri "
             "tanda pada bentuk yang kalian pilih.\n\n" + '<div class="kss-cards">' + "".join(cards) + "</div>")
    key = ["## Kunci untuk guru: kartu contoh", "", "| Kartu | Contoh | Bentuk dan alasannya |", "|---|---|---|"]
    for n, example_id in enumerate(activity.order, start=1):
        row = rows.loc[example_id]
        key.append(f"| {n} | {_cell(row['title_id'])} | {_cell(modality.explanation(row))} |")
    return sheet, "\n".join(key)


def factcheck_table() -> tuple[str, str]:
    """Lesson 05: every claim of the source article with the three verdicts to tick, and the
    table the activity asks for; the verdicts and sources for the teacher."""
    from kss import factcheck
    from kss.labels import t
    rows = factcheck.claims()
    verdicts = " ".join(f'<span class="kss-box"></span>{html.escape(t(f"factcheck.verdict.{v}"))}&nbsp;&nbsp;'
                        for v in factcheck.VERDICTS)
    lines = ["## Klaim artikel: nilai sendiri dulu", "",
             "Untuk setiap klaim, beri tanda pada penilaianmu sebelum gurumu membacakan hasil pemeriksaannya.", "",
             '<table class="kss-form"><tr><th>No</th><th>Klaim artikel</th><th>Penilaianku</th></tr>']
    for n, text in enumerate(rows["claim_id_text"], start=1):
        lines.append(f"<tr><td>{n}</td><td>{html.escape(text)}</td><td>{verdicts}</td></tr>")
    lines += ["</table>", "", "## Tabel periksa fakta: \"KTT KSS 2018\"", "",
              '<table class="kss-form"><tr><th></th><th>Menurut artikel</th><th>Menurut sumber</th></tr>']
    for label in ("Nama acara", "Tanggal", "Siapa yang membuka", "Bidang yang dibahas"):
        lines.append(f'<tr><th>{label}</th><td class="kss-blank"></td><td class="kss-blank"></td></tr>')
    lines += ["</table>", "", "**Kalimat pengganti yang benar, dengan satu sumbernya:**", "",
              '<div class="kss-lines"></div><div class="kss-lines"></div><div class="kss-lines"></div>']
    key = ["## Kunci untuk guru: hasil pemeriksaan klaim", "", "| No | Klaim | Hasil dan sumbernya |", "|---|---|---|"]
    for n, (_i, row) in enumerate(rows.iterrows(), start=1):
        verdict = t(f"factcheck.verdict.{factcheck.EXPECTED[row['status']]}")
        key.append(f"| {n} | {_cell(row['claim_id_text'])} | **{verdict}.** {_cell(row['verdict_id'])} "
                   f"(sumber: {_cell(' ; '.join(row['sources'][:2]))}) |")
    return "\n".join(lines), "\n".join(key)


def project_form() -> tuple[str, str]:
    """Lesson 08: the project card of the designer as a form to fill in by hand."""
    from kss import project
    from kss.labels import t
    from kss.modality import MODALITIES

    def boxes(prefix, values):
        return "<br>".join(f'<span class="kss-box"></span>{html.escape(t(f"{prefix}.{v}"))}' for v in values)
    rows = [(t("project.title"), '<td class="kss-blank"></td>'),
            (t("project.providers"), '<td class="kss-blank"></td>'),
            (t("project.partners"), '<td class="kss-blank"></td>'),
            (t("project.supporter"), '<td class="kss-blank"></td>'),
            (t("project.sector"), f"<td>{boxes('sector', project.SECTORS)}</td>"),
            (t("project.modality"), f"<td>{boxes('modality', MODALITIES)}</td>"),
            (t("project.benefit"), f"<td>{boxes('benefit', project.BENEFITS)}</td>"),
            ("Apa yang akan dikerjakan bersama?", '<td class="kss-blank" style="height:30mm"></td>'),
            (t("project.nairobi_heading"), f"<td>{principle_boxes()}</td>"),
            ("Bagaimana rancanganmu memenuhi dua prinsip yang kamu centang?",
             '<td class="kss-blank" style="height:20mm"></td>')]
    form = [f"## {t('project.card_heading')}: rancang kerja sama KSS-mu", "",
            '<table class="kss-form" style="width:100%">']
    form += [f"<tr><th style=\"width:35%\">{html.escape(label)}</th>{cell}</tr>" for label, cell in rows]
    form += ["</table>", "", f"### {t('project.checks_heading')}", "",
             "Sebelum presentasi, periksa rancanganmu dengan pertanyaan-pertanyaan ini:", ""]
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


def _cell(text) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def notebook(nn: str, title: str) -> nbformat.NotebookNode:
    """The worksheet of lesson nn as a notebook of markdown cells (printed by tools/handouts.py)."""
    cells = [f"# {title}: lembar kerja\n\nUntuk kelas tanpa komputer: gambar di lembar ini adalah gambar yang "
             "ditunjukkan penjelajah pelajaran untuk pilihan yang ditanyakan aktivitasnya.\n\n"
             "Nama: ____________________  Kelas: ________  Tanggal: ____________"]
    for text in activities_after_widgets(nn):
        # the minutes the label states go into the heading, so the text keeps its length on paper
        label = re.match(r"> \*\*Aktivitas \(([^)]*menit)\)", text)
        heading = f"## Aktivitas ({label.group(1)})" if label else "## Aktivitas"
        if label:
            text = "> **Aktivitas" + text[label.end():]
        cells.append(heading + "\n\n" + text)
    views = explorer_views(nn)
    if views:
        cells.append("## Yang ditunjukkan penjelajah")
        cells += views
    key = ""
    if nn in FORMS:
        sheet, key = globals()[FORMS[nn]]()
        cells.append(sheet)
    # four lines, kept together: a few lines spilling over would leave a nearly empty page
    cells.append("## Catatanku\n\n" + '<div class="kss-notes">' + '<div class="kss-lines"></div>' * 4 + "</div>")
    if key:
        cells.append('<div class="kss-page-break"></div>\n\n' + key)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(c) for c in cells]
    return nb
