"""Lesson 05: Indonesia's role in South-South cooperation.

    from kss import indonesia
    indonesia.timeline_figure()     # Indonesia's milestones (data/milestones.csv, indonesia=true)
    indonesia.partners_map()        # partner countries of the examples Indonesia provides
    indonesia.partners_explorer()   # the same map, filtered by modality and sector

The partner map only shows what data/examples.csv holds (a handful of documented
programmes), not every country Indonesia has ever trained; the lesson says so.
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D

from kss import data, examples, style, worldmap
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

PROVIDER = "IDN"
ALL = "all"
SEVERAL = "several"
PROVIDER_COLOUR = style.PALETTE["vermillion"]
PARTNER_COLOURS = {**examples.MODALITY_COLOURS, SEVERAL: style.PALETTE["sky"]}
CATEGORY_COLOURS = {
    "conference": style.PALETTE["blue"],
    "institution": style.PALETTE["green"],
    "initiative": style.PALETTE["orange"],
    "un_decision": style.PALETTE["purple"],
}
# the kind of milestone by marker too (as kss.timeline), the partners' form of cooperation
# by marker and line style too (as kss.examples), never by colour alone
CATEGORY_MARKERS = {"conference": "o", "institution": "s", "initiative": "D", "un_decision": "^"}
PARTNER_MARKERS = {**examples.MODALITY_MARKERS, SEVERAL: "P"}
PARTNER_LINESTYLES = {**examples.MODALITY_LINESTYLES, SEVERAL: (0, (1.5, 1.5))}


# ---------------------------------------------------------------- timeline

def milestones() -> pd.DataFrame:
    """Milestones of South-South cooperation with indonesia=true, oldest first."""
    rows = data.ssc_milestones()
    rows = rows[rows["indonesia"].astype(bool)]
    return rows.sort_values(["year", "date_start"]).reset_index(drop=True)


def timeline_figure():
    """One row per Indonesian milestone: a dot at its year, its title beside it."""
    rows = milestones()
    lang = language()
    fig = style.figure(10, 0.42 * len(rows) + 1.6)
    ax = fig.add_subplot()
    n = len(rows)
    years = rows["year"].astype(int).tolist()
    ys = [n - 1 - i for i in range(n)]   # oldest at the top
    for category, marker in CATEGORY_MARKERS.items():
        mask = (rows["category"] == category).tolist()
        if any(mask):
            ax.scatter([y for y, m in zip(years, mask) if m], [y for y, m in zip(ys, mask) if m], s=70,
                       marker=marker, color=CATEGORY_COLOURS[category], edgecolors="black", linewidths=0.6,
                       zorder=3)
    for y, year, (_, row) in zip(ys, years, rows.iterrows()):
        label = style.plain(f"{year}: {row[f'title_{lang}']}")
        # labels of later events go to the left of their dot so they stay inside the axes
        if year < 1995:
            ax.text(year + 1.2, y, label, va="center", ha="left", fontsize=10)
        else:
            ax.text(year - 1.2, y, label, va="center", ha="right", fontsize=10)
    ax.set_xlim(1950, 2028)
    ax.set_ylim(-0.8, n - 0.2)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(t("indonesia.timeline_xlabel"))
    ax.set_title(t("indonesia.timeline_title", start=int(rows["year"].min()), end=int(rows["year"].max())))
    present = [c for c in CATEGORY_COLOURS if c in set(rows["category"])]
    handles = [Line2D([], [], marker=CATEGORY_MARKERS[c], color="none", markerfacecolor=CATEGORY_COLOURS[c],
                      markeredgecolor="black", markeredgewidth=0.6, markersize=9,
                      label=t(f"indonesia.category.{c}")) for c in present]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(handles),
              frameon=False)
    style.source_note(fig, t("indonesia.timeline_source"))
    kinds = [t("indonesia.alt.kind", marker=t(f"alt.marker.{CATEGORY_MARKERS[c]}"), kind=t(f"indonesia.category.{c}"),
               years=", ".join(str(y) for y, cat in zip(years, rows["category"]) if cat == c)) for c in present]
    return style.describe(fig, t("indonesia.alt.timeline", n=n, start=min(years), end=max(years),
                                 kinds="; ".join(kinds)))


# ---------------------------------------------------------------- partners

def provided_examples() -> pd.DataFrame:
    """Rows of data/examples.csv in which Indonesia is a provider."""
    rows = data.load("examples")
    return rows[rows["providers"].apply(lambda codes: PROVIDER in codes)]


def select(rows: pd.DataFrame | None = None, modality=ALL, sector=ALL) -> pd.DataFrame:
    rows = provided_examples() if rows is None else rows
    if modality != ALL:
        rows = rows[rows["modality"] == modality]
    if sector != ALL:
        rows = rows[rows["sector"] == sector]
    return rows


def partner_table(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per partner country: iso3, name, programmes (count), modalities, colour key."""
    names = data.country_names(language())
    table: dict[str, dict] = {}
    for _, row in rows.iterrows():
        for code in row["partners"]:
            if code == PROVIDER:
                continue
            entry = table.setdefault(code, {"iso3": code, "name": names.get(code, code),
                                            "programmes": 0, "modalities": set(), "examples": []})
            entry["programmes"] += 1
            entry["modalities"].add(row["modality"])
            entry["examples"].append(row["example_id"])
    out = pd.DataFrame(list(table.values()),
                       columns=["iso3", "name", "programmes", "modalities", "examples"])
    out["modalities"] = out["modalities"].apply(sorted)
    out["key"] = out["modalities"].apply(lambda m: m[0] if len(m) == 1 else SEVERAL)
    return out.sort_values("name").reset_index(drop=True)


