"""Lesson 08: a synthesis of the unit and the "design your own KSS project" activity.

    from kss import project
    project.journey_figure()        # compact timeline: from Bandung to BAPA+40
    project.examples_by_decade()    # the course's examples per decade and modality
    project.example_figure()        # a real example drawn as a project map
    project.designer()              # choose countries, sector, modality ... -> card, map, checks

The designer's checks are plain functions (`checks`, `inspiration`) so tests can
call them without widgets. Everything a learner types is escaped before it goes
into HTML and passed through style.plain() before it goes into matplotlib.
"""
from __future__ import annotations

import functools
import html
import re
import warnings
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D

from kss import data, results, style, worldmap
from kss.controls import Choices
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

MODALITIES = ("bilateral", "regional", "multilateral", "triangular")
SECTORS = ("infrastructure", "energy", "agriculture", "health", "education", "ict",
           "finance", "environment", "multi")
BENEFITS = ("economic_social", "institutional_capacity", "national_resilience", "relations")
MODALITY_COLOURS = {"bilateral": style.PALETTE["blue"], "regional": style.PALETTE["orange"],
                    "multilateral": style.PALETTE["green"], "triangular": style.PALETTE["vermillion"]}
PROVIDER_COLOUR = style.PALETTE["blue"]
PARTNER_COLOUR = style.PALETTE["orange"]
BOTH_COLOUR = style.PALETTE["purple"]
SUPPORTER_COLOUR = style.PALETTE["green"]
LINK_COLOUR = style.PALETTE["black"]
# roles and forms by marker / hatch too, never by colour alone
ROLE_MARKERS = {"provider": "s", "partner": "o", "both": "D", "supporter": "^"}
MODALITY_HATCHES = dict(zip(MODALITIES, style.HATCHES))
TEXT_LIMIT = 80          # characters of learner text shown on the card and the map
MULTI_MINIMUM = 3        # regional / multilateral: at least this many countries in total
# milestones labelled on the journey figure (the others are drawn as unlabelled dots)
JOURNEY_LABELS = ("kaa-1955", "nam-belgrade-1961", "g77-1964", "bapa-1978", "nam-jakarta-1992",
                  "nairobi-2009", "ksst-coordination-team-2010", "sdg17-2015",
                  "indonesia-africa-forum-2018", "bapa40-2019", "indonesian-aid-2019")
EXAMPLE_ID = "palestine-indonesia-japan-ceapad-training"   # the static example of the designer


def _lang() -> str:
    return language()


# ---------------------------------------------------------------- synthesis figures

def decade_counts():
    """{decade: {modality: count}} of the examples' start years (decade = 1960, 1970, ...)."""
    examples = data.load("examples")
    counts: dict[int, dict[str, int]] = {}
    for year, modality in zip(examples["start_year"], examples["modality"]):
        decade = int(year) // 10 * 10
        counts.setdefault(decade, {m: 0 for m in MODALITIES})[modality] += 1
    first, last = min(counts), max(counts)
    # every decade between the first and the last gets a bar, even an empty one
    return {d: counts.get(d, {m: 0 for m in MODALITIES}) for d in range(first, last + 1, 10)}


def examples_by_decade():
    """Stacked bars: how many of the course's examples started in each decade, by modality."""
    counts = decade_counts()
    decades = list(counts)
    fig = style.figure(9, 4.8)
    ax = fig.add_subplot()
    bottom = [0] * len(decades)
    x = range(len(decades))
    for modality in MODALITIES:
        heights = [counts[d][modality] for d in decades]
        ax.bar(x, heights, bottom=bottom, color=MODALITY_COLOURS[modality], hatch=MODALITY_HATCHES[modality] or None,
               label=t(f"modality.{modality}"), edgecolor="white", width=0.7)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_xticks(list(x), [t("project.decade_label", decade=d) for d in decades])
    ax.set_xlabel(t("project.decade_x"))
    ax.set_ylabel(t("project.decade_y"))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(t("project.decade_title"))
    ax.legend(title=t("project.decade_legend"), loc="upper left", frameon=False)
    style.source_note(fig, t("project.decade_source", n=sum(bottom)))
    busiest = max(decades, key=lambda d: (sum(counts[d].values()), -d))
    parts = [t("project.alt.decade", decade=t("project.decade_label", decade=d), n=sum(counts[d].values()))
             for d in decades]
    return style.describe(fig, t("project.alt.decades", n=sum(bottom), parts="; ".join(parts),
                                 busiest=t("project.decade_label", decade=busiest),
                                 hatches=", ".join(t("project.alt.hatch", form=t(f"modality.{m}"),
                                                     hatch=t(f"project.alt.hatch.{i}"))
                                                   for i, m in enumerate(MODALITIES))))


