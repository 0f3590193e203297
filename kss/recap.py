"""The class summary: the learners' result codes (kss.results), pasted in any messy form, as a
class table, the share of the class choosing each option, the share holding each misconception,
and a chart. Everything happens on this computer; nothing is sent anywhere.

    from kss import recap
    recap.paste_box()                    # a box to paste codes into; the summary appears under it
    recap.summary(text)                  # the same without widgets (any text; tests use it)
    recap.summary(text, lesson="02")     # only lesson 02's codes (the others are named)
    recap.example_paste()                # an invented class chat, for the worked example

For formative use (feedback in class), never for an exam: a code is tamper-evident, not secure.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass

import ipywidgets as widgets
import pandas as pd

from kss import results, static, style
from kss.labels import t
from kss.results import LETTERS, Result

ORDER = {"quiz": 0, "sort": 1, "factcheck": 2, "project": 3}
TEXT_WIDTH = 70          # characters of a question, card or claim shown in a table
RIGHT = style.PALETTE["green"]
WRONG = style.PALETTE["vermillion"]
NONE = style.GREY
WRONG_HATCHES = ("///", "...", "xxx", "\\\\", "+++", "---", "ooo", "***")


def _short(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _pct(n: int, total: int) -> str:
    return f"{round(100 * n / total)}%" if total else "–"


def _what(lesson: str, activity: str) -> str:
    return t("results.what", activity=t(results.ACTIVITY_KEYS[activity]), lesson=lesson)


# ---------------------------------------------------------------- one activity's answers

@dataclass
class Group:
    """The counted results of one activity (lesson, activity) and its items now."""
    lesson: str
    activity: str
    items: results.Items
    results: list

    @property
    def n(self) -> int:
        return len(self.results)

    @property
    def what(self) -> str:
        return _what(self.lesson, self.activity)

    def counts(self, item: int) -> tuple[list[int], int]:
        """(learners per option of item `item`, learners who did not answer it)."""
        options = [0] * len(self.items.options[item])
        none = 0
        for r in self.results:
            answer = r.answers[item]
            if answer is None:
                none += 1
            else:
                options[answer] += 1
        return options, none

    def right(self, item: int) -> int:
        """Learners whose answer to item `item` counts as right (the key or a defensible form)."""
        counts = self.counts(item)[0]
        return sum(counts[k] for k in self.items.accepted(item) if k < len(counts))


def _groups(found: list[Result]) -> list[Group]:
    by_key: dict[tuple, list] = {}
    for r in found:
        if r.activity != "project":
            by_key.setdefault((r.lesson, r.activity), []).append(r)
    return [Group(lesson, activity, results.items_for(lesson, activity), rs)
            for (lesson, activity), rs in sorted(by_key.items(), key=lambda kv: (kv[0][0], ORDER[kv[0][1]]))]


# ---------------------------------------------------------------- the summary

class ClassSummary:
    """What summary() found and shows: .paste (kss.results.Paste), .table (the class),
    .groups (per activity), .options(group) and .misconceptions (DataFrames), .figures."""

    def __init__(self, text, lesson: str | None = None):
        self.lesson = lesson or None
        self.paste = results.parse_paste(text, lesson=self.lesson)
        self.groups = _groups(self.paste.results)
        self.table = self._table()
        self.misconceptions = self._misconceptions()
        self.figures = [chart(g) for g in self.groups]

    # -- tables (DataFrames: a teacher can copy them, or save them with .to_csv)
    def _rows(self):
        counted = [(r, False) for r in self.paste.results] + [(r, True) for r in self.paste.stale]
        counted.sort(key=lambda rs: (rs[0].lesson, ORDER[rs[0].activity], results.name_key(rs[0].name)))
        keys = {(g.lesson, g.activity): g.items for g in self.groups}
        for r, stale in counted:
            items = None if stale else keys.get((r.lesson, r.activity))
            yield r, stale, items

    def _table(self) -> pd.DataFrame:
        columns = t("recap.columns")
        rows = []
        for number, (r, stale, items) in enumerate(self._rows(), start=1):
            score = results.score_text(r)
            if stale:
                score += " " + t("recap.stale_mark")
            rows.append([number, r.name or t("recap.no_name"), _what(r.lesson, r.activity), score,
                         answers_text(r, items)])
        return pd.DataFrame(rows, columns=columns)

    def options(self, group: Group) -> pd.DataFrame:
        """One row per item: its text, how many learners got it right, and each option's share."""
        width = max(len(o) for o in group.items.options)
        same = len(set(group.items.options)) == 1       # the card sort, the fact-check: one set of options
        heads = [f"{LETTERS[k].lower()}" + (f" · {group.items.options[0][k]}" if same else "") for k in range(width)]
        rows = []
        for i, item_id in enumerate(group.items.ids):
            counts, none = group.counts(i)
            cells = []
            for k in range(width):
                if k >= len(counts):
                    cells.append("")
                    continue
                mark = " ✔" if k in group.items.accepted(i) else ""
                cells.append(f"{counts[k]} ({_pct(counts[k], group.n)}){mark}")
            rows.append([i + 1, _short(group.items.texts[i]), _pct(group.right(i), group.n), *cells,
                         f"{none} ({_pct(none, group.n)})"])
        return pd.DataFrame(rows, columns=[t("recap.col_no"), t("recap.col_item"), t("recap.col_right"),
                                           *heads, t("recap.col_none")])

    def _misconceptions(self) -> pd.DataFrame:
        """Every misconception of the quizzes in the summary that at least one learner chose,
        the most common first: its question, the option, the learners and their share."""
        from kss import quiz
        rows = []
        for g in self.groups:
            if g.activity != "quiz":
                continue
            questions = quiz.questions_for(g.lesson)
            for i, q in enumerate(questions):
                counts, _none = g.counts(i)
                for k, n in enumerate(counts):
                    if n and q.misconception(k):
                        rows.append([g.what, i + 1, f"{LETTERS[k].lower()}) {_short(q.options[k], 50)}",
                                     q.misconception(k), n, _pct(n, g.n)])
        rows.sort(key=lambda r: (-r[4], r[0], r[1]))
        return pd.DataFrame(rows, columns=t("recap.misconception_columns"))

    def unchosen(self) -> int:
        """Misconceptions of the quizzes in the summary that no learner chose."""
        from kss import quiz
        total = sum(1 for g in self.groups if g.activity == "quiz"
                    for q in quiz.questions_for(g.lesson) for k in range(len(q.options)) if q.misconception(k))
        return total - len(self.misconceptions)

    # -- display
    def _repr_html_(self) -> str:          # a table and a chart, not a widget: plain HTML
        return self.html()

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.plain())

    def headline(self) -> str:
        p = self.paste
        return t("recap.headline", found=len(p.found), counted=p.counted,
                 learners=len({results.name_key(r.name) for r in p.results + p.stale}))

    def html(self) -> str:
        esc = html.escape
        out = ['<div class="kss-recap">',
               f'<p class="kss-recap-formative" style="border-left:4px solid {style.DARK_GREY};padding:4px 8px">'
               f'<b>{esc(t("recap.formative_head"))}</b> {esc(t("recap.formative"))}</p>']
        if self.paste.found:
            out.append(f"<p><b>{esc(self.headline())}</b></p>")
        if self.paste.messages:
            out.append('<ul class="kss-recap-messages">' + "".join(f"<li>{esc(m)}</li>" for m in self.paste.messages)
                       + "</ul>")
        if len(self.table):
            out.append(f"<h4>{esc(t('recap.class_table'))}</h4>")
            out.append(_html_table(self.table, "kss-recap-table"))
        for g, fig in zip(self.groups, self.figures):
            out.append(f"<h4>{esc(t('recap.per_item', what=g.what, n=g.n))}</h4>")
            out.append(_html_table(self.options(g), "kss-recap-options"))
            out.append(static.figure_html(style.to_png(fig), static.figure_alt(fig)))
        if any(g.activity == "quiz" for g in self.groups):
            out.append(f"<h4>{esc(t('recap.misconceptions'))}</h4><p>{esc(t('recap.misconceptions_intro'))}</p>")
            if len(self.misconceptions):
                out.append(_html_table(self.misconceptions, "kss-recap-misconceptions"))
            out.append(f"<p>{esc(t('recap.unchosen', n=self.unchosen()))}</p>")
        out.append("</div>")
        return "\n".join(out)

    def plain(self) -> str:
        lines = [f"{t('recap.formative_head')} {t('recap.formative')}"]
        if self.paste.found:
            lines.append(self.headline())
        lines += [f"- {m}" for m in self.paste.messages]
        if len(self.table):
            lines.append(t("recap.class_table"))
            lines += ["  " + " | ".join(str(v) for v in row) for row in self.table.itertuples(index=False)]
        for g, fig in zip(self.groups, self.figures):
            lines.append(t("recap.per_item", what=g.what, n=g.n))
            lines += ["  " + " | ".join(str(v) for v in row) for row in self.options(g).itertuples(index=False)]
            lines.append(static.display_figure_text(fig))
        if len(self.misconceptions):
            lines.append(t("recap.misconceptions"))
            lines += ["  " + " | ".join(str(v) for v in row) for row in self.misconceptions.itertuples(index=False)]
        return "\n".join(lines)


