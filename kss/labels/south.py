"""Labels of kss.south: the groupings map (lesson 01) and the CO2 comparison (lesson 07)."""

ID = {
    "south.cat.g77": "G77 ({n} negara)",
    "south.cat.oecd": "OECD ({n} negara)",
    "south.cat.others": "Lainnya ({n} negara)",
    "south.cat.low_income": "Pendapatan rendah ({n})",
    "south.cat.middle_income": "Pendapatan menengah ({n})",
    "south.cat.high_income": "Pendapatan tinggi ({n})",
    "south.cat.un_least_developed": "Negara kurang berkembang, LDC ({n})",
    "south.cat.un_not_least_developed": "Bukan LDC ({n})",
    "south.cat.none": "Tanpa data atau tanpa kelompok",
    "south.cat.both": "G77 menurut Gapminder dan juga anggota OECD",
    "south.cat.left": "Keluar dari G77 setelah masuk OECD",
    "south.map.title.g77_oecd": "\"Selatan\" menurut pengelompokan masa kini: G77, OECD dan lainnya",
    "south.map.title.income": "Kelompok pendapatan negara-negara dunia (3 tingkat)",
    "south.map.title.ldc": "Negara kurang berkembang (LDC) menurut PBB, per 13 Desember 2024",
    "south.map.source.g77_oecd": ("Sumber: Gapminder, Fast track versi 2.0.0 (Juli 2026), pengelompokan "
                                  "g77_and_oecd_countries (mencatat 130 G77 dan 31 OECD; G77 kini 134 anggota "
                                  "menurut g77.org, OECD 38 anggota sejak 25 Mei 2021 menurut oecd.org). "
                                  "Arsir dan garis tebal: lihat tabel keanggotaan kursus. Peta: Natural Earth 1:110m."),
    "south.map.source.income": ("Sumber: Gapminder, Fast track versi 2.0.0 (Juli 2026), pengelompokan "
                                "income_3groups. Peta: Natural Earth 1:110m."),
    "south.map.source.ldc": ("Sumber: daftar LDC PBB (UN DESA, Komite Kebijakan Pembangunan), 44 negara sejak "
                             "13 Desember 2024: pengelompokan un_sdg_ldc Gapminder (Juli 2026) tanpa 4 negara "
                             "yang sudah lulus (lihat tabel keanggotaan kursus). Peta: Natural Earth 1:110m."),
    "south.map.about.g77_oecd": ("G77 dan OECD dikelompokkan menurut keanggotaan: siapa yang bergabung dengan "
                                 "kelompok negara berkembang, dan siapa dengan organisasi negara maju."),
    "south.map.about.income": ("Kelompok pendapatan dihitung dari pendapatan per orang. Bandingkan dengan peta "
                               "G77: apakah semua negara G77 berpendapatan rendah?"),
    "south.map.about.ldc": ("LDC adalah daftar PBB untuk negara yang paling tertinggal; PBB meninjaunya setiap "
                            "tiga tahun. Sebagian besar anggota G77 bukan LDC."),
    "south.grouping.g77_oecd": "G77, OECD atau lainnya",
    "south.grouping.income": "Kelompok pendapatan",
    "south.grouping.ldc": "Negara kurang berkembang (LDC)",
    "south.grouping_control": "Pengelompokan:",
    "south.map_intro": "Pilih pengelompokan dan bandingkan petanya dengan peta G77 dan OECD.",
    "south.status.verified": "terverifikasi",
    "south.status.partly_verified": "terverifikasi sebagian",
    "south.col.countries": "Negara",
    "south.col.country": "Negara",
    "south.col.note": "Catatan",
    "south.col.status": "Status",
    "south.col.sources": "Sumber",
    "south.col.grouping": "Kelompok (Gapminder)",
    "south.col.income": "Pendapatan",
    "south.col.gives": "Sebagai pemberi",
    "south.col.gets": "Sebagai mitra penerima",
    "south.short.g77": "G77",
    "south.short.oecd": "OECD",
    "south.short.others": "Lainnya",
    "south.short.low_income": "Rendah",
    "south.short.middle_income": "Menengah",
    "south.short.high_income": "Tinggi",
    # lesson 07: CO2
    "south.co2.title": "Emisi CO₂ per orang, {year}: negara Afrika, dunia dan OECD",
    "south.alt.map": "Peta dunia. {title}. {groups}.",
    "south.alt.group": "{marker}: {group}",
    "south.alt.edges": ("Diarsir: anggota G77 menurut Gapminder yang juga anggota OECD ({both}). "
                        "Bergaris tepi tebal: keluar dari G77 setelah masuk OECD ({left})."),
    "south.alt.co2": ("Diagram batang emisi CO₂ per orang pada {year}, dalam ton: rata-rata OECD {oecd}, "
                      "dunia {world}, Afrika {africa}; negara Afrika: {countries}."),
    "south.alt.co2_below": "Rata-rata Afrika kurang dari separuh rata-rata OECD.",
    "south.co2.oecd": "Rata-rata OECD ({n} negara)",
    "south.co2.world": "Rata-rata dunia",
    "south.co2.g77": "Rata-rata G77 ({n} negara)",
    "south.co2.africa": "Rata-rata Afrika ({n} negara)",
    "south.co2.value": "{value} t",
    "south.co2.note": ("Rata-rata = total emisi kelompok dibagi total penduduknya; kelompok OECD dan G77 "
                       "menurut pengelompokan Gapminder. Batang biru muda di bawah garis titik-titik: enam negara Afrika berpenduduk "
                       "terbanyak dan negara Afrika dengan emisi per orang tertinggi."),
    "south.co2.text": ("Pada {year}, rata-rata seorang penduduk Afrika mengeluarkan sekitar {africa} ton CO₂, "
                       "rata-rata dunia {world} ton, dan rata-rata negara OECD {oecd} ton: sekitar {times} kali "
                       "lipat per orang dibandingkan Afrika. {below} dari {n} negara Afrika mengeluarkan kurang "
                       "dari 1 ton per orang."),
    "south.co2.no_data": "Tidak ada data emisi CO₂ untuk tahun {year}.",
}

