"""Lesson 02: the Asian-African Conference (Konferensi Asia-Afrika, KAA), Bandung 1955.

    from kss import bandung
    bandung.map_figure()            # static: the 29 delegations on a world map
    bandung.counts_figure()         # static: delegations by continent and role
    bandung.map_explorer()          # choose continent and role: map + list of delegations
    bandung.principles_figure(4)    # static: the ten principles, number 4 highlighted
    bandung.principles_explorer()   # choose a principle: highlighted, paraphrase, discussion question

Data: data/delegations.csv (one row per delegation; both Vietnams share ISO3 VNM, so
29 delegations fill 28 country shapes) and data/principles.csv. Every sponsor was in
Asia, so three colours cover continent and role: sponsor, Asian participant, African
participant. Delegations that were not yet independent (Gold Coast, Sudan) are hatched,
so the distinction survives greyscale printing and colour-vision deficiencies.
"""
from __future__ import annotations

import html
import textwrap

import pandas as pd
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Patch

from kss import data, style, worldmap
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

ALL = "all"
CONTINENTS = ("asia", "africa")
ROLES = ("sponsor", "participant")
CATEGORY_COLOURS = {
    "sponsor": style.PALETTE["vermillion"],
    "asia": style.PALETTE["blue"],
    "africa": style.PALETTE["orange"],
}
HATCH = "////"
# the same categories by marker (map) and hatch (bars), not by colour alone
CATEGORY_MARKERS = {"sponsor": "*", "asia": "o", "africa": "^"}
CATEGORY_HATCHES = {"sponsor": "xx", "asia": "", "africa": "..."}
# Asia and Africa as in 1955: from Liberia in the west to Japan in the east.
EXTENT = (-25, 150, -38, 58)
VIETNAM_LABEL_AT = (135, 22)   # open sea east of Taiwan, clear of coloured land


def _lang() -> str:
    return language()


def delegations() -> pd.DataFrame:
    """data/delegations.csv in the communiqué's order, with a map 'category' column."""
    rows = data.load("delegations").sort_values("order").reset_index(drop=True)
    rows["category"] = [("sponsor" if role == "sponsor" else continent)
                        for role, continent in zip(rows["role"], rows["continent"])]
    return rows


def select(continent: str = ALL, role: str = ALL) -> pd.DataFrame:
    """The delegations of one continent and/or role ('all' keeps everything)."""
    rows = delegations()
    if continent != ALL:
        rows = rows[rows["continent"] == continent]
    if role != ALL:
        rows = rows[rows["role"] == role]
    return rows.reset_index(drop=True)


def map_colours(rows: pd.DataFrame) -> dict[str, str]:
    """{ISO3: colour} for the given delegations (both Vietnams give one entry)."""
    return {iso3: CATEGORY_COLOURS[cat] for iso3, cat in zip(rows["iso3"], rows["category"])}


def _selection_text(continent: str, role: str) -> str:
    parts = []
    if continent != ALL:
        parts.append(t(f"bandung.sel.{continent}"))
    if role != ALL:
        parts.append(t(f"bandung.sel.{role}"))
    return ", ".join(parts)


# ---------------------------------------------------------------- map

def _map_base():
    """What every view of the map shares: the axes and the source line."""
    fig = style.figure(10, 6.4)
    worldmap.draw_world(fig.add_subplot(), extent=EXTENT)
    style.source_note(fig, t("bandung.map.source"))
    return fig


