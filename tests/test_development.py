"""Lesson 04 helpers (kss.development): the benefits chart, the trend figures and the
development explorer, checked against data/examples.csv, data/delegations.csv and
data/indicators.csv read here with the csv module (independently of kss.data)."""
import itertools

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from kss import data, development  # noqa: E402
from kss.labels import t  # noqa: E402
from table_edit import read_rows as read  # noqa: E402
from kss.quiz import Question, Quiz, questions_for  # noqa: E402



EXAMPLES = read("examples.csv")
INDICATORS = read("indicators.csv")
DELEGATION_ISO3 = {r["iso3"] for r in read("delegations.csv")}
WITH_DATA = sorted(DELEGATION_ISO3 & {r["iso3"] for r in INDICATORS})
YEARS = sorted({int(r["year"]) for r in INDICATORS})
LAST_YEAR = {r["indicator"]: int(r["last_year"]) for r in read("indicator_sources.csv")}
MEASURES = ["life_exp", "gdp_per_cap", "pop", "child_mort", "co2_per_cap"]
BY_KEY = {(r["iso3"], int(r["year"])): r for r in INDICATORS}


def value(iso3, year, indicator):
    r = BY_KEY.get((iso3, year))
    if r is None or r[indicator] == "":
        return None
    v = float(r[indicator])
    return v / 1e6 if indicator == "pop" else v


# ---------------------------------------------------------------- benefits

def test_benefit_counts_match_the_csv():
    counts = development.benefit_counts()
    assert list(counts.index) == ["economic_social", "institutional_capacity", "national_resilience", "relations"]
    for benefit in counts.index:
        having = [r for r in EXAMPLES if benefit in r["benefits"].split(";")]
        article = [r for r in having if r["from_article"] == "true"]
        assert counts.loc[benefit, "total"] == len(having)
        assert counts.loc[benefit, "article"] == len(article)
        assert counts.loc[benefit, "other"] == len(having) - len(article)
        assert sorted(development.examples_for(benefit)["example_id"]) == sorted(r["example_id"] for r in having)


def test_benefits_figure_draws_the_counts():
    fig = development.benefits_figure()
    ax = fig.axes[0]
    article = [p.get_width() for p in ax.patches if p.get_gid() == "article"]
    other = [p.get_width() for p in ax.patches if p.get_gid() == "other"]
    benefits = ["economic_social", "institutional_capacity", "national_resilience", "relations"]
    for i, benefit in enumerate(benefits):
        having = [r for r in EXAMPLES if benefit in r["benefits"].split(";")]
        n_article = sum(1 for r in having if r["from_article"] == "true")
        assert article[i] == n_article and other[i] == len(having) - n_article
    assert [lbl.get_text() for lbl in ax.get_yticklabels()] == [t(f"benefit.{b}") for b in benefits]
    assert any(x.get_text().startswith("Sumber") for x in fig.texts)


# ---------------------------------------------------------------- trends

def lines_by_country(fig):
    return {line.get_gid().split(":")[1]: line for line in fig.axes[0].get_lines()
            if (line.get_gid() or "").startswith("country:")}


def check_trend(view, indicator, countries, start, end):
    fig = view.figure
    ax = fig.axes[0]
    if not countries:
        assert view.message == t("development.no_country")
        assert lines_by_country(fig) == {}
        assert t("development.no_country") in [x.get_text() for x in ax.texts]
        return
    lines = lines_by_country(fig)
    end = min(end, LAST_YEAR[indicator])      # later years are projections: never drawn
    having = {iso3 for iso3 in set(countries) & set(WITH_DATA)
              if any(value(iso3, y, indicator) is not None for y in YEARS if start <= y <= end)}
    assert set(lines) == having
    for iso3, line in lines.items():
        years = [y for y in YEARS if start <= y <= end and value(iso3, y, indicator) is not None]
        assert list(line.get_xdata()) == years
        assert list(line.get_ydata()) == pytest.approx([value(iso3, y, indicator) for y in years])
    assert ax.get_yscale() == ("log" if indicator == "gdp_per_cap" else "linear")
    if "IDN" in lines:  # Indonesia: vermillion and the thickest line
        assert lines["IDN"].get_linewidth() == max(line.get_linewidth() for line in lines.values())
        assert matplotlib.colors.to_hex(lines["IDN"].get_color()).upper() == development.INDONESIA_COLOUR
    assert len(set(view.data["iso3"])) == len(lines)
    assert view.message == ""


def test_static_trend_figures():
    for indicator in development.INDICATORS:
        fig = development.trend_figure(indicator)
        lines = lines_by_country(fig)
        assert set(lines) == set(development.DEFAULT_COUNTRIES)
        title = fig.get_suptitle()
        assert f"1950–{LAST_YEAR[indicator]}" in title, title
        assert max(max(line.get_xdata()) for line in lines.values()) == LAST_YEAR[indicator]
        notes = [x.get_text().replace("\n", " ") for x in fig.texts if "Sumber" in x.get_text()]
        assert len(notes) == 1, [x.get_text() for x in fig.texts]
        source = notes[0]
        assert "Gapminder" in source and f"1950–{LAST_YEAR[indicator]}" in source, source
        assert fig.axes[0].get_ylabel()
        sizes = [x.get_fontsize() for x in fig.findobj(matplotlib.text.Text) if x.get_text()]
        assert min(sizes) >= 10


