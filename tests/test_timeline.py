"""Lesson 03 helpers (kss.timeline): the static timeline, the participation chart and the
timeline explorer, checked against data/milestones.csv read here with the csv module
(independently of kss.data), through every option of every control."""
import csv
import html
import itertools

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from kss import data, style, timeline  # noqa: E402
from kss.labels import t  # noqa: E402
from kss.quiz import Question, Quiz, questions_for  # noqa: E402


CSV = data.DATA_DIR / "milestones.csv"


def rows_from_csv(path=CSV):
    with path.open(encoding="utf-8", newline="") as f:
        return [{**r, "year": int(r["year"]), "indonesia": r["indonesia"] == "true",
                 "sources": r["sources"].split(";")} for r in csv.DictReader(f)]


ALL_ROWS = rows_from_csv()
# rows of category 'context' are source material for a fact-check, not SSC milestones
ROWS = [r for r in ALL_ROWS if r["category"] != "context"]
YEARS = sorted({r["year"] for r in ROWS})
CATEGORIES = ["all"] + sorted({r["category"] for r in ROWS})


def expected(start, end, category):
    return [r for r in ROWS if start <= r["year"] <= end and category in ("all", r["category"])]


def collections_by_gid(fig):
    ax = fig.axes[0]
    return {c.get_gid(): len(c.get_offsets()) for c in ax.collections if c.get_gid()}


def tick_texts(fig):
    return [label.get_text().replace("\n", " ").replace("\\$", "$") for label in fig.axes[0].get_yticklabels()]


def check_view(view, start, end, category, highlight):
    want = expected(start, end, category)
    assert len(view.data) == len(want)
    assert sorted(view.data["milestone_id"]) == sorted(r["milestone_id"] for r in want)
    fig = view.figure
    gids = collections_by_gid(fig)
    if not want:
        assert str(start) in view.message and str(end) in view.message
        if category != "all":
            assert t(f"timeline.category.{category}") in view.message
        assert gids == {}
        assert view.html == ""
        return
    # one labelled row per milestone, oldest at the top
    assert len(tick_texts(fig)) == len(want)
    assert tick_texts(fig)[0].startswith(str(min(r["year"] for r in want)))
    assert tick_texts(fig)[-1].startswith(str(max(r["year"] for r in want)))
    # dots per kind
    for cat in {r["category"] for r in want}:
        assert gids[f"category:{cat}"] == sum(1 for r in want if r["category"] == cat)
    # Indonesia rings only when highlighted
    n_idn = sum(1 for r in want if r["indonesia"])
    assert gids.get("indonesia", 0) == (n_idn if highlight else 0)
    bold = sum(1 for label in fig.axes[0].get_yticklabels() if label.get_fontweight() == "bold")
    assert bold == (n_idn if highlight else 0)
    assert str(len(want)) in view.message
    # the message's Indonesia count (kss/locales/id.yml timeline.count, written out again)
    assert f"{len(want)} tonggak sejarah cocok dengan pilihanmu ({n_idn} berkaitan dengan Indonesia)" in view.message
    # the alt text: how many milestones and years, each kind with its count, and the
    # Indonesia sentence only when the highlight is on
    alt = style.description(fig)
    assert f"Garis waktu {len(want)} tonggak KSS, {start}–{end}" in alt
    for cat in {r["category"] for r in want}:
        n_cat = sum(1 for r in want if r["category"] == cat)
        assert f"untuk {t(f'timeline.category.{cat}')} ({n_cat})" in alt
    ring = f"{n_idn} tonggak yang berkaitan dengan Indonesia dilingkari hitam"
    assert (ring in alt) == bool(highlight and n_idn)
    # each card: its year, title and description, and the star only on Indonesia's milestones
    cards = view.html.split("<li")[1:]
    for r in want:
        card = next(c for c in cards if f"<b>{r['year']} · {html.escape(r['title_id'])}</b>" in c)
        assert html.escape(r["description_id"]) in card
        assert ("</b> ★<br>" in card) == r["indonesia"], r["milestone_id"]
    assert view.html.count("★") == n_idn
    # the panel: one card per milestone, every source linked (escaped), folded so that the
    # explorer's first view is the figure, not a page of text (lesson time counts what is shown)
    assert view.html.startswith("<details><summary>") and view.html.endswith("</details>")
    assert view.html.count("<li") == len(want)
    for r in want:
        for url in r["sources"]:
            assert html.escape(url, quote=True) in view.html


def test_static_figure_shows_1954_to_2019_with_indonesia_highlighted():
    fig = timeline.figure()
    want = expected(1954, 2019, "all")
    assert len(tick_texts(fig)) == len(want)
    titles = [f"{r['year']} · {r['title_id']}" for r in
              sorted(want, key=lambda r: (r["year"], r["date_start"], r["milestone_id"]))]
    assert tick_texts(fig) == titles
    gids = collections_by_gid(fig)
    assert gids["indonesia"] == sum(1 for r in want if r["indonesia"])
    assert sum(v for k, v in gids.items() if k.startswith("category:")) == len(want)
    assert "1954" in fig.get_suptitle() and "2019" in fig.get_suptitle()
    # the lesson's milestones are all on it
    ids = {r["milestone_id"] for r in want}
    for needed in ("nam-belgrade-1961", "g77-1964", "tcdc-unit-1974", "bapa-1978", "un-day-ssc-2003",
                   "un-day-ssc-moved-2011", "nairobi-2009", "unossc-name-2012", "bandung-60-2015",
                   "sdg17-2015", "bapa40-2019"):
        assert needed in ids
    # readable: no text under 10 pt, a source line under the figure
    sizes = [t_.get_fontsize() for t_ in fig.findobj(matplotlib.text.Text) if t_.get_text()]
    assert min(sizes) >= 10
    assert any(t_.get_text().startswith("Sumber") for t_ in fig.texts)


