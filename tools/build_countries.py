"""Write data/countries.csv from Debian's iso-codes package (ISO 3166-1).

Run:  python -m tools.build_countries     (needs: apt-get install iso-codes)

Columns: iso3, iso_numeric, name_en, name_id. The Indonesian names come from the
translations that iso-codes ships (gettext catalogue "iso_3166-1", locale "id").
The table is the reference every ISO3 code in the other tables is checked against.
"""
import csv
import gettext
import json
import sys
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALE_DIR = Path("/usr/share/locale")
OUT = Path(__file__).resolve().parent.parent / "data" / "countries.csv"

# Where the iso-codes translation is outdated, a formal long form, or not the name
# Indonesian schools and government use today, the short common name is used instead.
# (TLS: "Timor Timur" was the name of the pre-independence province; CHN: "Tiongkok"
# is the official Indonesian name since 2014; "Prancis" is the KBBI spelling; "Etiopia" is
# the usual Indonesian form, Wikipedia bahasa Indonesia and textbooks.)
NAME_ID_OVERRIDES = {
    "TLS": "Timor-Leste", "CHN": "Tiongkok", "PSE": "Palestina", "FRA": "Prancis",
    "GUF": "Guyana Prancis", "PYF": "Polinesia Prancis", "ATF": "Wilayah Selatan Prancis",
    "BOL": "Bolivia", "IRN": "Iran", "LAO": "Laos", "MDA": "Moldova", "RUS": "Rusia",
    "TWN": "Taiwan", "VEN": "Venezuela", "COG": "Kongo", "COD": "Republik Demokratik Kongo",
    "FSM": "Mikronesia", "VAT": "Vatikan", "CZE": "Ceko", "ETH": "Etiopia",
}

# The English names shown to learners: where iso-codes gives an inverted reference form
# ("Palestine, State of"), the short name in everyday (and UN) use. Keys stay ISO3.
NAME_EN_OVERRIDES = {
    "PSE": "Palestine", "COD": "Democratic Republic of the Congo", "FSM": "Micronesia",
    "VGB": "British Virgin Islands", "VIR": "United States Virgin Islands",
}


def main() -> int:
    if not ISO_JSON.exists():
        print(f"{ISO_JSON} not found: install Debian's iso-codes package first "
              "(apt-get install iso-codes)", file=sys.stderr)
        return 1
    entries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    indonesian = gettext.translation("iso_3166-1", localedir=str(LOCALE_DIR), languages=["id"])
    rows = []
    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        name_en = e.get("common_name", e["name"])
        # catalogue msgids are the English official/common names
        name_id = indonesian.gettext(name_en)
        if name_id == name_en:
            name_id = indonesian.gettext(e["name"])
        name_id = NAME_ID_OVERRIDES.get(e["alpha_3"], name_id)
        name_en = NAME_EN_OVERRIDES.get(e["alpha_3"], name_en)
        rows.append({"iso3": e["alpha_3"], "iso_numeric": e["numeric"],
                     "name_en": name_en, "name_id": name_id})
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["iso3", "iso_numeric", "name_en", "name_id"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {OUT.relative_to(OUT.parent.parent)}: {len(rows)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
