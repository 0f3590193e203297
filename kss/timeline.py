"""Lesson 03: milestones of South-South cooperation, from Bandung 1955 to BAPA+40 (2019).

    from kss import timeline
    timeline.figure()                 # static timeline 1954-2019, Indonesia highlighted
    timeline.participation_figure()   # how many countries took part in key meetings
    timeline.explorer()               # years, kind of milestone, highlight Indonesia

Every milestone is a row of data/milestones.csv (with its source URLs); nothing here
adds facts of its own except the counts in PARTICIPATION, which are copied from the
description of the milestone they belong to (a test checks that they still match).
"""
from __future__ import annotations

import html
import textwrap
from functools import lru_cache

import ipywidgets as widgets
import matplotlib
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from kss import data, style
from kss.explorer import Explorer, View, dropdown
from kss.labels import language, t

# The timeline the lesson is about: from the preparations for Bandung to BAPA+40.
DEFAULT_YEARS = (1954, 2019)

# Row labels longer than this many characters wrap onto a second line.
LABEL_WIDTH = 44

# Colour per kind of milestone (Okabe-Ito); the order is the legend's order.
CATEGORY_COLOURS = {
    "conference": style.PALETTE["blue"],
    "institution": style.PALETTE["orange"],
    "un_decision": style.PALETTE["green"],
    "initiative": style.PALETTE["purple"],
}
# and a marker per kind, so the kinds differ by shape as well as by colour
CATEGORY_MARKERS = {"conference": "o", "institution": "s", "un_decision": "^", "initiative": "D"}
INDONESIA_EDGE = style.PALETTE["black"]

# How many countries took part in some milestones: (milestone_id, count). Each count is
# written in that milestone's description in data/milestones.csv. The counts measure
# different things (members attending, signatories, states agreeing), which the labels
# name. The 2015 figure is the Indonesian government's (Sekretariat Kabinet; decision
# bandung-60-attendance in data/decisions.csv). Jakarta 1992 has no official attendance
# figure (only the movement's 108 members), so it has no bar.
PARTICIPATION = [
    ("nam-belgrade-1961", 25),
    ("g77-1964", 77),
    ("bapa-1978", 138),
    ("bandung-60-2015", 105),
    ("bapa40-2019", 160),
]


def milestones(years: tuple[int, int] = DEFAULT_YEARS, category: str = "all") -> "pd.DataFrame":
    """Milestones with start year in `years` (inclusive) and of `category` ('all' for every
    kind), in time order (year, then start date)."""
    folder = data.current_dir()
    table = _in_time_order(str(folder), data.version(folder))
    start, end = years
    keep = (table["year"] >= start) & (table["year"] <= end)
    if category != "all":
        keep &= table["category"] == category
    return table[keep].reset_index(drop=True)


@lru_cache(maxsize=4)
def _in_time_order(folder: str, stamp: tuple) -> "pd.DataFrame":
    # sorted once per data version (every redraw of the timeline explorer filters it);
    # milestone_id is unique, so a filtered part keeps exactly the order a sort would give
    table = data.ssc_milestones(folder)
    table["_order"] = table["date_start"].astype(str)
    return table.sort_values(["year", "_order", "milestone_id"]).drop(columns="_order").reset_index(drop=True)


def categories() -> list[str]:
    """The kinds of milestone that occur in the data, in legend order."""
    present = set(data.ssc_milestones()["category"])
    known = [c for c in CATEGORY_COLOURS if c in present]
    return known + sorted(present - set(known))


def year_bounds() -> tuple[int, int]:
    table = data.ssc_milestones()
    return int(table["year"].min()), int(table["year"].max())


def _colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, style.DARK_GREY)


def _category_label(category: str) -> str:
    return t("all") if category == "all" else t(f"timeline.category.{category}")


def empty_message(years: tuple[int, int], category: str = "all") -> str:
    """The words shown when no milestone matches (the figure and the explorer say the same)."""
    start, end = years
    if category == "all":
        return t("timeline.empty", start=start, end=end)
    return t("timeline.empty_category", category=_category_label(category), start=start, end=end)


def _base():
    """What every view of the timeline shares: the axes and the title its views set."""
    fig = style.figure(9.5, 3.4)
    ax = fig.add_subplot()
    ax.set_xlabel(t("timeline.year"))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
    ax.grid(axis="y", visible=False)
    fig.suptitle("", x=0.01, ha="left", fontweight="bold")
    return fig