def journey_figure():
    """Compact timeline in two lanes (world/UN and Indonesia), key milestones labelled."""
    milestones = data.ssc_milestones().sort_values(["year", "milestone_id"])
    fig = style.figure(10, 4.6)
    ax = fig.add_subplot()
    lanes = {False: 1.0, True: 0.0}
    colours = {False: style.PALETTE["blue"], True: style.PALETTE["vermillion"]}
    for flag, y in lanes.items():
        rows = milestones[milestones["indonesia"] == flag]
        ax.scatter(rows["year"], [y] * len(rows), s=60, color=colours[flag], marker="D" if flag else "o",
                   edgecolors="black", linewidths=0.5, zorder=3)
        ax.axhline(y, color=style.GREY, linewidth=2, zorder=1)
    # labels alternate above and below their lane, on two heights, so neighbours do not collide
    offsets = (0.22, -0.22, 0.4, -0.4)
    labelled = milestones[milestones["milestone_id"].isin(JOURNEY_LABELS)]
    for flag in lanes:
        rows = labelled[labelled["indonesia"] == flag]
        for i, (mid, year) in enumerate(zip(rows["milestone_id"], rows["year"])):
            dy = offsets[i % len(offsets)]
            ax.annotate(style.plain(f"{t('project.ms.' + mid)} ({year})"), (year, lanes[flag]),
                        xytext=(year, lanes[flag] + dy), ha="center",
                        va="bottom" if dy > 0 else "top", fontsize=10,
                        arrowprops={"arrowstyle": "-", "color": style.DARK_GREY, "linewidth": 0.6})
    ax.set_yticks([1.0, 0.0], [t("project.journey_world"), t("project.journey_indonesia")])
    ax.set_ylim(-0.7, 1.7)
    ax.set_xlim(1950, 2027)
    ax.set_xlabel(t("project.journey_x"))
    ax.set_title(t("project.journey_title"))
    ax.grid(axis="y", visible=False)
    style.source_note(fig, t("project.journey_source", n=len(milestones)))
    labels = [f"{t('project.ms.' + mid)} ({year})" for mid, year in zip(labelled["milestone_id"], labelled["year"])]
    return style.describe(fig, t("project.alt.journey", n=len(milestones),
                                 world=int((~milestones["indonesia"].astype(bool)).sum()),
                                 indonesia=int(milestones["indonesia"].astype(bool).sum()),
                                 start=int(milestones["year"].min()), end=int(milestones["year"].max()),
                                 labels="; ".join(labels)))


# ---------------------------------------------------------------- the designer: data

def country_options() -> list[tuple[str, str]]:
    """(Indonesian name, ISO3): the 1955 delegations plus every provider and partner of the
    examples; Indonesia first, then sorted by name. Supporters (e.g. Germany) are typed as
    free text instead, since the lists are for countries of the South."""
    examples = data.load("examples")
    codes = set(data.load("delegations")["iso3"])
    for column in ("providers", "partners"):
        for items in examples[column]:
            codes.update(items)
    names = data.country_names(_lang())
    others = sorted((names.get(c, c), c) for c in codes if c != "IDN")
    others.sort(key=lambda pair: pair[0].casefold())
    return [(names.get("IDN", "Indonesia"), "IDN")] + others


@dataclass(frozen=True)
class Check:
    key: str      # e.g. "overlap"; tests look for keys, learners read the text
    kind: str     # "warn", "info" or "ok"
    text: str


def _clean(text) -> str:
    """Learner text: None or whitespace counts as empty; control characters removed."""
    if text is None:
        return ""
    return "".join(ch for ch in str(text) if ch.isprintable()).strip()


def _short(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT - 1] + "…"