def answers_text(r: Result, items: results.Items | None) -> str:
    """A learner's answers, compactly: '1a ✔, 2c ✘, 3– ...' (no marks when the items are not
    known: a code made for other questions); for a design, its choices in words."""
    if r.activity == "project":
        return design_text(r.design)
    parts = []
    for i, a in enumerate(r.answers):
        letter = "–" if a is None else LETTERS[a].lower()
        mark = ""
        if items is not None and a is not None and items.accepted(i):
            mark = " ✔" if a in items.accepted(i) else " ✘"
        parts.append(f"{i + 1}{letter}{mark}")
    return ", ".join(parts)


def design_text(design: results.Design | None) -> str:
    from kss import data
    if design is None:
        return ""
    names = data.country_names()

    def countries(codes):
        return ", ".join(names.get(c, c) for c in codes) or "–"

    parts = [f"{countries(design.providers)} → {countries(design.partners)}",
             t(f"sector.{design.sector}") if design.sector else "–",
             t(f"modality.{design.modality}"), t(f"benefit.{design.benefit}")]
    if design.supporter:
        parts.append(t("recap.supporter", name=design.supporter))
    if design.title:
        parts.append(f"«{design.title}»")
    return "; ".join(parts)


def _html_table(frame: pd.DataFrame, css: str) -> str:
    esc = html.escape
    head = "".join(f'<th style="text-align:left">{esc(str(c))}</th>' for c in frame.columns)
    body = "".join("<tr>" + "".join(f'<td style="text-align:left">{esc(str(v))}</td>' for v in row) + "</tr>"
                   for row in frame.itertuples(index=False))
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def summary(text, lesson: str | None = None) -> ClassSummary:
    """The class summary of every result code in `text` (any text: a chat, a form's export,
    codes one per line). With `lesson` ("02"), only that lesson's codes count."""
    return ClassSummary(text, lesson)


