"""What an explorer, quiz or activity cell shows where no kernel runs.

A widget needs a live kernel. Opened on GitHub, nbviewer, in nbconvert's HTML, on paper,
or in JupyterLab before the cell is run, a widget-only output shows nothing (or "Error
displaying widget: model not found"). So every interactive object of kss offers, beside
the widget view, a static picture of its starting state:

- `text/html`: a note that the view comes alive when the cell is run, the object's
  texts (questions, cards, messages), each control with its choices, and the figure as
  an image with a text description (alt);
- `text/plain`: the same in plain words.

JupyterLab, Voila and the classic notebook prefer the widget view when a kernel runs, so
the learner sees the live widget; tools/notebooks.py keeps only the static parts in the
committed notebooks (no widget state, no widget-view output).
"""
from __future__ import annotations

import base64
import html
import re
import zlib

import ipywidgets as widgets

from kss import style
from kss.controls import Choices
from kss.labels import t

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
_TAG = re.compile(r"<[^>]+>")


def bundle(obj, widget: widgets.Widget, alt: str = "", **kwargs) -> dict:
    """The widget's own mime bundle plus the static text/html and text/plain."""
    data = widget._repr_mimebundle_(**kwargs)
    parts = list(_parts(widget, alt))
    data["text/html"] = _html(parts)
    data["text/plain"] = _plain(parts)
    return data


def _parts(widget, alt: str):
    """(kind, payload) pieces of a widget tree, in reading order; hidden parts skipped."""
    layout = getattr(widget, "layout", None)
    if layout is not None and getattr(layout, "display", None) == "none":
        return
    if isinstance(widget, Choices):        # checkboxes: one control line, not one per box
        yield ("control", (widget.description, list(widget._options_labels), _chosen(widget)))
    elif isinstance(widget, widgets.Box):
        for child in widget.children:
            yield from _parts(child, alt)
    elif isinstance(widget, widgets.Image):
        if widget.value:
            yield ("image", (bytes(widget.value), alt))
    elif isinstance(widget, (widgets.HTML, widgets.HTMLMath)):
        if widget.value.strip():
            yield ("html", widget.value)
    elif isinstance(widget, widgets.Label):
        if widget.value.strip():
            yield ("text", widget.value)
    elif isinstance(widget, widgets.Button):
        return   # buttons do nothing on paper
    elif isinstance(widget, widgets.widget_selection._Selection) or isinstance(
            widget, widgets.widget_selection._MultipleSelection):
        labels = [str(label) for label in widget._options_labels]
        yield ("control", (widget.description, labels, _chosen(widget)))
    elif isinstance(widget, (widgets.IntSlider, widgets.FloatSlider, widgets.IntRangeSlider,
                             widgets.FloatRangeSlider, widgets.BoundedIntText,
                             widgets.BoundedFloatText)):
        value = widget.value
        shown = f"{value[0]}–{value[1]}" if isinstance(value, (tuple, list)) else str(value)
        yield ("control", (widget.description, [f"{widget.min}–{widget.max}"], shown))
    elif isinstance(widget, (widgets.Text, widgets.Textarea)):
        yield ("control", (widget.description, [], widget.placeholder or ""))
    elif isinstance(widget, widgets.Checkbox):
        yield ("control", (widget.description, [], t("static.yes") if widget.value else t("static.no")))


def _chosen(widget) -> str:
    label = getattr(widget, "label", None)
    if isinstance(label, tuple):
        return ", ".join(label)
    return "" if label is None else str(label)


def _html(parts) -> str:
    out = ['<div class="kss-static" style="border:1px dashed #888;padding:6px 10px;margin:4px 0">',
           f'<p class="kss-static-note"><em>{html.escape(t("static.note"))}</em></p>']
    for kind, payload in parts:
        if kind == "html":
            out.append(payload)     # already escaped by the helper that built it
        elif kind == "text":
            out.append(f"<p>{html.escape(payload)}</p>")
        elif kind == "image":
            png, alt = payload
            src = base64.b64encode(png).decode("ascii")
            out.append(f'<img src="data:image/png;base64,{src}" alt="{html.escape(alt)}" '
                       'style="max-width:100%">')
        elif kind == "control":
            label, options, chosen = payload
            if not label and options:     # e.g. a quiz question's choices: a), b), c) ...
                out.append("<p>" + html.escape(_lettered(options)) + "</p>")
                continue
            line = f"<b>{html.escape(label or t('static.control'))}</b>"
            if options:
                line += " " + html.escape(t("static.options", options="; ".join(options[:40])))
                if len(options) > 40:
                    line += html.escape(f" … (+{len(options) - 40})")
            if chosen:
                line += " " + html.escape(t("static.chosen", value=chosen))
            out.append(f'<p class="kss-static-control">{line}</p>')
    out.append("</div>")
    return "\n".join(out)


