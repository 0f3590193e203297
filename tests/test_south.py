"""kss.south (lesson 01: the groupings map and the edges of 'the South'; lesson 07: CO2 per
person) and kss.indicators (years, cut-off, source lines), checked against data/*.csv read
here with the csv module (independently of kss.data)."""
import html

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from kss import indicators, south, style  # noqa: E402
from kss.labels import set_language, t  # noqa: E402
from table_edit import read_rows as read  # noqa: E402

GROUPINGS = read("groupings.csv")
INDICATORS = read("indicators.csv")
GROUPS = read("indicator_groups.csv")
SOURCES = {r["indicator"]: r for r in read("indicator_sources.csv")}
NOTES = read("memberships.csv")
EXAMPLES = read("examples.csv")
CO2_YEAR = int(SOURCES["co2_per_cap"]["last_year"])


# ---------------------------------------------------------------- kss.indicators

def test_years_and_cut_off_come_from_the_tables():
    for name, row in SOURCES.items():
        assert indicators.last_year(name) == int(row["last_year"])
        observed = [int(r["year"]) for r in INDICATORS if r[name]]
        assert indicators.years(name) == sorted(set(observed))
    assert indicators.latest_year() == max(int(r["year"]) for r in INDICATORS)
    with pytest.raises(Exception, match="indikator 'gdp' tidak ada"):
        indicators.last_year("gdp")


def test_source_note_names_version_and_last_year():
    note = indicators.source_note("co2_per_cap")
    row = SOURCES["co2_per_cap"]
    assert note.startswith("Sumber: Gapminder") and row["version"] in note
    assert f"{row['first_year']}–{row['last_year']}" in note and "proyeksi" in note
    both = indicators.source_note("life_exp", "child_mort")
    assert "1950–2023" in both and "1950–2020" in both


def test_update_dates_in_indonesian():
    assert indicators.date_text("April 5, 2026") == "5 April 2026"
    assert indicators.date_text("November 1 2022") == "1 November 2022"
    assert indicators.date_text("December 20, 2022", "en") == "December 20, 2022"
    assert indicators.date_text("sometime") == "sometime"       # unknown form: kept as written


# ---------------------------------------------------------------- lesson 01: the map

def test_counts_match_the_csv():
    for grouping, categories in south.GROUPINGS.items():
        counts = south.counts(grouping)
        for c in categories:
            assert counts[c] == sum(1 for r in GROUPINGS if r[grouping] == c)
    assert south.counts()["g77"] == 130 and south.counts()["oecd"] == 31


def test_map_colours_every_country_by_its_group_and_marks_the_edges():
    fig = south.map_figure()
    ax = fig.axes[0]
    legend = [x.get_text() for x in ax.get_legend().get_texts()]
    counts = south.counts()
    assert t("south.cat.g77", n=counts["g77"]) in legend and t("south.cat.both") in legend
    hatched = [c for c in ax.collections if c.get_gid() == "both"]
    outlined = [c for c in ax.collections if c.get_gid() == "left"]
    assert len(hatched) == 1 and hatched[0].get_hatch() == south.HATCH
    assert len(hatched[0].get_paths()) >= 3                     # Chile, Colombia, Costa Rica
    left = sorted(c for n in NOTES if n["topic"] == "left" for c in n["iso3"].split(";"))
    assert left == ["KOR", "MEX"]                               # historian F9: South Korea left too
    assert len(outlined) == 1 and len(outlined[0].get_paths()) >= len(left)
    assert south.both_members() == ["CHL", "COL", "CRI"] and south.left_g77() == left
    texts = [x.get_text() for x in fig.texts]
    assert any("Sumber: Gapminder" in x and "2026" in x and "oecd.org" in x for x in texts)
    sizes = [x.get_fontsize() for x in fig.findobj(matplotlib.text.Text) if x.get_text()]
    assert min(sizes) >= 10


def test_map_explorer_every_grouping():
    explorer = south.map_explorer()
    assert explorer.error is None
    for _, grouping in explorer.controls["grouping"].options:
        explorer.controls["grouping"].value = grouping
        assert explorer.error is None
        legend = [x.get_text() for x in explorer.view.figure.axes[0].get_legend().get_texts()]
        for c in south.GROUPINGS[grouping]:
            n = sum(1 for r in GROUPINGS if r[grouping] == c)
            assert t(f"south.cat.{c}", n=n) in legend
        assert len(explorer.view.data) == len(GROUPINGS)
    with pytest.raises(ValueError):
        south.map_figure("religion")