def map_figure(continent: str = ALL, role: str = ALL, *, reuse: style.Reuse | None = None):
    """World map (Asia and Africa) of the chosen delegations, coloured by category;
    not-yet-independent delegations hatched; a legend of what is shown. With `reuse`
    (the explorer's), the figure is reused and only the map and its labels are drawn."""
    rows = select(continent, role)
    fig = reuse.figure() if reuse is not None else _map_base()
    ax = fig.axes[0]
    worldmap.draw_countries(ax, map_colours(rows))
    for category, marker in CATEGORY_MARKERS.items():
        worldmap.mark(ax, rows.loc[rows["category"] == category, "iso3"], marker=marker,
                      colour=CATEGORY_COLOURS[category], size=90 if marker == "*" else 34,
                      gid=f"marker:{category}")
    # hatch over the shapes of delegations that were not yet sovereign states
    dependent = sorted(set(rows.loc[~rows["independent_1955"].astype(bool), "iso3"]))
    shapes = worldmap.shapes()
    rings = [ring for iso3 in dependent for ring in shapes.get(iso3, [])]
    if rings:
        ax.add_collection(PolyCollection(rings, facecolors="none", edgecolors="black",
                                         linewidths=0.6, hatch=HATCH))
    if "VNM" in set(rows["iso3"]) and (rows["iso3"] == "VNM").sum() > 1:
        ax.annotate(t("bandung.map.vietnam"), xy=worldmap.centroid("VNM"), xytext=VIETNAM_LABEL_AT,
                    ha="center", va="center", fontsize=10,
                    arrowprops={"arrowstyle": "->", "color": "black", "linewidth": 1})
    handles = [Line2D([], [], marker=CATEGORY_MARKERS[c], linestyle="", markersize=12 if c == "sponsor" else 8,
                      markerfacecolor=CATEGORY_COLOURS[c], markeredgecolor="black", label=t(f"bandung.cat.{c}"))
               for c in CATEGORY_COLOURS if c in set(rows["category"])]
    if dependent:
        handles.append(Patch(facecolor="white", edgecolor="black", hatch=HATCH,
                             label=t("bandung.cat.not_independent")))
    if handles:
        ax.legend(handles=handles, loc="lower left", frameon=True, framealpha=0.95)
    else:
        ax.text(0.5, 0.5, t("bandung.map.none"), transform=ax.transAxes, ha="center", va="center",
                fontsize=13, bbox={"facecolor": "white", "edgecolor": style.DARK_GREY})
    if continent == ALL and role == ALL:
        ax.set_title(t("bandung.map.title_all"))
    else:
        ax.set_title(style.plain(t("bandung.map.title", selection=_selection_text(continent, role),
                                   n=len(rows))))
    style.describe(fig, _map_description(rows))
    return fig


def _map_description(rows: pd.DataFrame) -> str:
    """The map in words, counted from the delegations it shows."""
    if rows.empty:
        return t("bandung.alt.map_empty")
    counts = [t(f"bandung.alt.from_{c}", n=int((rows["continent"] == c).sum())) for c in CONTINENTS
              if (rows["continent"] == c).any()]
    marks = [t(f"bandung.alt.mark_{c}", n=int((rows["category"] == c).sum())) for c in CATEGORY_COLOURS
             if (rows["category"] == c).any()]
    dependent = rows.loc[~rows["independent_1955"].astype(bool)]
    names = [r["name_1955_id"] if _lang() == "id" else r["name_1955"] for _, r in dependent.iterrows()]
    text = t("bandung.alt.map", n=len(rows), counts=t("and").join(counts), marks="; ".join(marks))
    if names:
        text += " " + t("bandung.alt.map_dependent", names=", ".join(names))
    return text


def delegation_list_html(rows: pd.DataFrame) -> str:
    """An ordered list 'name in 1955 → name today' (escaped), with notes in words."""
    if rows.empty:
        return ""
    lang = _lang()
    items = []
    for _, row in rows.iterrows():
        then = row["name_1955_id"] if lang == "id" else row["name_1955"]
        now = row[f"name_today_{lang}"]
        text = f"{html.escape(then)} → {html.escape(now)}"
        if not row["independent_1955"]:
            text += f" <i>({html.escape(t('bandung.panel.not_independent'))})</i>"
        items.append(f"<li>{text}</li>")
    parts = [f"<p><b>{html.escape(t('bandung.panel.head', n=len(rows)))}</b></p>",
             '<ol style="columns:2;-webkit-columns:2">' + "".join(items) + "</ol>"]
    if (rows["iso3"] == "VNM").sum() > 1:
        parts.append(f"<p>{html.escape(t('bandung.panel.vietnam'))}</p>")
    return "".join(parts)