def _names(codes) -> str:
    names = data.country_names(_lang())
    return ", ".join(names.get(c, c) for c in codes)


def _triangular_supporters() -> list[str]:
    """Names of the supporters in the triangular examples of the data (countries and organisations)."""
    examples = data.load("examples")
    rows = examples[examples["modality"] == "triangular"]
    names = data.country_names(_lang())
    seen: list[str] = []
    for countries, orgs in zip(rows["supporters"], rows["supporting_orgs"]):
        for item in [names.get(c, c) for c in countries] + list(orgs):
            if item not in seen:
                seen.append(item)
    return seen


def _bilateral_example() -> str:
    """A real 'bilateral' example of the data with more than one partner (to show the nuance)."""
    examples = data.load("examples")
    rows = examples[(examples["modality"] == "bilateral") & (examples["partners"].map(len) > 1)]
    if rows.empty:
        return ""
    row = rows.sort_values("start_year").iloc[-1]
    return f"{row['title_' + _lang()]} ({_names(row['providers'])} → {_names(row['partners'])})"


def checks(providers=(), partners=(), modality: str = "bilateral", supporter: str = "",
           title: str = "") -> list[Check]:
    """Gentle checks of a design, in words. Never raises for odd input."""
    providers = [c for c in (providers or ()) if c]
    partners = [c for c in (partners or ()) if c]
    supporter, title = _clean(supporter), _clean(title)
    result: list[Check] = []
    if not providers:
        result.append(Check("no_provider", "warn", t("project.check.no_provider")))
    if not partners:
        result.append(Check("no_partner", "warn", t("project.check.no_partner")))
    both = [c for c in providers if c in partners]
    if both:
        result.append(Check("overlap", "warn", t("project.check.overlap", names=_names(both))))
    if modality == "bilateral" and (len(providers) > 1 or len(partners) > 1):
        result.append(Check("bilateral_count", "warn",
                            t("project.check.bilateral_count", providers=len(providers),
                              partners=len(partners), example=_bilateral_example())))
    countries = set(providers) | set(partners)
    if modality in ("regional", "multilateral") and len(countries) < MULTI_MINIMUM:
        result.append(Check("needs_several", "warn",
                            t("project.check.needs_several", modality=t(f"modality.{modality}").lower(),
                              count=len(countries))))
    if modality == "triangular" and not supporter:
        result.append(Check("triangular_needs_supporter", "warn",
                            t("project.check.triangular_needs_supporter",
                              names=", ".join(_triangular_supporters()))))
    if supporter and modality != "triangular":
        result.append(Check("supporter_not_triangular", "info", t("project.check.supporter_not_triangular")))
    if not title:
        result.append(Check("no_title", "info", t("project.check.no_title")))
    if len(title) > TEXT_LIMIT or len(supporter) > TEXT_LIMIT:
        result.append(Check("long_text", "info", t("project.check.long_text", limit=TEXT_LIMIT)))
    if not any(c.kind == "warn" for c in result):
        result.insert(0, Check("ok", "ok", t("project.check.ok")))
    return result


def inspiration(sector: str, modality: str, limit: int = 2):
    """Up to `limit` real examples like the design: same sector and modality first, then same
    sector, then same modality (newest first within each group). Returns [(row, reason key)]."""
    folder = data.current_dir()
    examples = _newest_first(str(folder), data.version(folder))
    groups = (
        (examples[(examples["sector"] == sector) & (examples["modality"] == modality)], "same_both"),
        (examples[(examples["sector"] == sector) & (examples["modality"] != modality)], "same_sector"),
        (examples[(examples["sector"] != sector) & (examples["modality"] == modality)], "same_modality"),
    )
    chosen = []
    for rows, reason in groups:
        for _, row in rows.iterrows():
            if len(chosen) < limit:
                chosen.append((row, reason))
    return chosen


@functools.lru_cache(maxsize=4)
def _newest_first(folder: str, stamp: tuple) -> pd.DataFrame:
    # sorted once per data version: the designer asks at every change (read, never edited)
    return data.load("examples", folder).sort_values(["start_year", "example_id"], ascending=[False, True])


# ---------------------------------------------------------------- the designer: drawing

