"""Lesson 01: what South-South cooperation is, and its four forms (modalities).

    from kss import modality
    modality.forms_figure()      # static: the four forms as small diagrams, each with a real example
    modality.counts_figure()     # static: how many examples in data/examples.csv use each form
    modality.sort_activity()     # activity: read an example card, choose its form, get feedback
    modality.sort_activity(cards="more")   # the other examples (the lesson's Pengayaan)

The forms are the `modality` column of data/examples.csv. The lesson's activity sorts
CORE_CARDS (eight examples, two of each form but one, in a fixed mixed order: what a pair
can read and discuss in about ten minutes); cards="more" gives the other examples, first
the article's own, then the rest shuffled with a fixed seed; cards="all" every example.
Every learner and every test sees the same sequence. Each answer is explained with the
row's own data: who provides, who is the partner, who supports.

Forms can mix. By the course's definition (the UN's, SSC/19/3) triangular cooperation is a
partnership of Southern countries supported by a developed country or a multilateral
organisation; so where a row records a Southern provider AND such support but another main
form (the IBSA Fund, managed by UNOSSC; Cotton-4, supported by UNDP), choosing "triangular"
is accepted as a defensible answer, with the recorded main form named (defensible()).
"""
from __future__ import annotations

import html
import random

import ipywidgets as widgets
import pandas as pd
from matplotlib.patches import Circle, Ellipse, FancyArrowPatch, FancyBboxPatch

from kss import data, results, style
from kss.labels import language, t

MODALITIES = ("bilateral", "regional", "multilateral", "triangular")
# The source article names the first three; triangular is the one it leaves out.
IN_ARTICLE = ("bilateral", "regional", "multilateral")
# Same colours as the examples map of lesson 06, so a form keeps its colour across the course.
COLOURS = {
    "bilateral": style.PALETTE["blue"],
    "regional": style.PALETTE["orange"],
    "multilateral": style.PALETTE["green"],
    "triangular": style.PALETTE["purple"],
}
# One real example per form for the diagrams (example_id in data/examples.csv).
DIAGRAM_EXAMPLES = {
    "bilateral": "india-nepal-terai-roads",
    "regional": "africa-renewable-energy-initiative",
    "multilateral": "ibsa-fund",
    "triangular": "indonesia-kyrgyzstan-artificial-insemination",
}
SEED = 1955   # fixed seed: the card order is the same on every run
# The lesson's core set: two examples of each form (the data has two multilateral ones; the
# IBSA Fund is also the forms figure's example, the card shows why it is not clear-cut), in
# an order that mixes the forms. About 40 words each: what a pair can read and discuss in
# about ten minutes.
CORE_CARDS = (
    "palestine-indonesia-japan-ceapad-training",
    "sixaola-bridge",
    "tazara-railway",
    "new-development-bank",
    "thailand-timor-leste-sufficiency-economy",
    "petrocaribe",
    "ibsa-fund",
    "fartc-tanzania",
)
CARD_SETS = ("core", "more", "all")


def _lang() -> str:
    return language()


def counts() -> dict[str, int]:
    """{modality: number of examples}, in the order of MODALITIES (zero if absent)."""
    column = data.load("examples")["modality"]
    return {m: int((column == m).sum()) for m in MODALITIES}


# ---------------------------------------------------------------- static figures

def counts_figure():
    """Horizontal bars: how many course examples use each form; the form the article
    leaves out (triangular) is hatched and labelled, so the gap is visible in print."""
    values = counts()
    total = sum(values.values())
    fig = style.figure(9, 4.2)
    ax = fig.add_subplot()
    names = list(MODALITIES)[::-1]          # first form on top
    bars = ax.barh([t(f"modality.{m}") for m in names], [values[m] for m in names],
                   color=[COLOURS[m] for m in names], edgecolor="black", linewidth=0.6)
    for bar, m in zip(bars, names):
        if m not in IN_ARTICLE:
            bar.set_hatch("//")
        label = str(values[m])
        if m not in IN_ARTICLE:
            label += f"  ({t('modality.counts.not_in_article')})"
        ax.text(bar.get_width() + 0.15, bar.get_y() + bar.get_height() / 2, label,
                va="center", ha="left", fontsize=11)
    ax.set_xlim(0, max(values.values()) + 4)
    ax.set_title(t("modality.counts.title"))
    ax.set_xlabel(t("modality.counts.xlabel", total=total))
    ax.grid(axis="y", visible=False)
    style.source_note(fig, t("modality.counts.source"))
    parts = [t("modality.alt.count", form=t(f"modality.{m}"), n=values[m]) for m in MODALITIES]
    missing = [t(f"modality.{m}") for m in MODALITIES if m not in IN_ARTICLE]
    return style.describe(fig, t("modality.alt.counts", total=total, parts="; ".join(parts),
                                 missing=", ".join(missing)))


