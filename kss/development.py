"""Lessons 04 and 07: the benefits of South-South cooperation and the gaps between countries.

    from kss import development
    development.benefits_figure()          # lesson 04: how many examples show each benefit
    development.trend_figure("life_exp")   # lesson 04: life expectancy of Bandung countries
    development.explorer()                 # lesson 04: measure, countries, years
    development.gap_figure()               # lesson 07: spread of GDP per capita, 1955 vs latest year
    development.gap_text(1955)             # lesson 07: richest, poorest and the ratio in words
    development.gap_explorer()             # lesson 07: choose a year

The examples come from data/examples.csv, the indicators from data/indicators.csv
(Gapminder's fast track, annual, 1950 to each indicator's last observed year; see
kss.indicators and data/indicator_sources.csv). "Bandung countries" are the 1955
delegations (data/delegations.csv) whose ISO3 code has indicator rows: all 28 codes. The
capacity gap of lesson 07 leaves out Japan, a DAC donor (DAC_DONORS).

These charts show how countries CHANGED, not WHY: no figure here can show that
South-South cooperation caused a change, and the lesson text says so.
"""
from __future__ import annotations

import html

import ipywidgets as widgets
import matplotlib
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from kss import data, indicators, style
from kss.controls import Choices
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

# The article's four benefits, in the article's order.
BENEFITS = ["economic_social", "institutional_capacity", "national_resilience", "relations"]
INDICATORS = ["life_exp", "gdp_per_cap", "pop", "child_mort", "co2_per_cap"]
GAP_START = 1955   # the year of the Bandung Conference: the capacity gap then and now
# Bandung participants that are now donors of the OECD Development Assistance Committee and
# support KSS from outside (Japan, e.g. through JICA): never one side of a KSS capacity-gap
# ranking or pairing (data/decisions.csv, row japan-gap-pairing).
DAC_DONORS = ("JPN",)
# Preselected: Indonesia and a few other Bandung countries from both continents.
DEFAULT_COUNTRIES = ("IDN", "IND", "CHN", "EGY", "GHA")
INDONESIA = "IDN"
INDONESIA_COLOUR = style.PALETTE["vermillion"]
# colours for the other countries (vermillion is kept for Indonesia)
OTHER_COLOURS = [style.PALETTE[k] for k in ("blue", "orange", "green", "purple", "sky", "black")]


# ---------------------------------------------------------------- numbers in words

def fmt_number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """Numbers as the reader writes them: Indonesian 1.234,5 (dot for thousands, comma for
    decimals); the English edition gets 1,234.5."""
    text = f"{value:,.{decimals}f}"
    if (lang or language()) == "en":
        return text
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


class GapText(str):
    """A sentence that a notebook cell shows as plain text (no quotes around it)."""

    def __repr__(self) -> str:
        return str(self)


# ---------------------------------------------------------------- lesson 04: benefits

def benefit_counts():
    """DataFrame indexed by benefit (article order): examples from the article, other
    examples, and the total. An example with several benefits counts once for each."""
    import pandas as pd

    examples = data.load("examples")
    rows = []
    for benefit in BENEFITS:
        has = examples["benefits"].apply(lambda items, b=benefit: b in items)
        article = int((has & examples["from_article"].astype(bool)).sum())
        total = int(has.sum())
        rows.append({"benefit": benefit, "article": article, "other": total - article, "total": total})
    return pd.DataFrame(rows).set_index("benefit")


def examples_for(benefit: str):
    """The examples (rows of data/examples.csv) that illustrate `benefit`, oldest first."""
    examples = data.load("examples")
    rows = examples[examples["benefits"].apply(lambda items: benefit in items)]
    return rows.sort_values(["start_year", "example_id"]).reset_index(drop=True)


