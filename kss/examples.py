"""Lesson 06: examples of South-South cooperation on a map of provider -> partner links.

    from kss import examples
    examples.links_map()          # static figure: every example in data/examples.csv
    examples.explorer()           # filters (sector, region, modality, benefit, decade)

Each example row names its providers and partners as ISO3 lists. A line goes from the
middle of each provider country to the middle of each partner country (kss.worldmap
.centroid), coloured by modality. Supporters of triangular projects (developed countries)
get a dashed line to the provider they support. Examples whose partner is a group
("47 African Union members") have no line: they are named in words under the map, and
so are countries too small for the 1:110m map, so nothing is dropped silently.
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D

from kss import data, style, worldmap
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

ALL = "all"
FILTERS = ("sector", "region", "modality", "benefit", "decade")
MODALITY_ORDER = ("bilateral", "regional", "multilateral", "triangular")
MODALITY_COLOURS = {
    "bilateral": style.PALETTE["blue"],
    "regional": style.PALETTE["orange"],
    "multilateral": style.PALETTE["green"],
    "triangular": style.PALETTE["purple"],
}
# each form of cooperation also has its own line style and marker (not colour alone)
MODALITY_LINESTYLES = {"bilateral": "-", "regional": style.LINESTYLES[1], "multilateral": style.LINESTYLES[2],
                       "triangular": style.LINESTYLES[4]}
MODALITY_MARKERS = {"bilateral": "o", "regional": "s", "multilateral": "^", "triangular": "D"}
SUPPORT_LINESTYLE = style.LINESTYLES[3]   # dotted: a developed country's support
INVOLVED = "#BDBDBD"        # countries that take part: a shade darker than the rest
SUPPORT_COLOUR = style.DARK_GREY


def load() -> pd.DataFrame:
    """data/examples.csv with a 'decade' column (1960, 1970, ...) from start_year."""
    rows = data.load("examples")
    rows["decade"] = (rows["start_year"].astype(int) // 10) * 10
    return rows


def filter_options() -> dict[str, list]:
    """For each filter, the values that occur in the data (in a stable, readable order)."""
    rows = load()
    benefits = sorted({b for items in rows["benefits"] for b in items})
    present = lambda column: sorted(set(rows[column]))  # noqa: E731
    return {
        "sector": present("sector"),
        "region": present("region"),
        "modality": [m for m in MODALITY_ORDER if m in set(rows["modality"])],
        "benefit": benefits,
        "decade": sorted(set(rows["decade"].tolist())),
    }


def select(rows: pd.DataFrame | None = None, *, sector=ALL, region=ALL, modality=ALL,
           benefit=ALL, decade=ALL) -> pd.DataFrame:
    """The examples matching every filter that is not ALL (benefit: one of the row's list)."""
    rows = load() if rows is None else rows
    keep = pd.Series(True, index=rows.index)
    for column, value in (("sector", sector), ("region", region), ("modality", modality)):
        if value != ALL:
            keep &= rows[column] == value
    if benefit != ALL:
        keep &= rows["benefits"].apply(lambda items: benefit in items)
    if decade != ALL:
        keep &= rows["decade"] == int(decade)
    return rows[keep]


def links(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per line on the map: example_id, source, target, modality, kind.

    kind 'partner' = provider -> partner; kind 'support' = supporter -> provider.
    """
    out = []
    for _, row in rows.iterrows():
        for provider in row["providers"]:
            for partner in row["partners"]:
                if provider != partner:
                    out.append((row["example_id"], provider, partner, row["modality"], "partner"))
            for supporter in row["supporters"]:
                out.append((row["example_id"], supporter, provider, row["modality"], "support"))
    return pd.DataFrame(out, columns=["example_id", "source", "target", "modality", "kind"])


def _arc(a, b, n: int = 24):
    """Points of a gentle arc from a to b (a quadratic curve bowed to the left)."""
    (x0, y0), (x1, y1) = a, b
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    cx, cy = mx - dy * 0.2, my + dx * 0.2
    s = np.linspace(0, 1, n)
    xs = (1 - s) ** 2 * x0 + 2 * (1 - s) * s * cx + s ** 2 * x1
    ys = (1 - s) ** 2 * y0 + 2 * (1 - s) * s * cy + s ** 2 * y1
    return xs, ys


def _names() -> dict[str, str]:
    return data.country_names(language())


def _title(row) -> str:
    return row[f"title_{language()}"]


def countries_of(rows: pd.DataFrame) -> list[str]:
    """ISO3 codes of every provider, partner and supporter in rows, in order of first use."""
    seen: dict[str, None] = {}
    for column in ("providers", "partners", "supporters"):
        for items in rows[column]:
            for code in items:
                seen.setdefault(code, None)
    return list(seen)


def _map_base():
    fig = style.blank(10, 6.2)
    worldmap.draw_world(fig.axes[0])
    return fig


def links_map(rows: pd.DataFrame | None = None, *, title: str | None = None,
              reuse: style.Reuse | None = None):
    """World map of provider -> partner lines for `rows` (default: every example).
    With `reuse` (the explorer's), the figure is reused."""
    rows = load() if rows is None else rows
    fig = reuse.figure() if reuse is not None else _map_base()
    ax = fig.axes[0]
    involved = countries_of(rows)
    worldmap.draw_countries(ax, {code: INVOLVED for code in involved})
    lines = links(rows)
    # one LineCollection per line style: much faster to draw than one plot() per link
    partner_segments, partner_colours, partner_styles, support_segments = [], [], [], []
    for source, target, kind, modality in zip(lines["source"], lines["target"], lines["kind"],
                                              lines["modality"]):
        a, b = worldmap.centroid(source), worldmap.centroid(target)
        if a is None or b is None:
            continue
        xs, ys = _arc(a, b)
        if kind == "support":
            support_segments.append(np.column_stack([xs, ys]))
        else:
            partner_segments.append(np.column_stack([xs, ys]))
            partner_colours.append(MODALITY_COLOURS[modality])
            partner_styles.append(MODALITY_LINESTYLES[modality])
    ax.add_collection(LineCollection(partner_segments, colors=partner_colours, linewidths=1.8,
                                     linestyles=partner_styles or "-", alpha=0.85, zorder=4,
                                     capstyle="round", gid="partner-links"))
    ax.add_collection(LineCollection(support_segments, colors=SUPPORT_COLOUR, linewidths=1.4,
                                     linestyles=SUPPORT_LINESTYLE, zorder=3, gid="support-links"))
    drawn = len(partner_segments) + len(support_segments)
    providers = {c for items in rows["providers"] for c in items}
    partners = {c for items in rows["partners"] for c in items} - providers
    for codes, marker, size, what in ((partners, "o", 28, "partner"), (providers, "o", 70, "provider")):
        points = [worldmap.centroid(c) for c in sorted(codes)]
        points = [p for p in points if p is not None]
        if points:
            xs, ys = zip(*points)
            ax.scatter(xs, ys, s=size, marker=marker, zorder=5,
                       facecolor="white" if what == "provider" else style.PALETTE["black"],
                       edgecolor=style.PALETTE["black"], linewidth=1.5)
    heading = title or t("examples.map_title")
    ax.set_title(style.plain(f"{heading}\n{t('examples.map_subtitle', n=len(rows), lines=drawn)}"))
    if rows.empty:
        ax.text(0, 10, t("examples.map_empty"), ha="center", va="center", fontsize=14,
                color=style.PALETTE["vermillion"], zorder=6,
                bbox={"facecolor": "white", "edgecolor": style.PALETTE["vermillion"], "pad": 8})
    handles = [Line2D([], [], color=MODALITY_COLOURS[m], linewidth=2.5, linestyle=MODALITY_LINESTYLES[m],
                      label=t(f"modality.{m}")) for m in MODALITY_ORDER if m in set(rows["modality"])]
    if (lines["kind"] == "support").any():
        handles.append(Line2D([], [], color=SUPPORT_COLOUR, linewidth=1.5, linestyle=SUPPORT_LINESTYLE,
                              label=t("examples.support")))
    if providers:
        handles.append(Line2D([], [], marker="o", color="none", markerfacecolor="white",
                              markeredgecolor="black", markersize=9, label=t("examples.provider")))
    if partners:
        handles.append(Line2D([], [], marker="o", color="none", markerfacecolor="black",
                              markeredgecolor="black", markersize=6, label=t("examples.partner")))
    if handles:
        # below the map, outside it: no country is hidden behind the legend
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=4,
                  frameon=False)
    notes = _notes(rows, involved)
    source_lines(fig, notes + [t("examples.map_source")])
    style.describe(fig, _map_description(heading, rows, lines, len(providers), len(partners), drawn,
                                         worldmap.missing(involved)))
    return fig


def _map_description(heading: str, rows: pd.DataFrame, lines: pd.DataFrame, providers: int, partners: int,
                     drawn: int, small: list[str] = ()) -> str:
    """The map in words: how many examples and links, by form of cooperation (line style);
    `small`: countries counted but too small to draw (no dot, no line), named in words."""
    if rows.empty:
        return t("examples.alt.map_empty", heading=heading)
    forms = [t("examples.alt.form", form=t(f"modality.{m}"), n=int((rows["modality"] == m).sum()),
               line=t(f"examples.alt.line.{m}")) for m in MODALITY_ORDER if (rows["modality"] == m).any()]
    support = int((lines["kind"] == "support").sum()) if not lines.empty else 0
    text = t("examples.alt.map", heading=heading, n=len(rows), lines=drawn, providers=providers,
             partners=partners, forms="; ".join(forms))
    if support:
        text += " " + t("examples.alt.support", n=support)
    if small:
        names = _names()
        text += " " + t("examples.not_on_map", names=", ".join(names.get(c, c) for c in small))
    return text


def source_lines(fig, lines: list[str], width: int = 125) -> None:
    """style.source_note with the lines wrapped here (textwrap) instead of by matplotlib:
    matplotlib's own wrapping measures word by word and made each redraw ~150 ms slower."""
    import textwrap
    wrapped = [w for line in lines for w in (textwrap.wrap(line, width) or [""])]
    style.source_note(fig, "\n".join(wrapped))
    fig.texts[-1].set_wrap(False)
    reserve_bottom(fig, wrapped, chars_per_line=width)


def reserve_bottom(fig, lines: list[str], chars_per_line: int = 125) -> None:
    """Keep the (wrapped) source lines under the figure clear of the map and legend."""
    import math
    rows = sum(max(1, math.ceil(len(line) / chars_per_line)) for line in lines)
    inch_per_row = 0.19   # 10 pt text with line spacing
    bottom = min(0.4, 0.02 + rows * inch_per_row / fig.get_figheight())
    style.set_rect(fig, (0, bottom, 1, 1 - bottom))


def _notes(rows: pd.DataFrame, involved: list[str]) -> list[str]:
    """Sentences under the map: examples without lines, countries too small to draw."""
    notes = []
    no_lines = [_title(r) for _, r in rows.iterrows() if not r["partners"] or not r["providers"]]
    if no_lines:
        notes.append(t("examples.no_lines", titles="; ".join(no_lines)))
    small = worldmap.missing(involved)
    if small:
        names = _names()
        notes.append(t("examples.not_on_map", names=", ".join(names.get(c, c) for c in small)))
    return notes


# ---------------------------------------------------------------- cards (HTML)

def years_text(row) -> str:
    start, end = row["start_year"], row["end_year"]
    if pd.isna(end):
        return t("examples.years_open", start=int(start))
    if int(end) == int(start):
        return str(int(start))
    return f"{int(start)}–{int(end)}"


def _country_list(codes, names) -> str:
    return ", ".join(names.get(c, c) for c in codes)


def parties_text(row) -> str:
    """'India → Nepal' in words, with groups and supporters (plain text, not escaped)."""
    names = _names()
    lang = language()
    providers = _country_list(row["providers"], names)
    partners = _country_list(row["partners"], names)
    group = row[f"partner_group_{lang}"]
    if isinstance(group, str) and group:
        partners = f"{partners} ({group})" if partners else group
    helpers = [names.get(c, c) for c in row["supporters"]] + list(row["supporting_orgs"])
    text = f"{providers or '–'} → {partners or '–'}"
    if helpers:
        text += f"; {t('examples.supported_by')}: {', '.join(helpers)}"
    return text


def source_links(urls) -> str:
    """Sources as clickable links; the host name is the link text."""
    parts = []
    for url in urls:
        host = url.split("//", 1)[-1].split("/", 1)[0]
        parts.append(f'<a href="{html.escape(url, quote=True)}" target="_blank" '
                     f'rel="noopener">{html.escape(host)}</a>')
    return ", ".join(parts)


def card(row, folded: bool = False) -> str:
    """One example as an HTML card; every text from data goes through html.escape.

    folded=True (the examples explorer): only the title and years show at first, the rest
    opens from a <details> line, so a list of every example stays short to read."""
    lang = language()
    esc = html.escape
    colour = MODALITY_COLOURS.get(row["modality"], style.DARK_GREY)
    tags = [t(f"modality.{row['modality']}"), t(f"sector.{row['sector']}"), t(f"region.{row['region']}")]
    if row["from_article"]:
        tags.append(t("examples.from_article"))
    benefits = ", ".join(t(f"benefit.{b}") for b in row["benefits"])
    note = row[f"lesson_note_{lang}"]
    head = f'<b>{esc(_title(row))}</b> ({esc(years_text(row))})'
    body = [
        f'<span>{esc(parties_text(row))}</span><br>',
        f'<small>{esc(" · ".join(tags))}</small>',
        f'<p style="margin:4px 0">{esc(row[f"summary_{lang}"])}</p>',
    ]
    if isinstance(note, str) and note:
        body.append(f'<p style="margin:4px 0"><i>{esc(t("examples.note"))}: {esc(note)}</i></p>')
    body.append(f'<p style="margin:4px 0">{esc(t("examples.benefits"))}: {esc(benefits)}</p>')
    body.append(f'<p style="margin:4px 0">{esc(t("examples.sources"))}: {source_links(row["sources"])}</p>')
    start = (f'<div class="kss-card" data-example="{esc(row["example_id"])}" style="border-left:5px solid '
             f'{colour};padding:6px 10px;margin:8px 0;background:#FAFAFA">')
    if folded:
        return (start + head + f'<details><summary>{esc(t("examples.details"))}</summary>'
                + "".join(body) + "</details></div>")
    return start + head + "<br>" + "".join(body) + "</div>"


# ---------------------------------------------------------------- explorer

def _option_label(name: str, value) -> str:
    if name == "decade":
        return t("examples.decade_value", decade=value)
    key = {"sector": "sector", "region": "region", "modality": "modality", "benefit": "benefit"}[name]
    return t(f"{key}.{value}")


def explorer() -> Explorer:
    """Five dropdowns (each with "Semua"); the map and the example cards redraw."""
    options = filter_options()
    controls = {}
    for name in FILTERS:
        choices = [(t("all"), ALL)] + [(_option_label(name, v), v) for v in options[name]]
        controls[name] = dropdown(choices, ALL, description=t(f"examples.{name}"))
    all_rows = load()
    reuse = style.Reuse(_map_base, relayout=True)   # the legend under the map has 1-3 rows

    def draw(sector, region, modality, benefit, decade):
        rows = select(all_rows, sector=sector, region=region, modality=modality,
                      benefit=benefit, decade=decade)
        fig = links_map(rows, reuse=reuse)
        if rows.empty:
            return View(figure=fig, message=t("examples.empty"), data=rows)
        cards = "".join(card(r, folded=True) for _, r in rows.iterrows())
        return View(figure=fig, message=t("examples.found", n=len(rows)),
                    html=f'<div class="kss-cards">{cards}</div>', data=rows)

    return Explorer(controls, draw, intro=t("examples.explorer_intro"))