def map_explorer(continent: str = ALL, role: str = ALL) -> Explorer:
    """Choose a continent and a role: the map redraws and the panel lists the delegations."""
    continent_control = dropdown([(t("all"), ALL)] + [(t(f"continent.{c}"), c) for c in CONTINENTS],
                                 value=continent, description=t("bandung.control.continent"))
    role_control = dropdown([(t("all"), ALL)] + [(t(f"role.{r}"), r) for r in ROLES],
                            value=role, description=t("bandung.control.role"))

    reuse = style.Reuse(_map_base)

    def draw(continent, role):
        rows = select(continent, role)
        message = t("explorer.empty") if rows.empty else ""
        return View(figure=map_figure(continent, role, reuse=reuse), message=message,
                    html=delegation_list_html(rows), data=rows)

    return Explorer({"continent": continent_control, "role": role_control}, draw)


# ---------------------------------------------------------------- counts chart

def counts() -> dict[tuple[str, str], int]:
    """{(continent, role): number of delegations}, zero where there are none."""
    rows = delegations()
    return {(c, r): int(((rows["continent"] == c) & (rows["role"] == r)).sum())
            for c in CONTINENTS for r in ROLES}


def counts_figure():
    """Stacked horizontal bars per continent: sponsors, participants, and (hatched) the
    participants that were not yet independent; the total at the end of each bar."""
    rows = delegations()
    fig = style.figure(9, 3.8)
    ax = fig.add_subplot()
    labels = [t(f"continent.{c}") for c in CONTINENTS]
    y = list(range(len(CONTINENTS)))[::-1]          # Asia on top
    for yi, continent in zip(y, CONTINENTS):
        part = rows[rows["continent"] == continent]
        left = 0
        segments = [
            ("sponsor", part[part["role"] == "sponsor"], CATEGORY_HATCHES["sponsor"]),
            (continent, part[(part["role"] == "participant") & part["independent_1955"].astype(bool)],
             CATEGORY_HATCHES[continent]),
            (continent, part[(part["role"] == "participant") & ~part["independent_1955"].astype(bool)], "dependent"),
        ]
        for category, seg, hatch in segments:
            n = len(seg)
            if n == 0:
                continue
            hatch = HATCH if hatch == "dependent" else hatch
            ax.barh(yi, n, left=left, color=CATEGORY_COLOURS[category], edgecolor="black",
                    linewidth=0.6, hatch=hatch or None)
            ax.text(left + n / 2, yi, str(n), ha="center", va="center", fontsize=11,
                    color="white" if category != "africa" and not hatch else "black",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1} if hatch else None)
            left += n
        ax.text(left + 0.3, yi, f"= {left}", ha="left", va="center", fontsize=11, fontweight="bold")
    ax.set_yticks(y, labels)
    ax.set_xlim(0, len(rows) - 3)
    ax.set_xlabel(t("bandung.counts.xlabel"))
    ax.set_title(t("bandung.counts.title"))
    ax.grid(axis="y", visible=False)
    handles = [Patch(facecolor=CATEGORY_COLOURS[c], edgecolor="black", hatch=CATEGORY_HATCHES[c] or None,
                     label=t(f"bandung.cat.{c}")) for c in CATEGORY_COLOURS]
    handles.append(Patch(facecolor="white", edgecolor="black", hatch=HATCH,
                         label=t("bandung.cat.not_independent")))
    ax.legend(handles=handles, loc="lower right", frameon=True)
    style.source_note(fig, t("bandung.counts.source"))
    by = {c: rows[rows["continent"] == c] for c in CONTINENTS}
    return style.describe(fig, t(
        "bandung.alt.counts", n=len(rows), asia=len(by["asia"]), africa=len(by["africa"]),
        sponsors=int((rows["role"] == "sponsor").sum()),
        dependent=int((~rows["independent_1955"].astype(bool)).sum())))


# ---------------------------------------------------------------- the ten principles

def principles() -> pd.DataFrame:
    return data.load("principles").sort_values("number").reset_index(drop=True)