def benefits_figure():
    """Horizontal stacked bars: per benefit, examples from the article and other examples."""
    counts = benefit_counts()
    fig = style.figure(9, 4.2)
    ax = fig.add_subplot()
    positions = list(range(len(BENEFITS) - 1, -1, -1))  # the article's first benefit on top
    article = ax.barh(positions, counts["article"], color=style.PALETTE["orange"], height=0.6,
                      label=t("development.from_article"))
    other = ax.barh(positions, counts["other"], left=counts["article"], color=style.PALETTE["blue"],
                    height=0.6, label=t("development.other_examples"), hatch="///", edgecolor="white")
    for bar in article:
        bar.set_gid("article")
    for bar in other:
        bar.set_gid("other")
    for pos, total in zip(positions, counts["total"]):
        ax.text(total + 0.2, pos, str(total), va="center", fontsize=11)
    ax.set_yticks(positions)
    ax.set_yticklabels([t(f"benefit.{b}") for b in BENEFITS])
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, counts["total"].max() + 2)
    ax.set_xlabel(t("development.benefits_axis"))
    fig.suptitle(t("development.benefits_title"), x=0.01, ha="left", fontweight="bold")
    # legend between title and bars: never on top of a bar or a count
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False)
    style.source_note(fig, t("development.examples_source"))
    parts = [t("development.alt.benefit", benefit=t(f"benefit.{b}"), total=int(counts.loc[b, "total"]),
               article=int(counts.loc[b, "article"])) for b in BENEFITS]
    return style.describe(fig, t("development.alt.benefits", parts="; ".join(parts)))


# ---------------------------------------------------------------- lesson 04: trends

_MEMO: dict = {}


def _memo(fn):
    """Remember fn's result per arguments, language and data version: an explorer
    redraw called these 5-6 times each (about 45 ms of a 140 ms redraw)."""
    def wrapper(*args):
        key = (fn.__name__, args, language(), data.version())
        if key not in _MEMO:
            _MEMO[key] = fn(*args)
        result = _MEMO[key]
        return result.copy() if hasattr(result, "copy") else result
    wrapper.__name__, wrapper.__doc__ = fn.__name__, fn.__doc__
    return wrapper


@_memo
def bandung_countries() -> list[tuple[str, str]]:
    """(name today, ISO3) of the 1955 delegations with indicator rows, sorted by name.
    Both Vietnams share VNM and appear once."""
    delegations = data.load("delegations")
    with_data = set(data.load("indicators")["iso3"])
    pairs = {(name, iso3) for name, iso3 in zip(delegations[f"name_today_{language()}"],
                                                 delegations["iso3"]) if iso3 in with_data}
    return sorted(pairs)


def _names() -> dict[str, str]:
    return {iso3: name for name, iso3 in bandung_countries()}


def indicator_rows(countries, years: tuple[int, int] | None = None):
    """Indicator rows of `countries` (ISO3 codes) with year in `years` (inclusive;
    default: 1950 to the latest year)."""
    table = data.load("indicators")
    years = years or (indicators.FIRST_YEAR, indicators.latest_year())
    keep = table["iso3"].isin(list(countries)) & (table["year"] >= years[0]) & (table["year"] <= years[1])
    return table[keep].sort_values(["iso3", "year"]).reset_index(drop=True)


def _values(rows, indicator: str):
    """The plotted values: population in millions, the rest as stored."""
    values = rows[indicator].astype(float)
    return values / 1e6 if indicator == "pop" else values


def _style_for(countries) -> dict[str, dict]:
    """A colour and line style per country; Indonesia always vermillion and thickest."""
    result, k = {}, 0
    for iso3 in countries:
        if iso3 == INDONESIA:
            result[iso3] = {"color": INDONESIA_COLOUR, "linewidth": 3.5, "linestyle": "-", "marker": "o",
                            "zorder": 5}
        else:
            # colour, line style and marker all change from one country to the next, so
            # two lines never differ by colour alone
            result[iso3] = {"color": OTHER_COLOURS[k % len(OTHER_COLOURS)], "linewidth": 2,
                            "linestyle": style.LINESTYLES[1 + k % (len(style.LINESTYLES) - 1)],
                            "marker": style.MARKERS[1 + k % (len(style.MARKERS) - 1)], "zorder": 3}
            k += 1
    return result


def _money_axis(ax) -> None:
    """Log axis with plain, Indonesian-formatted tick labels (300, 1.000, 10.000 ...)."""
    ax.set_yscale("log")
    ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v)))
    ax.yaxis.set_minor_formatter(NullFormatter())