def figure(years: tuple[int, int] = DEFAULT_YEARS, category: str = "all",
           highlight_indonesia: bool = True, rows=None, *, reuse: style.Reuse | None = None):
    """A dot timeline: one row per milestone (label on the left, newest at the bottom),
    its year on the horizontal axis, coloured by kind. Indonesia-related milestones get a
    black ring and a bold label when `highlight_indonesia` is on.

    The labels sit in the y-axis column rather than next to the dots, so they stay
    readable whatever year range is chosen (a long label never runs off the axis).
    With `reuse` (the explorer's) the figure, its axes and ticks are reused."""
    if rows is None:
        rows = milestones(years, category)
    start, end = years
    n = len(rows)
    labels = [textwrap.fill(f"{year} · {title}", LABEL_WIDTH, break_on_hyphens=False) for year, title
              in zip(rows["year"], rows[f"title_{language()}"])]
    lines = sum(label.count("\n") + 1 for label in labels)
    fig = reuse.figure() if reuse is not None else _base()
    fig.set_size_inches(9.5, max(3.4, 1.8 + 0.19 * lines + 0.06 * n))
    ax = fig.axes[0]
    title = (t("timeline.title", start=start, end=end) if category == "all" else
             t("timeline.title_category", start=start, end=end, category=_category_label(category)))
    # a figure-level title, left-aligned: an axes title would start after the label column
    fig.suptitle(style.plain(title), x=0.01, ha="left", fontweight="bold")
    ax.set_xlim(start - 1.5, end + 1.5)
    style.source_note(fig, t("timeline.source"))
    if n == 0:
        ax.set_yticks([])
        ax.set_ylim(0, 1)
        ax.text(0.5, 0.5, style.plain(empty_message(years, category)), ha="center",
                va="center", transform=ax.transAxes, fontsize=11, color=style.DARK_GREY, wrap=True)
        _margins(fig)
        return style.describe(fig, empty_message(years, category))

    positions = list(range(n - 1, -1, -1))  # first (oldest) milestone at the top
    indonesia = rows["indonesia"].fillna(False).astype(bool).tolist()
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_yticks(positions)
    ax.set_yticklabels([style.plain(label) for label in labels])
    ax.hlines(positions, start - 1.5, rows["year"].astype(float), color="#EEEEEE", linewidth=1, zorder=1)

    # one collection per kind, so the legend and the tests can find them by gid
    for cat in categories():
        mask = (rows["category"] == cat).tolist()
        if not any(mask):
            continue
        xs = [float(y) for y, m in zip(rows["year"], mask) if m]
        ys = [p for p, m in zip(positions, mask) if m]
        dots = ax.scatter(xs, ys, s=70, color=_colour(cat), zorder=3, marker=CATEGORY_MARKERS.get(cat, "o"),
                          edgecolors="black", linewidths=0.6, label=t(f"timeline.category.{cat}"))
        dots.set_gid(f"category:{cat}")
    handles = [Line2D([], [], marker=CATEGORY_MARKERS.get(c, "o"), linestyle="", markersize=8, color=_colour(c),
                      markeredgecolor="black", markeredgewidth=0.6, label=t(f"timeline.category.{c}"))
               for c in categories() if (rows["category"] == c).any()]

    if highlight_indonesia and any(indonesia):
        xs = [float(y) for y, flag in zip(rows["year"], indonesia) if flag]
        ys = [p for p, flag in zip(positions, indonesia) if flag]
        rings = ax.scatter(xs, ys, s=230, facecolors="none", edgecolors=INDONESIA_EDGE,
                           linewidths=2, zorder=4)
        rings.set_gid("indonesia")
        for label, flag in zip(ax.get_yticklabels(), indonesia):
            if flag:
                label.set_fontweight("bold")
                label.set_color(INDONESIA_EDGE)
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=12, markerfacecolor="none",
                              markeredgecolor=INDONESIA_EDGE, markeredgewidth=2,
                              label=t("timeline.indonesia")))
    for label, flag in zip(ax.get_yticklabels(), indonesia):
        if not (highlight_indonesia and flag):
            label.set_color(style.DARK_GREY)
            label.set_fontweight("normal")   # a reused tick may have been bold
    # inside the axis where no dot is (time runs from top left to bottom right), so the
    # time axis keeps the full width
    ax.legend(handles=handles, title=t("timeline.legend"), loc="upper right", framealpha=0.95)
    _margins(fig, labels, [highlight_indonesia and flag for flag in indonesia])
    kinds = [t("timeline.alt.kind", marker=t(f"alt.marker.{CATEGORY_MARKERS.get(c, 'o')}"),
               kind=t(f"timeline.category.{c}"), n=int((rows["category"] == c).sum()))
             for c in categories() if (rows["category"] == c).any()]
    text = t("timeline.alt", start=start, end=end, n=n, first=labels[0].replace("\n", " "),
             last=labels[-1].replace("\n", " "), kinds="; ".join(kinds))
    if highlight_indonesia and any(indonesia):
        text += " " + t("timeline.alt.indonesia", n=sum(indonesia))
    return style.describe(fig, text)


