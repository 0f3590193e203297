"""Worksheets for a class without computers: the paper version of every activity that needs a widget.

    from tools import worksheets
    nb = worksheets.notebook("02", "02 · Konferensi Asia-Afrika 1955")   # markdown cells only
    nb = worksheets.notebook("02", "02 · The Asian-African Conference of 1955", "en")

Single source: the questions are the lesson's own activity text (the "> **Aktivitas:**" cell
that follows the widget; "> **Activity:**" in the English edition), the figures are what the
lesson's explorer draws for the options
the activity asks about (tools.catalog builds the explorer, Explorer.draw draws it), the cards,
claims and form fields come from data/ and kss.labels through the widgets' own modules.
Nothing is re-typed here except which options each activity names (SHOWS below) and the
sheet's own headings and instructions (under tools.worksheets in kss/locales/<lang>.yml).
The language is the edition's: `lang`, and kss.labels set to it (tools/handouts.py does).
"""
from __future__ import annotations

import base64
import html
import re

import nbformat

from kss.editions import EDITIONS as BOOKS
from kss.labels import LANGUAGES, t
from tools import printing

def _caption(key: str, **values) -> dict[str, str]:
    """The caption of a worksheet's figure in every language (tools.worksheets.view.*)."""
    return {lang: t(key, lang, **values) for lang in LANGUAGES}


# Lesson -> the explorer views an activity asks about: (explorer, {control: value}, caption
# per language). The values are the options the lesson's activity text names (e.g. lesson 02:
# "pilih benua Afrika ... lalu pilih Afrika dan peran Negara sponsor").
SHOWS: dict[str, list[tuple[str, dict, dict[str, str]]]] = {
    "00": [("intro.first_widget", {"first": "IND", "second": "GHA"}, _caption("tools.worksheets.view.india_ghana"))],
    "02": [("bandung.map_explorer", {"continent": "africa"}, _caption("tools.worksheets.view.africa")),
           ("bandung.map_explorer", {"continent": "africa", "role": "sponsor"},
            _caption("tools.worksheets.view.africa_sponsor"))],
    "03": [("timeline.explorer", {"category": "un_decision"}, _caption("tools.worksheets.view.un_decision")),
           ("timeline.explorer", {"years": (1979, 2002)}, _caption("tools.worksheets.view.years_1979_2002")),
           ("timeline.explorer", {"highlight_indonesia": True},
            _caption("tools.worksheets.view.indonesia_highlight"))],
    # lesson 04's activity (rewritten): "pilih 'Angka harapan hidup'", the dips of China and Indonesia
    "04": [("development.explorer", {"indicator": "life_exp"}, _caption("tools.worksheets.view.life_exp"))],
    "05": [("indonesia.partners_explorer", {"modality": "triangular"},
            _caption("tools.worksheets.view.triangular")),
           ("indonesia.partners_explorer", {"modality": "bilateral"}, _caption("tools.worksheets.view.bilateral")),
           ("indonesia.partners_explorer", {"sector": "health", "modality": "bilateral"},
            _caption("tools.worksheets.view.health_bilateral"))],
    "06": [("examples.explorer", {"sector": "health"}, _caption("tools.worksheets.view.health")),
           ("examples.explorer", {"decade": 1970}, _caption("tools.worksheets.view.decade_1970")),
           ("examples.explorer", {"modality": "triangular"}, _caption("tools.worksheets.view.triangular")),
           ("examples.explorer", {"sector": "health", "decade": 1960},
            _caption("tools.worksheets.view.health_1960"))],
    "07": [("development.gap_explorer", {"year": year}, _caption("tools.worksheets.view.year", year=year))
           for year in (1952, 1967, 1982, 1997, 2007)],
}
# lessons whose activity is not an explorer but a widget with its own paper form
FORMS = {"01": "sort_cards", "05": "factcheck_table", "08": "project_form"}
LESSONS = tuple(sorted(set(SHOWS) | set(FORMS)))
# the sheet's own words are under tools.worksheets in kss/locales/<lang>.yml (the activity
# texts, figures, cards and claims come from the lesson and data/); an explorer's name on the
# sheet is tools.worksheets.explorer.<its name in SHOWS>


def _lang() -> str:
    from kss.labels import language
    return language()


def _lesson(nn: str, lang: str = "id"):
    return nbformat.read(printing.lesson_files([nn], lang)[0], as_version=4)