# ---------------------------------------------------------------- the chart

def chart(group: Group):
    """Stacked bars, one per item: the share of the class choosing the right option (green,
    plain), each wrong option (vermillion, a hatch and its letter each) and no answer (grey)."""
    n_items = len(group.items.ids)
    fig = style.figure(9, 1.6 + 0.42 * n_items)
    ax = fig.add_subplot()
    rows = list(range(n_items))[::-1]          # item 1 at the top
    seen = set()
    for i, y in zip(range(n_items), rows):
        counts, none = group.counts(i)
        key = group.items.keys[i]
        accepted = group.items.accepted(i)
        first = ([key] if key is not None else []) + sorted(accepted - {key})
        order = first + [k for k in range(len(counts)) if k not in first]
        left = 0.0
        for k in order:
            share = 100 * counts[k] / group.n
            right = k in accepted
            label = t("recap.legend_right") if right else t("recap.legend_wrong")
            ax.barh(y, share, left=left, height=0.7, color=RIGHT if right else WRONG, edgecolor="white",
                    hatch=None if right else WRONG_HATCHES[k % len(WRONG_HATCHES)],
                    label=None if label in seen else label)
            seen.add(label)
            if share >= 7:
                ax.text(left + share / 2, y, f"{LETTERS[k].lower()} {round(share)}%", ha="center", va="center",
                        fontsize=10, color="black", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
            left += share
        share = 100 * none / group.n
        label = t("recap.legend_none")
        ax.barh(y, share, left=left, height=0.7, color=NONE, edgecolor="white",
                label=None if label in seen else label)
        seen.add(label)
    ax.set_yticks(rows, [t("recap.item_label", n=i + 1) for i in range(n_items)])
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("recap.chart_x"))
    ax.grid(axis="y", visible=False)
    ax.set_title(style.plain(t("recap.chart_title", what=group.what, n=group.n)))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.5 / (0.5 + 0.15 * n_items)), ncol=3, frameon=False)
    style.source_note(fig, t("recap.chart_source", n=group.n))
    parts = []
    for i in range(n_items):
        counts, _none = group.counts(i)
        wrong = [(n, k) for k, n in enumerate(counts) if k not in group.items.accepted(i) and n]
        part = t("recap.alt_item", n=i + 1, right=_pct(group.right(i), group.n))
        if wrong:
            n, k = max(wrong, key=lambda nk: (nk[0], -nk[1]))
            part += " " + t("recap.alt_wrong", letter=LETTERS[k].lower(), share=_pct(n, group.n))
        parts.append(part)
    hardest = min(range(n_items), key=lambda i: (group.right(i), i))
    return style.describe(fig, t("recap.alt", what=group.what, items=n_items, n=group.n, parts="; ".join(parts),
                                 hardest=hardest + 1, share=_pct(group.right(hardest), group.n)))