def _trend_base():
    """What every view of the trend chart shares: the axes and the title its views set."""
    fig = style.figure(9, 5)
    ax = fig.add_subplot()
    ax.set_xlabel(t("development.year"))
    fig.suptitle("", x=0.01, ha="left", fontweight="bold")
    return fig


def trend_figure(indicator: str = "life_exp", countries=DEFAULT_COUNTRIES,
                 years: tuple[int, int] | None = None, rows=None, *, reuse: style.Reuse | None = None):
    """One line per country; GDP per capita on a log axis (equal steps = equal growth rates).
    Default years: 1950 to the indicator's last observed year; a later end is cut there.
    With `reuse` (the explorer's), the figure and its axes are reused."""
    countries = [c for c in countries]
    last = indicators.last_year(indicator)
    years = years or (indicators.FIRST_YEAR, last)
    years = (min(years[0], last), min(years[1], last))
    if rows is None:
        rows = indicator_rows(countries, years)
    names = _names()
    fig = reuse.figure() if reuse is not None else _trend_base()
    ax = fig.axes[0]
    if reuse is not None:   # a reused axes: back to a linear, autoscaled y axis
        ax.set_yscale("linear")
        ax.relim()
        ax.set_autoscaley_on(True)
    style.source_note(fig, indicators.source_note(indicator) + " " + t("development.caveat"))
    start, end = years
    fig.suptitle(style.plain(t("development.trend_title", indicator=t(f"development.short.{indicator}"),
                                start=start, end=end)), x=0.01, ha="left", fontweight="bold")
    label = t(f"indicator.{indicator}")
    ax.set_ylabel(style.plain(label + (f"\n({t('development.log_note')})" if indicator == "gdp_per_cap" else "")))
    if not countries or rows.dropna(subset=[indicator]).empty:
        ax.text(0.5, 0.5, t("development.no_country") if not countries else t("explorer.empty"),
                ha="center", va="center", transform=ax.transAxes, fontsize=11, color=style.DARK_GREY,
                wrap=True)
        ax.set_xlim(start - 2, end + 2)
        ax.set_ylim(0, 1)
        _trend_margins(fig, ax)
        return style.describe(fig, t("development.alt.trend_empty", indicator=label, start=start, end=end))
    styles = _style_for(countries)
    # Indonesia first in the legend, then the others by name
    order = sorted(countries, key=lambda c: (c != INDONESIA, names.get(c, c)))
    # each country's rows with a value, split once (the lines and the description use them)
    parts = {iso3: part for iso3, part in rows.dropna(subset=[indicator]).groupby("iso3", sort=False)}
    for iso3 in order:
        part = parts.get(iso3)
        if part is None or part.empty:
            continue
        # a marker every year on a short range, every 10 years on a long one
        line, = ax.plot(part["year"].astype(int), _values(part, indicator), markersize=6,
                        markevery=1 if end - start <= 20 else 10, markeredgecolor="black",
                        markeredgewidth=0.6, label=style.plain(names.get(iso3, iso3)), **styles[iso3])
        line.set_gid(f"country:{iso3}")
    if indicator == "gdp_per_cap":
        _money_axis(ax)
    elif indicator == "life_exp":
        ax.set_ylim(0, 85)
    else:
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v)))
    ax.set_xlim(start - 2, end + 2)
    # legend to the right of the axis: never on top of a line
    columns = 1 if len(order) <= 14 else 2
    legend = ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, ncols=columns)
    _trend_margins(fig, ax, legend, columns)
    return style.describe(fig, _trend_description(indicator, order, parts, start, end))


def _trend_description(indicator: str, order, by_country: dict, start: int, end: int) -> str:
    """The chart in words: each country's first and last value in the years shown
    (by_country: each country's rows with a value, as trend_figure split them)."""
    names = _names()
    decimals = 1 if indicator in ("life_exp", "pop") else 0
    parts = []
    for iso3 in order:
        part = by_country.get(iso3)
        if part is None or part.empty:
            continue
        part = part.sort_values("year")
        values = _values(part, indicator)
        parts.append(t("development.alt.country", name=names.get(iso3, iso3),
                       v0=fmt_number(float(values.iloc[0]), decimals), y0=int(part["year"].iloc[0]),
                       v1=fmt_number(float(values.iloc[-1]), decimals), y1=int(part["year"].iloc[-1])))
    return t("development.alt.trend", indicator=t(f"indicator.{indicator}"), start=start, end=end,
             n=len(parts), parts="; ".join(parts))


