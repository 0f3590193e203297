"""Lesson 00: a first table, a first figure and a first widget, on data the course uses later.

    from kss import intro
    intro.delegations_table()             # the first rows of the 1955 delegations, learner labels, row count
    intro.life_expectancy_figure("IDN")   # static figure: one country since 1950, the 1955 conference marked
    intro.first_widget()                  # choose two countries: both lines redraw

The countries are the delegations of the Asian-African Conference (Bandung, April 1955),
the course's starting point: the widget asks how the lives of their people changed since.
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from kss import data, indicators, style
from kss.explorer import Explorer, View
from kss.labels import t

PREVIEW_ROWS = 5
# the first country's line and the second's differ by marker and line style, not only colour
LINES = (
    {"color": style.PALETTE["blue"], "marker": style.MARKERS[0], "linestyle": style.LINESTYLES[0]},
    {"color": style.PALETTE["vermillion"], "marker": style.MARKERS[1], "linestyle": style.LINESTYLES[1]},
)


def _lang() -> str:
    from kss.labels import language
    return language()


def conference_year() -> int:
    """The year of the Asian-African Conference, from data/milestones.csv (kaa-1955)."""
    milestones = data.load("milestones").set_index("milestone_id")
    return int(milestones.loc["kaa-1955", "year"])


# ---------------------------------------------------------------- the first table

class PreviewTable:
    """The first rows of a table with learner-facing column names, and a line under it that
    says how many rows the whole table has (the lesson's activity asks for that number)."""

    def __init__(self, header: list[str], rows: list[list[str]], note: str):
        self.header, self.rows, self.note = header, rows, note

    def _repr_html_(self) -> str:
        head = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h in self.header)
        body = "".join("<tr>" + "".join(f"<td style='text-align:left'>{html.escape(c)}</td>" for c in row)
                       + "</tr>" for row in self.rows)
        return (f"<table class='kss-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
                f"<p class='kss-table-note'>{html.escape(self.note)}</p>")

    def __repr__(self) -> str:
        lines = [" | ".join(self.header)] + [" | ".join(row) for row in self.rows]
        return "\n".join(lines + [self.note])


def delegations_table(rows: int = PREVIEW_ROWS) -> PreviewTable:
    """The first `rows` delegations of 1955 (order of the Final Communiqué): name in 1955,
    name today, continent and role, in the learner's words; the note counts all rows."""
    table = data.load("delegations").sort_values("order")
    lang = _lang()
    name_1955 = "name_1955_id" if lang == "id" else "name_1955"
    shown = [[r[name_1955], r[f"name_today_{lang}"], t(f"intro.continent.{r['continent']}"),
              t(f"intro.role.{r['role']}")] for _, r in table.head(rows).iterrows()]
    header = [t("intro.col.name_1955"), t("intro.col.name_today"), t("intro.col.continent"), t("intro.col.role")]
    return PreviewTable(header, shown, t("intro.table_note", total=len(table), shown=len(shown)))


# ---------------------------------------------------------------- the first figure and widget

def bandung_countries() -> list[tuple[str, str]]:
    """(name today, ISO3) of the 1955 delegations that have Gapminder data, sorted by name."""
    delegations = data.load("delegations")
    with_data = set(data.load("indicators")["iso3"])
    pairs = {(name, iso3) for name, iso3 in zip(delegations[f"name_today_{_lang()}"], delegations["iso3"])
             if iso3 in with_data}
    return sorted(pairs)


def _base():
    """What every view of the chart shares: axes, ticks, labels, the conference year marked
    and the source line."""
    last = indicators.last_year("life_exp")
    year = conference_year()
    fig = style.figure(8, 4.5)
    ax = fig.add_subplot()
    ax.set_xlabel(t("intro.year"))
    ax.set_ylabel(t("indicator.life_exp"))
    ax.set_ylim(0, 85)
    ax.set_xlim(indicators.FIRST_YEAR - 1, last + 1)
    ax.set_xticks(range(indicators.FIRST_YEAR, last + 1, 10))
    ax.axvline(year, color=style.DARK_GREY, linestyle=":", linewidth=1.5)
    ax.text(year + 1, 3, t("intro.conference", year=year), color=style.DARK_GREY, fontsize=10,
            ha="left", va="bottom")
    style.source_note(fig, indicators.source_note("life_exp"))
    return fig