def activities_after_widgets(nn: str, lang: str = "id") -> list[str]:
    """The '> **Aktivitas:**' ('> **Activity:**') blockquotes that come after a widget cell in lesson
    nn, each with what follows it in its cell (the source cards, case or table to fill in that the
    activity asks for: lesson 04 "Baca tiga kartu sumber di bawah"), without the folded answers."""
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
                after = _DETAILS.sub("", m.string[m.end():]).strip()      # never the answer on paper
                found.append(m.group(0).strip() + ("\n\n" + after if after else ""))
                seen_widget = False
    return found


_DETAILS = re.compile(r"<details\b.*?</details>", re.S | re.I)


def _png(fig) -> str:
    from kss import style
    return base64.b64encode(style.to_png(fig)).decode("ascii")


def explorer_views(nn: str, lang: str | None = None) -> list[str]:
    """HTML of each figure the activity asks about, with its caption, message and side panel
    (drawn in the current language of kss.labels; `lang`, default that language, for the captions)."""
    from tools import catalog
    lang = lang or _lang()
    out = []
    builders = {e.name: e for e in catalog.entries(lesson=nn)}
    for k, (name, values, caption) in enumerate(SHOWS.get(nn, []), start=1):
        explorer = builders[name].build()
        view = explorer.draw(**{**explorer.values(), **values})
        label = t("tools.worksheets.figure", lang, nn=nn, k=k, name=t(f"tools.worksheets.explorer.{name}", lang),
                  caption=caption[lang])
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
    lang = _lang()
    activity = modality.SortActivity()
    rows = activity.rows
    forms = " ".join(f'<span class="kss-box"></span>{html.escape(t(f"modality.{m}"))}&nbsp;&nbsp;'
                     for m in modality.MODALITIES)
    cards = []
    for n, example_id in enumerate(activity.order, start=1):
        row = rows.loc[example_id]
        cards.append(f'<div class="kss-card"><span class="kss-card-no">{t("tools.worksheets.card", lang, n=n)}</span>'
                     f'<div class="kss-card-title">{html.escape(row[f"title_{lang}"])}</div>'
                     f'<div>{html.escape(row[f"summary_{lang}"])}</div><p>{forms}</p></div>')
    sheet = (f"## {t('tools.worksheets.cards_heading', lang)}\n\n{t('tools.worksheets.cards_how', lang)}\n\n"
             + '<div class="kss-cards">' + "".join(cards) + "</div>")
    key = [f"## {t('tools.worksheets.cards_key', lang)}", "", _row(t("tools.worksheets.cards_cols", lang)),
           "|---|---|---|"]
    for n, example_id in enumerate(activity.order, start=1):
        row = rows.loc[example_id]
        key.append(f"| {n} | {_cell(row[f'title_{lang}'])} | {_cell(modality.explanation(row))} |")
    return sheet, "\n".join(key)


def factcheck_table() -> tuple[str, str]:
    """Lesson 05: every claim of the source article with the three verdicts to tick, and the
    table the activity asks for; the verdicts and sources for the teacher."""
    from kss import factcheck
    lang = _lang()
    claim_col = "claim_id_text" if lang == "id" else f"claim_{lang}"
    rows = factcheck.claims()
    verdicts = " ".join(f'<span class="kss-box"></span>{html.escape(t(f"factcheck.verdict.{v}"))}&nbsp;&nbsp;'
                        for v in factcheck.VERDICTS)
    lines = [f"## {t('tools.worksheets.claims_heading', lang)}", "", t("tools.worksheets.claims_how", lang), "",
             '<table class="kss-form"><tr>' + "".join(f"<th>{c}</th>" for c in t("tools.worksheets.claims_cols", lang))
             + "</tr>"]
    for n, text in enumerate(rows[claim_col], start=1):
        lines.append(f"<tr><td>{n}</td><td>{html.escape(text)}</td><td>{verdicts}</td></tr>")
    lines += ["</table>", "", f"## {t('tools.worksheets.check_heading', lang)}", "",
              '<table class="kss-form"><tr><th></th>'
              + "".join(f"<th>{c}</th>" for c in t("tools.worksheets.check_cols", lang))
              + "</tr>"]
    for label in t("tools.worksheets.check_rows", lang):
        lines.append(f'<tr><th>{label}</th><td class="kss-blank"></td><td class="kss-blank"></td></tr>')
    lines += ["</table>", "", t("tools.worksheets.replacement", lang), "",
              '<div class="kss-lines"></div><div class="kss-lines"></div><div class="kss-lines"></div>']
    key = [f"## {t('tools.worksheets.claims_key', lang)}", "", _row(t("tools.worksheets.claims_key_cols", lang)),
           "|---|---|---|"]
    for n, (_i, row) in enumerate(rows.iterrows(), start=1):
        verdict = t(f"factcheck.verdict.{factcheck.EXPECTED[row['status']]}")
        key.append(f"| {n} | {_cell(row[claim_col])} | **{verdict}.** {_cell(row[f'verdict_{lang}'])} "
                   f"({t('tools.worksheets.source', lang)}: {_cell(' ; '.join(row['sources'][:2]))}) |")
    return "\n".join(lines), "\n".join(key)


