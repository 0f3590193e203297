"""Lessons 06-08 and the teacher guide: the principles of the Nairobi outcome document
(General Assembly resolution A/RES/64/222, 21 December 2009) as a lens for judging a KSS
project.

    from kss import nairobi
    nairobi.table()          # each principle, its paragraph, what it means, a question
    nairobi.table(meanings=False)   # lesson 06's lens: each principle and its question
    nairobi.names()          # ["Menghormati kedaulatan nasional", ...] in the document's order

The principles are the rows of data/nairobi.csv (paraphrased; paragraph numbers of the
outcome document annexed to A/RES/64/222). The judging questions are teaching material.
"""
from __future__ import annotations

import html
from functools import lru_cache

import pandas as pd

from kss import data
from kss.challenges import HTMLTable
from kss.labels import language, t

SYMBOL = "A/RES/64/222"
URL = "https://undocs.org/A/RES/64/222"


def principles() -> pd.DataFrame:
    """The principles in the document's order: principle_id, paragraph, name, text, question."""
    folder = data.current_dir()
    return _principles(language(), str(folder), data.version(folder)).copy()


@lru_cache(maxsize=8)
def _principles(lang: str, folder: str, stamp: tuple) -> pd.DataFrame:
    # built once per language and data version: the project designer asks at every change
    rows = data.load("nairobi", folder).sort_values("order")
    return pd.DataFrame({"principle_id": rows["principle_id"], "paragraph": rows["paragraph"].astype(int),
                         "name": rows[f"name_{lang}"], "text": rows[f"text_{lang}"],
                         "question": rows[f"question_{lang}"]}).reset_index(drop=True)


def names() -> list[str]:
    """The principles' short names in the reader's language, in the document's order."""
    return principles()["name"].tolist()


def table(meanings: bool = True) -> HTMLTable:
    """The principles as a table for the lesson (and for printing): name with its paragraph,
    what it means for a project, and the question to ask of a project. meanings=False
    (lesson 06's lens, which names the resolution once in its text): each principle's name
    and its question only."""
    if not meanings:
        rows = [[f"<b>{html.escape(r['name'])}</b>", html.escape(r["question"])]
                for _, r in principles().iterrows()]
        return HTMLTable([t("nairobi.col.principle"), t("nairobi.col.question")], rows)
    rows = [[f"<b>{html.escape(r['name'])}</b> <br>"
             f"{html.escape(t('nairobi.paragraph', symbol=SYMBOL, paragraph=r['paragraph']))}",
             html.escape(r["text"]), html.escape(r["question"])] for _, r in principles().iterrows()]
    return HTMLTable([t("nairobi.col.principle"), t("nairobi.col.meaning"), t("nairobi.col.question")], rows)