def _trend_margins(fig, ax, legend=None, columns: int = 1) -> None:
    """Margins by hand (style.fixed_margins), from what sets them: the widest y tick label
    and the y label on the left, the legend's columns on the right."""
    em = matplotlib.rcParams["legend.fontsize"] * fig.dpi / 72          # pixels
    left = (_tick_width(ax) + 12) / fig.dpi + 0.19 * (ax.get_ylabel().count("\n") + 1) + 0.12
    right = 0.25
    if legend is not None:
        widest = max(style.text_width(x.get_text(), matplotlib.rcParams["legend.fontsize"])
                     for x in legend.get_texts())
        pixels = columns * (2.8 * em + widest) + (columns - 1) * 2.0 * em + 2.2 * em
        right = pixels / fig.dpi + 0.01 * (fig.get_figwidth() - left) + 0.1
    source_lines = fig.texts[-1].get_text().count("\n") + 1   # the source note (the last figure text)
    style.fixed_margins(fig, left=left, bottom=0.62 + 0.17 * source_lines + 0.06, right=right, top=0.45)


def _tick_width(ax) -> float:
    """Width (pixels) of the widest y tick label the axis will show."""
    low, high = sorted(ax.get_ylim())
    locs = [v for v in ax.yaxis.get_major_locator()() if low <= v <= high]
    labels = ax.yaxis.get_major_formatter().format_ticks(locs) if locs else []
    size = matplotlib.rcParams["ytick.labelsize"]
    return max((style.text_width(label, size) for label in labels), default=0)


def explorer(countries=DEFAULT_COUNTRIES) -> Explorer:
    """Measure (dropdown), countries (checkboxes, kss.controls.Choices), years (range slider, 5-year steps)."""
    options = bandung_countries()
    known = {iso3 for _, iso3 in options}
    indicator = dropdown([(t(f"indicator.{k}"), k) for k in INDICATORS], value="life_exp",
                         description=t("development.indicator_control"))
    chosen = Choices(options, value=tuple(c for c in countries if c in known),
                     description=t("development.countries_control"), width="380px")
    first, latest = indicators.FIRST_YEAR, indicators.latest_year()
    years = widgets.IntRangeSlider(value=(first, latest), min=first, max=latest, step=1,
                                   description=t("development.years_control"), continuous_update=False,
                                   style={"description_width": "initial"}, layout=widgets.Layout(width="380px"))

    reuse = style.Reuse(_trend_base)   # the axes and their ticks serve every view

    def draw(indicator, countries, years):
        start, end = int(years[0]), int(years[1])
        last = indicators.last_year(indicator)
        rows = indicator_rows(countries, (start, min(end, last))).dropna(subset=[indicator])
        fig = trend_figure(indicator, countries, (start, end), rows=rows, reuse=reuse)
        if not countries:
            return View(figure=fig, message=t("development.no_country"), data=rows)
        if start > last:
            return View(figure=fig, message=t("development.after_last", year=last), data=rows)
        if rows.empty:
            return View(figure=fig, message=t("explorer.empty"), data=rows)
        return View(figure=fig, data=rows)

    return Explorer({"indicator": indicator, "countries": chosen, "years": years}, draw,
                    intro=t("development.trend_intro"))


# ---------------------------------------------------------------- lesson 07: capacity gaps

@_memo
def gap_countries() -> dict[str, str]:
    """{ISO3: name} of the countries the capacity gap compares: the Bandung countries with
    data, without the DAC donors (DAC_DONORS), which are not KSS partners of the others."""
    return {iso3: name for iso3, name in _names().items() if iso3 not in DAC_DONORS}


def _donor_names() -> list[str]:
    """The names of the DAC donors left out of the gap, in the reader's language."""
    names = data.country_names(language())
    return [names.get(code, code) for code in DAC_DONORS]


