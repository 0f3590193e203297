"""What the indicator tables are: years, cut-off, version and the source line of a figure.

    from kss import indicators
    indicators.last_year("gdp_per_cap")      # 2023: later years are projections, cut
    indicators.source_note("co2_per_cap")    # the 'Sumber: ...' line of a figure

data/indicators.csv and data/indicator_sources.csv are built by tools/build_indicators.py
from Gapminder's fast-track DDF files (see data/README.md). Every figure that shows an
indicator names its Gapminder version, update date and the last observed year.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kss import data
from kss.labels import language, t

FIRST_YEAR = 1950
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]


def date_text(updated: str, lang: str | None = None) -> str:
    """Gapminder's 'April 5, 2026' / 'November 1 2022' as '5 April 2026' (id) or kept (en)."""
    match = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}),? (\d{4})", updated.strip())
    if not match or match.group(1) not in MONTHS_EN:
        return updated
    month = MONTHS_EN.index(match.group(1))
    if (lang or language()) == "en":
        return f"{MONTHS_EN[month]} {int(match.group(2))}, {match.group(3)}"
    return f"{int(match.group(2))} {MONTHS_ID[month]} {match.group(3)}"


def _row(indicator: str) -> dict:
    folder = data.current_dir()
    rows = _rows(str(folder), data.version(folder))
    if indicator not in rows:
        known = ", ".join(rows)
        raise data.DataError(f"indikator '{indicator}' tidak ada di data/indicator_sources.csv ({known})")
    return dict(rows[indicator])    # a copy: the cached rows are shared


@lru_cache(maxsize=8)
def _rows(folder: str, stamp: tuple) -> dict[str, dict]:
    # every redraw of a trend or gap explorer asks (last year, source line): cached per
    # data version like kss.data's tables, without building an indexed frame each time
    table = data.load("indicator_sources", folder)
    return {row["indicator"]: row for row in table.to_dict("records")}


def last_year(indicator: str) -> int:
    """The last observed year kept for `indicator` (later years were projections)."""
    return int(_row(indicator)["last_year"])


def latest_year() -> int:
    """The last year of the table (the latest of all indicators)."""
    return int(data.load("indicators")["year"].max())


def years(indicator: str | None = None) -> list[int]:
    """Every year with a value of `indicator` (every year of the table when None)."""
    table = data.load("indicators")
    if indicator is not None:
        table = table.dropna(subset=[indicator])
    return sorted(int(y) for y in table["year"].unique())


def source_note(*indicator_names: str) -> str:
    """'Sumber: Gapminder ...' naming each indicator's version and year range (the last
    observed year). One short line: a second line of small print costs an explorer about
    9 ms per redraw; the update dates are in the lessons' Sumber and in data/README.md."""
    parts = []
    for indicator in indicator_names:
        row = _row(indicator)
        parts.append(t("indicators.part", name=t(f"indicators.name.{indicator}"), version=row["version"],
                       first=int(row["first_year"]), last=int(row["last_year"])))
    return t("indicators.source", parts="; ".join(parts))
