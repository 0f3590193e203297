"""Lesson 06 helpers (kss.examples): the provider -> partner map and the examples explorer.

Expected values are computed here from data/examples.csv with the csv module, not with
the code under test.
"""
import csv
import html
import itertools
import json
import random

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from kss import data, examples, style, worldmap  # noqa: E402
from kss.labels import set_language, t  # noqa: E402
from kss.quiz import Question, questions_for  # noqa: E402


set_language("id")


def _split(cell):
    return [c.strip() for c in cell.split(";") if c.strip()]


def csv_rows():
    with (data.DATA_DIR / "examples.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        for column in ("providers", "partners", "supporters", "benefits", "sources"):
            r[column] = _split(r[column])
        r["decade"] = int(r["start_year"]) // 10 * 10
    return rows


ROWS = csv_rows()


def on_map():
    """ISO3 codes with a shape in data/world-110m.geojson (read here, not with kss.worldmap)."""
    with (data.DATA_DIR / "world-110m.geojson").open(encoding="utf-8") as f:
        return {feature["properties"].get("iso3") for feature in json.load(f)["features"]}


ON_MAP = on_map()


def expected_ids(sector="all", region="all", modality="all", benefit="all", decade="all"):
    out = []
    for r in ROWS:
        if sector != "all" and r["sector"] != sector:
            continue
        if region != "all" and r["region"] != region:
            continue
        if modality != "all" and r["modality"] != modality:
            continue
        if benefit != "all" and benefit not in r["benefits"]:
            continue
        if decade != "all" and r["decade"] != int(decade):
            continue
        out.append(r["example_id"])
    return out


def expected_lines(ids):
    """Links between countries that both have a shape (a country too small for the map,
    such as the Maldives, is named under the map instead)."""
    n = 0
    for r in ROWS:
        if r["example_id"] in ids:
            n += sum(1 for p in r["providers"] for q in r["partners"] if p != q and {p, q} <= ON_MAP)
            n += sum(1 for s in r["supporters"] for p in r["providers"] if {s, p} <= ON_MAP)
    return n


def map_axes(fig):
    return fig.axes[0]


def n_lines(ax):
    """Links drawn on the map: the segments of the two LineCollections."""
    return sum(len(c.get_segments()) for c in ax.collections if c.get_gid() in ("partner-links", "support-links"))


def texts(fig):
    return [x.get_text() for x in fig.texts] + [x.get_text() for x in map_axes(fig).texts]


# ---------------------------------------------------------------- static figure

def test_static_map_draws_every_link_of_every_example():
    fig = examples.links_map()
    ax = map_axes(fig)
    assert n_lines(ax) == expected_lines({r["example_id"] for r in ROWS})
    assert f"{len(ROWS)} contoh" in ax.get_title()
    assert ax.get_title().startswith(t("examples.map_title"))


def test_line_colours_follow_the_modality():
    rows = examples.select(modality="triangular")
    fig = examples.links_map(rows)
    links = {c.get_gid(): c for c in map_axes(fig).collections if c.get_gid()}
    colours = {matplotlib.colors.to_hex(c, keep_alpha=False).upper()
               for c in links["partner-links"].get_colors()}
    assert colours == {examples.MODALITY_COLOURS["triangular"].upper()}
    expected_support = sum(len(r["supporters"]) * len(r["providers"]) for r in ROWS
                           if r["modality"] == "triangular")
    assert len(links["support-links"].get_segments()) == expected_support > 0


def test_examples_without_partner_countries_are_named_under_the_map():
    fig = examples.links_map()
    note = " ".join(texts(fig)).replace("\n", " ")
    for r in ROWS:
        if not r["partners"] or not r["providers"]:
            assert r["title_id"] in note, r["example_id"]


def test_countries_too_small_for_the_map_are_named():
    rows = examples.load().head(1).copy()
    small = "BHR"
    assert worldmap.missing([small]) == [small]
    rows.at[rows.index[0], "partners"] = [small]
    fig = examples.links_map(rows)
    name = data.country_names("id")[small]
    assert any(name in x and "Terlalu kecil" in x for x in texts(fig))


def test_a_partner_without_a_map_shape_is_skipped_on_the_map_but_named():
    """R2-16: the Maldives (MDV) has no 1:110m shape. Beside a partner on the map it draws no
    line or dot, and the map still draws; the note under the map, the figure's description
    (alt text) and the card name it, in both editions."""
    assert "MDV" not in ON_MAP and {"IDN", "TZA"} <= ON_MAP
    rows = examples.load().head(1).copy()
    i = rows.index[0]
    rows.at[i, "providers"], rows.at[i, "partners"], rows.at[i, "supporters"] = ["IDN"], ["TZA", "MDV"], []
    names = {r["iso3"]: r for r in csv.DictReader((data.DATA_DIR / "countries.csv").open(encoding="utf-8"))}
    for lang, name, small in (("id", names["MDV"]["name_id"], "Terlalu kecil"),
                              ("en", names["MDV"]["name_en"], "Too small")):
        set_language(lang)
        try:
            fig = examples.links_map(rows)
            assert n_lines(map_axes(fig)) == 1                          # IDN -> TZA only
            assert style.to_png(fig)[:4] == b"\x89PNG"
            assert any(name in x and small in x for x in texts(fig)), lang
            description = style.description(fig)
            assert name in description and small in description, lang
            assert name in examples.parties_text(rows.loc[i]) and html.escape(name) in examples.card(rows.loc[i])
        finally:
            set_language("id")


def test_every_country_of_the_examples_has_a_centroid_or_is_named():
    codes = {c for r in ROWS for col in ("providers", "partners", "supporters") for c in r[col]}
    for code in codes:
        assert worldmap.centroid(code) is not None or code in worldmap.missing([code])


# ---------------------------------------------------------------- explorer

@pytest.fixture(scope="module")
def explorer():
    return examples.explorer()


def _set(explorer, **values):
    for name in examples.FILTERS:   # only the controls that change: each change redraws
        if explorer.controls[name].value != values.get(name, "all"):
            explorer.controls[name].value = values.get(name, "all")
    return explorer.view


def _check(explorer, **values):
    """Drive the explorer's controls to `values`, then check what it drew."""
    view = _set(explorer, **values)
    assert explorer.error is None, (values, explorer.error)
    return _check_view(view, values)


def _check_view(view, values):
    ids = expected_ids(**values)
    assert list(view.data["example_id"]) == ids, values
    ax = map_axes(view.figure)
    assert n_lines(ax) == expected_lines(set(ids)), values
    if ids:
        assert view.message == t("examples.found", n=len(ids))
        assert view.html.count('class="kss-card"') == len(ids)
        for r in ROWS:
            if r["example_id"] in ids:
                assert html.escape(r["title_id"]) in view.html
                for url in r["sources"]:
                    assert f'href="{html.escape(url, quote=True)}"' in view.html
    else:
        assert view.message == t("examples.empty")
        assert view.html == ""
        assert t("examples.map_empty") in [x.get_text() for x in ax.texts]
    return view


def test_each_control_offers_all_and_every_value_in_the_data(explorer):
    expected = {
        "sector": sorted({r["sector"] for r in ROWS}),
        "region": sorted({r["region"] for r in ROWS}),
        "modality": sorted({r["modality"] for r in ROWS}),
        "benefit": sorted({b for r in ROWS for b in r["benefits"]}),
        "decade": sorted({r["decade"] for r in ROWS}),
    }
    for name in examples.FILTERS:
        values = [v for _, v in explorer.controls[name].options]
        assert values[0] == "all" and explorer.controls[name].options[0][0] == "Semua"
        assert sorted(values[1:]) == expected[name], name


@pytest.mark.parametrize("name", examples.FILTERS)
def test_every_option_of_every_control(explorer, name):
    for _, value in explorer.controls[name].options:
        _check(explorer, **{name: value})


# Combinations explode (thousands), so the dense samples below call the explorer's own
# draw function with the values the controls offer (no PNG encoding: ~5x faster); the
# controls themselves are driven through every option above and in a few combinations.

def test_all_pairs_of_sector_and_modality(explorer):
    sectors = [v for _, v in explorer.controls["sector"].options]
    modalities = [v for _, v in explorer.controls["modality"].options]
    for sector, modality in itertools.product(sectors, modalities):
        values = {"sector": sector, "modality": modality}
        view = explorer.draw(**{n: values.get(n, "all") for n in examples.FILTERS})
        _check_view(view, values)


def test_dense_random_sample_of_all_five_controls(explorer):
    rng = random.Random(6)
    options = {n: [v for _, v in explorer.controls[n].options] for n in examples.FILTERS}
    for _ in range(40):
        values = {n: rng.choice(options[n]) for n in examples.FILTERS}
        _check_view(explorer.draw(**values), values)


def test_a_few_combinations_through_the_controls(explorer):
    for values in ({"region": "africa", "modality": "bilateral"},
                   {"benefit": "relations", "decade": 2000, "sector": "energy"},
                   {"region": "asia", "modality": "triangular", "benefit": "institutional_capacity"}):
        _check(explorer, **values)


def test_an_empty_choice_says_so_in_words_and_on_the_map(explorer):
    view = _check(explorer, sector="health", decade=1960)
    assert expected_ids(sector="health", decade=1960) == []
    assert "Tidak ada contoh" in view.message


def test_the_articles_three_examples_are_marked(explorer):
    view = _set(explorer)
    assert view.html.count(t("examples.from_article")) == sum(r["from_article"] == "true" for r in ROWS)


# ---------------------------------------------------------------- cards

def test_card_escapes_every_data_text():
    row = examples.load().iloc[0].copy()
    row["title_id"] = "<script>alert(1)</script>"
    row["summary_id"] = "A & B <b>"
    row["lesson_note_id"] = "<i>x</i>"
    row["sources"] = ['https://example.org/?a=1&b="2"']
    out = examples.card(row)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "A &amp; B &lt;b&gt;" in out and "&lt;i&gt;x&lt;/i&gt;" in out
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in out


def test_card_names_providers_and_partners_in_words():
    names = data.country_names("id")
    row = examples.load().set_index("example_id").loc["tazara-railway"]
    row["example_id"] = "tazara-railway"
    text = examples.parties_text(row)
    assert text.startswith(names["CHN"]) and names["TZA"] in text and names["ZMB"] in text


def test_the_explorer_shows_titles_and_folds_the_rest_of_each_card(explorer):
    """The starting view lists every example by title and years; who, what, notes and sources
    open from each card's <details> line (what a learner must read stays short)."""
    from tools.lesson_time import visible_text
    view = _set(explorer)
    shown = visible_text(view.html)
    for r in ROWS:
        assert html.unescape(html.escape(r["title_id"])) in shown
        assert r["summary_id"][:40] not in shown and html.escape(r["summary_id"][:40]) in view.html
    assert view.html.count("<details>") == len(ROWS)
    assert len(shown.split()) < 12 * len(ROWS)
    unfolded = examples.card(examples.load().iloc[0])
    assert "<details>" not in unfolded and examples.load().iloc[0]["summary_id"][:40] in visible_text(unfolded)


def test_years_text():
    rows = examples.load().set_index("example_id")
    assert examples.years_text(rows.loc["india-nepal-terai-roads"]) == "2016–2021"
    assert examples.years_text(rows.loc["india-bangladesh-ashuganj-akhaura-road"]) == "mulai 2010"


# ---------------------------------------------------------------- quiz


def test_dataframe_types():
    rows = examples.load()
    assert isinstance(rows, pd.DataFrame) and rows["decade"].dtype.kind in "iu"