@_memo   # a gap-explorer redraw asks for the same year 6 times (gap, text, figure, data)
def gdp_spread(year: int):
    """GDP per capita of every Bandung country with data in `year` except the DAC donors,
    richest first, with columns iso3, name, gdp_per_cap and rank (1 = richest)."""
    table = data.load("indicators")
    names = gap_countries()
    rows = table[(table["year"] == year) & table["iso3"].isin(list(names))].dropna(subset=["gdp_per_cap"]).copy()
    rows["name"] = rows["iso3"].map(names)
    rows = rows.sort_values(["gdp_per_cap", "iso3"], ascending=[False, True]).reset_index(drop=True)
    rows["rank"] = range(1, len(rows) + 1)
    return rows[["iso3", "name", "year", "gdp_per_cap", "rank"]]


@_memo
def gap(year: int) -> dict | None:
    """Richest, poorest, their ratio and Indonesia's place in `year`; None without data."""
    rows = gdp_spread(year)
    if rows.empty:
        return None
    richest, poorest = rows.iloc[0], rows.iloc[-1]
    result = {"year": int(year), "n": len(rows),
              "richest": richest["name"], "richest_iso3": richest["iso3"],
              "richest_value": float(richest["gdp_per_cap"]),
              "poorest": poorest["name"], "poorest_iso3": poorest["iso3"],
              "poorest_value": float(poorest["gdp_per_cap"]),
              "ratio": float(richest["gdp_per_cap"]) / float(poorest["gdp_per_cap"])}
    idn = rows[rows["iso3"] == INDONESIA]
    result["indonesia_value"] = float(idn["gdp_per_cap"].iloc[0]) if not idn.empty else None
    result["indonesia_rank"] = int(idn["rank"].iloc[0]) if not idn.empty else None
    return result


def gap_text(year: int) -> "GapText":
    """The gap of `year` in one or two sentences (numbers in Indonesian style)."""
    g = gap(year)
    if g is None:
        return GapText(t("development.gap_no_data", year=year))
    excluded = ", ".join(_donor_names())
    return GapText(t("development.gap_text", year=g["year"], n=g["n"], excluded=excluded, richest=g["richest"],
             richest_value=fmt_number(g["richest_value"]), poorest=g["poorest"],
             poorest_value=fmt_number(g["poorest_value"]), ratio=fmt_number(g["ratio"], 1),
             indonesia_value=fmt_number(g["indonesia_value"] or 0), rank=g["indonesia_rank"]))


def _all_years() -> list[int]:
    """The years with GDP per capita data (1950 to its last observed year)."""
    return indicators.years("gdp_per_cap")


@_memo
def _gap_limits() -> tuple[float, float]:
    """One x-range for every year (so the spread can be compared between years)."""
    table = data.load("indicators")
    values = table[table["iso3"].isin(list(gap_countries()))]["gdp_per_cap"].dropna().astype(float)
    return values.min() / 1.6, values.max() * 1.6


def _gap_base(rows: int = 1):
    """The axes every year shares: one log scale for all years, ticks, labels, source."""
    fig = style.figure(9.5, 1.9 + 1.15 * rows)
    ax = fig.add_subplot()
    low, high = _gap_limits()
    ax.set_xscale("log")
    ax.set_xlim(low, high * 12)  # room on the right for the ratio
    # ticks only where there can be data (none under the ratio text)
    ax.set_xticks([v for v in (100, 300, 1000, 3000, 10000, 30000, 100000) if low <= v <= high * 1.6])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_number(v)))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_ylim(-0.7, rows - 0.3)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(style.plain(t("development.gap_axis")))
    # the title each view writes (set_text keeps where the first layout put it: style.Reuse)
    fig.kss_title = fig.suptitle("", x=0.01, ha="left", fontweight="bold")
    style.source_note(fig, indicators.source_note("gdp_per_cap") + " " + t("development.countries_note", excluded=", ".join(_donor_names())))
    return fig