def test_the_ldc_map_shows_the_uns_current_list():
    """UN DESA, 13 December 2024: 44 countries remain on the list of LDCs (historian F8)."""
    legend = [x.get_text() for x in south.map_figure("ldc").axes[0].get_legend().get_texts()]
    assert t("south.cat.un_least_developed", n=44) in legend


def test_notes_table_shows_every_note_escaped_with_its_status():
    page = south.notes_table()._repr_html_()
    for note in NOTES:
        assert html.escape(note["text_id"]) in page
    for status in {n["status"] for n in NOTES}:
        assert t(f"south.status.{status}") in page
    assert "oecd.org" in page and "jornada.com.mx" in page and "g77.org" in page


def test_income_table_counts():
    table = south.income_table()
    for gk, gl in (("g77", "G77"), ("oecd", "OECD")):
        for ik, il in (("low_income", "Rendah"), ("high_income", "Tinggi")):
            expected = sum(1 for r in GROUPINGS if r["g77_oecd"] == gk and r["income"] == ik)
            assert table.loc[gl, il] == expected
    high = [r["iso3"] for r in GROUPINGS if r["g77_oecd"] == "g77" and r["income"] == "high_income"]
    assert len(south.high_income_g77()) == len(high) > 5        # what the lesson's activity uses


def test_providers_and_partners_are_in_both_columns_of_the_examples():
    providers = {c for r in EXAMPLES for c in r["providers"].split(";") if c}
    partners = {c for r in EXAMPLES for c in r["partners"].split(";") if c}
    table = south.providers_and_partners()
    assert len(table) == len(providers & partners) >= 1
    assert "Indonesia" in set(table[t("south.col.country")])


# ---------------------------------------------------------------- lesson 07: CO2 per person

def group(name, year=CO2_YEAR):
    return next(r for r in GROUPS if r["group"] == name and int(r["year"]) == year)


def test_co2_comparison_matches_the_csv():
    c = south.co2_comparison()
    assert c["year"] == CO2_YEAR
    for name in ("world", "africa", "oecd", "g77"):
        assert c["averages"][name] == pytest.approx(float(group(name)["co2_per_cap"]))
    africa = {r["iso3"] for r in GROUPINGS if r["region"] == "africa"}
    having = [r for r in INDICATORS if r["iso3"] in africa and int(r["year"]) == CO2_YEAR and r["co2_per_cap"]]
    assert len(c["africa"]) == len(having) >= 50
    assert south.co2_comparison(CO2_YEAR + 1) == {}             # after the cut-off: nothing


def test_co2_figure_bars_and_text():
    fig = south.co2_figure()
    ax = fig.axes[0]
    widths = {p.get_gid(): p.get_width() for p in ax.patches if p.get_gid()}
    assert widths["oecd"] == pytest.approx(float(group("oecd")["co2_per_cap"]))
    assert widths["africa"] == pytest.approx(float(group("africa")["co2_per_cap"]))
    assert widths["world"] > widths["africa"]
    countries = [g for g in widths if g.startswith("country:")]
    assert "country:NGA" in countries and len(countries) <= south.AFRICA_SHOWN + 1
    assert str(CO2_YEAR) in fig.get_suptitle()
    assert any(x.get_text().startswith("Sumber: Gapminder") for x in fig.texts)
    text = south.co2_text()
    a, o = float(group("africa")["co2_per_cap"]), float(group("oecd")["co2_per_cap"])
    assert f"sekitar {round(o / a)} kali" in text and str(CO2_YEAR) in text
    # the figure's description gives the same proportion as the text (R2-06: not 'less than half')
    w = float(group("world")["co2_per_cap"])
    described = style.description(fig)
    assert f"Rata-rata OECD sekitar {round(o / a)} kali rata-rata Afrika" in described
    assert f"rata-rata dunia sekitar {round(w / a)} kali" in described and "separuh" not in described
    assert repr(text) == str(text)
    empty = south.co2_figure(1900)
    assert t("south.co2.no_data", year=1900) in [x.get_text() for x in empty.axes[0].texts]
    style.to_png(fig)


def test_labels_in_both_languages_and_english_figures():
    from kss.labels import LABELS
    for prefix in ("south.", "indicators."):
        keys = {k for k in LABELS["id"] if k.startswith(prefix)}
        assert keys and keys == {k for k in LABELS["en"] if k.startswith(prefix)}
    set_language("en")
    try:
        assert south.map_figure().get_suptitle().startswith('"The South"')
        assert "times as much" in south.co2_text()
        assert indicators.source_note("pop").startswith("Source: Gapminder")
    finally:
        set_language("id")

