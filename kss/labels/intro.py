"""Labels of lesson 00 (kss.intro)."""

ID = {
    "intro.title": "Angka harapan hidup di {name}, {start}–{end}",
    "intro.year": "Tahun",
    "intro.country": "Pilih negara:",
    "intro.no_data": "Belum ada data Gapminder untuk {name}.",
}

EN = {
    "intro.title": "Life expectancy in {name}, {start}–{end}",
    "intro.year": "Year",
    "intro.country": "Choose a country:",
    "intro.no_data": "No Gapminder data for {name} yet.",
}
