"""Lesson 05 helpers (kss.indonesia): Indonesia's timeline and partners map and explorer.

Expected values come from the CSV files read here with the csv module.
"""
import csv
import html
import itertools

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from kss import data, indonesia, style, worldmap  # noqa: E402
from kss.labels import set_language, t  # noqa: E402
from kss.quiz import Question, questions_for  # noqa: E402

set_language("id")
NAMES = data.country_names("id")


def _split(cell):
    return [c.strip() for c in cell.split(";") if c.strip()]


def read_csv(name):
    with (data.DATA_DIR / f"{name}.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


EXAMPLES = [r for r in read_csv("examples") if "IDN" in _split(r["providers"])]
MILESTONES = [r for r in read_csv("milestones") if r["indonesia"] == "true" and r["category"] != "context"]


def expected_partners(modality="all", sector="all"):
    """{iso3: (number of programmes, set of modalities)} for Indonesia-provided examples."""
    out = {}
    for r in EXAMPLES:
        if modality != "all" and r["modality"] != modality:
            continue
        if sector != "all" and r["sector"] != sector:
            continue
        for code in _split(r["partners"]):
            n, mods = out.get(code, (0, set()))
            out[code] = (n + 1, mods | {r["modality"]})
    return out


def face_colour(ax, iso3):
    """The fill colour of a country as the map shows it ('#RRGGBB')."""
    return worldmap.drawn_colours(ax)[iso3]


# ---------------------------------------------------------------- timeline

def test_timeline_has_one_dot_and_one_label_per_milestone():
    fig = indonesia.timeline_figure()
    ax = fig.axes[0]
    dots = sum(len(c.get_offsets()) for c in ax.collections)
    assert dots == len(MILESTONES)
    labels = [x.get_text() for x in ax.texts]
    for r in MILESTONES:
        assert any(r["title_id"] in label and label.startswith(r["year"]) for label in labels), r["milestone_id"]
    years = sorted(int(r["year"]) for r in MILESTONES)
    assert ax.get_title() == t("indonesia.timeline_title", start=years[0], end=years[-1])
    assert ax.get_xlabel() == "Tahun"


def test_timeline_includes_the_core_events_of_the_lesson():
    ids = {r["milestone_id"] for r in MILESTONES}
    for needed in ("kaa-1955", "nam-jakarta-1992", "nam-chair-1995", "ksst-coordination-team-2010",
                   "indonesia-africa-forum-2018", "indonesian-aid-2019"):
        assert needed in ids


# ---------------------------------------------------------------- partners map

def test_partner_table_matches_the_csv():
    table = indonesia.partner_table(indonesia.provided_examples())
    expected = expected_partners()
    assert set(table["iso3"]) == set(expected)
    for row in table.itertuples():
        n, mods = expected[row.iso3]
        assert row.programmes == n and set(row.modalities) == mods
        assert row.key == (next(iter(mods)) if len(mods) == 1 else indonesia.SEVERAL)
        assert row.name == NAMES[row.iso3]


def test_static_map_colours_partners_and_marks_indonesia():
    fig = indonesia.partners_map()
    ax = fig.axes[0]
    assert face_colour(ax, "IDN") == indonesia.PROVIDER_COLOUR.upper()
    for code, (n, mods) in expected_partners().items():
        if worldmap.centroid(code) is None:
            continue
        key = next(iter(mods)) if len(mods) == 1 else indonesia.SEVERAL
        assert face_colour(ax, code) == indonesia.PARTNER_COLOURS[key].upper(), code
        assert any(x.get_text() == f"{NAMES[code]} ({n})" for x in ax.texts), code
    assert "Indonesia" in [x.get_text() for x in ax.texts]
    assert t("indonesia.map_title") in ax.get_title()


@pytest.fixture(scope="module")
def explorer():
    return indonesia.partners_explorer()


def test_controls_offer_all_and_the_values_in_the_data(explorer):
    modalities = [v for _, v in explorer.controls["modality"].options]
    sectors = [v for _, v in explorer.controls["sector"].options]
    assert modalities[0] == sectors[0] == "all"
    assert sorted(modalities[1:]) == sorted({r["modality"] for r in EXAMPLES})
    assert sorted(sectors[1:]) == sorted({r["sector"] for r in EXAMPLES})


def test_every_combination_of_modality_and_sector(explorer):
    modalities = [v for _, v in explorer.controls["modality"].options]
    sectors = [v for _, v in explorer.controls["sector"].options]
    seen_empty = False
    for modality, sector in itertools.product(modalities, sectors):
        explorer.controls["modality"].value = modality
        explorer.controls["sector"].value = sector
        assert explorer.error is None, (modality, sector)
        view = explorer.view
        expected = expected_partners(modality, sector)
        assert set(view.data["iso3"]) == set(expected), (modality, sector)
        ax = view.figure.axes[0]
        assert face_colour(ax, "IDN") == indonesia.PROVIDER_COLOUR.upper()
        grey_partners = [c for c in expected_partners() if c not in expected]
        for code in grey_partners:   # partners filtered out are no longer coloured
            if worldmap.centroid(code) is None:     # too small for the map (e.g. the Maldives)
                continue
            assert face_colour(ax, code) not in {c.upper() for c in indonesia.PARTNER_COLOURS.values()}
        matching = [r for r in EXAMPLES if (modality == "all" or r["modality"] == modality)
                    and (sector == "all" or r["sector"] == sector)]
        if expected:
            assert view.message == ""
            assert view.html.count('class="kss-card"') == len(matching)
            # each card folds all but its title and years (the core reading stays short)
            assert view.html.count("<details><summary>") == len(matching)
            for r in matching:
                assert html.escape(r["title_id"]) in view.html
                for url in _split(r["sources"]):
                    assert f'href="{html.escape(url, quote=True)}"' in view.html
        else:
            seen_empty = True
            assert view.message == t("indonesia.empty")
            assert t("indonesia.map_empty") in [x.get_text() for x in ax.texts]
    assert seen_empty, "the data should contain at least one empty combination to test"


def test_small_partner_countries_are_named_in_words(monkeypatch):
    rows = indonesia.provided_examples().head(1).copy()
    rows.at[rows.index[0], "partners"] = ["MDV"]
    assert worldmap.missing(["MDV"]) == ["MDV"]
    monkeypatch.setattr(indonesia, "select", lambda *a, **k: rows)
    fig = indonesia.partners_map()
    assert any(NAMES["MDV"] in x.get_text() and "Terlalu kecil" in x.get_text() for x in fig.texts)
    # the description counts it as a partner, so it says that it is not drawn (R2-16)
    description = style.description(fig)
    assert NAMES["MDV"] in description and "Terlalu kecil" in description


# ---------------------------------------------------------------- quiz

def test_quiz_never_presents_the_2018_summit_as_the_right_answer():
    questions = questions_for("05")
    first = questions[0]
    assert "KTT KSS" in first.text
    # the key says "not found" in the course's status words, not "true" and not "contradicted"
    assert first.options[first.answer].startswith("Belum terverifikasi")
    assert not any(first.options[first.answer].startswith(w) for w in ("Terverifikasi", "Dibantah"))


def test_english_partner_list_counts_and_names():
    """R2-07: '(1 programme)', not '(1 programmes)'; learners see the course's display names,
    not ISO 3166 reference forms such as 'Palestine, State of'."""
    set_language("en")
    try:
        view = indonesia.partners_explorer().view
        head = html.unescape(view.html.split("</p>", 1)[0])
        counts = {name: n for name, n in zip(view.data["name"], view.data["programmes"])}
        assert 1 in counts.values() and any(n > 1 for n in counts.values())
        for name, n in counts.items():
            assert f"{name} ({n} programme{'' if n == 1 else 's'})" in head, name
        assert "Palestine (" in head and "," not in "".join(counts)
    finally:
        set_language("id")