def _margins(fig, labels=(), bold=()) -> None:
    """Margins by hand (style.fixed_margins): the label column as wide as the widest
    label, fixed room for the title, the year axis and the source line."""
    size = matplotlib.rcParams["ytick.labelsize"]
    widest = max((style.text_width(style.plain(label), size, "bold" if b else "normal")
                  for label, b in zip(labels, bold)), default=0)
    source_lines = fig.texts[-1].get_text().count("\n") + 1 if fig.texts else 0
    style.fixed_margins(fig, left=(widest + 18) / fig.dpi, bottom=0.62 + 0.17 * source_lines + 0.06,
                        right=0.2, top=0.45)


def participation() -> list[dict]:
    """[{milestone_id, year, count, label}] for the meetings in PARTICIPATION, checked
    against data/milestones.csv (a missing milestone is an error, not a silent gap)."""
    table = data.load("milestones").set_index("milestone_id")
    result = []
    for milestone_id, count in PARTICIPATION:
        row = table.loc[milestone_id]
        result.append({"milestone_id": milestone_id, "year": int(row["year"]), "count": count,
                       "label": t(f"timeline.count.{milestone_id}")})
    return result


def participation_figure():
    """Horizontal bars: how many countries took part in six key meetings, oldest on top."""
    items = participation()
    fig = style.figure(9, 4.2)
    ax = fig.add_subplot()
    positions = list(range(len(items) - 1, -1, -1))
    bars = ax.barh(positions, [i["count"] for i in items], color=style.PALETTE["blue"], height=0.6)
    for bar, item in zip(bars, items):
        ax.text(bar.get_width() + 2, bar.get_y() + bar.get_height() / 2, str(item["count"]),
                va="center", fontsize=11)
    ax.set_yticks(positions)
    ax.set_yticklabels([style.plain(i["label"]) for i in items])
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, max(i["count"] for i in items) * 1.12)
    ax.set_xlabel(t("timeline.count_axis"))
    fig.suptitle(t("timeline.count_title"), x=0.01, ha="left", fontweight="bold")
    style.source_note(fig, t("timeline.source"))
    return style.describe(fig, t("timeline.alt.count", parts="; ".join(f"{i['label']}: {i['count']}" for i in items)))


def _panel(rows) -> str:
    """Cards for the matching milestones: title, description and source links (escaped),
    folded (a <details> block) so that the explorer's first view is the figure and its
    message, not a page of text; one click opens every card."""
    lang = language()
    items = []
    for _, row in rows.iterrows():
        links = ", ".join(f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">'
                          f"{html.escape(_short(url))}</a>" for url in row["sources"])
        mark = " ★" if bool(row["indonesia"]) else ""
        items.append(f"<li style='margin-bottom:6px'><b>{html.escape(str(row['year']))} · "
                     f"{html.escape(str(row[f'title_{lang}']))}</b>{mark}<br>"
                     f"{html.escape(str(row[f'description_{lang}']))}<br>"
                     f"<small>{html.escape(t('timeline.panel_sources'))}: {links}</small></li>")
    if not items:
        return ""
    return (f"<details><summary>{html.escape(t('timeline.panel_sources'))}</summary>"
            "<ul style='padding-left:1.2em'>" + "".join(items) + "</ul></details>")


def _short(url: str) -> str:
    """The host name of a URL: short enough for a list of links."""
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def explorer() -> Explorer:
    """Years (range slider), kind of milestone (dropdown incl. all), highlight Indonesia."""
    low, high = year_bounds()
    years = widgets.IntRangeSlider(value=(max(low, DEFAULT_YEARS[0]), min(high, DEFAULT_YEARS[1])),
                                   min=low, max=high, step=1, description=t("timeline.years_control"),
                                   continuous_update=False, style={"description_width": "initial"},
                                   layout=widgets.Layout(width="420px"))
    kind = dropdown([(t("all"), "all")] + [(t(f"timeline.category.{c}"), c) for c in categories()],
                    value="all", description=t("timeline.category_control"))
    highlight = widgets.Checkbox(value=True, description=t("timeline.indonesia_control"),
                                 indent=False, layout=widgets.Layout(width="auto"))

    reuse = style.Reuse(_base)   # the axes and their ticks serve every view

    def draw(years, category, highlight_indonesia):
        start, end = int(years[0]), int(years[1])
        rows = milestones((start, end), category)
        fig = figure((start, end), category, highlight_indonesia, rows=rows, reuse=reuse)
        if rows.empty:
            message = empty_message((start, end), category)
        else:
            message = t("timeline.count", n=len(rows), n_idn=int(rows["indonesia"].astype(bool).sum()))
        return View(figure=fig, message=message, html=_panel(rows), data=rows)

    return Explorer({"years": years, "category": kind, "highlight_indonesia": highlight}, draw,
                    intro=t("timeline.intro"))
