"""Write data/indicators.csv: Gapminder development indicators 1952-2007.

Run:  python tools/build_indicators.py      (needs network access to PyPI, once)

The gapminder excerpt (life expectancy, population, GDP per capita for 142 countries,
every 5 years 1952-2007) is shipped inside the plotly wheel on PyPI together with
ISO3 codes. We download that wheel (pinned below), read the CSV out of it and write
our own table with ISO3 codes checked against data/countries.csv. Data: Gapminder
(www.gapminder.org), CC-BY 4.0; the plotly package is MIT-licensed.
"""
import csv
import gzip
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PLOTLY = "plotly==7.1.0"
MEMBER = "plotly/package_data/datasets/gapminder.csv.gz"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "indicators.csv"
SOURCE = "https://www.gapminder.org/data/"
# Numeric codes withdrawn from ISO 3166-1 that the gapminder excerpt still uses:
# Sudan was 736 until South Sudan's independence in 2011 (now 729).
LEGACY_NUMERIC = {"736": "SDN"}
# plotly codes North Korea as KOR/410 (South Korea's codes); the country name is right.
NAME_FIXES = {"Korea, Dem. Rep.": "PRK"}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp,
                        PLOTLY], check=True)
        wheel = next(Path(tmp).glob("plotly-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            raw = gzip.decompress(zf.read(MEMBER)).decode("utf-8")
    countries = list(csv.DictReader((ROOT / "data" / "countries.csv").open(encoding="utf-8")))
    by_numeric = {r["iso_numeric"]: r["iso3"] for r in countries} | LEGACY_NUMERIC
    rows, fixed = [], set()
    for r in csv.DictReader(io.StringIO(raw)):
        # plotly's iso_alpha has at least one error (North Korea is coded KOR), so the
        # ISO3 code is taken from the numeric code, and disagreements are reported.
        iso3 = NAME_FIXES.get(r["country"]) or by_numeric.get(f"{int(r['iso_num']):03d}")
        if iso3 is None:
            print(f"unknown ISO numeric {r['iso_num']} for {r['country']}", file=sys.stderr)
            return 1
        if iso3 != r["iso_alpha"]:
            fixed.add(f"{r['country']}: iso_alpha {r['iso_alpha']} -> {iso3} (from iso_num {r['iso_num']})")
        rows.append({
            "iso3": iso3,
            "country": r["country"],
            "continent": r["continent"],
            "year": int(r["year"]),
            "life_exp": round(float(r["lifeExp"]), 3),
            "pop": int(float(r["pop"])),
            "gdp_per_cap": round(float(r["gdpPercap"]), 2),
            "sources": SOURCE,
        })
    for note in sorted(fixed):
        print("corrected", note)
    rows.sort(key=lambda r: (r["iso3"], r["year"]))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} rows, "
          f"{len({r['iso3'] for r in rows})} countries, years {rows[0]['year']}-{max(r['year'] for r in rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
