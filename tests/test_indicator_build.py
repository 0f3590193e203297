"""tools/build_indicators.py: the committed tables are exactly what the tool builds from
Gapminder's fast-track DDF copy, projections are cut, and bad input gets one sentence.

The rebuild check needs the shared DDF copy (../shared/data/gapminder-fasttrack beside the
clone, as in CI, or the folder named by KSS_GAPMINDER_DDF); without it that one test is
skipped with the reason. The other checks run on a tiny DDF folder written here."""
import csv
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TABLES = ["indicators.csv", "indicator_sources.csv", "indicator_groups.csv", "groupings.csv"]


from tools import build_indicators as tool  # noqa: E402


def shared_copy() -> Path | None:
    for candidate in (os.environ.get("KSS_GAPMINDER_DDF"),
                      ROOT.parent / "shared" / "data" / "gapminder-fasttrack"):
        if candidate and (Path(candidate) / "ddf--concepts.csv").exists():
            return Path(candidate)
    return None


def test_committed_tables_are_rebuilt_identically(tmp_path):
    ddf = shared_copy()
    if ddf is None:
        pytest.skip("Gapminder DDF copy not found: expected ../shared/data/gapminder-fasttrack "
                    "beside the clone (as in CI) or KSS_GAPMINDER_DDF=<folder>")
    assert tool.main([str(ddf), "--out", str(tmp_path)]) == 0
    for name in TABLES:
        built = (tmp_path / name).read_text(encoding="utf-8").splitlines()
        committed = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()
        # the first differing line, not pytest's diff of two whole tables: difflib over
        # thousands of lines runs for tens of minutes (a CI run timed out in it)
        first = next((i for i, (a, b) in enumerate(zip(built, committed)) if a != b), min(len(built), len(committed)))
        same = built == committed
        assert same, (f"data/{name} differs from what tools/build_indicators.py builds from {ddf} "
                      f"(rerun the tool): line {first + 1}, built {built[first:first + 1]}, "
                      f"committed {committed[first:first + 1]}; {len(built)} lines built, {len(committed)} committed")


# ---------------------------------------------------------------- a tiny DDF folder