def _node(ax, xy, text, colour, radius=0.13, fontsize=10):
    ax.add_patch(Circle(xy, radius, facecolor=colour, edgecolor="black", linewidth=0.8, alpha=0.9))
    ax.text(xy[0], xy[1] - radius - 0.05, text, ha="center", va="top", fontsize=fontsize)


def _arrow(ax, start, end, colour="black", style_="-|>", dashed=False, shrink=2):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle=style_, mutation_scale=14, color=colour,
                                 linewidth=1.6, linestyle="--" if dashed else "-",
                                 shrinkA=shrink, shrinkB=shrink))


def forms_figure():
    """Four small diagrams (bilateral, regional, multilateral, triangular), each with the
    title of a real example from data/examples.csv under it."""
    rows = data.load("examples").set_index("example_id")
    title_col = f"title_{_lang()}"
    fig = style.figure(10, 7.2)
    axes = fig.subplots(2, 2)
    for ax, m in zip(axes.flat, MODALITIES):
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_aspect("equal")
        ax.set_axis_off()
        colour = COLOURS[m]
        heading = t(f"modality.{m}")
        if m not in IN_ARTICLE:
            heading += " " + t("modality.forms.not_in_article")
        ax.set_title(heading, fontsize=12, color="black")
        provider, partner = t("modality.forms.provider"), t("modality.forms.partner")
        if m == "bilateral":
            _node(ax, (0.25, 0.6), provider, colour)
            _node(ax, (0.75, 0.6), partner, colour)
            _arrow(ax, (0.38, 0.6), (0.62, 0.6), style_="<|-|>")
        elif m == "regional":
            ax.add_patch(Ellipse((0.5, 0.6), 0.9, 0.6, facecolor="none", edgecolor=style.DARK_GREY,
                                 linestyle="--", linewidth=1.2))
            ax.text(0.5, 0.93, t("modality.forms.region"), ha="center", va="bottom", fontsize=10,
                    color=style.DARK_GREY)
            for xy in [(0.3, 0.7), (0.5, 0.78), (0.7, 0.7), (0.38, 0.48), (0.62, 0.48)]:
                ax.add_patch(Circle(xy, 0.07, facecolor=colour, edgecolor="black", linewidth=0.8))
        elif m == "multilateral":
            ax.add_patch(FancyBboxPatch((0.31, 0.5), 0.38, 0.2, boxstyle="round,pad=0.02",
                                        facecolor="white", edgecolor=colour, linewidth=2))
            ax.text(0.5, 0.6, t("modality.forms.fund"), ha="center", va="center", fontsize=10)
            for xy in [(0.13, 0.85), (0.87, 0.85), (0.13, 0.35), (0.87, 0.35)]:
                ax.add_patch(Circle(xy, 0.07, facecolor=colour, edgecolor="black", linewidth=0.8))
                _arrow(ax, xy, (0.5 + (xy[0] - 0.5) * 0.45, 0.6 + (xy[1] - 0.6) * 0.45), shrink=12)
        else:
            pivotal, beneficiary, facilitator = (0.2, 0.55), (0.8, 0.55), (0.5, 0.86)
            _node(ax, pivotal, t("modality.forms.pivotal"), colour, radius=0.09)
            _node(ax, beneficiary, t("modality.forms.beneficiary"), colour, radius=0.09)
            ax.add_patch(Circle(facilitator, 0.07, facecolor="white", edgecolor=colour, linewidth=2.5))
            ax.text(facilitator[0] + 0.1, facilitator[1], t("modality.forms.facilitating"),
                    ha="left", va="center", fontsize=10)
            _arrow(ax, pivotal, beneficiary, shrink=18)
            _arrow(ax, facilitator, pivotal, colour=style.DARK_GREY, dashed=True, shrink=16)
            _arrow(ax, facilitator, beneficiary, colour=style.DARK_GREY, dashed=True, shrink=16)
        example = rows.loc[DIAGRAM_EXAMPLES[m], title_col]
        ax.text(0.5, 0.12, style.plain(t("modality.forms.example", title=example)), ha="center",
                va="center", fontsize=10, wrap=True, style="italic")
    fig.suptitle(t("modality.forms.title"))
    style.source_note(fig, t("modality.forms.source"))
    parts = [t(f"modality.alt.form.{m}", example=rows.loc[DIAGRAM_EXAMPLES[m], title_col]) for m in MODALITIES]
    return style.describe(fig, t("modality.alt.forms", n=len(MODALITIES), parts=" ".join(parts)))


