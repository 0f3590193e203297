"""Lesson 07: documented challenges of South-South cooperation, and triangular cooperation.

    from kss import challenges
    challenges.table()          # each documented challenge, the example it belongs to, sources
    challenges.triangular()     # examples where a developed country or organisation helps

The facts are the rows of data/facts.csv with topic "challenges"; DOCUMENTED only says
which kind of challenge each one shows and which example of data/examples.csv it is
about (a test checks that every such fact is listed here and every id exists).
The capacity-gap figures of this lesson live in kss.development.
"""
from __future__ import annotations

import html

import pandas as pd

from kss import data
from kss.labels import language, t

# (fact_id in data/facts.csv, kind of challenge, example_id in data/examples.csv or None)
DOCUMENTED = [
    ("india-tied-credit", "tied_credit", "india-bangladesh-ashuganj-akhaura-road"),
    ("e-network-ended-2017", "continuity", "pan-african-e-network"),
    ("fartc-funding-pause", "funding", "fartc-tanzania"),
    ("tazara-freight-decline", "sustainability", "tazara-railway"),
    ("biofuel-criticism-2008", "environment", "indonesia-brazil-bioethanol"),
    ("ebola-mission-risks", "staff_risk", "cuba-ebola-brigade"),
    ("petrocaribe-delivery", "delivery_capacity", "petrocaribe"),
    ("petrocaribe-haiti-accountability", "accountability", "petrocaribe"),
]


def documented() -> pd.DataFrame:
    """One row per documented challenge: kind (label), fact text, example title, sources."""
    lang = language()
    facts = data.load("facts").set_index("fact_id")
    examples = data.load("examples").set_index("example_id")
    rows = []
    for fact_id, kind, example_id in DOCUMENTED:
        fact = facts.loc[fact_id]
        example = examples.loc[example_id, f"title_{lang}"] if example_id else None
        sources = list(fact["sources"])
        if example_id:  # the example's own sources back the example column
            sources += [u for u in examples.loc[example_id, "sources"] if u not in sources]
        rows.append({"fact_id": fact_id, "kind": kind, "challenge": t(f"challenges.kind.{kind}"),
                     "fact": fact[f"text_{lang}"], "example_id": example_id, "example": example,
                     "sources": sources})
    return pd.DataFrame(rows)


def triangular() -> pd.DataFrame:
    """The examples whose form is triangular: a Southern country sharing its experience with
    another, supported by a developed country or an organisation (title, provider, partner,
    supporters). A regional initiative paid for by developed countries (AREI) is not one."""
    lang = language()
    names = data.country_names(lang)
    examples = data.load("examples")
    keep = examples["modality"] == "triangular"
    rows = []
    for _, ex in examples[keep].sort_values(["start_year", "example_id"]).iterrows():
        def countries(codes):
            return ", ".join(names.get(c, c) for c in codes)
        partner = countries(ex["partners"]) or (ex[f"partner_group_{lang}"] or t("challenges.partner_group"))
        supporters = ", ".join(filter(None, [countries(ex["supporters"]), ", ".join(ex["supporting_orgs"])]))
        rows.append({"example_id": ex["example_id"], "title": ex[f"title_{lang}"],
                     "provider": countries(ex["providers"]) or "–", "partner": partner,
                     "supporter": supporters or "–", "start_year": int(ex["start_year"]),
                     "sources": list(ex["sources"])})
    return pd.DataFrame(rows)


class HTMLTable:
    """A table a notebook shows as HTML (text escaped, sources as short links)."""

    def __init__(self, header: list[str], rows: list[list[str]]):
        self.header = header
        self.rows = rows  # already-escaped HTML cells

    def _repr_html_(self) -> str:
        head = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h in self.header)
        body = "".join("<tr>" + "".join(f"<td style='text-align:left;vertical-align:top'>{c}</td>"
                                        for c in row) + "</tr>" for row in self.rows)
        return f"<table class='kss-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def __repr__(self) -> str:
        # plain-text fallback (e.g. a terminal): one line per row
        return "\n".join(" | ".join(_strip(c) for c in row) for row in self.rows)


def _strip(cell: str) -> str:
    import re
    return html.unescape(re.sub(r"<[^>]+>", "", cell))


def _links(urls) -> str:
    return ", ".join(f'<a href="{html.escape(u, quote=True)}" target="_blank" rel="noopener">'
                     f"{html.escape(u.split('://', 1)[-1].split('/', 1)[0].removeprefix('www.'))}</a>"
                     for u in urls)


def table() -> HTMLTable:
    """The documented challenges as a table for the lesson (and for printing)."""
    rows = [[html.escape(r["challenge"]), html.escape(r["fact"]),
             html.escape(r["example"] if isinstance(r["example"], str) else t("challenges.no_example")),
             _links(r["sources"])] for _, r in documented().iterrows()]
    return HTMLTable([t("challenges.col.kind"), t("challenges.col.fact"), t("challenges.col.example"),
                      t("challenges.col.sources")], rows)


def triangular_table() -> HTMLTable:
    rows = [[html.escape(f"{r['title']} ({r['start_year']})"), html.escape(r["provider"]),
             html.escape(r["partner"]), html.escape(r["supporter"]), _links(r["sources"])]
            for _, r in triangular().iterrows()]
    return HTMLTable([t("challenges.col.title"), t("challenges.col.provider"), t("challenges.col.partner"),
                      t("challenges.col.supporter"), t("challenges.col.sources")], rows)