def project_form() -> tuple[str, str]:
    """Lesson 08: the project card of the designer as a form to fill in by hand."""
    from kss import project
    from kss.modality import MODALITIES
    lang = _lang()

    def boxes(prefix, values):
        return "<br>".join(f'<span class="kss-box"></span>{html.escape(t(f"{prefix}.{v}"))}' for v in values)
    rows = [(t("project.title"), '<td class="kss-blank"></td>'),
            (t("project.providers"), '<td class="kss-blank"></td>'),
            (t("project.partners"), '<td class="kss-blank"></td>'),
            (t("project.supporter"), '<td class="kss-blank"></td>'),
            (t("project.sector"), f"<td>{boxes('sector', project.SECTORS)}</td>"),
            (t("project.modality"), f"<td>{boxes('modality', MODALITIES)}</td>"),
            (t("project.benefit"), f"<td>{boxes('benefit', project.BENEFITS)}</td>"),
            (t("tools.worksheets.project_what", lang), '<td class="kss-blank" style="height:30mm"></td>'),
            (t("tools.worksheets.project_who", lang), '<td class="kss-blank" style="height:15mm"></td>'),
            (t("project.nairobi_heading"), f"<td>{principle_boxes()}</td>"),
            (t("tools.worksheets.project_how", lang), '<td class="kss-blank" style="height:20mm"></td>'),
            # the lesson's project sheet asks these too (lesson 08, teacher review: the rubric
            # asks for clear activities and one challenge, which the designer has no field for)
            (t("tools.worksheets.project_challenge", lang), '<td class="kss-blank" style="height:20mm"></td>'),
            (t("tools.worksheets.project_example", lang), '<td class="kss-blank" style="height:15mm"></td>')]
    form = ["## " + t("tools.worksheets.project_heading", lang, card=t("project.card_heading")), "",
            '<table class="kss-form" style="width:100%">']
    form += [f"<tr><th style=\"width:35%\">{html.escape(label)}</th>{cell}</tr>" for label, cell in rows]
    form += ["</table>", "", f"### {t('project.checks_heading')}", "",
             t("tools.worksheets.project_checks", lang), ""]
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
    book = BOOKS[lang]
    activity = book.w("activity")
    cells = [t("tools.worksheets.head", lang, title=title)]
    for text in activities_after_widgets(nn, lang):
        # the minutes the label states go into the heading, so the text keeps its length on paper
        label = re.match(rf"> \*\*{re.escape(activity)} \(([^)]*{book.w('minutes_re')})\)", text)
        heading = f"## {activity} ({label.group(1)})" if label else f"## {activity}"
        if label:
            text = f"> **{activity}" + text[label.end():]
        cells.append(heading + "\n\n" + text)
    views = explorer_views(nn, lang)
    if views:
        cells.append(f"## {t('tools.worksheets.explorer_shows', lang)}")
        cells += views
    key = ""
    if nn in FORMS:
        sheet, key = globals()[FORMS[nn]]()
        cells.append(sheet)
    # four lines, kept together: a few lines spilling over would leave a nearly empty page
    cells.append(f"## {t('tools.worksheets.notes', lang)}\n\n"
                 + '<div class="kss-notes">' + '<div class="kss-lines"></div>' * 4 + "</div>")
    if key:
        cells.append('<div class="kss-page-break"></div>\n\n' + key)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(c) for c in cells]
    return nb