# ---------------------------------------------------------------- the sorting activity

def card_order(seed: int = SEED, cards: str = "core") -> list[str]:
    """example_ids in the order the activity shows them. cards="core": CORE_CARDS as listed;
    "more": every other example, the article's first (in file order), then the rest shuffled
    with a fixed seed; "all": the same rule for every example."""
    if cards not in CARD_SETS:
        raise ValueError(f"cards must be one of {CARD_SETS}, not {cards!r}")
    rows = data.load("examples")
    known = set(rows["example_id"])
    if cards == "core":
        missing = [i for i in CORE_CARDS if i not in known]
        if missing:
            raise ValueError(f"CORE_CARDS names examples that data/examples.csv does not have: {missing}")
        return list(CORE_CARDS)
    skip = set(CORE_CARDS) if cards == "more" else set()
    first = [i for i in rows.loc[rows["from_article"].fillna(False).astype(bool), "example_id"] if i not in skip]
    rest = [i for i in rows["example_id"] if i not in first and i not in skip]
    random.Random(seed).shuffle(rest)
    return first + rest


def defensible(row) -> set[str]:
    """Forms besides the recorded one that the course's own definition also allows: triangular
    where a Southern provider works with the support of a developed country or a multilateral
    organisation (data/examples.csv: providers and supporters or supporting_orgs)."""
    supported = bool(row["supporters"]) or bool(row["supporting_orgs"])
    if row["modality"] != "triangular" and bool(row["providers"]) and supported:
        return {"triangular"}
    return set()


def _names(codes) -> str:
    names = data.country_names(_lang())
    return ", ".join(names.get(c, c) for c in codes)


def explanation(row) -> str:
    """Why the example has its form, in words built from the row's own data."""
    lang = _lang()
    parts = [t("modality.sort.answer", label=t(f"modality.{row['modality']}")),
             t(f"modality.why.{row['modality']}")]
    if row["providers"]:
        parts.append(t("modality.sort.providers", names=_names(row["providers"])))
    if row["partners"]:
        parts.append(t("modality.sort.partners", names=_names(row["partners"])))
    group = row[f"partner_group_{lang}"]
    if isinstance(group, str) and group:
        parts.append(t("modality.sort.partner_group", group=group))
    if row["supporters"]:
        parts.append(t("modality.sort.supporters", names=_names(row["supporters"])))
    if row["supporting_orgs"]:
        parts.append(t("modality.sort.orgs", names=", ".join(row["supporting_orgs"])))
    note = row[f"lesson_note_{lang}"]
    if isinstance(note, str) and note:
        parts.append(t("modality.sort.note", note=note))
    return " ".join(parts)