EN = {
    "south.alt.map": "World map. {title}. {groups}.",
    "south.alt.group": "{marker}: {group}",
    "south.alt.edges": ("Hatched: G77 members according to Gapminder that are also OECD members ({both}). "
                        "Thick outline: left the G77 after joining the OECD ({left})."),
    "south.alt.co2": ("Bar chart of CO₂ emissions per person in {year}, in tonnes: OECD average {oecd}, "
                      "world {world}, Africa {africa}; African countries: {countries}."),
    "south.alt.co2_below": "The African average is less than half the OECD average.",
    "south.cat.g77": "G77 ({n} countries)",
    "south.cat.oecd": "OECD ({n} countries)",
    "south.cat.others": "Others ({n} countries)",
    "south.cat.low_income": "Low income ({n})",
    "south.cat.middle_income": "Middle income ({n})",
    "south.cat.high_income": "High income ({n})",
    "south.cat.un_least_developed": "Least developed country, LDC ({n})",
    "south.cat.un_not_least_developed": "Not an LDC ({n})",
    "south.cat.none": "No data or no group",
    "south.cat.both": "G77 according to Gapminder and also an OECD member",
    "south.cat.left": "Left the G77 after joining the OECD",
    "south.map.title.g77_oecd": "\"The South\" as today's groupings draw it: G77, OECD and others",
    "south.map.title.income": "Income groups of the world's countries (3 levels)",
    "south.map.title.ldc": "Least developed countries (LDC) according to the UN, as of 13 December 2024",
    "south.map.source.g77_oecd": ("Source: Gapminder, Fast track version 2.0.0 (July 2026), grouping "
                                  "g77_and_oecd_countries (lists 130 G77 and 31 OECD; the G77 has 134 members "
                                  "according to g77.org, the OECD 38 since 25 May 2021 according to oecd.org). "
                                  "Hatching and thick outline: see the course's table of memberships. Map: Natural Earth 1:110m."),
    "south.map.source.income": ("Source: Gapminder, Fast track version 2.0.0 (July 2026), grouping "
                                "income_3groups. Map: Natural Earth 1:110m."),
    "south.map.source.ldc": ("Source: the UN's LDC list (UN DESA, Committee for Development Policy), 44 countries "
                             "since 13 December 2024: Gapminder's un_sdg_ldc grouping (July 2026) without 4 "
                             "countries that have graduated (see the course's table of memberships). Map: Natural Earth 1:110m."),
    "south.map.about.g77_oecd": ("G77 and OECD are groupings by membership: who joined the group of developing "
                                 "countries, and who the organisation of developed countries."),
    "south.map.about.income": ("Income groups come from income per person. Compare with the G77 map: are all "
                               "G77 countries low-income?"),
    "south.map.about.ldc": ("LDC is the UN's list of the least developed countries; the UN reviews it every "
                            "three years. Most G77 members are not LDCs."),
    "south.grouping.g77_oecd": "G77, OECD or others",
    "south.grouping.income": "Income group",
    "south.grouping.ldc": "Least developed countries (LDC)",
    "south.grouping_control": "Grouping:",
    "south.map_intro": "Choose a grouping and compare its map with the G77 and OECD map.",
    "south.status.verified": "verified",
    "south.status.partly_verified": "partly verified",
    "south.col.countries": "Countries",
    "south.col.country": "Country",
    "south.col.note": "Note",
    "south.col.status": "Status",
    "south.col.sources": "Sources",
    "south.col.grouping": "Group (Gapminder)",
    "south.col.income": "Income",
    "south.col.gives": "As a provider",
    "south.col.gets": "As a partner",
    "south.short.g77": "G77",
    "south.short.oecd": "OECD",
    "south.short.others": "Others",
    "south.short.low_income": "Low",
    "south.short.middle_income": "Middle",
    "south.short.high_income": "High",
    "south.co2.title": "CO₂ emissions per person, {year}: African countries, the world and the OECD",
    "south.co2.oecd": "OECD average ({n} countries)",
    "south.co2.world": "World average",
    "south.co2.g77": "G77 average ({n} countries)",
    "south.co2.africa": "Africa average ({n} countries)",
    "south.co2.value": "{value} t",
    "south.co2.note": ("Average = the group's total emissions divided by its total population; OECD and G77 as "
                       "grouped by Gapminder. Light blue bars below the dotted line: the six most populous African countries and the "
                       "African country with the highest emissions per person."),
    "south.co2.text": ("In {year}, the average person in Africa emitted about {africa} tonnes of CO₂, the world "
                       "average was {world} tonnes and the OECD average {oecd} tonnes: about {times} times as much "
                       "per person as in Africa. {below} of {n} African countries emitted less than 1 tonne per "
                       "person."),
    "south.co2.no_data": "No CO₂ emission data for {year}.",
}