def test_static_figure_never_draws_past_the_cut_off():
    """Asked for 1950-2023, a measure observed only to 2020 is drawn (and titled) to 2020."""
    for indicator in ("co2_per_cap", "child_mort"):
        fig = development.trend_figure(indicator, years=(1950, 2023))
        last = LAST_YEAR[indicator]
        assert f"1950–{last}" in fig.get_suptitle()
        lines = lines_by_country(fig).values()
        assert lines and max(max(line.get_xdata()) for line in lines) == last
        for line in lines:
            assert all(y == y for y in line.get_ydata())        # no NaN (no empty projected years)


def test_countries_are_the_delegations_with_data():
    options = development.bandung_countries()
    assert sorted(iso3 for _, iso3 in options) == WITH_DATA
    assert "LAO" in WITH_DATA and len(WITH_DATA) == len(DELEGATION_ISO3) == 28   # Laos has data now


def test_explorer_defaults():
    explorer = development.explorer()
    assert explorer.error is None
    assert "IDN" in explorer.controls["countries"].value and len(explorer.controls["countries"].value) > 1
    assert [v for _, v in explorer.controls["indicator"].options] == MEASURES
    assert explorer.controls["years"].value == (min(YEARS), max(YEARS))
    check_trend(explorer.view, "life_exp", development.DEFAULT_COUNTRIES, min(YEARS), max(YEARS))


def test_explorer_every_option_through_the_widgets():
    explorer = development.explorer()
    for indicator in [v for _, v in explorer.controls["indicator"].options]:
        explorer.controls["indicator"].value = indicator
        assert explorer.error is None
        check_trend(explorer.view, indicator, explorer.controls["countries"].value, min(YEARS), max(YEARS))
    explorer.controls["indicator"].value = "pop"
    for _, iso3 in explorer.controls["countries"].options:  # every country alone
        explorer.controls["countries"].value = (iso3,)
        assert explorer.error is None
        check_trend(explorer.view, "pop", (iso3,), min(YEARS), max(YEARS))
    explorer.controls["countries"].value = tuple(v for _, v in explorer.controls["countries"].options)
    check_trend(explorer.view, "pop", WITH_DATA, min(YEARS), max(YEARS))
    explorer.controls["countries"].value = ()
    assert explorer.error is None
    check_trend(explorer.view, "pop", (), min(YEARS), max(YEARS))
    explorer.controls["countries"].value = ("IDN", "JPN")
    for years in [(1950, 1950), (2023, 2023), (1967, 1992), (1950, 2023), (1955, 2023)]:
        explorer.controls["years"].value = years
        assert explorer.error is None
        check_trend(explorer.view, "pop", ("IDN", "JPN"), *years)


@pytest.mark.parametrize("indicator", MEASURES)
def test_explorer_year_ranges(indicator):
    """(start, end) pairs of the slider every 20 years plus both ends and the cut-off years
    (and the year after each), drawn without the PNG step."""
    explorer = development.explorer()
    countries = ("IDN", "IND", "LBR", "SAU")
    cut_offs = set(LAST_YEAR.values())
    chosen = sorted(set(YEARS[::20]) | {YEARS[0], YEARS[-1]} | cut_offs | {y + 1 for y in cut_offs if y < YEARS[-1]})
    for start, end in itertools.combinations_with_replacement(chosen, 2):
        view = explorer.draw(indicator=indicator, countries=countries, years=(start, end))
        if start > LAST_YEAR[indicator]:   # only projected years chosen: said in words
            assert view.message == t("development.after_last", year=LAST_YEAR[indicator])
            assert lines_by_country(view.figure) == {} and view.data.empty
            continue
        check_trend(view, indicator, countries, start, end)


def test_number_style():
    assert development.fmt_number(1234.5, 1, lang="id") == "1.234,5"
    assert development.fmt_number(31656.07, lang="id") == "31.656"
    assert development.fmt_number(331, lang="id") == "331"
    assert development.fmt_number(1234.5, 1, lang="en") == "1,234.5"


def test_labels_exist_in_both_languages():
    from kss.labels import LABELS
    keys = {k for k in LABELS["id"] if k.startswith("development.")}
    assert keys and keys == {k for k in LABELS["en"] if k.startswith("development.")}


def test_quiz_life_expectancy_numbers_match_the_data():
    """Quiz 04's stimulus quotes China's life expectancy around the famine of 1958-61: every
    'value (year)' it gives, in both languages, is the data's value for that year."""
    import re
    from kss.labels import set_language
    for lang, pattern, decimal in (("id", r"(\d+),(\d) tahun \((\d{4})\)", ","),
                                   ("en", r"(\d+)\.(\d) years \((\d{4})\)", ".")):
        set_language(lang)
        try:
            question = next(q for q in questions_for("04") if "1960" in q.stimulus)
            quoted = re.findall(pattern, question.stimulus)
        finally:
            set_language("id")
        assert len(quoted) == 3, (lang, question.stimulus)
        for whole, tenth, year in quoted:
            assert float(f"{whole}.{tenth}") == pytest.approx(value("CHN", int(year), "life_exp"), abs=0.05), (lang, year)