# ---------------------------------------------------------------- the paste box

class PasteBox:
    """A text box to paste codes into, a choice of lesson, 'Buat rekap' and the summary under it.
    Tests drive it: box.text.value = "...", box.make(), box.summary."""

    def __init__(self):
        from kss import quiz
        self.text = widgets.Textarea(value="", placeholder=t("recap.placeholder"),
                                     layout=widgets.Layout(width="100%", height="160px"))
        self.lesson = widgets.Dropdown(options=[(t("recap.all_lessons"), "")] + [(nn, nn) for nn in quiz.lessons()],
                                       value="", description=t("recap.lesson"),
                                       style={"description_width": "initial"})
        self.button = widgets.Button(description=t("recap.make"), button_style="primary")
        self.output = widgets.HTML("")
        self.summary: ClassSummary | None = None
        self.button.on_click(lambda _b: self.make())
        self.widget = widgets.VBox([widgets.HTML(f"<p>{html.escape(t('recap.box_intro'))}</p>"), self.text,
                                    widgets.HBox([self.lesson, self.button]), self.output])
        self.widget.add_class("kss-recap-box")

    def make(self) -> ClassSummary:
        try:
            self.summary = summary(self.text.value, self.lesson.value or None)
            self.output.value = self.summary.html()
        except Exception as exc:     # a course file that cannot be read: said in words, no traceback
            self.summary = None
            self.output.value = f"<p>{html.escape(t('recap.failed', error=type(exc).__name__))}</p>"
        return self.summary

    def _repr_mimebundle_(self, **kwargs):
        return static.bundle(self, self.widget, **kwargs)