def principles_figure(number: int | None = None):
    """The ten principles as a list of boxes; principle `number` highlighted."""
    rows = principles()
    lang = _lang()
    fig = style.figure(10, 7.2)
    ax = fig.add_subplot()
    n = len(rows)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, n)
    ax.set_axis_off()
    for i, row in rows.iterrows():
        top = n - i
        chosen = number is not None and int(row["number"]) == int(number)
        ax.add_patch(FancyBboxPatch((0.005, top - 0.92), 0.99, 0.84, boxstyle="round,pad=0.005",
                                    facecolor=style.PALETTE["sky"] if chosen else "#F2F2F2",
                                    edgecolor="black" if chosen else "none",
                                    linewidth=1.5 if chosen else 0))
        ax.text(0.03, top - 0.5, str(row["number"]), ha="center", va="center", fontsize=13,
                fontweight="bold")
        text = "\n".join(textwrap.wrap(str(row[f"text_{lang}"]), 88, break_on_hyphens=False))
        ax.text(0.065, top - 0.5, style.plain(text), ha="left", va="center", fontsize=10.5,
                fontweight="bold" if chosen else "normal")
    ax.set_title(t("bandung.principles.title"))
    style.source_note(fig, t("bandung.principles.source"))
    text = t("bandung.alt.principles", n=n)
    if number is not None:
        text += " " + t("bandung.alt.principle", n=int(number))
    return style.describe(fig, text)


def _principle_base():
    fig = style.figure(9, 2.5)
    ax = fig.add_subplot()
    n = len(principles())
    ax.set_xlim(0.4, n + 0.6)
    ax.set_ylim(-1.05, 0.95)
    ax.set_aspect("equal")
    ax.set_axis_off()
    style.source_note(fig, t("bandung.principles.source"))
    return fig


def principle_figure(number: int, *, reuse: style.Reuse | None = None):
    """A small figure for the explorer: ten numbered circles with `number` highlighted,
    and that principle's paraphrase under them (cheap to redraw: one text block)."""
    rows = principles()
    lang = _lang()
    fig = reuse.figure() if reuse is not None else _principle_base()
    ax = fig.axes[0]
    n = len(rows)
    chosen_row = None
    for i, row in rows.iterrows():
        k = int(row["number"])
        chosen = k == int(number)
        if chosen:
            chosen_row = row
        # add_artist, not add_patch: the limits are fixed in _principle_base, and add_patch
        # would measure each circle's curves for autoscaling (half of this figure's time)
        ax.add_artist(Circle((i + 1, 0.5), 0.38, facecolor=style.PALETTE["sky"] if chosen else "#F2F2F2",
                            edgecolor="black" if chosen else style.DARK_GREY,
                            linewidth=1.8 if chosen else 0.6))
        ax.text(i + 1, 0.5, str(k), ha="center", va="center", fontsize=12,
                fontweight="bold" if chosen else "normal")
    if chosen_row is not None:
        text = "\n".join(textwrap.wrap(str(chosen_row[f"text_{lang}"]), 80, break_on_hyphens=False))
        # inside the axes, whatever its number of lines: the layout of the first view serves all
        ax.text((n + 1) / 2, -0.1, style.plain(text), ha="center", va="top", fontsize=11, fontweight="bold",
                in_layout=False)
    ax.set_title(t("bandung.principles.small_title", n=int(number), total=n))
    if chosen_row is not None:
        style.describe(fig, t("bandung.alt.one_principle", n=int(number), total=n,
                              text=chosen_row[f"text_{lang}"]))
    return fig


def principle_html(row) -> str:
    lang = _lang()
    return (f"<p><b>{html.escape(t('bandung.principle.head', n=int(row['number'])))}:</b> "
            f"{html.escape(row[f'text_{lang}'])}</p>"
            f"<p><b>{html.escape(t('bandung.principle.question'))}</b> "
            f"{html.escape(row[f'question_{lang}'])}</p>")


def principles_explorer(number: int = 1) -> Explorer:
    """Choose a principle (1-10): a small figure highlights it among the ten; the panel
    shows its paraphrase and a discussion question."""
    rows = principles()
    numbers = [int(x) for x in rows["number"]]
    control = dropdown([(t("bandung.principle.option", n=k), k) for k in numbers],
                       value=number if number in numbers else numbers[0],
                       description=t("bandung.control.principle"))

    reuse = style.Reuse(_principle_base)

    def draw(number):
        match = rows[rows["number"] == number]
        if match.empty:
            return View(figure=principles_figure(None), message=t("explorer.empty"), data=match)
        row = match.iloc[0]
        return View(figure=principle_figure(number, reuse=reuse), html=principle_html(row), data=row)

    return Explorer({"number": control}, draw)