def supporter_countries(text) -> list[str]:
    """ISO3 codes of the countries named in a learner's supporter text ("Jepang", "Jerman dan JICA"):
    each part separated by a comma, ';', '/', '&', 'dan' or 'and' that is exactly a country name."""
    names = {}
    for lang in ("id", "en"):
        for code, name in data.country_names(lang).items():
            names.setdefault(name.casefold(), code)
    parts = re.split(r"\s*(?:[,;/&+]|\bdan\b|\band\b)\s*", _clean(text).casefold())
    found = []
    for part in parts:
        code = names.get(part.strip())
        if code and code not in found:
            found.append(code)
    return found


def _map_base():
    fig = style.blank(9, 4.9)
    worldmap.draw_world(fig.axes[0])
    return fig


def map_figure(providers=(), partners=(), title: str = "", supporters=(), *,
               reuse: style.Reuse | None = None):
    """World map: providers and partners coloured, a line from every provider to every partner;
    supporting countries (triangular cooperation) in a third colour."""
    providers = [c for c in (providers or ()) if c]
    partners = [c for c in (partners or ()) if c]
    supporters = [c for c in (supporters or ()) if c and c not in providers and c not in partners]
    both = set(providers) & set(partners)
    colours = {c: SUPPORTER_COLOUR for c in supporters}
    colours.update({c: PROVIDER_COLOUR for c in providers})
    colours.update({c: PARTNER_COLOUR for c in partners})
    colours.update({c: BOTH_COLOUR for c in both})
    fig = reuse.figure() if reuse is not None else _map_base()
    ax = fig.axes[0]
    worldmap.draw_countries(ax, colours)
    for role, codes in (("supporter", supporters), ("provider", set(providers) - both),
                        ("partner", set(partners) - both), ("both", both)):
        worldmap.mark(ax, codes, marker=ROLE_MARKERS[role], size=44,
                      colour={"supporter": SUPPORTER_COLOUR, "provider": PROVIDER_COLOUR,
                              "partner": PARTNER_COLOUR, "both": BOTH_COLOUR}[role], gid=f"marker:{role}")
    # one curved line per provider->partner pair, all in ONE LineCollection: fast even when a
    # learner selects every country (thousands of pairs), unlike one arrow patch per pair
    segments = []
    for p in providers:
        start = worldmap.centroid(p)
        for q in partners:
            end = worldmap.centroid(q)
            if p == q or start is None or end is None:
                continue
            segments.append(_arc(start, end))
    ax.add_collection(LineCollection(segments, colors=LINK_COLOUR, linewidths=1.2, zorder=3))
    ends = [seg[-1] for seg in segments]
    if ends:   # a dot where each line arrives: the partner's end
        ax.scatter([e[0] for e in ends], [e[1] for e in ends], s=8, color=LINK_COLOUR, zorder=5)
    links = len(segments)
    title = _short(_clean(title)) or t("project.default_title")
    with warnings.catch_warnings():     # a glyph missing from the font must not print to stderr
        warnings.simplefilter("ignore")
        ax.set_title(style.plain(t("project.map_title", title=title)))
    def role(colour, marker, label):
        return Line2D([], [], linestyle="", marker=marker, markersize=9, markerfacecolor=colour,
                      markeredgecolor="black", label=label)

    handles = [role(PROVIDER_COLOUR, ROLE_MARKERS["provider"], t("project.legend_provider")),
               role(PARTNER_COLOUR, ROLE_MARKERS["partner"], t("project.legend_partner"))]
    if both:
        handles.append(role(BOTH_COLOUR, ROLE_MARKERS["both"], t("project.legend_both")))
    if supporters:
        handles.append(role(SUPPORTER_COLOUR, ROLE_MARKERS["supporter"], t("project.legend_supporter")))
    handles.append(Line2D([], [], color=LINK_COLOUR, marker="o", markevery=[-1], markersize=4,
                          label=t("project.legend_link")))
    ax.legend(handles=handles, loc="lower left", frameon=True)
    missing = worldmap.missing(sorted(set(providers) | set(partners) | set(supporters)))
    note = t("source.naturalearth")
    if missing:
        note += ". " + t("project.not_on_map", names=_names(missing))
    style.source_note(fig, note)
    style.describe(fig, t("project.alt.map", title=title, links=links,
                          providers=_names(providers) or t("project.alt.none"),
                          partners=_names(partners) or t("project.alt.none"))
                   + (" " + t("project.alt.supporters", names=_names(supporters)) if supporters else "")
                   # named above but not drawn: say so, as the source line under the map does
                   + (" " + t("project.not_on_map", names=_names(missing)) + "." if missing else ""))
    fig.kss_links = links            # how many provider->partner lines were drawn (for tests)
    fig.kss_missing = missing
    fig.kss_supporters = supporters
    return fig