def gap_figure(years=None, *, reuse: style.Reuse | None = None):
    """One row of dots per year on a log axis: each dot a Bandung country. The richest and
    poorest are named, Indonesia is marked, and the richest:poorest ratio is written at
    the right end of each row. Default: 1955 (Bandung) and the last observed year. With
    `reuse` (the explorer's, one year), the axes are reused and only the row is drawn."""
    years = [int(y) for y in (years or (GAP_START, indicators.last_year("gdp_per_cap")))]
    fig = reuse.figure() if reuse is not None else _gap_base(len(years))
    ax = fig.axes[0]
    low, _high = _gap_limits()
    title = (t("development.gap_title_year", year=years[0]) if len(years) == 1 else t("development.gap_title"))
    fig.kss_title.set_text(style.plain(title))
    positions = list(range(len(years) - 1, -1, -1))  # first year on top
    ax.set_yticks(positions)
    if reuse is not None:
        # the explorer's one row: its year is in the title
        ax.set_yticklabels([""])
        ax.tick_params(axis="y", length=0)
    else:
        ax.set_yticklabels([str(y) for y in years], fontsize=12, fontweight="bold")
    for pos, year in zip(positions, years):
        rows = gdp_spread(year)
        if rows.empty:
            ax.text(low * 1.1, pos, t("development.gap_no_data", year=year), va="center")
            continue
        values = rows["gdp_per_cap"].astype(float)
        ax.hlines(pos, values.min(), values.max(), color=style.GREY, linewidth=6, zorder=1)
        others = rows[rows["iso3"] != INDONESIA]
        dots = ax.scatter(others["gdp_per_cap"].astype(float), [pos] * len(others), s=45,
                          color=style.PALETTE["blue"], alpha=0.8, zorder=3, edgecolors="white",
                          linewidths=0.5)
        dots.set_gid(f"countries:{year}")
        idn = rows[rows["iso3"] == INDONESIA]
        if not idn.empty:
            mark = ax.scatter(idn["gdp_per_cap"].astype(float), [pos], s=140, color=INDONESIA_COLOUR,
                              edgecolors="black", linewidths=1.2, zorder=5)
            mark.set_gid(f"indonesia:{year}")
            ax.annotate("Indonesia", (float(idn["gdp_per_cap"].iloc[0]), pos), xytext=(0, 13),
                        textcoords="offset points", ha="center", fontsize=10, fontweight="bold",
                        color=INDONESIA_COLOUR)
        g = gap(year)
        # the poorest's name runs right from its dot, the richest's left: both stay inside
        # the axis whatever the names, so the layout never depends on them
        ax.annotate(style.plain(g["poorest"]), (g["poorest_value"], pos), xytext=(-6, -17),
                    textcoords="offset points", ha="left", fontsize=10)
        ax.annotate(style.plain(g["richest"]), (g["richest_value"], pos), xytext=(6, -17),
                    textcoords="offset points", ha="right", fontsize=10)
        ratio = ax.text(0.99, pos, t("development.gap_ratio", ratio=fmt_number(g["ratio"], 1)),
                        transform=ax.get_yaxis_transform(), ha="right", va="center", fontsize=11,
                        fontweight="bold")
        ratio.set_gid(f"ratio:{year}")
    style.describe(fig, t("development.alt.gap", texts=" ".join(gap_text(y) for y in years)))
    return fig


def gap_explorer(year: int = GAP_START) -> Explorer:
    """Choose a year (1950 ... the last observed year): the spread is redrawn and described."""
    years = _all_years()
    slider = widgets.SelectionSlider(options=years, value=year if year in years else years[0],
                                     description=t("development.gap_year_control"),
                                     continuous_update=False, style={"description_width": "initial"},
                                     layout=widgets.Layout(width="420px"))

    reuse = style.Reuse(_gap_base)   # the axes, ticks and source line serve every year

    def draw(year):
        g = gap(year)
        text = gap_text(year)
        return View(figure=gap_figure((year,), reuse=reuse), message="" if g else text,
                    html=f"<p style='font-size:1.05em'>{html.escape(text)}</p>", data=gdp_spread(year),
                    extra={"gap": g, "text": text})

    return Explorer({"year": slider}, draw, intro=t("development.gap_intro"))
