"""Sphinx configuration of the course website, one edition per build (tools/site.py runs it).

tools/site.py stages an edition's pages (docs/<lang>/*.md, notebooks/<lang>/*.ipynb and the
generated includes) and writes what this file needs to know into a JSON file named by the
environment variable KSS_SITE_CONTEXT: the language, the site's title, the lessons with
their launch links, the other edition's address of every page. Nothing here reads the
network: MyST-NB renders the notebooks' stored outputs (nb_execution_mode "off"), and the
theme (furo) ships its CSS and JS in its wheel.
"""
from __future__ import annotations

import json
import os
import posixpath
import re
from pathlib import Path

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.writers.html5 import HTML5Translator

from kss.editions import EDITIONS

CONTEXT = json.loads(Path(os.environ["KSS_SITE_CONTEXT"]).read_text(encoding="utf-8"))
LANG = CONTEXT["lang"]

project = CONTEXT["title"]
html_title = CONTEXT["title"]
language = LANG
copyright = CONTEXT["copyright"]
extensions = ["myst_nb"]
exclude_patterns = ["_generated/*", "_build", "**.ipynb_checkpoints"]
templates_path = [str(Path(__file__).parent / "templates")]
html_static_path = [str(Path(__file__).parent / "static")]
html_css_files = ["kss-site.css"]
html_js_files = [("kss-site.js", {"defer": "defer"})]
html_theme = "furo"
html_theme_options = {
    "top_of_page_buttons": [],
    # the pages stay light: the lessons' figures and static views are drawn for a white page
    "light_css_variables": {"color-brand-primary": "#1d4f91", "color-brand-content": "#1d4f91",
                            "font-stack": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
}
html_sidebars = {"**": ["sidebar/brand.html", "kss-edition.html", "sidebar/search.html",
                        "sidebar/scroll-start.html", "sidebar/navigation.html", "sidebar/scroll-end.html"]}
html_copy_source = False
html_show_sourcelink = False
html_show_sphinx = False
html_last_updated_fmt = None

# the notebooks as they are stored: never executed here
nb_execution_mode = "off"
nb_merge_streams = True
# headings get JupyterLab's anchors ("Peta kursus" -> #Peta-kursus), the ones the
# notebooks' own links use (kss.editions.Edition.anchor)
myst_heading_anchors = 3
myst_heading_slug_func = EDITIONS[LANG].anchor
suppress_warnings = ["config.cache"]


class EditionLinks(SphinxPostTransform):
    """Links between notebooks on the site: the navigation bar's link to the other edition
    (../en/NN-x.ipynb in the notebook) points at that lesson's page in the other edition's
    site (MyST cannot resolve it: the other edition is another build), and a link to a
    notebook of this edition inside a stored Markdown output (the teacher guide's course map),
    which MyST leaves as it is written, points at its page."""

    default_priority = 5          # before MyST's own resolver (9)

    def run(self, **kwargs) -> None:
        from sphinx.addnodes import pending_xref

        for node in self.document.findall(nodes.reference):
            uri = node.get("refuri", "")
            match = re.fullmatch(r"([\w.-]+)\.ipynb(#.*)?", uri)
            if match and match.group(1) in CONTEXT["notebooks"]:
                node["refuri"] = f"{match.group(1)}.html{match.group(2) or ''}"
        for node in list(self.document.findall(pending_xref)):
            target = node.get("reftarget", "")
            url = CONTEXT["other_notebooks"].get(posixpath.normpath(target.split("#")[0]))
            if url is None:
                continue
            ref = nodes.reference("", "", internal=False, refuri=url, classes=["kss-other-edition"])
            ref += node.children
            node.replace_self(ref)


class Translator(HTML5Translator):
    """Sphinx writes a table of contents' caption as <p class="caption" role="heading"> with no
    aria-level (a heading role needs one: axe-core's aria-required-attr, critical); the
    sidebar's captions are headings of its second level."""

    def visit_title(self, node) -> None:
        super().visit_title(node)
        for i in (-2, -1):
            if len(self.body) >= 2 and self.body[i].startswith('<p class="caption" role="heading"'):
                self.body[i] = self.body[i].replace('role="heading"', 'role="heading" aria-level="2"', 1)


def lesson_launch(app, doctree, docname) -> None:
    """The launch box of a lesson page, right under its title (tools/site.py wrote its HTML)."""
    launch = CONTEXT["launch"].get(docname)
    if not launch:
        return
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None or not isinstance(section[0], nodes.title):
        return
    section.insert(1, nodes.raw("", launch, format="html"))


def page_context(app, pagename, templatename, context, doctree) -> None:
    context["kss_other_edition"] = CONTEXT["other_pages"].get(pagename, CONTEXT["other_pages"]["index"])
    context["kss_other_label"] = CONTEXT["other_label"]
    context["kss_other_lang"] = CONTEXT["other_lang"]


def setup(app):
    app.set_translator("html", Translator, override=True)
    app.add_post_transform(EditionLinks)
    app.connect("doctree-resolved", lesson_launch)
    app.connect("html-page-context", page_context)
    return {"parallel_read_safe": True}
