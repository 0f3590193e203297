"""Labels of lesson 00 (kss.intro)."""

ID = {
    "intro.title": "Angka harapan hidup: {name}, {start}–{end}",
    "intro.pair": "{a} dan {b}",
    "intro.year": "Tahun",
    "intro.country": "Pilih negara:",
    "intro.country_first": "Negara pertama:",
    "intro.country_second": "Negara kedua:",
    "intro.same_country": "Kamu memilih negara yang sama dua kali. Pilih negara lain di salah satu menu untuk membandingkan.",
    "intro.conference": "KAA {year}",
    "intro.no_data": "Belum ada data Gapminder untuk {name}.",
    "intro.alt": ("Grafik garis angka harapan hidup. {countries} Garis tegak bertitik: Konferensi Asia-Afrika, "
                  "{year}."),
    "intro.alt_country": "{name}: {v0} tahun pada {y0} dan {v1} tahun pada {y1}, {change} tahun.",
    "intro.alt_empty": "Grafik kosong: belum ada data angka harapan hidup untuk {name}.",
    # the first table (the delegations of 1955)
    "intro.col.name_1955": "Nama pada 1955",
    "intro.col.name_today": "Nama sekarang",
    "intro.col.continent": "Benua",
    "intro.col.role": "Peran",
    "intro.continent.asia": "Asia",
    "intro.continent.africa": "Afrika",
    "intro.role.sponsor": "negara sponsor",
    "intro.role.participant": "negara peserta",
    "intro.table_note": "Tabel ini punya {total} baris, satu untuk setiap delegasi; yang tampil hanya {shown} baris pertama.",
}

EN = {
    "intro.title": "Life expectancy: {name}, {start}–{end}",
    "intro.pair": "{a} and {b}",
    "intro.year": "Year",
    "intro.country": "Choose a country:",
    "intro.country_first": "First country:",
    "intro.country_second": "Second country:",
    "intro.same_country": "You chose the same country twice. Choose another country in one of the menus to compare.",
    "intro.conference": "Bandung {year}",
    "intro.no_data": "No Gapminder data for {name} yet.",
    "intro.alt": ("Line chart of life expectancy. {countries} Dotted vertical line: the Asian-African "
                  "Conference, {year}."),
    "intro.alt_country": "{name}: {v0} years in {y0} and {v1} years in {y1}, {change} years.",
    "intro.alt_empty": "Empty chart: no life expectancy data for {name} yet.",
    "intro.col.name_1955": "Name in 1955",
    "intro.col.name_today": "Name today",
    "intro.col.continent": "Continent",
    "intro.col.role": "Role",
    "intro.continent.asia": "Asia",
    "intro.continent.africa": "Africa",
    "intro.role.sponsor": "sponsor country",
    "intro.role.participant": "participant",
    "intro.table_note": "This table has {total} rows, one for each delegation; only the first {shown} are shown.",
}
