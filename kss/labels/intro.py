"""Labels of lesson 00 (kss.intro)."""

ID = {
    "intro.title": "Angka harapan hidup di {name}, {start}–{end}",
    "intro.year": "Tahun",
    "intro.country": "Pilih negara:",
    "intro.no_data": "Belum ada data Gapminder untuk {name}.",
    "intro.alt": ("Grafik garis angka harapan hidup di {name}: {v0} tahun pada {y0} dan {v1} tahun "
                  "pada {y1}, {change} tahun."),
    "intro.alt_empty": "Grafik kosong: belum ada data angka harapan hidup untuk {name}.",
}

EN = {
    "intro.title": "Life expectancy in {name}, {start}–{end}",
    "intro.year": "Year",
    "intro.country": "Choose a country:",
    "intro.no_data": "No Gapminder data for {name} yet.",
    "intro.alt": ("Line chart of life expectancy in {name}: {v0} years in {y0} and {v1} years "
                  "in {y1}, {change} years."),
    "intro.alt_empty": "Empty chart: no life expectancy data for {name} yet.",
}