def _extent() -> tuple[float, float, float, float]:
    """Map window around Indonesia and every partner in the data (fixed for all filters)."""
    codes = [PROVIDER] + [c for items in provided_examples()["partners"] for c in items]
    points = [worldmap.centroid(c) for c in codes]
    points = [p for p in points if p is not None]
    xs, ys = zip(*points)
    lon0, lon1 = max(-180, min(xs) - 30), min(180, max(xs) + 30)
    lat0, lat1 = max(-58, min(ys) - 22), min(84, max(ys) + 20)
    return lon0, lon1, lat0, lat1


def _label_positions(points: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Put each label right of its country; push labels down that would overlap (map degrees)."""
    placed: dict[str, tuple[float, float]] = {}
    for code, (x, y) in sorted(points.items(), key=lambda kv: -kv[1][1]):
        lx, ly = x + 2.5, y
        while any(abs(lx - px) < 14 and abs(ly - py) < 3.6 for px, py in placed.values()):
            ly -= 3.8
        placed[code] = (lx, ly)
    return placed


def _map_base():
    fig = style.blank(10, 7.2)
    worldmap.draw_world(fig.axes[0], extent=_extent())
    return fig


def partners_map(modality=ALL, sector=ALL, *, reuse: style.Reuse | None = None, rows=None, table=None):
    """Map of Indonesia's partner countries, coloured by form of cooperation. With
    `reuse` (the explorer's), the figure is reused; `rows` and `table` (select() and
    partner_table() of the same filters), when the caller has them already."""
    rows = select(modality=modality, sector=sector) if rows is None else rows
    table = partner_table(rows) if table is None else table
    colours = {r.iso3: PARTNER_COLOURS[r.key] for r in table.itertuples()}
    colours[PROVIDER] = PROVIDER_COLOUR
    fig = reuse.figure() if reuse is not None else _map_base()
    ax = fig.axes[0]
    worldmap.draw_countries(ax, colours)
    home = worldmap.centroid(PROVIDER)
    points, arcs, arc_colours, arc_styles = {}, [], [], []
    for r in table.itertuples():
        centre = worldmap.centroid(r.iso3)
        if centre is None:
            continue
        points[r.iso3] = centre
        arcs.append(np.column_stack(examples._arc(home, centre)))
        arc_colours.append(PARTNER_COLOURS[r.key])
        arc_styles.append(PARTNER_LINESTYLES[r.key])
    # one collection for all the arcs: one artist to draw, not one line per partner
    ax.add_collection(LineCollection(arcs, colors=arc_colours, linestyles=arc_styles or "-", linewidths=1.8,
                                     alpha=0.9, zorder=3, gid="partner-arcs"), autolim=False)
    for key, marker in PARTNER_MARKERS.items():
        worldmap.mark(ax, table.loc[table["key"] == key, "iso3"], marker=marker, colour=PARTNER_COLOURS[key],
                      size=40, gid=f"marker:{key}")
    ax.scatter([home[0]], [home[1]], marker="*", s=320, color="white",
               edgecolor=style.PALETTE["black"], linewidth=1.2, zorder=5)
    ax.text(home[0], home[1] - 4.5, t("indonesia.name"), ha="center", va="top", fontsize=11,
            fontweight="bold", zorder=6)
    by_code = table.set_index("iso3")
    for code, (lx, ly) in _label_positions(points).items():
        row = by_code.loc[code]
        ax.text(lx, ly, style.plain(f"{row['name']} ({row['programmes']})"), fontsize=10,
                va="center", ha="left", zorder=6,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 1})
    if table.empty:
        lon0, lon1, lat0, lat1 = _extent()
        ax.text((lon0 + lon1) / 2, lat1 - 8, t("indonesia.map_empty"), ha="center", va="center",
                fontsize=13, color=style.PALETTE["vermillion"], zorder=7,
                bbox={"facecolor": "white", "edgecolor": style.PALETTE["vermillion"], "pad": 6})
    filters = [t(f"modality.{modality}")] if modality != ALL else []
    filters += [t(f"sector.{sector}")] if sector != ALL else []
    heading = (t("indonesia.map_title_filtered", filters=", ".join(filters)) if filters
               else t("indonesia.map_title"))
    ax.set_title(style.plain(f"{heading}\n"
                             f"{t('indonesia.map_subtitle', partners=len(table), examples=len(rows))}"))
    handles = [Line2D([], [], marker="*", linestyle="", markersize=15, markerfacecolor="white",
                      markeredgecolor="black", label=t("indonesia.provider"))]
    for key in list(examples.MODALITY_ORDER) + [SEVERAL]:
        if key in set(table["key"]):
            label = t(f"modality.{key}") if key != SEVERAL else t("indonesia.several")
            handles.append(Line2D([], [], color=PARTNER_COLOURS[key], linestyle=PARTNER_LINESTYLES[key],
                                  linewidth=2, marker=PARTNER_MARKERS[key], markersize=8,
                                  markeredgecolor="black", label=label))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, frameon=False)
    lines = []
    small = worldmap.missing(table["iso3"].tolist())
    if small:
        lines.append(t("indonesia.not_on_map", names=", ".join(by_code.loc[c, "name"] for c in small)))
    lines.append(t("indonesia.map_source"))
    examples.source_lines(fig, lines)
    style.describe(fig, _map_description(heading, rows, table))
    return fig


def _map_description(heading: str, rows: pd.DataFrame, table: pd.DataFrame) -> str:
    """The map in words: the partners and their programmes, by form of cooperation."""
    if table.empty:
        return t("indonesia.alt.map_empty", heading=heading)
    groups = []
    for key in list(examples.MODALITY_ORDER) + [SEVERAL]:
        part = table[table["key"] == key]
        if part.empty:
            continue
        label = t(f"modality.{key}") if key != SEVERAL else t("indonesia.several")
        groups.append(t("indonesia.alt.group", marker=t(f"alt.marker.{PARTNER_MARKERS[key]}"), label=label,
                        names=", ".join(f"{r.name} ({r.programmes})" for r in part.itertuples())))
    text = t("indonesia.alt.map", heading=heading, partners=len(table), examples=len(rows),
             groups="; ".join(groups))
    small = worldmap.missing(table["iso3"].tolist())
    if small:   # counted and named above, but no shape, marker or line on the map
        names = table.set_index("iso3")["name"]
        text += " " + t("indonesia.not_on_map", names=", ".join(names[c] for c in small))
    return text


def programme_cards(rows: pd.DataFrame) -> str:
    """The matching programmes as HTML cards with source links (data text escaped); each card
    shows its title and years, and folds the rest under 'Rincian' (as in lesson 06), so the
    list stays short to read."""
    return ('<div class="kss-cards">' + "".join(examples.card(r, folded=True) for _, r in rows.iterrows())
            + "</div>")


def partners_explorer() -> Explorer:
    """Filter Indonesia's programmes by modality and sector; the map and cards redraw."""
    all_rows = provided_examples()
    modalities = [m for m in examples.MODALITY_ORDER if m in set(all_rows["modality"])]
    sectors = sorted(set(all_rows["sector"]))
    controls = {
        "modality": dropdown([(t("all"), ALL)] + [(t(f"modality.{m}"), m) for m in modalities], ALL,
                             description=t("indonesia.modality")),
        "sector": dropdown([(t("all"), ALL)] + [(t(f"sector.{s}"), s) for s in sectors], ALL,
                           description=t("indonesia.sector")),
    }

    reuse = style.Reuse(_map_base, relayout=True)   # the legend under the map has 1-3 rows

    def draw(modality, sector):
        rows = select(all_rows, modality, sector)
        table = partner_table(rows)
        fig = partners_map(modality, sector, reuse=reuse, rows=rows, table=table)
        if rows.empty:
            return View(figure=fig, message=t("indonesia.empty"), data=table)
        summary = ", ".join(f"{name} ({t('indonesia.programme_one' if n == 1 else 'indonesia.programmes', n=n)})"
                            for name, n in zip(table["name"], table["programmes"]))
        head = f"<p><b>{html.escape(t('indonesia.partners_label'))}:</b> {html.escape(summary)}</p>"
        return View(figure=fig, html=head + programme_cards(rows), data=table)

    return Explorer(controls, draw, intro=t("indonesia.explorer_intro"))