def _plain(parts) -> str:
    lines = [t("static.note")]
    for kind, payload in parts:
        if kind in ("html", "text"):
            text = html.unescape(_TAG.sub(" ", payload))
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                lines.append(text)
        elif kind == "image":
            lines.append(t("static.figure", alt=payload[1]) if payload[1] else t("static.figure_plain"))
        elif kind == "control":
            label, options, chosen = payload
            if not label and options:
                lines.append(_lettered(options))
                continue
            line = (label or t("static.control"))
            if options:
                line += " " + t("static.options", options="; ".join(options[:12]))
            if chosen:
                line += " " + t("static.chosen", value=chosen)
            lines.append(line)
    return "\n".join(lines)


def _lettered(options) -> str:
    return "   ".join(f"{'abcdefghijklmnopqrstuvwxyz'[i]}) {o}" for i, o in enumerate(options[:26]))


def figure_alt(figure) -> str:
    """A short description of a figure for the image's alt text: the description its code
    gave (style.describe), else its title(s)."""
    if figure is None:
        return ""
    described = style.description(figure)
    if described:
        return described
    titles = []
    if getattr(figure, "_suptitle", None) is not None and figure._suptitle.get_text():
        titles.append(figure._suptitle.get_text())
    for ax in figure.axes:
        text = ax.get_title() or ax.get_title(loc="left")
        if text and text not in titles:
            titles.append(text)
    return " · ".join(titles).replace("\\$", "$")


def caption_html(text: str) -> str:
    """The description shown to sighted readers under a figure (same words as the alt)."""
    if not text:
        return ""
    return (f'<p class="kss-caption" style="margin:2px 0 6px;font-style:italic">'
            f'<b>{html.escape(t("static.caption"))}</b> {html.escape(text)}</p>')


def figure_html(png: bytes, text: str) -> str:
    """A static figure as HTML: the PNG with its description as alt text and as caption."""
    src = base64.b64encode(png).decode("ascii")
    return (f'<figure class="kss-figure-out" style="margin:0">'
            f'<img src="data:image/png;base64,{src}" alt="{html.escape(text)}" style="max-width:100%">'
            f'<figcaption>{caption_html(text)}</figcaption></figure>')


_PNG = re.compile(r'<figure class="kss-figure-out"[^>]*><img src="data:image/png;base64,([^"]+)" alt="([^"]*)"')


def stored_figure(html_text: str):
    """(base64 PNG, description) of a static figure stored by figure_html, else None."""
    match = _PNG.search(html_text or "")
    return (match.group(1), html.unescape(match.group(2))) if match else None


def display_figure(fig) -> dict:
    """What a lesson cell shows for a Figure (registered by kss.setup in a kernel): the
    figure as HTML (PNG + alt + caption) and the description as plain text. One output,
    no separate image/png (it would double the stored bytes). Encoded as the explorers'
    images are (kss.style.to_png: drawn once, indexed colour): about a third of the bytes of
    IPython's RGBA PNG and 30-40 % less CPU, at the same size in pixels."""
    from kss import style

    png = style.to_png(fig)
    text = figure_alt(fig)
    return {"text/html": figure_html(png, text), "text/plain": display_figure_text(fig)}


def display_figure_text(fig) -> str:
    """The plain-text form of a static figure: its description."""
    text = figure_alt(fig)
    return t("static.figure", alt=text) if text else t("static.figure_plain")


# ---------------------------------------------------------------- a quiz without a kernel