def _arc(start, end, bend: float = 0.2, points: int = 24):
    """Points of a gentle curve (quadratic Bezier) from start to end, bulging to the left:
    an array of shape (points + 1, 2)."""
    (x0, y0), (x1, y1) = start, end
    cx, cy = (x0 + x1) / 2 - bend * (y1 - y0), (y0 + y1) / 2 + bend * (x1 - x0)
    u = np.linspace(0.0, 1.0, points + 1)[:, None]
    return (1 - u) ** 2 * np.array([x0, y0]) + 2 * (1 - u) * u * np.array([cx, cy]) + u ** 2 * np.array([x1, y1])


def example_figure(example_id: str = EXAMPLE_ID):
    """A real example of the data drawn exactly as the designer draws a learner's project."""
    row = data.load("examples").set_index("example_id").loc[example_id]
    return map_figure(row["providers"], row["partners"], row[f"title_{_lang()}"], row["supporters"])


def card_html(providers=(), partners=(), sector: str = "", modality: str = "", benefit: str = "",
              supporter: str = "", title: str = "", found_checks=None, found_inspiration=None) -> str:
    """The project card, the checks and the inspiration as HTML; every text is escaped."""
    esc = html.escape
    supporter_text, title_text = _short(_clean(supporter)), _short(_clean(title))
    none = t("project.card_none")
    rows = [
        (t("project.card_providers"), _names(providers) or none),
        (t("project.card_partners"), _names(partners) or none),
        (t("project.card_sector"), t(f"sector.{sector}") if sector in SECTORS else none),
        (t("project.card_modality"), t(f"modality.{modality}") if modality in MODALITIES else none),
        (t("project.card_benefit"), t(f"benefit.{benefit}") if benefit in BENEFITS else none),
        (t("project.card_supporter"), supporter_text or t("project.card_no_supporter")),
    ]
    table = "".join(f'<tr><th style="text-align:left;padding:2px 12px 2px 0">{esc(k)}</th>'
                    f'<td style="text-align:left">{esc(v)}</td></tr>' for k, v in rows)
    heading = title_text or t("project.default_title")
    icons = {"warn": ("⚠", "#D55E00"), "info": ("ℹ", "#0072B2"), "ok": ("✔", "#009E73")}
    items = "".join(f'<li class="kss-check kss-check-{c.kind}" data-key="{esc(c.key)}" '
                    f'style="color:#222;margin:2px 0"><span style="color:{icons[c.kind][1]}">'
                    f'{icons[c.kind][0]}</span> {esc(c.text)}</li>'
                    for c in (found_checks or []))
    ideas = []
    for row, reason in found_inspiration or []:
        if pd.isna(row["end_year"]):
            years = t("project.years_open", start=row["start_year"])
        elif int(row["end_year"]) == int(row["start_year"]):      # one year: "2019", not "2019–2019"
            years = str(int(row["start_year"]))
        else:
            years = t("project.years_closed", start=row["start_year"], end=row["end_year"])
        link = ""
        if row["sources"]:
            link = (f' <a href="{esc(row["sources"][0], quote=True)}" target="_blank" '
                    f'rel="noopener">{esc(t("project.source_link"))}</a>')
        # the summary is folded: the card stays short to read in class, a click opens it
        ideas.append(f"<li><b>{esc(row['title_' + _lang()])}</b> ({esc(years)}; "
                     f"{esc(t('project.inspiration_' + reason))})<details><summary>"
                     f"{esc(t('project.inspiration_more'))}</summary>{esc(row['summary_' + _lang()])}{link}"
                     f"</details></li>")
    inspiration_html = ("<ul>" + "".join(ideas) + "</ul>" if ideas
                        else f"<p>{esc(t('project.inspiration_none'))}</p>")
    return (f'<div class="kss-project-card" style="border:2px solid #0072B2;border-radius:6px;'
            f'padding:8px 14px;margin:6px 0;max-width:900px">'
            f'<div style="color:#595959">{esc(t("project.card_heading"))}</div>'
            f'<h3 style="margin:2px 0 8px 0">{esc(heading)}</h3><table>{table}</table></div>'
            f'<h4>{esc(t("project.checks_heading"))}</h4><ul style="list-style:none;padding-left:0">{items}</ul>'
            f'{nairobi_html()}'
            f'<h4>{esc(t("project.inspiration_heading"))}</h4>{inspiration_html}')


