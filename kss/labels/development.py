"""Labels of lessons 04 and 07 (kss.development): benefits, development trends, capacity gaps."""

ID = {
    # lesson 04: benefits
    "development.benefits_title": "Berapa contoh KSS di data kita yang menunjukkan tiap manfaat?",
    "development.benefits_axis": "Jumlah contoh (satu contoh bisa menunjukkan beberapa manfaat)",
    "development.from_article": "Contoh dari artikel sumber",
    "development.alt.benefits": ("Diagram batang jumlah contoh KSS per manfaat (batang polos: dari artikel sumber; "
                                 "batang berarsir: contoh lain): {parts}."),
    "development.alt.benefit": "{benefit} {total} contoh, {article} dari artikel",
    "development.alt.trend": ("Grafik garis {indicator}, {start}–{end}, {n} negara; tiap negara punya warna, "
                              "jenis garis dan tanda titik sendiri, Indonesia garis tebal tanpa putus: {parts}."),
    "development.alt.country": "{name} {v0} ({y0}) menjadi {v1} ({y1})",
    "development.alt.trend_empty": "Grafik kosong: {indicator}, {start}–{end}, tidak ada negara dengan data.",
    "development.alt.gap": ("Diagram titik PDB per kapita negara peserta KAA pada skala log, satu baris per "
                            "tahun; Indonesia titik besar bertepi hitam. {texts}"),
    "development.other_examples": "Contoh lain yang terdokumentasi",
    "development.examples_source": "Sumber: tabel contoh kursus (manfaat yang dicatat untuk tiap contoh; sumbernya ada di tabel itu)",
    # lesson 04: trends
    "development.trend_title": "{indicator}: beberapa negara peserta KAA, {start}–{end}",
    "development.year": "Tahun",
    "development.log_note": "skala logaritmik: tiap garis bantu berarti kelipatan",
    "development.indicator_control": "Ukuran:",
    "development.countries_control": "Negara (centang satu atau lebih):",
    "development.years_control": "Tahun:",
    "development.no_country": "Belum ada negara yang dipilih. Pilih satu negara atau lebih di daftar.",
    "development.trend_intro": "Pilih ukuran, negara dan rentang tahun. Indonesia selalu digambar dengan garis paling tebal.",
    "development.after_last": "Data ukuran ini hanya sampai {year}; tahun sesudahnya berupa proyeksi. Pilih rentang tahun yang dimulai paling lambat {year}.",
    "development.caveat": "Ini perubahan, bukan penyebabnya.",
    # lesson 07: capacity gaps
    "development.gap_title": "Kesenjangan PDB per kapita antara negara peserta KAA",
    "development.gap_title_year": "Kesenjangan PDB per kapita antara negara peserta KAA, {year}",
    "development.gap_axis": "PDB per kapita (dolar internasional PPP, harga tetap 2021; skala logaritmik)",
    "development.gap_ratio": "terkaya : termiskin = {ratio} : 1",
    "development.gap_text": ("Pada {year}, PDB per kapita tertinggi di antara {n} negara peserta KAA yang punya data "
                             "(tanpa {excluded}, negara maju yang mendukung KSS dari luar) adalah {richest} ({richest_value} dolar internasional) dan yang terendah {poorest} "
                             "({poorest_value} dolar). Jadi negara terkaya sekitar {ratio} kali lebih kaya "
                             "daripada yang termiskin. Indonesia: {indonesia_value} dolar, urutan ke-{rank} dari {n}."),
    "development.gap_year_control": "Tahun:",
    "development.gap_intro": "Geser tahunnya dan lihat apakah jarak antara negara terkaya dan termiskin melebar atau menyempit.",
    "development.gap_no_data": "Tidak ada data PDB per kapita untuk tahun {year}.",
    "development.countries_note": "Titik = satu negara; titik besar = Indonesia; {excluded} (negara maju pendukung KSS) tidak dihitung",
    "development.short.life_exp": "Angka harapan hidup",
    "development.short.gdp_per_cap": "PDB per kapita",
    "development.short.pop": "Jumlah penduduk",
    "development.short.child_mort": "Kematian balita",
    "development.short.co2_per_cap": "Emisi CO₂ per orang",
}

EN = {
    "development.benefits_title": "How many South-South examples in our data show each benefit?",
    "development.benefits_axis": "Number of examples (one example can show several benefits)",
    "development.from_article": "Example from the source article",
    "development.alt.benefits": ("Bar chart of the number of KSS examples per benefit (plain bar: from the source "
                                 "article; hatched bar: other examples): {parts}."),
    "development.alt.benefit": "{benefit} {total} examples, {article} from the article",
    "development.alt.trend": ("Line chart of {indicator}, {start}–{end}, {n} countries; each country has its own "
                              "colour, line style and marker, Indonesia a thick solid line: {parts}."),
    "development.alt.country": "{name} {v0} ({y0}) to {v1} ({y1})",
    "development.alt.trend_empty": "Empty chart: {indicator}, {start}–{end}, no country with data.",
    "development.alt.gap": ("Dot chart of GDP per capita of the conference's countries on a log scale, one row "
                            "per year; Indonesia a large dot with a black edge. {texts}"),
    "development.other_examples": "Other documented example",
    "development.examples_source": "Source: the course's table of examples (the benefits recorded for each example; each example lists its sources)",
    "development.trend_title": "{indicator}: some Bandung Conference countries, {start}–{end}",
    "development.year": "Year",
    "development.log_note": "log scale: each grid step is a multiple",
    "development.indicator_control": "Measure:",
    "development.countries_control": "Countries (tick one or more):",
    "development.years_control": "Years:",
    "development.no_country": "No country is chosen yet. Choose one or more countries in the list.",
    "development.trend_intro": "Choose a measure, countries and years. Indonesia is always drawn with the thickest line.",
    "development.after_last": "This measure has data only up to {year}; later years are projections. Choose a range that starts in {year} or earlier.",
    "development.caveat": "Change, not its cause.",
    "development.gap_title": "Gap in GDP per capita between the Bandung Conference countries",
    "development.gap_title_year": "Gap in GDP per capita between the Bandung Conference countries, {year}",
    "development.gap_axis": "GDP per capita (international $, PPP, constant 2021 prices; log scale)",
    "development.gap_ratio": "richest : poorest = {ratio} : 1",
    "development.gap_text": ("In {year}, among the {n} Bandung Conference countries with data (leaving out {excluded}, "
                             "a developed country that supports SSC from outside), the highest GDP per capita was {richest}'s ({richest_value} international dollars) and the lowest {poorest}'s "
                             "({poorest_value} dollars). So the richest was about {ratio} times richer than the "
                             "poorest. Indonesia: {indonesia_value} dollars, rank {rank} of {n}."),
    "development.gap_year_control": "Year:",
    "development.gap_intro": "Move the year and see whether the distance between the richest and the poorest grows or shrinks.",
    "development.gap_no_data": "No GDP per capita data for {year}.",
    "development.countries_note": "Dot = one country; large dot = Indonesia; {excluded} (a developed supporter of SSC) left out",
    "development.short.life_exp": "Life expectancy",
    "development.short.gdp_per_cap": "GDP per capita",
    "development.short.pop": "Population",
    "development.short.child_mort": "Under-5 mortality",
    "development.short.co2_per_cap": "CO₂ emissions per person",
}
