"""Build the course's indicator and grouping tables from Gapminder's "Fast track" DDF files.

Run:  python -m tools.build_indicators ../shared/data/gapminder-fasttrack
      python -m tools.build_indicators DDF_DIR --out SOME_DIR     (write elsewhere, e.g. a test)

Reads the DDF-csv copy (one datapoints file per indicator, ddf--concepts.csv, the country
entities with their groupings) and writes four tables into data/ (or --out):

  indicators.csv         annual values 1950 .. last observed year, one row per country-year
                         (ISO3 key): life_exp, gdp_per_cap, pop, child_mort, co2_per_cap,
                         for the countries the course uses (COURSE_COUNTRIES below), so the
                         table stays small and every lesson's setup stays fast.
                         Gapminder's series run to 2100; every year after an indicator's
                         last observed year (LAST_OBSERVED below) is a projection and is cut.
  indicator_sources.csv  one row per indicator: Gapminder concept, name, unit, source page,
                         version and update date (read from ddf--concepts.csv), first and last
                         year kept, and why the last year was chosen.
  indicator_groups.csv   per-person averages of groups of countries (world, Africa, and
                         Gapminder's G77 / OECD / others categorization): total CO2 or GDP
                         divided by total population of the countries with data.
  groupings.csv          every country with an ISO3 code: Gapminder's G77/OECD/others
                         categorization, income group (3 levels), UN least developed country
                         status and 4-region. The LDC status is Gapminder's un_sdg_ldc with
                         the UN's later graduations applied (LDC_GRADUATES below), so that
                         it is the UN's current list.

The output is deterministic (sorted rows, fixed rounding, LF line ends): the same DDF copy
always gives the same bytes, and tests/test_indicator_build.py checks that the committed
tables are exactly what this tool builds. Data: Gapminder (www.gapminder.org), CC BY 4.0.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_YEAR = 1950

# Gapminder concept -> (our column, decimals kept). Rounding: Gapminder's own precision is
# spurious for a lesson (life expectancy to 1/100 year, GDP to 1/100000 dollar).
INDICATORS = {
    "lex": ("life_exp", 1),
    "gdp_pcap": ("gdp_per_cap", 0),
    "pop": ("pop", 0),
    "child_mortality_0_5_year_olds_dying_per_1000_born": ("child_mort", 1),
    "co2_pcap_terr": ("co2_per_cap", 3),
}

# The DDF files do not mark which years are observed. The last observed year of each
# indicator is the last year of estimates in the source edition that Gapminder's version
# (version and date in ddf--concepts.csv) is built on; later years are projections.
# Chosen conservatively: when in doubt, a year earlier.
LAST_OBSERVED = {
    "lex": (2023, "UN World Population Prospects 2024 and IHME GBD give estimates up to 2023; "
                  "later years are UN projections (lex v15, April 2026)"),
    "gdp_pcap": (2023, "World Bank/IMF series; later years are IMF forecasts and Gapminder "
                       "extrapolation (gdp_pcap v32, September 2025)"),
    "pop": (2023, "UN World Population Prospects 2024 estimates end in 2023; later years are "
                  "the medium-variant projection (pop v8, July 2024)"),
    "child_mortality_0_5_year_olds_dying_per_1000_born": (
        2020, "UN IGME estimates available before this version end in 2020; later years are "
              "projections (v12, November 2022)"),
    "co2_pcap_terr": (2020, "Global Carbon Project 2021 release: 2020 is its last full year, the "
                            "file's 2021 value is treated as a preliminary estimate (v1, December 2022)"),
}

# Gapminder's co2_pcap_terr unit says "MtCO2/capita"; the values (e.g. about 15 for the USA)
# are tonnes per person, the unit the lessons show.
# Gapminder's name for co2_pcap_terr says "million tonnes per capita" for the same reason;
# the indicator's name in indicator_sources.csv says what the values are.
NAMES = {"co2_pcap_terr": "Territorial CO₂ emissions, tonnes per person"}
UNITS = {"lex": "years", "gdp_pcap": "international $ (PPP, constant 2021 prices) per person",
         "pop": "people", "child_mortality_0_5_year_olds_dying_per_1000_born": "deaths per 1000 live births",
         "co2_pcap_terr": "tonnes of CO2 per person"}

GROUPING_FILE = "ddf--entities--geo--country.csv"
CONCEPTS_FILE = "ddf--concepts.csv"
GROUPINGS = {"g77_and_oecd_countries": ("g77_oecd", {"g77", "oecd", "others"}),
             "income_3groups": ("income", {"low_income", "middle_income", "high_income"}),
             "un_sdg_ldc": ("ldc", {"un_least_developed", "un_not_least_developed"}),
             "world_4region": ("region", {"africa", "americas", "asia", "europe"})}
AGGREGATES = ("co2_per_cap", "gdp_per_cap")
# Countries that have graduated from the UN's least developed country (LDC) category but are
# still un_least_developed in Gapminder's un_sdg_ldc (fast track 2.0.0, July 2026): ISO3 ->
# (date of graduation, source). With them applied the list is the UN's: 44 countries since
# 13 December 2024 (UN DESA). data/memberships.csv (ldc-graduates) tells learners. When a
# later Gapminder version catches up, the build stops and names the row to remove here.
LDC_GRADUATES = {
    "GNQ": ("2017-06-04", "http://unohrlls.org/news/4-june-2017-equatorial-guinea-graduates-category-least-developed-countries/"),
    "VUT": ("2020-12-04", "https://policy.desa.un.org/themes/cdp-news-and-events/news/vanuatu-graduated-from-ldc-status"),
    "BTN": ("2023-12-13", "https://un.org/development/desa/dpad/2023/bhutan-graduates-from-ldc-status"),
    "STP": ("2024-12-13", "https://policy.desa.un.org/themes/cdp-news-and-events/news/sao-tome-and-principe-graduated-from-ldc-status"),
}
DATASET = "https://github.com/open-numbers/ddf--gapminder--fasttrack"


def course_countries(group_of: dict[str, dict]) -> set[str]:
    """COURSE_COUNTRIES: the 1955 delegations, every country named in data/examples.csv
    (providers, partners, supporters) and every African country (the climate comparison of
    lesson 07). The group averages are computed from ALL countries, not only these."""
    chosen = {r["iso3"] for r in read_csv(ROOT / "data" / "delegations.csv", ["iso3"])}
    for r in read_csv(ROOT / "data" / "examples.csv", ["providers", "partners", "supporters"]):
        for column in ("providers", "partners", "supporters"):
            chosen |= {c for c in r[column].split(";") if c}
    chosen |= {iso3 for iso3, g in group_of.items() if g["region"] == "africa"}
    return chosen


class BuildError(Exception):
    """Bad input, said in one sentence (file, line, what is wrong)."""


def read_csv(path: Path, needed: list[str]) -> list[dict]:
    if not path.exists():
        raise BuildError(f"{path}: file not found (is this the DDF folder of Gapminder's fast track?)")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in needed if c not in (reader.fieldnames or [])]
        if missing:
            raise BuildError(f"{path}: missing column(s) {missing}")
        return list(reader)


def number(path: Path, line: int, cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        raise BuildError(f"{path}, line {line}: '{cell}' is not a number") from None


def rounded(value: float, decimals: int) -> str:
    if decimals == 0:
        return str(int(round(value)))
    text = f"{value:.{decimals}f}"
    return "0" if float(text) == 0 else text.rstrip("0").rstrip(".")


def build(ddf: Path) -> dict[str, list[list[str]]]:
    """{file name: rows (header first)} of the four tables."""
    iso_known = {r["iso3"] for r in read_csv(ROOT / "data" / "countries.csv", ["iso3"])}
    entities = read_csv(ddf / GROUPING_FILE, ["country", "iso3166_1_alpha3", *GROUPINGS])
    geo_to_iso: dict[str, str] = {}
    groupings = []
    for line, r in enumerate(entities, start=2):
        iso3 = r["iso3166_1_alpha3"].strip()
        if not iso3:
            continue  # historical or disputed entities (USSR, Kosovo, ...) have no ISO3 code
        if iso3 not in iso_known:
            raise BuildError(f"{ddf / GROUPING_FILE}, line {line}: ISO3 code '{iso3}' of "
                             f"'{r['country']}' is not in data/countries.csv")
        geo_to_iso[r["country"]] = iso3
        row = {"iso3": iso3}
        for concept, (column, allowed) in GROUPINGS.items():
            value = r[concept].strip()
            if value and value not in allowed:
                raise BuildError(f"{ddf / GROUPING_FILE}, line {line}: {concept} '{value}' is not "
                                 f"one of {sorted(allowed)}")
            row[column] = value
        if iso3 in LDC_GRADUATES:
            if row["ldc"] != "un_least_developed":
                raise BuildError(f"{ddf / GROUPING_FILE}, line {line}: Gapminder no longer lists {iso3} as a least "
                                 f"developed country; remove it from LDC_GRADUATES in tools/build_indicators.py")
            row["ldc"] = "un_not_least_developed"   # graduated on LDC_GRADUATES[iso3][0]
        groupings.append(row)
    concepts = {r["concept"]: r for r in read_csv(ddf / CONCEPTS_FILE, ["concept", "name", "source_url",
                                                                       "version", "updated"])}
    values: dict[tuple[str, int], dict[str, float]] = {}
    sources = []
    for concept, (column, decimals) in INDICATORS.items():
        if concept not in concepts:
            raise BuildError(f"{ddf / CONCEPTS_FILE}: no concept '{concept}'")
        last, basis = LAST_OBSERVED[concept]
        path = ddf / f"ddf--datapoints--{concept}--by--country--time.csv"
        seen_last = False
        for line, r in enumerate(read_csv(path, ["country", "time", concept]), start=2):
            year = int(number(path, line, r["time"]))
            if year == last:
                seen_last = True
            if not FIRST_YEAR <= year <= last or r[concept] == "":
                continue
            iso3 = geo_to_iso.get(r["country"])
            if iso3 is None:
                continue  # an entity without ISO3 code
            values.setdefault((iso3, year), {})[column] = number(path, line, r[concept])
        if not seen_last:
            raise BuildError(f"{path}: no value for {last}, the last observed year set in LAST_OBSERVED")
        c = concepts[concept]
        sources.append([column, concept, NAMES.get(concept, c["name"]), UNITS[concept], c["source_url"], c["version"],
                        c["updated"], str(FIRST_YEAR), str(last), basis, c["source_url"]])
    columns = [column for column, _ in INDICATORS.values()]
    decimals = {column: d for column, d in INDICATORS.values()}
    indicator_rows = [["iso3", "year", *columns]]
    group_of = {g["iso3"]: g for g in groupings}
    kept = course_countries(group_of)
    for (iso3, year) in sorted(values):
        if iso3 not in kept:
            continue
        v = values[(iso3, year)]
        indicator_rows.append([iso3, str(year)] + [rounded(v[c], decimals[c]) if c in v else ""
                                                    for c in columns])
    members = {"world": set(group_of)}
    for name in ("g77", "oecd", "others"):
        members[name] = {i for i, g in group_of.items() if g["g77_oecd"] == name}
    members["africa"] = {i for i, g in group_of.items() if g["region"] == "africa"}
    group_rows = [["group", "year", *[f"n_{c}" for c in AGGREGATES], *AGGREGATES]]
    years = sorted({year for _, year in values})
    for name in ("world", "africa", "g77", "oecd", "others"):
        for year in years:
            counts, means = [], []
            for column in AGGREGATES:
                total = people = 0.0
                n = 0
                for iso3 in members[name]:
                    v = values.get((iso3, year), {})
                    if column in v and "pop" in v:
                        total += v[column] * v["pop"]
                        people += v["pop"]
                        n += 1
                counts.append(str(n))
                means.append(rounded(total / people, decimals[column]) if n else "")
            if any(means):
                group_rows.append([name, str(year), *counts, *means])
    grouping_rows = [["iso3", "g77_oecd", "income", "ldc", "region"]]
    grouping_rows += [[g[k] for k in grouping_rows[0]] for g in sorted(groupings, key=lambda g: g["iso3"])]
    source_rows = [["indicator", "concept", "name", "unit", "source_url", "version", "updated",
                    "first_year", "last_year", "last_year_basis", "sources"]] + sources
    return {"indicators.csv": indicator_rows, "indicator_sources.csv": source_rows,
            "indicator_groups.csv": group_rows, "groupings.csv": grouping_rows}


def write(tables: dict[str, list[list[str]]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (out / name).open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        print(f"wrote {out / name}: {len(rows) - 1} rows")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ddf", type=Path, help="folder with Gapminder's fast-track DDF files")
    parser.add_argument("--out", type=Path, default=ROOT / "data", help="where to write (default: data/)")
    args = parser.parse_args(argv)
    if not args.ddf.is_dir():
        print(f"error: {args.ddf} is not a folder (give the path of the DDF copy, e.g. "
              "../shared/data/gapminder-fasttrack)", file=sys.stderr)
        return 2
    try:
        tables = build(args.ddf)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write(tables, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
