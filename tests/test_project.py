"""Tests of lesson 08 (kss.project, kss.quizzes.l08): synthesis figures, the project designer
with its checks, and the final quiz. Expected values are computed here from the CSV files
with the csv module, independently of kss.project."""
from __future__ import annotations

import csv
import html
import itertools
import json
from collections import Counter
from pathlib import Path

import matplotlib
import pytest
from matplotlib.colors import to_hex, to_rgba

matplotlib.use("Agg")

from kss import data, project, style, worldmap  # noqa: E402
from kss.labels import set_language  # noqa: E402
from kss.quiz import answer_key, lesson_quiz, questions_for  # noqa: E402


DATA = Path(__file__).resolve().parent.parent / "data"


def rows(name):
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def codes(cell):
    return [c for c in cell.split(";") if c]


EXAMPLES = rows("examples")
NAMES_ID = {r["iso3"]: r["name_id"] for r in rows("countries")}
with open(DATA / "world-110m.geojson", encoding="utf-8") as _f:
    ON_MAP = {feature["properties"].get("iso3") for feature in json.load(_f)["features"]}


@pytest.fixture(autouse=True)
def indonesian():
    set_language("id")
    yield
    set_language("id")


# ---------------------------------------------------------------- synthesis figures

def test_decade_bars_match_csv():
    expected = Counter((int(r["start_year"]) // 10 * 10, r["modality"]) for r in EXAMPLES)
    decades = sorted({d for d, _ in expected})
    fig = project.examples_by_decade()
    ax = fig.axes[0]
    # one bar per decade and modality, decades from the first to the last (empty ones included)
    all_decades = list(range(decades[0], decades[-1] + 1, 10))
    assert len(ax.patches) == len(all_decades) * len(project.MODALITIES)
    for i, modality in enumerate(project.MODALITIES):
        bars = ax.patches[i * len(all_decades):(i + 1) * len(all_decades)]
        assert [round(b.get_height()) for b in bars] == [expected[(d, modality)] for d in all_decades]
        assert all(to_rgba(b.get_facecolor()) == to_rgba(project.MODALITY_COLOURS[modality]) for b in bars)
    labels = [tick.get_text() for tick in ax.get_xticklabels()]
    assert labels == [f"{d}-an" for d in all_decades]
    assert "dasawarsa" in ax.get_title().lower()
    assert ax.get_ylabel() and ax.get_xlabel()
    assert any(f"{len(EXAMPLES)} contoh" in t.get_text() for t in fig.texts)   # source line


def test_journey_points_and_labels_match_csv():
    milestones = [r for r in rows("milestones") if r["category"] != "context"]   # context rows: not SSC milestones
    fig = project.journey_figure()
    ax = fig.axes[0]
    points = sum(len(c.get_offsets()) for c in ax.collections)
    assert points == len(milestones)
    labelled = [r for r in milestones if r["milestone_id"] in project.JOURNEY_LABELS]
    texts = sorted(t.get_text() for t in ax.texts)
    assert len(texts) == len(labelled)
    for r in labelled:
        assert any(t.endswith(f"({r['year']})") for t in texts), r["milestone_id"]
    assert "KAA Bandung (1955)" in texts and "BAPA+40 (2019)" in texts
    assert ax.get_xlabel() == "Tahun"
    assert any(t.get_text().startswith("Sumber: tabel tonggak kursus") for t in fig.texts)   # its source line
    # the alt text counts each lane (kss/locales/id.yml project.alt.journey, written out again)
    n_idn = sum(1 for r in milestones if r["indonesia"] == "true")
    alt = style.description(fig)
    assert f"Garis waktu {len(milestones)} tonggak KSS" in alt
    assert f"({len(milestones) - n_idn} tonggak, bulatan)" in alt and f"({n_idn} tonggak, belah ketupat)" in alt


# ---------------------------------------------------------------- country list

def test_country_options_indonesia_first_then_sorted():
    expected = {r["iso3"] for r in rows("delegations")}
    for r in EXAMPLES:
        expected.update(codes(r["providers"]) + codes(r["partners"]))
    options = project.country_options()
    assert options[0] == ("Indonesia", "IDN")
    assert {code for _, code in options} == expected
    rest = [name for name, _ in options[1:]]
    assert rest == sorted(rest, key=str.casefold)
    assert all(name == NAMES_ID[code] for name, code in options)
    assert len(options) == len(expected)          # no duplicates (both Vietnams are one VNM)


# ---------------------------------------------------------------- checks

def keys(*args, **kwargs):
    return [c.key for c in project.checks(*args, **kwargs)]


def test_check_ok_for_a_consistent_design():
    assert keys(["IDN"], ["TZA"], "bilateral", "", "Sekolah lapang padi") == ["ok"]
    assert keys(["IDN"], ["PSE"], "triangular", "JICA", "Pelatihan budidaya ikan") == ["ok"]
    assert keys(["IND", "BRA"], ["HTI"], "multilateral", "", "Dana bersama") == ["ok"]


def test_check_missing_countries():
    assert "no_provider" in keys([], ["TZA"], "bilateral", "", "x")
    assert "no_partner" in keys(["IDN"], [], "bilateral", "", "x")
    both = keys([], [], "bilateral", "", "x")
    assert "no_provider" in both and "no_partner" in both and "ok" not in both
    assert "no_provider" not in keys(["IDN"], ["TZA"], "bilateral", "", "x")


def test_check_overlap_names_the_country():
    found = project.checks(["IDN", "IND"], ["IDN", "NPL"], "regional", "", "x")
    overlap = [c for c in found if c.key == "overlap"]
    assert len(overlap) == 1 and "Indonesia" in overlap[0].text and "India" not in overlap[0].text
    assert "overlap" not in keys(["IDN"], ["NPL"], "bilateral", "", "x")


def test_check_bilateral_count():
    assert "bilateral_count" in keys(["IDN"], ["TZA", "KGZ"], "bilateral", "", "x")
    assert "bilateral_count" in keys(["IDN", "IND"], ["TZA"], "bilateral", "", "x")
    assert "bilateral_count" not in keys(["IDN"], ["TZA"], "bilateral", "", "x")
    assert "bilateral_count" not in keys(["IDN"], ["TZA", "KGZ"], "regional", "", "x")
    text = [c.text for c in project.checks(["IDN"], ["TZA", "KGZ"], "bilateral") if c.key == "bilateral_count"][0]
    # the nuance comes from a real 'bilateral' example with several partners in the data
    several = [r for r in EXAMPLES if r["modality"] == "bilateral" and len(codes(r["partners"])) > 1]
    assert any(r["title_id"] in text for r in several)


@pytest.mark.parametrize("modality", ["regional", "multilateral"])
def test_check_needs_several_countries(modality):
    assert "needs_several" in keys(["IDN"], ["TZA"], modality, "", "x")
    assert "needs_several" in keys(["IDN"], [], modality, "", "x")
    assert "needs_several" not in keys(["IDN"], ["TZA", "KGZ"], modality, "", "x")
    assert "needs_several" not in keys(["IDN"], ["TZA"], "bilateral", "", "x")
    assert "needs_several" not in keys(["IDN"], ["TZA"], "triangular", "JICA", "x")


def test_check_triangular_needs_supporter():
    assert "triangular_needs_supporter" in keys(["IDN"], ["PSE"], "triangular", "", "x")
    assert "triangular_needs_supporter" in keys(["IDN"], ["PSE"], "triangular", "   ", "x")
    assert "triangular_needs_supporter" not in keys(["IDN"], ["PSE"], "triangular", "Jepang", "x")
    text = [c.text for c in project.checks(["IDN"], ["PSE"], "triangular") if c.key == "triangular_needs_supporter"][0]
    triangular = [r for r in EXAMPLES if r["modality"] == "triangular"]
    for r in triangular:
        for org in codes(r["supporting_orgs"]):
            assert org in text
        for country in codes(r["supporters"]):
            assert NAMES_ID[country] in text


def test_check_supporter_without_triangular():
    for modality in ("bilateral", "regional", "multilateral"):
        assert "supporter_not_triangular" in keys(["IDN"], ["TZA"], modality, "JICA", "x")
        assert "supporter_not_triangular" not in keys(["IDN"], ["TZA"], modality, "", "x")
    assert "supporter_not_triangular" not in keys(["IDN"], ["TZA"], "triangular", "JICA", "x")


def test_check_title_and_long_text():
    assert "no_title" in keys(["IDN"], ["TZA"], "bilateral", "", "")
    assert "no_title" in keys(["IDN"], ["TZA"], "bilateral", "", " \t ")
    assert "no_title" not in keys(["IDN"], ["TZA"], "bilateral", "", "Judul")
    long = "a" * (project.TEXT_LIMIT + 1)
    assert "long_text" in keys(["IDN"], ["TZA"], "bilateral", "", long)
    assert "long_text" in keys(["IDN"], ["TZA"], "triangular", long, "Judul")
    assert "long_text" not in keys(["IDN"], ["TZA"], "bilateral", "", "a" * project.TEXT_LIMIT)
    # info-only checks leave the design consistent
    assert keys(["IDN"], ["TZA"], "bilateral", "", "")[0] == "ok"


def test_checks_accept_odd_input():
    for providers, partners in [(None, None), ((), ()), (("",), ("",)), (["IDN"], None)]:
        assert project.checks(providers, partners, "unknown", None, None)


# ---------------------------------------------------------------- inspiration

def test_inspiration_prefers_same_sector_and_modality():
    for sector, modality in itertools.product(project.SECTORS, project.MODALITIES):
        found = project.inspiration(sector, modality)
        both = [r for r in EXAMPLES if r["sector"] == sector and r["modality"] == modality]
        same = [r for r in EXAMPLES if r["sector"] == sector or r["modality"] == modality]
        assert len(found) == min(2, len(same))
        if both:
            first, reason = found[0]
            assert reason == "same_both"
            assert first["sector"] == sector and first["modality"] == modality
        for row, reason in found:
            assert row["sector"] == sector or row["modality"] == modality


def test_inspiration_order_same_sector_before_same_modality_newest_first():
    """Mutation review 2026-12: with group 2 made a second copy of group 1, or the examples
    sorted oldest first, the suggestions changed and every test stayed green."""
    def newest_first(found):
        return sorted(found, key=lambda r: (-int(r["start_year"]), r["example_id"]))

    for sector, modality in itertools.product(project.SECTORS, project.MODALITIES):
        want = ([(r["example_id"], "same_both") for r in newest_first(
                    r for r in EXAMPLES if r["sector"] == sector and r["modality"] == modality)]
                + [(r["example_id"], "same_sector") for r in newest_first(
                    r for r in EXAMPLES if r["sector"] == sector and r["modality"] != modality)]
                + [(r["example_id"], "same_modality") for r in newest_first(
                    r for r in EXAMPLES if r["sector"] != sector and r["modality"] == modality)])
        for limit in (2, len(EXAMPLES)):
            found = project.inspiration(sector, modality, limit=limit)
            assert [(row["example_id"], reason) for row, reason in found] == want[:limit], (sector, modality)


def test_every_sector_of_the_data_is_offered():
    assert {r["sector"] for r in EXAMPLES} <= set(project.SECTORS)
    assert {r["modality"] for r in EXAMPLES} <= set(project.MODALITIES)
    assert {b for r in EXAMPLES for b in codes(r["benefits"])} <= set(project.BENEFITS)


# ---------------------------------------------------------------- map and card

def faces_with(fig, colour):
    """How many countries the map shows filled with `colour`."""
    return sum(1 for drawn in worldmap.drawn_colours(fig.axes[0]).values() if drawn == to_hex(colour).upper())


def lines(fig):
    """Number of cooperation lines drawn (segments of the map's LineCollection)."""
    from matplotlib.collections import LineCollection
    found = [c for c in fig.axes[0].collections if isinstance(c, LineCollection)]
    return sum(len(c.get_segments()) for c in found)


def rings(iso3):
    """1 for a country on the map, 0 for one too small for the 1:110m shapes."""
    return int(iso3 in worldmap.shapes())


def test_map_colours_and_links():
    fig = project.map_figure(["IDN", "IND"], ["TZA", "KGZ", "NPL"], "Uji")
    ax = fig.axes[0]
    assert lines(fig) == 2 * 3                          # one line per provider-partner pair
    assert faces_with(fig, project.PROVIDER_COLOUR) == rings("IDN") + rings("IND")
    assert faces_with(fig, project.PARTNER_COLOUR) == rings("TZA") + rings("KGZ") + rings("NPL")
    assert faces_with(fig, project.BOTH_COLOUR) == 0
    assert "Uji" in ax.get_title()


def test_map_country_in_both_roles():
    fig = project.map_figure(["IDN"], ["IDN", "TZA"], "")
    assert lines(fig) == 1                              # no line from a country to itself
    assert faces_with(fig, project.BOTH_COLOUR) == rings("IDN")
    assert project.t("project.default_title") in fig.axes[0].get_title()


def test_a_partner_without_a_map_shape_is_skipped_on_the_map_but_named():
    """R2-16: the Maldives (MDV, a partner of the BKKBN–UNFPA training) has no 1:110m shape:
    the map draws the other line and still renders; the card, the note under the map and the
    figure's description (alt text) name it."""
    assert "MDV" not in ON_MAP and {"IDN", "TZA"} <= ON_MAP
    assert "MDV" in [code for _, code in project.country_options()]     # a partner in the data
    view = project.draw(["IDN"], ["TZA", "MDV"], "health", "triangular", "institutional_capacity", "UNFPA", "x")
    assert view.data["links"] == lines(view.figure) == 1
    assert view.data["missing"] == ["MDV"]
    assert style.to_png(view.figure)[:4] == b"\x89PNG"
    name = NAMES_ID["MDV"]
    assert html.escape(name) in view.html
    assert any(name in x.get_text() and "Terlalu kecil" in x.get_text() for x in view.figure.texts)
    description = style.description(view.figure)
    assert description.count(name) == 2 and "Terlalu kecil" in description   # a partner, not drawn


def test_supporter_countries_from_free_text():
    jpn, deu, fra, swe = (NAMES_ID[c] for c in ("JPN", "DEU", "FRA", "SWE"))
    assert project.supporter_countries(jpn) == ["JPN"]
    assert project.supporter_countries(f"{deu.lower()} dan JICA") == ["DEU"]
    assert project.supporter_countries(f"Germany, {fra}; {swe.upper()}") == ["DEU", "FRA", "SWE"]
    for text in ("", None, "JICA", f"<b>{jpn}</b>", f"{jpn}istan"):
        assert project.supporter_countries(text) == []
    fig = project.map_figure(["IDN"], ["PSE"], "x", project.supporter_countries(jpn))
    assert faces_with(fig, project.SUPPORTER_COLOUR) == rings("JPN")
    # a supporter that is also provider or partner keeps its role colour
    fig = project.map_figure(["IDN"], ["PSE"], "x", ["IDN"])
    assert faces_with(fig, project.SUPPORTER_COLOUR) == 0
    view = project.draw(["IDN"], ["PSE"], "agriculture", "triangular", "relations", jpn, "x")
    assert view.data["supporters"] == ["JPN"] and view.data["checks"] == ["ok"]


def test_example_figure_is_the_real_example():
    row = next(r for r in EXAMPLES if r["example_id"] == project.EXAMPLE_ID)
    fig = project.example_figure()
    assert row["title_id"] in fig.axes[0].get_title()
    n = len(codes(row["providers"])) * len(codes(row["partners"]))
    assert lines(fig) == n
    assert faces_with(fig, project.SUPPORTER_COLOUR) == sum(rings(c) for c in codes(row["supporters"]))


def test_typed_html_is_escaped_everywhere():
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)> & $\\frac{1}{2}$'
    explorer = project.designer()
    explorer.controls["title"].value = evil
    explorer.controls["supporter"].value = evil
    assert explorer.error is None
    page = explorer.view.html
    assert "<script" not in page and "<img" not in page
    assert html.escape(evil[:40]) in page
    assert "&lt;script&gt;" in page
    # the map title shows the text literally (no math mode) and the PNG was drawn
    title = explorer.view.figure.axes[0].get_title()
    assert "<script>" in title and "\\$" in title
    assert explorer.image.value[:4] == b"\x89PNG"


def test_very_long_and_strange_text():
    from kss import style
    for text in ["x" * 10_000, "\x00\x1b[31m\n\r", "   ", "😀" * 50, "$$$", "{name}", "%s %d"]:
        view = project.draw(["IDN"], ["TZA"], "health", "triangular", "relations", text, text)
        assert style.to_png(view.figure)[:4] == b"\x89PNG"      # rendering works too
        card_title = view.html.split("<h3")[1].split("</h3>")[0]
        assert len(card_title) < project.TEXT_LIMIT * 8         # long text is cut on the card
        assert "\x00" not in view.html and "\x1b" not in view.html
    explorer = project.designer()
    explorer.controls["title"].value = "y" * 5000
    assert explorer.error is None and "long_text" in explorer.view.data["checks"]


def test_inspiration_card_has_source_link():
    explorer = project.designer(providers=("IDN",), partners=("PSE",), sector="agriculture",
                                modality="triangular")
    view = explorer.view
    first = next(r for r in EXAMPLES if r["example_id"] == view.data["inspiration"][0])
    assert first["sector"] == "agriculture" and first["modality"] == "triangular"
    assert f'href="{html.escape(codes(first["sources"])[0], quote=True)}"' in view.html
    assert html.escape(first["title_id"]) in view.html


def test_empty_selection_says_so():
    explorer = project.designer(providers=(), partners=())
    assert explorer.error is None
    assert explorer.view.message == project.t("project.message_start")
    assert explorer.view.data["links"] == 0
    assert "no_provider" in explorer.view.data["checks"]
    explorer.controls["providers"].value = ("IDN",)
    explorer.controls["partners"].value = ("TZA",)
    assert explorer.view.message == ""
    assert explorer.view.data["links"] == 1


def test_dense_sample_of_controls():
    """Every sector x modality x benefit through the widget, country sets and texts on top.
    Most combinations go through project.draw (the explorer's draw function) so the suite
    stays fast; a sample goes through the real widget, including the PNG."""
    options = [code for _, code in project.country_options()]
    country_sets = [(), ("IDN",), ("IND", "BRA", "ZAF"), tuple(options[:12])]
    reuse = style.Reuse(project._map_base)   # one figure for all of them, as the designer does
    for providers, partners in itertools.product(country_sets, country_sets):
        view = project.draw(providers, partners, "energy", "regional", "relations", "", "x", reuse=reuse)
        expected_links = sum(1 for p in providers for q in partners if p != q and {p, q} <= ON_MAP)
        assert view.data["links"] == expected_links == lines(view.figure)
        assert ("overlap" in view.data["checks"]) == bool(set(providers) & set(partners))
    combos = list(itertools.product(project.SECTORS, project.MODALITIES, project.BENEFITS))
    for i, (sector, modality, benefit) in enumerate(combos):
        providers, partners = country_sets[i % 4], country_sets[(i // 4) % 4]
        supporter = ["", "JICA", "<b>x</b>"][i % 3]
        found = project.checks(providers, partners, modality, supporter, "judul")
        page = project.card_html(providers, partners, sector, modality, benefit, supporter, "judul",
                                 found, project.inspiration(sector, modality))
        assert project.t(f"sector.{sector}") in page and project.t(f"benefit.{benefit}") in page
        assert "<b>x</b>" not in page
        wanted = modality == "triangular" and not supporter
        assert ("triangular_needs_supporter" in [c.key for c in found]) == wanted
    explorer = project.designer()
    # through the real widget: every sector, modality and benefit at least once
    sample = zip(project.SECTORS, itertools.cycle(project.MODALITIES), itertools.cycle(project.BENEFITS))
    for sector, modality, benefit in sample:
        explorer.controls["sector"].value = sector
        explorer.controls["modality"].value = modality
        explorer.controls["benefit"].value = benefit
        assert explorer.error is None, (sector, modality, benefit)
        assert project.t(f"modality.{modality}") in explorer.view.html
    # every country in both roles at once (the largest figure) still draws
    explorer.controls["providers"].value = tuple(options)
    explorer.controls["partners"].value = tuple(options)
    assert explorer.error is None and "overlap" in explorer.view.data["checks"]
    drawn = [c for c in options if c in ON_MAP]      # e.g. the Maldives: too small for the map
    assert explorer.view.data["links"] == len(drawn) * (len(drawn) - 1)


def test_english_labels_work():
    set_language("en")
    explorer = project.designer()
    assert explorer.error is None
    assert "Project card" in explorer.view.html
    assert project.examples_by_decade().axes[0].get_xlabel() == "Decade of start year"


# ---------------------------------------------------------------- final quiz

def test_final_quiz_is_well_formed():
    """Lesson 08's final quiz fits one JP (issue 22): a few items, mostly stimulus items that
    apply the course to a project card or a source, with the key in different places."""
    questions = questions_for("08")
    assert 4 <= len(questions) <= 6
    for q in questions:
        assert q.text.strip() and q.explanation.strip()
        assert len(q.options) >= 3 and 0 <= q.answer < len(q.options)
    assert sum(q.kind == "stimulus" for q in questions) >= 2
    # the right answer is not always in the same place
    assert len({q.answer for q in questions}) >= 3
    quiz = lesson_quiz("08")
    for i, q in enumerate(questions, start=1):
        assert quiz.answer(i, q.answer) is True
    assert quiz.correct == len(questions)
    assert "Kuis akhir" in quiz.widget.children[0].value
    assert answer_key("08").count("\n") == len(questions) + 1


def test_final_quiz_facts_come_from_data():
    """Every fact the final quiz states is the one the data rows hold (one fact, one figure)."""
    questions = questions_for("08")
    text = " ".join((q.stimulus or "") + " " + q.text + " " + " ".join(q.options) + " " + q.explanation
                    for q in questions)
    examples = {r["example_id"]: r for r in rows("examples")}
    names = data.country_names("id")
    ndb = examples["new-development-bank"]
    founders = [names[c] for c in ndb["providers"].split(";")]
    assert ", ".join(founders[:-1]) + " dan " + founders[-1] in text          # the five founders
    assert ndb["start_year"] in text and "sama rata" in ndb["summary_id"] and "sama rata" in text
    assert "Rusia" in ndb["lesson_note_id"] and "tidak ada satu negara pemberi" in ndb["lesson_note_id"]
    fartc = examples["fartc-tanzania"]
    assert "2004" in fartc["lesson_note_id"] and "2011" in fartc["lesson_note_id"]
    assert "berhenti pada 2004" in text and "2011" in text
    fund = next(r for r in rows("facts") if r["fact_id"] == "indonesian-aid-fund")
    assert "Rp8 triliun per Oktober 2023" in fund["text_id"] and "Rp8 triliun per Oktober 2023" in text
    assert "Rp3 triliun" not in text                                            # historian F12
    claim = next(r for r in rows("claims") if r["claim_id"] == "kss-sustainable-development")
    assert claim["status"] == "verified" and "17.6" in claim["verdict_id"] and "17.6" in text


def test_card_asks_every_nairobi_principle_of_the_design():
    """Lesson 08: the card asks the question of each principle in data/nairobi.csv (issue 11:
    the project design form asks which principles the design meets)."""
    principles = sorted(rows("nairobi"), key=lambda r: int(r["order"]))
    page = project.draw(["IDN"], ["TZA"]).html
    for r in principles:
        assert f"<b>{html.escape(r['name_id'])}</b>: {html.escape(r['question_id'])}" in page
    assert page.count("<li><b>") >= len(principles)