# The static quiz gives feedback without a kernel and without JavaScript: one radio button
# per option and, under them, the feedback of the checked option, shown by CSS. The
# feedback texts sit in data- attributes and are shown by `content: attr(...)`, so a
# viewer that strips <style> (GitHub; JupyterLab for an untrusted notebook) shows no
# feedback at all rather than every answer; there, the folded "show the answer" under each
# question (hidden where the CSS works) gives the key, the explanation and the misconceptions.
# Colours: #b34700 and #00704a on white 5.5:1 and 6.2:1 (on #111 3.4:1 and 3.1:1; WCAG AA asks
# 3:1 for a border);
# the text keeps the page's own colour. Class names all start with kss-sq.
_QUIZ_LETTERS = "abcdefgh"
_QUIZ_CSS = (
    ".kss-sq-q{margin:0 0 10px;max-width:100%}"
    ".kss-sq-q label{overflow-wrap:anywhere}"
    ".kss-sq-q input{margin:2px 6px 2px 0}"
    ".kss-sq-fb{margin:4px 0 0}"
    ".kss-sq-q input:checked~.kss-sq-fb{border-left:4px solid #b34700;padding:4px 8px}"
    ".kss-sq-q input.kss-sq-ok:checked~.kss-sq-fb{border-left-color:#00704a}"
    + "".join(f".kss-sq-q .kss-sq-{c}:checked~.kss-sq-fb::after{{content:attr(data-{c})}}" for c in _QUIZ_LETTERS)
    + ".kss-sq-q .kss-sq-key{display:none}"
)


def quiz_bundle(quiz, **kwargs) -> dict:
    """A kss.quiz.Quiz's mime bundle: its widget view, and a static view of its questions in
    their STORED order (whatever order the live widget shows), the same bytes at every run."""
    data = quiz.widget._repr_mimebundle_(**kwargs)
    data["text/html"] = quiz_html(quiz.title, quiz.questions)
    data["text/plain"] = quiz_plain(quiz.title, quiz.questions)
    return data


def quiz_html(title: str, questions) -> str:
    from kss.quiz import feedback_text, stimulus_html

    digest = zlib.crc32("\n".join(q.text + "|" + "|".join(q.options) for q in questions).encode("utf-8"))
    prefix = f"kss-sq-{digest:08x}"
    out = ['<div class="kss-static" style="border:1px dashed #888;padding:6px 10px;margin:4px 0">',
           f'<p><em>{html.escape(t("static.note"))}</em></p>',
           f"<style>{_QUIZ_CSS}</style>", '<div class="kss-sq">']
    if title:
        out.append(f"<h4>{html.escape(title)}</h4>")
    for number, q in enumerate(questions, start=1):
        name = f"{prefix}-{number}"
        out.append(f'<div class="kss-sq-q" role="radiogroup" aria-labelledby="{name}-t">')
        out.append(stimulus_html(q) + f'<p id="{name}-t"><b>{html.escape(t("quiz.question", n=number))}.</b> '
                   f"{html.escape(q.text)}</p>")
        for k, option in enumerate(q.options):
            c = _QUIZ_LETTERS[k]
            classes = f"kss-sq-{c}" + (" kss-sq-ok" if k == q.answer else "")
            out.append(f'<input type="radio" name="{name}" id="{name}{c}" class="{classes}">'
                       f'<label for="{name}{c}">{c}) {html.escape(option)}</label><br>')
        feedback = " ".join(f'data-{_QUIZ_LETTERS[k]}="{html.escape(feedback_text(q, k), quote=True)}"'
                            for k in range(len(q.options)))
        out.append(f'<p class="kss-sq-fb" aria-live="polite" {feedback}></p>')
        out.append(f'<details class="kss-sq-key"><summary>{html.escape(t("quiz.show_answer"))}</summary>'
                   f"<p>{html.escape(_key_line(q))}</p></details>")
        out.append("</div>")
    out.append("</div></div>")
    return "\n".join(out)


def _key_line(q) -> str:
    letters = _QUIZ_LETTERS
    line = f"{t('quiz.answer_key')}: {letters[q.answer]}) {q.options[q.answer]}. {q.explanation}"
    wrong = [f"{letters[k]}) {q.misconception(k)}" for k in range(len(q.options)) if q.misconception(k)]
    if wrong:
        line += f" {t('quiz.misconceptions_key')}: " + " ".join(wrong)
    return line


def quiz_plain(title: str, questions) -> str:
    lines = [t("static.note")] + ([title] if title else [])
    for number, q in enumerate(questions, start=1):
        if q.stimulus:
            lines.append(q.stimulus + (f" ({q.source})" if q.source else ""))
        lines.append(f"{t('quiz.question', n=number)}. {q.text}")
        lines.append(_lettered(q.options))
    return "\n".join(lines)
