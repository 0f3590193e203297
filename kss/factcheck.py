"""The fact-check activity: judge a claim of the source article from source material, then
see what the check found.

    from kss import factcheck
    factcheck.claims_figure()            # static: status of every claim, by part of the article
    factcheck.activity()                 # widget, starts at the article's "KTT KSS 2018" claim

The claims, their status and the verdict texts come from data/claims.csv. For the claims
about 2018 the widget hands the learner source material BEFORE any verdict: the real events
the article seems to have blended (data/milestones.csv, and the 2015 summit from
data/facts.csv), each in our words with its date and sources. The learner picks one of the
four verdicts the course uses (the status labels of the claims table), and only "Periksa"
shows what the check found. Tests drive the widget with choose(), answer() and check().
"""
from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from kss import data, results, style
from kss.examples import source_links
from kss.labels import language, t

START_CLAIM = "ktt-kss-2018"
# the learner's verdicts: the four statuses of data/claims.csv, with the same words
VERDICTS = ("true", "partly", "unverified", "contradicted")
# status in data/claims.csv -> the verdict a careful reader should reach
EXPECTED = {"verified": "true", "partly_verified": "partly",
            "unverified": "unverified", "contradicted": "contradicted"}
STATUS_ORDER = ("verified", "partly_verified", "unverified", "contradicted")
STATUS_COLOURS = {"verified": style.PALETTE["green"], "partly_verified": style.PALETTE["yellow"],
                  "unverified": style.PALETTE["sky"], "contradicted": style.PALETTE["vermillion"]}
# and a hatch per status, so the statuses differ by more than colour
STATUS_HATCHES = {"verified": "", "partly_verified": "///", "unverified": "...", "contradicted": "xxx"}
SECTION_ORDER = ("definition", "history", "forms", "benefits", "indonesia", "challenges",
                 "examples", "conclusion")
# Source material shown before the verdict. For the "KTT KSS 2018" claim: the real
# South-South summit Indonesia hosted (data/facts.csv, the government's figures) and the two
# 2018 events the article seems to have blended with it (data/milestones.csv). For the claim
# about that meeting's priorities: the events where each topic really came up (infrastructure:
# IAF 2018 and the 2019 dialogue; climate: the AIS Forum; energy: IAF 2024).
RELATED_FACTS = {
    "ktt-kss-2018": ("asian-african-summit-2015",),
}
RELATED_EVENTS = {
    "ktt-kss-2018": ("indonesia-africa-forum-2018", "ais-forum-manado-2018"),
    "ktt-2018-priorities": ("indonesia-africa-forum-2018", "indonesia-africa-infrastructure-dialogue-2019",
                            "ais-forum-manado-2018", "indonesia-africa-forum-2024"),
}


def claims() -> pd.DataFrame:
    """data/claims.csv in the article's order (as stored)."""
    return data.load("claims").reset_index(drop=True)


def status_counts() -> pd.DataFrame:
    """Number of claims per article section (rows) and status (columns)."""
    rows = claims()
    table = pd.crosstab(rows["article_section"], rows["status"])
    table = table.reindex(index=[s for s in SECTION_ORDER if s in table.index],
                          columns=list(STATUS_ORDER), fill_value=0)
    return table


