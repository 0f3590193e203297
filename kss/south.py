"""'The South' as today's groupings draw it (lesson 01) and CO2 per person in proportion (lesson 07).

    from kss import south
    south.map_figure()            # lesson 01: G77 / OECD / others (Gapminder), edge cases hatched
    south.map_explorer()          # lesson 01: the same world by G77/OECD, income or LDC status
    south.notes_table()           # lesson 01: where the grouping is dated, both, or left (sourced)
    south.income_table()          # lesson 01: G77 / OECD / others against income groups
    south.providers_and_partners()  # lesson 01: countries that give and receive in our examples
    south.co2_figure()            # lesson 07: CO2 per person, African countries vs world and OECD
    south.co2_text()              # lesson 07: the same comparison in one or two sentences

Data: data/groupings.csv and data/indicator_groups.csv (built by tools/build_indicators.py
from Gapminder's fast track), data/memberships.csv (sourced notes), data/examples.csv.
Gapminder's G77/OECD categorization is dated (130 G77 and 31 OECD countries; the G77 has
134 members and the OECD 38): the notes table and the figure's source line say so.
The CO2 comparison is a comparison of amounts, not an explanation of causes.
"""
from __future__ import annotations

import html

import pandas as pd
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kss import data, indicators, style, worldmap
from kss.challenges import HTMLTable, _links
from kss.development import fmt_number
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

GROUPINGS = {
    "g77_oecd": ["g77", "oecd", "others"],
    "income": ["low_income", "middle_income", "high_income"],
    "ldc": ["un_least_developed", "un_not_least_developed"],
}
COLOURS = {
    "g77": style.PALETTE["vermillion"], "oecd": style.PALETTE["blue"], "others": style.PALETTE["sky"],
    "low_income": style.PALETTE["vermillion"], "middle_income": style.PALETTE["orange"],
    "high_income": style.PALETTE["blue"],
    "un_least_developed": style.PALETTE["vermillion"], "un_not_least_developed": style.PALETTE["sky"],
}
HATCH = "////"
EXTENT = (-170, 180, -56, 80)
AFRICA_SHOWN = 6   # the most populous African countries get their own bar


def _names() -> dict[str, str]:
    return data.country_names(language())


def groupings() -> pd.DataFrame:
    """Every country of data/groupings.csv with its name in the current language."""
    rows = data.load("groupings")
    rows["name"] = rows["iso3"].map(_names())
    return rows


def counts(grouping: str = "g77_oecd") -> dict[str, int]:
    """{category: number of countries} of one grouping."""
    rows = groupings()
    return {c: int((rows[grouping] == c).sum()) for c in GROUPINGS[grouping]}


def notes() -> pd.DataFrame:
    """data/memberships.csv: the sourced notes on the edges of the groupings."""
    return data.load("memberships")


def both_members() -> list[str]:
    """Countries in Gapminder's G77 list that are also OECD members (memberships.csv)."""
    rows = notes()
    return sorted({c for codes in rows.loc[rows["topic"] == "both", "iso3"] for c in codes})


def left_g77() -> list[str]:
    rows = notes()
    return sorted({c for codes in rows.loc[rows["topic"] == "left", "iso3"] for c in codes})


def _map_base():
    """What every view of the map shares: the grey world, and the title each view sets."""
    fig = style.figure(9, 5.4)
    worldmap.draw_world(fig.add_subplot(), extent=EXTENT)
    fig.suptitle("", x=0.01, ha="left", fontweight="bold")
    return fig