def _rows(table, iso3: str):
    return table[table["iso3"] == iso3].dropna(subset=["life_exp"]).sort_values("year")


def life_expectancy_figure(iso3: str = "IDN", second: str | None = None, *, table=None,
                           reuse: style.Reuse | None = None):
    """Line chart of life expectancy, 1950 to the last observed year (Gapminder), for one
    country or two (`second`), with the year of the Asian-African Conference marked. With
    `reuse` (an explorer's), the axes are reused and only the lines and the title are drawn."""
    table = data.load("indicators") if table is None else table
    countries = [iso3] if second in (None, iso3) else [iso3, second]
    names = data.country_names(_lang())
    found = [(names.get(c, c), _rows(table, c)) for c in countries]
    with_data = [(name, rows) for name, rows in found if not rows.empty]
    if not with_data and reuse is None:
        name = " / ".join(name for name, _ in found)
        fig = style.figure(8, 4.5)
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, style.plain(t("intro.no_data", name=name)), ha="center", va="center",
                transform=ax.transAxes, fontsize=12)
        ax.set_axis_off()
        return style.describe(fig, t("intro.alt_empty", name=name))
    fig = reuse.figure() if reuse is not None else _base()
    ax = fig.axes[0]
    for (name, rows), line in zip(found, LINES):
        if rows.empty:
            ax.text(0.5, 0.5, style.plain(t("intro.no_data", name=name)), ha="center", va="center",
                    transform=ax.transAxes, fontsize=12)
            continue
        ax.plot(rows["year"], rows["life_exp"], markersize=3, linewidth=2, label=style.plain(name), **line)
    if len(with_data) == 2:
        ax.legend(loc="lower right", fontsize=10)
    last = indicators.last_year("life_exp")
    title = t("intro.pair", a=found[0][0], b=found[1][0]) if len(found) == 2 else found[0][0]
    ax.set_title(style.plain(t("intro.title", name=title, start=indicators.FIRST_YEAR, end=last)))
    style.describe(fig, _description(found))
    return fig


def _value(rows, year: int):
    at = rows[rows["year"] == year]
    return None if at.empty else float(at["life_exp"].iloc[0])


def _description(found) -> str:
    """What the chart shows, from its data: each country's value in the conference year and
    in the last year, and the change."""
    from kss.development import fmt_number

    year, last = conference_year(), indicators.last_year("life_exp")
    parts = []
    for name, rows in found:
        before, after = _value(rows, year), _value(rows, last)
        if before is None or after is None:
            parts.append(t("intro.alt_empty", name=name))
            continue
        change = after - before
        parts.append(t("intro.alt_country", name=name, y0=year, v0=fmt_number(before, 1), y1=last,
                       v1=fmt_number(after, 1),
                       change=t("alt.up" if change >= 0 else "alt.down", n=fmt_number(abs(change), 1))))
    return t("intro.alt", countries=" ".join(parts), year=year)


def first_widget(iso3: str = "IDN", second: str = "EGY") -> Explorer:
    """Two dropdowns of Bandung-conference countries; choosing one redraws both lines."""
    options = bandung_countries()
    codes = {code for _, code in options}
    iso3 = iso3 if iso3 in codes else options[0][1]
    second = second if second in codes else options[1][1]
    first_choice = widgets.Dropdown(options=options, value=iso3, description=t("intro.country_first"),
                                    style={"description_width": "initial"})
    second_choice = widgets.Dropdown(options=options, value=second, description=t("intro.country_second"),
                                     style={"description_width": "initial"})

    table = data.load("indicators")   # once per explorer, not once per change
    reuse = style.Reuse(_base)      # axes drawn once; a change draws the lines

    def draw(first, second):
        rows = table[table["iso3"].isin([first, second])]
        message = t("intro.same_country") if first == second else ""
        if rows.empty:
            message = t("explorer.empty")
        return View(figure=life_expectancy_figure(first, second, table=table, reuse=reuse),
                    message=message, data=rows)

    return Explorer({"first": first_choice, "second": second_choice}, draw)