class SortActivity:
    """Sort examples by modality: a card, a choice, a Check button, feedback, a score.

    Tests drive it with .choose(value), .check(), .next() and .restart(); any value
    that is not a form (None, a typo, a number) is treated as "nothing chosen yet".
    """

    def __init__(self, seed: int = SEED, cards: str = "core"):
        rows = data.load("examples").set_index("example_id", drop=False)
        self.rows = rows
        self.cards = cards
        self.order = card_order(seed, cards)
        self.index = 0
        self.results: dict[str, bool] = {}       # example_id -> first answer was right
        self.finished = False
        self.last_feedback = ""
        options = [(t(f"modality.{m}"), m) for m in MODALITIES]
        self.choice = widgets.ToggleButtons(options=options, value=None,
                                            description=t("modality.sort.choose"),
                                            style={"description_width": "initial",
                                                   "button_width": "auto"})
        self.check_button = widgets.Button(description=t("modality.sort.check"), button_style="primary")
        self.next_button = widgets.Button(description=t("modality.sort.next"))
        self.restart_button = widgets.Button(description=t("modality.sort.restart"))
        self.check_button.on_click(lambda _b: self.check())
        self.next_button.on_click(lambda _b: self.next())
        self.restart_button.on_click(lambda _b: self.restart())
        self.card = widgets.HTML("")
        self.feedback = widgets.HTML("")
        self.score = widgets.HTML("")
        self.widget = widgets.VBox([
            widgets.HTML(f"<p>{html.escape(t('modality.sort.intro'))}</p>"),
            self.card, self.choice,
            widgets.HBox([self.check_button, self.next_button, self.restart_button]),
            self.feedback, self.score])
        self.widget.add_class("kss-activity")
        # "Salin hasilku": the first answer per card, as a result code (kss/results.py); the code
        # holds the core cards (kss.results.items_for), so only the core set offers one
        self.record = results.Record(results.HOME["sort"], "sort") if cards == "core" else None
        if self.record is not None:
            self.widget.children += (self.record.widget,)
        self._show_card()

    # --- state
    @property
    def total(self) -> int:
        return len(self.order)

    @property
    def current(self) -> pd.Series:
        return self.rows.loc[self.order[self.index]]

    @property
    def correct(self) -> int:
        return sum(self.results.values())

    @property
    def answered(self) -> int:
        return len(self.results)

    # --- actions
    def choose(self, value) -> str | None:
        """Select a form by key ('triangular') or by its label; anything else clears the choice."""
        by_label = {t(f"modality.{m}"): m for m in MODALITIES}
        key = value if value in MODALITIES else by_label.get(value) if isinstance(value, str) else None
        self.choice.value = key
        return key

    def check(self) -> bool | None:
        """Press Check: feedback with the right form and why; None if nothing is chosen."""
        if self.finished:
            return None
        chosen = self.choice.value
        if chosen not in MODALITIES:
            self._feedback(t("modality.sort.choose_first"), "info")
            return None
        row = self.current
        also = chosen in defensible(row)
        right = chosen == row["modality"] or also
        first = row["example_id"] not in self.results
        if first:
            self.results[row["example_id"]] = right
            if self.record is not None:
                self.record.answer(row["example_id"], MODALITIES.index(chosen))
        if also:
            head = t("modality.sort.defensible", chosen=t(f"modality.{chosen}"))
        else:
            head = (t("modality.sort.correct") if right
                    else t("modality.sort.wrong", chosen=t(f"modality.{chosen}")))
        text = f"{head} {explanation(row)}"
        if not first:
            text += " " + t("modality.sort.first_counts")
        self._feedback(text, "right" if right else "wrong")
        self._update_score()
        return right

    def answer(self, value) -> bool | None:
        """choose(value) then check(), as a learner would."""
        self.choose(value)
        return self.check()

    def next(self) -> None:
        """Go to the next card; after the last card, show the final score."""
        if self.finished:
            return
        if self.index + 1 >= self.total:
            self.finished = True
            self.card.value = ""
            self.choice.value = None
            self.choice.disabled = self.check_button.disabled = self.next_button.disabled = True
            done = t("modality.sort.done", correct=self.correct, total=self.total)
            if self.cards == "core":
                done += " " + t("modality.sort.more_hint")
            self._feedback(done, "score")
            return
        self.index += 1
        self._show_card()

    def restart(self) -> None:
        self.index = 0
        self.results.clear()
        if self.record is not None:
            self.record.clear()
        self.finished = False
        self.choice.disabled = self.check_button.disabled = self.next_button.disabled = False
        self._show_card()

    # --- drawing
    def _show_card(self) -> None:
        row = self.current
        lang = _lang()
        head = t("modality.sort.card_head", n=self.index + 1, total=self.total)
        self.card.value = (
            '<div class="kss-card" style="border:1px solid #BDBDBD;border-radius:6px;'
            'padding:8px 12px;margin:6px 0;max-width:760px">'
            f'<div style="color:#595959">{html.escape(head)}</div>'
            f'<div style="font-weight:bold;font-size:1.1em">{html.escape(row[f"title_{lang}"])}</div>'
            f'<p>{html.escape(row[f"summary_{lang}"])}</p></div>')
        self.choice.value = None
        self.feedback.value = ""
        self.last_feedback = ""
        self._update_score()

    def _feedback(self, text: str, kind: str) -> None:
        colours = {"right": "#009E73", "wrong": "#D55E00", "info": "#0072B2", "score": "#595959"}
        self.last_feedback = text
        self.feedback.value = (f'<div class="kss-feedback kss-feedback-{kind}" style="border-left:4px solid '
                               f'{colours[kind]};padding:4px 8px;margin:4px 0">{html.escape(text)}</div>')

    def _update_score(self) -> None:
        self.score.value = (f'<div style="color:#595959">{html.escape(self.score_text())}</div>')

    def score_text(self) -> str:
        return t("modality.sort.score", correct=self.correct, answered=self.answered, total=self.total)

    def _repr_mimebundle_(self, **kwargs):
        # the widget view, plus a static version for readers without a kernel (kss/static.py)
        from kss import static
        return static.bundle(self, self.widget, **kwargs)


def sort_activity(seed: int = SEED, cards: str = "core") -> SortActivity:
    """The 'sort examples by modality' activity of lesson 01: the core cards, or
    cards="more" (the other examples) or "all"."""
    return SortActivity(seed, cards)