def map_figure(grouping: str = "g77_oecd", *, reuse: style.Reuse | None = None):
    """World map coloured by one grouping; for G77/OECD the countries in both are hatched
    and the country that left the G77 is outlined. The legend counts the countries. With
    `reuse` (the explorer's), the grey world is reused and only this grouping is drawn."""
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {list(GROUPINGS)}, not {grouping!r}")
    rows = groupings()
    colours = {iso3: COLOURS[c] for iso3, c in zip(rows["iso3"], rows[grouping]) if isinstance(c, str)}
    fig = reuse.figure() if reuse is not None else _map_base()
    ax = fig.axes[0]
    worldmap.draw_countries(ax, colours)
    n = counts(grouping)
    # each group also has its marker (style.MARKERS, in the grouping's order), not only a colour
    markers = dict(zip(GROUPINGS[grouping], style.MARKERS))
    for c in GROUPINGS[grouping]:
        worldmap.mark(ax, rows.loc[rows[grouping] == c, "iso3"], marker=markers[c], colour=COLOURS[c],
                      size=13, edge="black", gid=f"marker:{c}")
    handles = [Line2D([], [], marker=markers[c], linestyle="", markersize=8, markerfacecolor=COLOURS[c],
                      markeredgecolor="black", label=t(f"south.cat.{c}", n=n[c]))
               for c in GROUPINGS[grouping]]
    handles.append(Patch(facecolor=style.GREY, edgecolor="black", label=t("south.cat.none")))
    if grouping == "g77_oecd":
        shapes = worldmap.shapes()
        both = [ring for iso3 in both_members() for ring in shapes.get(iso3, [])]
        collection = PolyCollection(both, facecolors="none", edgecolors="black", linewidths=0.6, hatch=HATCH)
        collection.set_gid("both")
        ax.add_collection(collection)
        left = [ring for iso3 in left_g77() for ring in shapes.get(iso3, [])]
        outline = PolyCollection(left, facecolors="none", edgecolors="black", linewidths=2.0)
        outline.set_gid("left")
        ax.add_collection(outline)
        handles.append(Patch(facecolor="white", edgecolor="black", hatch=HATCH, label=t("south.cat.both")))
        handles.append(Patch(facecolor="white", edgecolor="black", linewidth=2.0, label=t("south.cat.left")))
    # legend under the map: never on top of a country
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=2, frameon=False,
              fontsize=10)
    fig.suptitle(t(f"south.map.title.{grouping}"), x=0.01, ha="left", fontweight="bold")
    style.source_note(fig, t(f"south.map.source.{grouping}"))
    parts = [t("south.alt.group", marker=t(f"alt.marker.{markers[c]}"), group=t(f"south.cat.{c}", n=n[c]))
             for c in GROUPINGS[grouping]]
    groups = "; ".join(parts)
    text = t("south.alt.map", title=t(f"south.map.title.{grouping}"), groups=groups[:1].upper() + groups[1:])
    if grouping == "g77_oecd":
        names = _names()
        text += " " + t("south.alt.edges", both=", ".join(names.get(c, c) for c in both_members()),
                        left=", ".join(names.get(c, c) for c in left_g77()))
    style.describe(fig, text)
    # margins by hand: the legend rows and the source lines under the map, the title above
    # (constrained layout of an equal-aspect map with a legend under it depends on where
    # the axes were before: a reused figure would not look like a new one)
    legend_rows = -(-len(handles) // 2)
    source_lines = fig.texts[-1].get_text().count("\n") + 1
    style.fixed_margins(fig, 0.1, 0.2 + 0.27 * legend_rows + 0.17 * source_lines, 0.1, 0.45)
    return fig


def map_explorer(grouping: str = "g77_oecd") -> Explorer:
    """Choose a grouping (G77/OECD, income, least developed): the map redraws."""
    choice = dropdown([(t(f"south.grouping.{g}"), g) for g in GROUPINGS], value=grouping,
                      description=t("south.grouping_control"))

    reuse = style.Reuse(_map_base)

    def draw(grouping):
        rows = groupings()[["iso3", "name", grouping]]
        return View(figure=map_figure(grouping, reuse=reuse), data=rows,
                    html=f"<p>{html.escape(t(f'south.map.about.{grouping}'))}</p>")

    return Explorer({"grouping": choice}, draw, intro=t("south.map_intro"))


def notes_table() -> HTMLTable:
    """The sourced notes on the edges of 'the South' (memberships.csv), with their status."""
    lang = language()
    names = _names()
    rows = []
    for _, r in notes().iterrows():
        countries = ", ".join(names.get(c, c) for c in r["iso3"]) or "—"
        rows.append([html.escape(countries), html.escape(r[f"text_{lang}"]),
                     html.escape(t(f"south.status.{r['status']}")), _links(r["sources"])])
    return HTMLTable([t("south.col.countries"), t("south.col.note"), t("south.col.status"),
                      t("south.col.sources")], rows)


def income_table() -> pd.DataFrame:
    """Number of countries per Gapminder G77/OECD/others category (rows) and income group
    (columns): a grouping by shared history is not a grouping by income."""
    rows = groupings()
    table = pd.crosstab(rows["g77_oecd"], rows["income"])
    table = table.reindex(index=GROUPINGS["g77_oecd"], columns=GROUPINGS["income"], fill_value=0)
    table.index = [t(f"south.short.{c}") for c in table.index]
    table.columns = [t(f"south.short.{c}") for c in table.columns]
    table.index.name = t("south.col.grouping")
    table.columns.name = t("south.col.income")
    return table


def high_income_g77() -> list[str]:
    """Names of the G77 countries (Gapminder) in the high-income group, sorted."""
    rows = groupings()
    return sorted(rows.loc[(rows["g77_oecd"] == "g77") & (rows["income"] == "high_income"), "name"])


def providers_and_partners() -> pd.DataFrame:
    """Countries that are a provider in one example of data/examples.csv and a partner in
    another (or the same), with the examples' titles."""
    examples = data.load("examples")
    lang = language()
    names = _names()
    result = []
    providers = {c for codes in examples["providers"] for c in codes}
    partners = {c for codes in examples["partners"] for c in codes}
    for iso3 in sorted(providers & partners):
        gives = examples[examples["providers"].apply(lambda codes: iso3 in codes)][f"title_{lang}"]
        gets = examples[examples["partners"].apply(lambda codes: iso3 in codes)][f"title_{lang}"]
        result.append({t("south.col.country"): names.get(iso3, iso3),
                       t("south.col.gives"): "; ".join(gives), t("south.col.gets"): "; ".join(gets)})
    return pd.DataFrame(result)


# ---------------------------------------------------------------- lesson 07: CO2 per person

def co2_comparison(year: int | None = None) -> dict:
    """CO2 per person in `year` (default: the last observed year): the averages of the world,
    Africa, the G77 and the OECD (Gapminder's groupings) and every African country."""
    year = year or indicators.last_year("co2_per_cap")
    groups = data.load("indicator_groups")
    at = groups[groups["year"] == year].set_index("group")
    if at.empty or at["co2_per_cap"].isna().all():
        return {}
    table = data.load("indicators")
    africa_codes = set(groupings().query("region == 'africa'")["iso3"])
    africa = table[(table["year"] == year) & table["iso3"].isin(africa_codes)].dropna(subset=["co2_per_cap"])
    africa = africa.assign(name=africa["iso3"].map(_names()))
    return {"year": int(year), "averages": {g: float(at.loc[g, "co2_per_cap"]) for g in at.index},
            "n": {g: int(at.loc[g, "n_co2_per_cap"]) for g in at.index},
            "africa": africa.sort_values(["co2_per_cap", "iso3"]).reset_index(drop=True)}


def co2_figure(year: int | None = None):
    """Horizontal bars: OECD, world, G77 and Africa averages, then the most populous African
    countries and the highest-emitting African country, each with its value."""
    c = co2_comparison(year)
    fig = style.figure(9.5, 5.6)
    ax = fig.add_subplot()
    if not c:
        ax.text(0.5, 0.5, t("south.co2.no_data", year=year), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        fig.suptitle(t("south.co2.title", year=year), x=0.01, ha="left", fontweight="bold")
        style.source_note(fig, indicators.source_note("co2_per_cap"))
        return style.describe(fig, t("south.co2.no_data", year=year))
    africa = c["africa"]
    shown = africa.sort_values(["pop", "iso3"], ascending=[False, True]).head(AFRICA_SHOWN)
    top = africa.iloc[[-1]]
    shown = pd.concat([shown, top]).drop_duplicates("iso3").sort_values("co2_per_cap", ascending=False)
    bars = [(t("south.co2.oecd", n=c["n"]["oecd"]), c["averages"]["oecd"], style.PALETTE["blue"], "oecd"),
            (t("south.co2.world"), c["averages"]["world"], style.DARK_GREY, "world"),
            (t("south.co2.g77", n=c["n"]["g77"]), c["averages"]["g77"], style.PALETTE["vermillion"], "g77"),
            (t("south.co2.africa", n=c["n"]["africa"]), c["averages"]["africa"], style.PALETTE["orange"], "africa")]
    bars += [(style.plain(r["name"]), float(r["co2_per_cap"]), style.PALETTE["sky"], f"country:{r['iso3']}")
             for _, r in shown.iterrows()]
    a = c["averages"]
    style.describe(fig, t("south.alt.co2", year=c["year"], oecd=fmt_number(a["oecd"], 1),
                          world=fmt_number(a["world"], 1), africa=fmt_number(a["africa"], 1),
                          countries="; ".join(f"{r['name']} {fmt_number(float(r['co2_per_cap']), 2 if r['co2_per_cap'] < 0.1 else 1)}"
                                              for _, r in shown.iterrows()))
                   + (" " + t("south.alt.co2_ratio", times=fmt_number(a["oecd"] / a["africa"], 0),
                                world_times=fmt_number(a["world"] / a["africa"], 0))
                      if a["africa"] > 0 else ""))
    positions = list(range(len(bars) - 1, -1, -1))
    for pos, (label, value, colour, gid) in zip(positions, bars):
        bar = ax.barh(pos, value, color=colour, height=0.65)
        bar.patches[0].set_gid(gid)
        shown_value = fmt_number(value, 2 if value < 0.1 else 1)   # 0,04 rather than 0,0
        ax.text(value + 0.1, pos, t("south.co2.value", value=shown_value), va="center", fontsize=10)
    ax.axhline(len(bars) - 4.5, color=style.DARK_GREY, linewidth=0.8, linestyle=":")
    ax.set_yticks(positions)
    ax.set_yticklabels([b[0] for b in bars])
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, max(b[1] for b in bars) * 1.18)
    ax.set_xlabel(t("indicator.co2_per_cap"))
    fig.suptitle(t("south.co2.title", year=c["year"]), x=0.01, ha="left", fontweight="bold")
    style.source_note(fig, indicators.source_note("co2_per_cap") + " " + t("south.co2.note"))
    return fig


class Sentence(str):
    """Shown as plain text in a notebook cell (no quotes)."""

    def __repr__(self) -> str:
        return str(self)


def co2_text(year: int | None = None) -> Sentence:
    """The comparison in words, numbers in the reader's style."""
    c = co2_comparison(year)
    if not c:
        return Sentence(t("south.co2.no_data", year=year))
    a = c["averages"]
    below_one = int((c["africa"]["co2_per_cap"] < 1).sum())
    return Sentence(t("south.co2.text", year=c["year"], africa=fmt_number(a["africa"], 1),
                      world=fmt_number(a["world"], 1), oecd=fmt_number(a["oecd"], 1),
                      times=fmt_number(a["oecd"] / a["africa"], 0), below=below_one, n=len(c["africa"])))