def claims_figure():
    """Horizontal stacked bars: for each part of the article, its claims by status."""
    table = status_counts()
    fig = style.figure(9, 5.2)
    ax = fig.add_subplot()
    labels = [t(f"factcheck.section.{s}") for s in table.index]
    positions = list(range(len(table)))[::-1]   # the article's first part at the top
    left = [0] * len(table)
    for status in STATUS_ORDER:
        values = table[status].tolist()
        bars = ax.barh(positions, values, left=left, color=STATUS_COLOURS[status],
                       edgecolor="white", hatch=STATUS_HATCHES[status] or None,
                       label=t(f"factcheck.status.{status}"))
        for bar, value in zip(bars, values):
            if value:
                hatched = bool(STATUS_HATCHES[status])
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2,
                        str(value), ha="center", va="center", fontsize=10,
                        color="white" if status == "verified" else "black",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1} if hatched else None)
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(positions, labels)
    ax.set_xlabel(t("factcheck.figure_xlabel"))
    ax.set_ylabel(t("factcheck.figure_ylabel"))
    ax.set_xticks(range(0, max(left) + 1))
    ax.grid(axis="y", visible=False)
    ax.set_title(t("factcheck.figure_title"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, frameon=False)
    style.source_note(fig, t("factcheck.figure_source"))
    totals = table.sum()
    parts = [t("factcheck.alt.status", status=t(f"factcheck.status.{s}"), n=int(totals[s]),
               hatch=t(f"factcheck.alt.hatch.{s}")) for s in STATUS_ORDER if totals[s]]
    return style.describe(fig, t("factcheck.alt.figure", n=int(totals.sum()), sections=len(table),
                                 parts="; ".join(parts)))


def date_text(start: str, end: str | None = None) -> str:
    """'2018-04-10', '2018-04-11' -> '10–11 April 2018' (dates may be YYYY, YYYY-MM or YYYY-MM-DD)."""
    months = t("factcheck.months").split(",")

    def parts(value):
        bits = [int(b) for b in str(value).split("-")]
        return bits + [None] * (3 - len(bits))

    def words(year, month, day):
        return " ".join(str(x) for x in (day, months[month - 1] if month else None, year) if x)

    y0, m0, d0 = parts(start)
    if not (isinstance(end, str) and end):
        return words(y0, m0, d0)
    y1, m1, d1 = parts(end)
    if (y0, m0) == (y1, m1) and d0 and d1:
        return f"{d0}–{words(y1, m1, d1)}"
    if y0 == y1 and m0 and m1:
        return f"{words(None, m0, d0)} – {words(y1, m1, d1)}"
    return f"{words(y0, m0, d0)} – {words(y1, m1, d1)}"


def _date_text(row) -> str:
    return date_text(row["date_start"], row["date_end"])


def related_events(claim_id: str) -> pd.DataFrame:
    """The milestones listed in RELATED_EVENTS for a claim (empty for other claims)."""
    ids = RELATED_EVENTS.get(claim_id, ())
    rows = data.load("milestones").set_index("milestone_id")
    return rows.loc[list(ids)].reset_index() if ids else rows.iloc[0:0].reset_index()


def related_facts(claim_id: str) -> pd.DataFrame:
    """The facts listed in RELATED_FACTS for a claim (empty for other claims)."""
    ids = RELATED_FACTS.get(claim_id, ())
    rows = data.load("facts").set_index("fact_id")
    return rows.loc[list(ids)].reset_index() if ids else rows.iloc[0:0].reset_index()


class FactCheck:
    """Shows one claim at a time with the source material on it (where the course has some);
    the learner picks a verdict first, and only Periksa shows what the check found."""

    def __init__(self, start: str = START_CLAIM):
        self.rows = claims()
        ids = self.rows["claim_id"].tolist()
        lang = language()
        self.selector = widgets.Dropdown(
            options=[(f"{i + 1}. {_short(text)}", cid)
                     for i, (cid, text) in enumerate(zip(ids, self.rows[_claim_col(lang)]))],
            value=start if start in ids else ids[0], description=t("factcheck.claim"),
            style={"description_width": "initial"}, layout=widgets.Layout(width="100%"))
        self.previous = widgets.Button(description=t("factcheck.previous"))
        self.next = widgets.Button(description=t("factcheck.next"))
        self.claim_html = widgets.HTML("")
        self.material = widgets.HTML("")
        self.choice = widgets.RadioButtons(
            options=[(t(f"factcheck.verdict.{v}"), v) for v in VERDICTS], value=None,
            description="", layout=widgets.Layout(width="auto"))
        self.button = widgets.Button(description=t("factcheck.check"), button_style="primary")
        self.result = widgets.HTML("")
        self.outcome: bool | None = None
        self.previous.on_click(lambda _b: self.step(-1))
        self.next.on_click(lambda _b: self.step(+1))
        self.button.on_click(lambda _b: self.check())
        self.selector.observe(lambda _c: self._show_claim(), names="value")
        self.widget = widgets.VBox([
            self.selector, widgets.HBox([self.previous, self.next]), self.claim_html, self.material,
            widgets.HTML(f"<b>{html.escape(t('factcheck.question'))}</b>"), self.choice,
            self.button, self.result])
        self.widget.add_class("kss-factcheck")
        # "Salin hasilku": the first verdict per claim, as a result code (kss/results.py)
        self.record = results.Record(results.HOME["factcheck"], "factcheck")
        self.widget.children += (self.record.widget,)
        self._show_claim()

    # -- state
    @property
    def claim_id(self) -> str:
        return self.selector.value

    @property
    def row(self) -> pd.Series:
        return self.rows[self.rows["claim_id"] == self.claim_id].iloc[0]

    @property
    def expected(self) -> str:
        return EXPECTED[self.row["status"]]

    # -- actions (the buttons call these; tests call them directly)
    def choose(self, claim_id: str) -> None:
        self.selector.value = claim_id

    def step(self, delta: int) -> str:
        ids = self.rows["claim_id"].tolist()
        i = (ids.index(self.claim_id) + delta) % len(ids)
        self.selector.value = ids[i]
        return self.claim_id

    def answer(self, verdict) -> bool | None:
        """Pick a verdict (one of VERDICTS: 'true', 'partly', 'unverified', 'contradicted') and
        check it; other input = no choice."""
        self.choice.value = verdict if verdict in VERDICTS else None
        return self.check()

    def check(self) -> bool | None:
        chosen = self.choice.value
        if chosen is None:
            self.outcome = None
            self.result.value = _box(html.escape(t("factcheck.choose_first")), "info")
            return None
        self.outcome = chosen == self.expected
        self.record.answer(self.claim_id, VERDICTS.index(chosen))
        self.result.value = self._reveal(self.outcome)
        return self.outcome

    # -- drawing
    def _show_claim(self) -> None:
        row = self.row
        ids = self.rows["claim_id"].tolist()
        position = t("factcheck.position", n=ids.index(self.claim_id) + 1, total=len(ids),
                     section=t(f"factcheck.section.{row['article_section']}"))
        self.claim_html.value = (
            f'<small>{html.escape(t("factcheck.article"))}</small>'
            f'<div style="font-size:1.15em;border-left:5px solid {style.DARK_GREY};padding:6px 10px;'
            f'margin:6px 0;background:#F5F5F5">{html.escape(row[_claim_col(language())])}'
            f'</div><small>{html.escape(position)}</small>')
        self.material.value = self._material()
        self.choice.value = None
        self.result.value = ""
        self.outcome = None

    def _material(self) -> str:
        """The source material on this claim, shown before any verdict: each item in our words,
        with its date and its sources (empty when the course has none for the claim)."""
        lang = language()
        items = [f'<li>{html.escape(f[f"text_{lang}"])} {_attributed(f["sources"])}</li>'
                 for _, f in related_facts(self.claim_id).iterrows()]
        items += [
            f'<li><b>{html.escape(_date_text(e))}</b>: {html.escape(e[f"title_{lang}"])}'
            f'{" (" + html.escape(e["place"]) + ")" if isinstance(e["place"], str) and e["place"] else ""}'
            f' &ndash; {html.escape(e[f"description_{lang}"])} {_attributed(e["sources"])}</li>'
            for _, e in related_events(self.claim_id).iterrows()]
        if not items:
            return ""
        return (f'<p><b>{html.escape(t("factcheck.material"))}</b> '
                f'{html.escape(t("factcheck.material_hint"))}</p><ul>{"".join(items)}</ul>')

    def _reveal(self, right: bool) -> str:
        row = self.row
        lang = language()
        expected = t(f"factcheck.verdict.{self.expected}")
        head = t("factcheck.right") if right else t("factcheck.wrong", expected=expected)
        status = row["status"]
        parts = [_box(html.escape(head), "right" if right else "wrong"),
                 f'<p><b style="color:{STATUS_COLOURS[status]}">&#9632;</b> '
                 f'<b>{html.escape(t("factcheck.status_line", status=t(f"factcheck.status.{status}")))}</b></p>',
                 f'<p><b>{html.escape(t("factcheck.what_sources_say"))}:</b> '
                 f'{html.escape(row[f"verdict_{lang}"])}</p>']
        parts.append(f'<p><b>{html.escape(t("factcheck.sources"))}:</b> {source_links(row["sources"])}</p>')
        return "".join(parts)

    def _repr_mimebundle_(self, **kwargs):
        # the widget view, plus a static version for readers without a kernel (kss/static.py)
        from kss import static
        return static.bundle(self, self.widget, **kwargs)


def _attributed(urls) -> str:
    """'(Sumber: Publisher, Publisher)': each source named by its publisher (data/sources.csv),
    linked to its page; data text escaped."""
    publishers = data.load("sources").set_index("url")["publisher"]
    lang = language()
    links = [f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">'
             f'{html.escape(data.publisher_name(publishers[url], lang) if url in publishers else url)}</a>'
             for url in urls]
    return f'({html.escape(t("factcheck.sources"))}: {"; ".join(links)})' if links else ""


def _claim_col(lang: str) -> str:
    return "claim_id_text" if lang == "id" else "claim_en"


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


_COLOURS = {"right": style.PALETTE["green"], "wrong": style.PALETTE["vermillion"],
            "info": style.PALETTE["blue"]}


def _box(inner_html: str, kind: str) -> str:
    return (f'<div class="kss-feedback kss-feedback-{kind}" style="border-left:4px solid '
            f'{_COLOURS[kind]};padding:4px 8px;margin:4px 0">{inner_html}</div>')


def activity(start: str = START_CLAIM) -> FactCheck:
    """The fact-check widget, opened at the article's claim of a 'KTT KSS 2018' with its
    source material."""
    return FactCheck(start)