def paste_box() -> PasteBox:
    """The class summary's paste box (notebooks/<lang>/rekap-kelas / class-summary)."""
    return PasteBox()


# ---------------------------------------------------------------- the worked example

EXAMPLE_LESSON = "02"
# invented learners (the example says so); a name with an apostrophe and one with an emoji
EXAMPLE_NAMES = ("Ayu", "Bima", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hana", "Irfan", "Ma'ruf",
                 "Kartika", "Lestari 🌸")


def example_codes(lesson: str = EXAMPLE_LESSON) -> list[str]:
    """A dozen result codes of an invented class for lesson `lesson`'s quiz, made by the encoder:
    each learner right with their own probability, a wrong answer more often the first
    misconception than the others, the last learner leaving the last question out."""
    items = results.items_for(lesson, "quiz")
    codes = []
    for number, name in enumerate(EXAMPLE_NAMES):
        rng = random.Random(1955 + number)
        skill = 0.35 + 0.5 * number / (len(EXAMPLE_NAMES) - 1)
        answers = []
        for options, key in zip(items.options, items.keys):
            wrong = [k for k in range(len(options)) if k != key]
            answers.append(key if rng.random() < skill else rng.choices(wrong, weights=range(len(wrong) + 1, 1, -1))[0])
        if number == len(EXAMPLE_NAMES) - 1:
            answers[-1] = None
        codes.append(results.encode(lesson, "quiz", name, answers))
    return codes


def example_paste(lesson: str = EXAMPLE_LESSON) -> str:
    """An invented class chat as a teacher might copy it: the dozen codes of example_codes()
    among chat text, one in smart quotes, one split over two lines, one sent twice, one changed
    by a character, one cut short, and a card-sort and a project-design code."""
    from kss import modality
    codes = example_codes(lesson)
    line = lambda minute, who, text: t("recap.example.line", minute=f"{minute:02d}", who=who, text=text)  # noqa: E731
    teacher = t("recap.example.teacher")
    out = [t("recap.example.label"), line(30, teacher, t("recap.example.ask", lesson=lesson))]
    for number, (name, code) in enumerate(zip(EXAMPLE_NAMES, codes)):
        minute = 32 + number
        if number == 1:
            out.append(line(minute, name, f"{t('recap.example.here')} \u201c{code}\u201d"))
        elif number == 2:
            out.append(line(minute, name, code[:24]))
            out.append(code[24:])
        else:
            out.append(line(minute, name, code))
    out.append(line(44, EXAMPLE_NAMES[1], f"{t('recap.example.again')} {codes[1]}"))
    altered = results.encode(lesson, "quiz", "Rudi", [0] * len(results.items_for(lesson, "quiz").ids))
    head, score_field = altered.split("-")[:2]
    position = len(head) + len(score_field) + 2     # the first answer letter: changed
    altered = altered[:position] + ("C" if altered[position] != "C" else "D") + altered[position + 1:]
    out.append(line(45, "Rudi", altered))
    cut = results.encode(lesson, "quiz", "Sari", [1] * len(results.items_for(lesson, "quiz").ids))
    out.append(line(45, "Sari", cut[:-5]))
    sort_answers = {card: modality.MODALITIES.index("bilateral") for card in modality.card_order()[:8]}
    out.append(line(46, EXAMPLE_NAMES[6], f"{t('recap.example.sort')} "
                    + results.encode(results.HOME["sort"], "sort", EXAMPLE_NAMES[6], sort_answers)))
    design = results.Design(("IDN",), ("TZA",), "agriculture", "triangular", "institutional_capacity",
                            "", t("recap.example.title"))
    out.append(line(47, EXAMPLE_NAMES[7], f"{t('recap.example.project')} "
                    + results.encode(results.HOME["project"], "project", EXAMPLE_NAMES[7], design)))
    out.append(line(48, teacher, t("recap.example.thanks")))
    return "\n".join(out)