def nairobi_html() -> str:
    """The Nairobi principles (data/nairobi.csv) as questions a learner asks of the design."""
    from kss import nairobi
    esc = html.escape
    items = "".join(f'<li><b>{esc(r["name"])}</b>: {esc(r["question"])}</li>'
                    for _, r in nairobi.principles().iterrows())
    return (f'<h4>{esc(t("project.nairobi_heading"))}</h4><p>{esc(t("project.nairobi_intro"))}</p>'
            f'<ul class="kss-nairobi">{items}</ul>')


def draw(providers=(), partners=(), sector="agriculture", modality="bilateral",
         benefit="institutional_capacity", supporter="", title="", *, reuse: style.Reuse | None = None) -> View:
    """Everything the designer shows for one set of choices (also usable without widgets).
    With `reuse` (the designer's), the map figure is reused between redraws."""
    providers, partners = list(providers or ()), list(partners or ())
    found = checks(providers, partners, modality, supporter, title)
    ideas = inspiration(sector, modality)
    fig = map_figure(providers, partners, title, supporter_countries(supporter), reuse=reuse)
    message = "" if providers and partners else t("project.message_start")
    return View(figure=fig, message=message,
                html=card_html(providers, partners, sector, modality, benefit, supporter, title, found, ideas),
                data={"providers": providers, "partners": partners, "checks": [c.key for c in found],
                      "inspiration": [row["example_id"] for row, _ in ideas], "links": fig.kss_links,
                      "missing": fig.kss_missing, "supporters": fig.kss_supporters},
                extra={"checks": found})


def designer(providers=("IDN",), partners=("TZA",), sector="agriculture", modality="bilateral",
             benefit="institutional_capacity") -> Explorer:
    """The 'design your own KSS project' widget: controls -> card, checks, map, inspiration."""
    options = country_options()
    known = {code for _, code in options}
    controls = {
        "providers": Choices(options, value=tuple(c for c in providers if c in known),
                             description=t("project.providers"), width="300px", column="135px"),
        "partners": Choices(options, value=tuple(c for c in partners if c in known),
                            description=t("project.partners"), width="300px", column="135px"),
        "sector": dropdown([(t(f"sector.{s}"), s) for s in SECTORS], sector, t("project.sector")),
        "modality": dropdown([(t(f"modality.{m}"), m) for m in MODALITIES], modality, t("project.modality")),
        "benefit": dropdown([(t(f"benefit.{b}"), b) for b in BENEFITS], benefit, t("project.benefit")),
        # continuous_update=False: redraw when Enter is pressed or the box is left, not per keystroke
        "supporter": widgets.Text(value="", placeholder=t("project.supporter_placeholder"),
                                  description=t("project.supporter"), continuous_update=False,
                                  style={"description_width": "initial"}, layout=widgets.Layout(width="420px")),
        "title": widgets.Text(value="", placeholder=t("project.title_placeholder"),
                              description=t("project.title"), continuous_update=False,
                              style={"description_width": "initial"}, layout=widgets.Layout(width="420px")),
    }
    explorer = Explorer(controls, functools.partial(draw, reuse=style.Reuse(_map_base)), intro=t("project.intro"))
    # "Salin hasilku": the design as a result code (kss/results.py)
    explorer.record = results.Record(results.HOME["project"], "project", design=explorer.values)
    explorer.record.watch(controls.values())
    explorer.widget.children += (explorer.record.widget,)
    return explorer
