"""Lesson 00: a first figure and a first widget, on data the course uses later.

    from kss import intro
    intro.life_expectancy_figure("IDN")   # static figure
    intro.first_widget()                  # choose a country, the line redraws
"""
from __future__ import annotations

import ipywidgets as widgets

from kss import data, indicators, style
from kss.explorer import Explorer, View
from kss.labels import t


def bandung_countries() -> list[tuple[str, str]]:
    """(name today, ISO3) of the 1955 delegations that have Gapminder data, sorted by name."""
    delegations = data.load("delegations")
    with_data = set(data.load("indicators")["iso3"])
    pairs = {(name, iso3) for name, iso3 in zip(delegations[f"name_today_{_lang()}"], delegations["iso3"])
             if iso3 in with_data}
    return sorted(pairs)


def _lang() -> str:
    from kss.labels import language
    return language()


def _base():
    """What every view of the chart shares: axes, ticks, labels and the source line."""
    last = indicators.last_year("life_exp")
    fig = style.figure(8, 4.5)
    ax = fig.add_subplot()
    ax.set_xlabel(t("intro.year"))
    ax.set_ylabel(t("indicator.life_exp"))
    ax.set_ylim(0, 85)
    ax.set_xticks(range(indicators.FIRST_YEAR, last + 1, 10))
    style.source_note(fig, indicators.source_note("life_exp"))
    return fig


def life_expectancy_figure(iso3: str = "IDN", rows=None, *, reuse: style.Reuse | None = None):
    """Line chart of one country's life expectancy, 1950 to the last observed year (Gapminder).
    With `reuse` (an explorer's), the axes are reused and only the line and the title are drawn."""
    if rows is None:
        table = data.load("indicators")
        rows = table[table["iso3"] == iso3]
    rows = rows.sort_values("year")
    name = data.country_names(_lang()).get(iso3, iso3)
    if rows.empty and reuse is None:
        fig = style.figure(8, 4.5)
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, style.plain(t("intro.no_data", name=name)), ha="center", va="center",
                transform=ax.transAxes, fontsize=12)
        ax.set_axis_off()
        return style.describe(fig, t("intro.alt_empty", name=name))
    fig = reuse.figure() if reuse is not None else _base()
    ax = fig.axes[0]
    if rows.empty:
        ax.text(0.5, 0.5, style.plain(t("intro.no_data", name=name)), ha="center", va="center",
                transform=ax.transAxes, fontsize=12)
    else:
        ax.plot(rows["year"], rows["life_exp"], marker="o", markersize=3, color=style.PALETTE["blue"],
                linewidth=2)
    last = indicators.last_year("life_exp")
    ax.set_title(style.plain(t("intro.title", name=name, start=indicators.FIRST_YEAR, end=last)))
    style.describe(fig, _description(name, rows))
    return fig


def _description(name: str, rows) -> str:
    """What the chart shows, from its data: first and last value and the change."""
    from kss.development import fmt_number

    rows = rows.dropna(subset=["life_exp"]) if not rows.empty else rows
    if rows.empty:
        return t("intro.alt_empty", name=name)
    first, last = rows.iloc[0], rows.iloc[-1]
    change = float(last["life_exp"]) - float(first["life_exp"])
    return t("intro.alt", name=name, y0=int(first["year"]), v0=fmt_number(first["life_exp"], 1),
             y1=int(last["year"]), v1=fmt_number(last["life_exp"], 1),
             change=t("alt.up" if change >= 0 else "alt.down", n=fmt_number(abs(change), 1)))


def first_widget(iso3: str = "IDN") -> Explorer:
    """A dropdown of Bandung-conference countries; choosing one redraws the line."""
    options = bandung_countries()
    if iso3 not in {code for _, code in options}:
        iso3 = options[0][1]
    choice = widgets.Dropdown(options=options, value=iso3, description=t("intro.country"),
                              style={"description_width": "initial"})

    table = data.load("indicators")   # once per explorer, not once per change
    reuse = style.Reuse(_base)      # axes drawn once; a change draws the line

    def draw(country):
        rows = table[table["iso3"] == country]
        message = "" if not rows.empty else t("explorer.empty")
        return View(figure=life_expectancy_figure(country, rows, reuse=reuse), message=message, data=rows)

    return Explorer({"country": choice}, draw)