def test_colours_are_okabe_ito_per_category():
    fig = timeline.figure()
    for c in fig.axes[0].collections:
        gid = c.get_gid() or ""
        if gid.startswith("category:"):
            colour = matplotlib.colors.to_hex(c.get_facecolor()[0]).upper()
            assert colour == timeline.CATEGORY_COLOURS[gid.split(":")[1]].upper()


def test_explorer_starts_on_1954_2019_and_lists_sources():
    explorer = timeline.explorer()
    assert explorer.error is None
    assert explorer.controls["years"].value == (1954, 2019)
    assert explorer.controls["years"].min == min(YEARS) and explorer.controls["years"].max == max(YEARS)
    assert [v for _, v in explorer.controls["category"].options] == \
        ["all"] + [c for c in timeline.CATEGORY_COLOURS if c in CATEGORIES]
    check_view(explorer.view, 1954, 2019, "all", True)


def test_explorer_every_control_option_through_the_widgets():
    explorer = timeline.explorer()
    for category in [v for _, v in explorer.controls["category"].options]:
        explorer.controls["category"].value = category
        assert explorer.error is None
        check_view(explorer.view, 1954, 2019, category, True)
    explorer.controls["category"].value = "all"
    for highlight in (False, True):
        explorer.controls["highlight_indonesia"].value = highlight
        assert explorer.error is None
        check_view(explorer.view, 1954, 2019, "all", highlight)
    for years in [(1954, 1954), (1955, 1955), (1990, 1991), (1978, 2003), (min(YEARS), max(YEARS)),
                  (2020, 2023), (2024, 2024)]:
        explorer.controls["years"].value = years
        assert explorer.error is None
        check_view(explorer.view, *years, "all", True)


# a dense sample of year ranges (every 5th year as start and end, plus the data's edges)
STARTS = sorted(set(range(min(YEARS), max(YEARS) + 1, 5)) | {min(YEARS), max(YEARS)})
RANGES = [(a, b) for a, b in itertools.product(STARTS, STARTS) if a <= b]


@pytest.mark.parametrize("category", CATEGORIES)
def test_filter_dense_sample(category):
    """The rows behind every view: all sampled ranges, every kind (cheap: no figure)."""
    for start, end in RANGES:
        rows = timeline.milestones((start, end), category)
        assert list(rows["milestone_id"]) == [r["milestone_id"] for r in sorted(
            expected(start, end, category), key=lambda r: (r["year"], r["date_start"], r["milestone_id"]))]


@pytest.mark.parametrize("category", CATEGORIES)
def test_explorer_sample_of_ranges(category):
    """Figures, messages and panels for a sample of those ranges, both highlight states
    (drawn without the PNG step, which the widget tests above already cover)."""
    explorer = timeline.explorer()
    for (start, end), highlight in itertools.product(RANGES[::12], (True, False)):
        view = explorer.draw(years=(start, end), category=category, highlight_indonesia=highlight)
        check_view(view, start, end, category, highlight)


def test_empty_range_says_so_in_words():
    explorer = timeline.explorer()
    explorer.controls["years"].value = (1990, 1991)
    assert not expected(1990, 1991, "all")
    assert explorer.view.message == t("timeline.empty", start=1990, end=1991)
    explorer.controls["category"].value = "initiative"
    assert explorer.view.message == t("timeline.empty_category", start=1990, end=1991,
                                      category=t("timeline.category.initiative"))
    texts = [x.get_text() for x in explorer.view.figure.axes[0].texts]
    assert explorer.view.message in texts


def test_participation_counts_are_in_the_milestone_descriptions():
    by_id = {r["milestone_id"]: r for r in ROWS}
    for milestone_id, count in timeline.PARTICIPATION:
        assert str(count) in by_id[milestone_id]["description_id"]
        assert str(count) in by_id[milestone_id]["description_en"]
    fig = timeline.participation_figure()
    widths = [p.get_width() for p in fig.axes[0].patches]
    assert widths == [count for _, count in timeline.PARTICIPATION]


def test_data_text_is_escaped_in_the_panel_and_literal_in_the_figure(data_copy, monkeypatch):
    from table_edit import set_cell
    set_cell(data_copy / "milestones.csv", 4, "title_id", "<script>alert(1)</script> & US$5")
    monkeypatch.setattr(data, "DATA_DIR", data_copy)
    explorer = timeline.explorer()
    assert explorer.error is None
    assert "<script>" not in explorer.view.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; US$5" in explorer.view.html
    assert any("US\\$5" in label.get_text() for label in explorer.view.figure.axes[0].get_yticklabels())


def test_labels_exist_in_both_languages():
    from kss.labels import LABELS
    keys = {k for k in LABELS["id"] if k.startswith("timeline.")}
    assert keys and keys == {k for k in LABELS["en"] if k.startswith("timeline.")}
    for cat in CATEGORIES[1:]:
        assert f"timeline.category.{cat}" in keys




def test_context_rows_are_on_no_timeline():
    """The AIS Forum (2018) is not a South-South forum (decision ais-forum-not-ssc): it stays
    in the table as fact-check material but on no timeline and in no count (R2-14)."""
    context = {r["milestone_id"] for r in ALL_ROWS if r["category"] == "context"}
    assert "ais-forum-manado-2018" in context
    from kss import indonesia, project
    assert not context & set(timeline.milestones((1900, 2100))["milestone_id"])
    assert not context & set(indonesia.milestones()["milestone_id"])
    assert "context" not in timeline.categories()
    fig = project.journey_figure()
    n = len(ALL_ROWS) - len(context)
    assert t("project.journey_source", n=n) in "".join(text.get_text() for text in fig.texts)