def write(path: Path, rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


@pytest.fixture
def ddf(tmp_path):
    """Two countries (Indonesia, Ghana), every indicator 1949..2030 (years after the cut-off
    stand for Gapminder's projections)."""
    folder = tmp_path / "ddf"
    folder.mkdir()
    write(folder / tool.GROUPING_FILE, [
        ["country", "iso3166_1_alpha3", "g77_and_oecd_countries", "income_3groups", "un_sdg_ldc", "world_4region"],
        ["idn", "IDN", "g77", "middle_income", "un_not_least_developed", "asia"],
        ["gha", "GHA", "g77", "middle_income", "un_not_least_developed", "africa"],
        ["ussr", "", "others", "", "", "europe"],
    ])
    concepts = [["concept", "name", "source_url", "version", "updated"]]
    for concept in tool.INDICATORS:
        concepts.append([concept, f"name of {concept}", f"http://gapm.io/{concept[:5]}", "v9", "May 1 2026"])
        rows = [["country", "time", concept]]
        for geo, base in (("idn", 10.0), ("gha", 2.0)):
            rows += [[geo, year, base + (year - 1950) / 10] for year in range(1949, 2031)]
        rows += [["ussr", 1960, 5.0]]
        write(folder / f"ddf--datapoints--{concept}--by--country--time.csv", rows)
    write(folder / tool.CONCEPTS_FILE, concepts)
    return folder


def read_out(folder: Path, name: str) -> list[dict]:
    with (folder / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_projections_and_years_before_1950_are_cut(ddf, tmp_path):
    out = tmp_path / "out"
    assert tool.main([str(ddf), "--out", str(out)]) == 0
    rows = read_out(out, "indicators.csv")
    assert {r["iso3"] for r in rows} == {"IDN", "GHA"}          # USSR has no ISO3 code
    years = sorted({int(r["year"]) for r in rows})
    last = max(year for year, _ in tool.LAST_OBSERVED.values())
    assert years == list(range(1950, last + 1))
    co2_last = tool.LAST_OBSERVED["co2_pcap_terr"][0]
    for r in rows:
        assert (r["co2_per_cap"] == "") == (int(r["year"]) > co2_last)
    idn_1960 = next(r for r in rows if r["iso3"] == "IDN" and r["year"] == "1960")
    assert idn_1960["life_exp"] == "11" and idn_1960["co2_per_cap"] == "11"   # 10 + 10/10
    sources = {r["indicator"]: r for r in read_out(out, "indicator_sources.csv")}
    assert sources["life_exp"]["version"] == "v9" and sources["life_exp"]["updated"] == "May 1 2026"
    assert sources["co2_per_cap"]["last_year"] == str(co2_last)
    world = {r["year"]: r for r in read_out(out, "indicator_groups.csv") if r["group"] == "world"}
    # population-weighted: (11*11 + 3*3) / (11 + 3) for 1960 (pop = value in this folder)
    assert world["1960"]["co2_per_cap"] == f"{(11 * 11 + 3 * 3) / 14:.3f}".rstrip("0")
    africa = {r["year"]: r for r in read_out(out, "indicator_groups.csv") if r["group"] == "africa"}
    assert africa["1960"]["co2_per_cap"] == "3" and africa["1960"]["n_co2_per_cap"] == "1"


def test_output_is_deterministic(ddf, tmp_path):
    tool.main([str(ddf), "--out", str(tmp_path / "a")])
    tool.main([str(ddf), "--out", str(tmp_path / "b")])
    for name in TABLES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def _error(ddf, tmp_path, capsys) -> str:
    assert tool.main([str(ddf), "--out", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("error: ")
    assert not (tmp_path / "out").exists(), "nothing is written when the input is bad"
    return err


def test_not_a_number_is_reported_with_file_and_line(ddf, tmp_path, capsys):
    path = ddf / "ddf--datapoints--lex--by--country--time.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = "idn,1953,seventy"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _error(ddf, tmp_path, capsys)
    assert "lex--by--country--time.csv, line 6: 'seventy' is not a number" in err


def test_unknown_iso3_code_is_reported(ddf, tmp_path, capsys):
    path = ddf / tool.GROUPING_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(",GHA,", ",XXX,"), encoding="utf-8")
    err = _error(ddf, tmp_path, capsys)
    assert "line 3: ISO3 code 'XXX'" in err and "data/countries.csv" in err


def test_missing_indicator_file_and_missing_cut_off_year(ddf, tmp_path, capsys):
    (ddf / "ddf--datapoints--pop--by--country--time.csv").unlink()
    assert "file not found" in _error(ddf, tmp_path, capsys)


def test_a_series_that_stops_before_the_cut_off_is_refused(ddf, tmp_path, capsys):
    path = ddf / "ddf--datapoints--lex--by--country--time.csv"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.split(",")[1].isdigit() or int(line.split(",")[1]) < 2010]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert "no value for 2023" in _error(ddf, tmp_path, capsys)


def test_not_a_folder(tmp_path, capsys):
    assert tool.main([str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_the_co2_name_says_tonnes_per_person(ddf, tmp_path):
    """Gapminder names co2_pcap_terr 'million tonnes per capita', but its values are tonnes per
    person (Indonesia 2020 is about 2.2): the built table and the committed one say so
    (historian's review F18)."""
    concepts = ddf / tool.CONCEPTS_FILE
    text = concepts.read_text(encoding="utf-8").replace(
        "name of co2_pcap_terr", "Territorial CO2 emissions, million tonnes per capita")
    concepts.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert tool.main([str(ddf), "--out", str(out)]) == 0
    built = {r["indicator"]: r for r in read_out(out, "indicator_sources.csv")}
    committed = {r["indicator"]: r for r in read_out(ROOT / "data", "indicator_sources.csv")}
    for table in (built, committed):
        row = table["co2_per_cap"]
        assert "million" not in row["name"].lower() and "per person" in row["name"]
        assert row["unit"] == "tonnes of CO2 per person"
    assert built["life_exp"]["name"] == "name of lex"   # other names come from Gapminder


# ---------------------------------------------------------------- the UN's LDC list (historian F8)

def _add_country(ddf, iso3: str, ldc: str) -> None:
    path = ddf / tool.GROUPING_FILE
    path.write_text(path.read_text(encoding="utf-8") + f"{iso3.lower()},{iso3},g77,middle_income,{ldc},asia\n",
                    encoding="utf-8")


def test_a_graduated_country_is_not_an_ldc_although_gapminder_still_lists_it(ddf, tmp_path):
    graduate = next(iter(tool.LDC_GRADUATES))
    _add_country(ddf, graduate, "un_least_developed")
    out = tmp_path / "out"
    assert tool.main([str(ddf), "--out", str(out)]) == 0
    row = next(r for r in read_out(out, "groupings.csv") if r["iso3"] == graduate)
    assert row["ldc"] == "un_not_least_developed"


def test_when_gapminder_catches_up_the_build_names_the_row_to_remove(ddf, tmp_path, capsys):
    graduate = next(iter(tool.LDC_GRADUATES))
    _add_country(ddf, graduate, "un_not_least_developed")
    err = _error(ddf, tmp_path, capsys)
    assert f"no longer lists {graduate}" in err and "LDC_GRADUATES" in err


def test_the_committed_ldc_list_is_the_uns_current_list():
    """UN DESA, 13 December 2024: after São Tomé and Príncipe's graduation 44 countries remain
    on the list of LDCs (https://policy.desa.un.org/themes/cdp-news-and-events/news/
    sao-tome-and-principe-graduated-from-ldc-status); the four graduates of 2017-2024 are
    Equatorial Guinea, Vanuatu, Bhutan and São Tomé and Príncipe."""
    with (ROOT / "data" / "groupings.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["iso3"]: r["ldc"] for r in csv.DictReader(f)}
    assert sum(1 for v in rows.values() if v == "un_least_developed") == 44
    assert all(rows[c] == "un_not_least_developed" for c in ("GNQ", "VUT", "BTN", "STP"))
