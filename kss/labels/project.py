"""Labels of lesson 08 (kss.project): synthesis figures and the project designer."""

ID = {
    # synthesis figures
    "project.decade_title": "Contoh KSS dalam data kursus: dasawarsa mulai dan bentuknya",
    "project.decade_x": "Dasawarsa tahun mulai",
    "project.decade_y": "Jumlah contoh",
    "project.decade_label": "{decade}-an",
    "project.alt.decades": ("Diagram batang bertumpuk {n} contoh KSS menurut dasawarsa mulainya: {parts}; "
                            "terbanyak pada {busiest}. Bentuk kerja sama menurut warna dan arsir: {hatches}."),
    "project.alt.decade": "{decade} {n}",
    "project.alt.hatch": "{form} {hatch}",
    "project.alt.hatch.0": "polos",
    "project.alt.hatch.1": "garis miring",
    "project.alt.hatch.2": "titik",
    "project.alt.hatch.3": "silang",
    "project.alt.journey": ("Garis waktu {n} tonggak KSS, {start}–{end}, di dua jalur: dunia dan PBB ({world} "
                            "tonggak, bulatan) di atas, Indonesia ({indonesia} tonggak, belah ketupat) di bawah. "
                            "Yang diberi nama: {labels}."),
    "project.alt.map": ("Peta rancangan \"{title}\": negara pemberi (kotak) {providers}; negara mitra (bulatan) "
                        "{partners}; {links} garis kerja sama dari pemberi ke mitra."),
    "project.alt.supporters": "Negara pendukung (segitiga): {names}.",
    "project.alt.none": "belum dipilih",
    "project.decade_legend": "Bentuk kerja sama",
    "project.decade_source": "Sumber: tabel contoh kursus ({n} contoh dari pelajaran 06, tiap baris dengan tautan sumbernya)",
    "project.journey_title": "Dari Bandung ke BAPA+40: tonggak KSS dalam data kursus",
    "project.journey_x": "Tahun",
    "project.journey_world": "Dunia dan PBB",
    "project.journey_indonesia": "Indonesia",
    "project.journey_source": "Sumber: tabel tonggak kursus ({n} tonggak, tiap baris dengan tautan sumbernya)",
    # short names of the labelled milestones (the year comes from the data)
    "project.ms.kaa-1955": "KAA Bandung",
    "project.ms.nam-belgrade-1961": "Gerakan Non-Blok",
    "project.ms.g77-1964": "G77",
    "project.ms.bapa-1978": "BAPA",
    "project.ms.nam-jakarta-1992": "KTT GNB Jakarta",
    "project.ms.nairobi-2009": "Nairobi",
    "project.ms.ksst-coordination-team-2010": "Tim KSST",
    "project.ms.sdg17-2015": "SDG 17",
    "project.ms.indonesia-africa-forum-2018": "Forum Indonesia–Afrika",
    "project.ms.bapa40-2019": "BAPA+40",
    "project.ms.indonesian-aid-2019": "Indonesian AID",
    # the designer: controls
    "project.providers": "Negara pemberi:",
    "project.partners": "Negara mitra:",
    "project.sector": "Sektor:",
    "project.modality": "Bentuk:",
    "project.benefit": "Manfaat utama:",
    "project.supporter": "Pihak pendukung (boleh kosong):",
    "project.supporter_placeholder": "negara maju atau organisasi, misalnya JICA",
    "project.title": "Judul proyek:",
    "project.title_placeholder": "tulis judul singkat, lalu tekan Enter",
    "project.intro": ("Pilih negara pemberi dan negara mitra (centang satu atau lebih), "
                      "lalu sektor, bentuk dan manfaat. Tulis judul, lalu tekan Enter."),
    # the designer: map and card
    "project.default_title": "Rancangan proyek KSS-mu",
    "project.map_title": "Peta rancangan: {title}",
    "project.legend_provider": "Negara pemberi",
    "project.legend_partner": "Negara mitra",
    "project.legend_both": "Dipilih di kedua peran",
    "project.legend_link": "Kerja sama (titik di ujung mitra)",
    "project.legend_supporter": "Negara pendukung",
    "project.not_on_map": "Terlalu kecil untuk peta skala ini: {names}",
    "project.card_heading": "Kartu proyek",
    "project.card_providers": "Negara pemberi",
    "project.card_partners": "Negara mitra",
    "project.card_sector": "Sektor",
    "project.card_modality": "Bentuk",
    "project.card_benefit": "Manfaat utama",
    "project.card_supporter": "Pihak pendukung",
    "project.card_none": "(belum dipilih)",
    "project.card_no_supporter": "(tidak ada)",
    "project.checks_heading": "Periksa rancanganmu",
    "project.inspiration_heading": "Inspirasi dari contoh nyata",
    "project.nairobi_heading": "Nilai rancanganmu dengan prinsip Nairobi",
    "project.nairobi_intro": ("Prinsip-prinsip KSS menurut Dokumen Hasil Nairobi (A/RES/64/222; Pelajaran 06). "
                              "Jawab setiap pertanyaan untuk rancanganmu, lalu tulis dua prinsip yang dipenuhinya."),
    "project.inspiration_same_both": "sektor dan bentuknya sama dengan rancanganmu",
    "project.inspiration_same_sector": "sektornya sama dengan rancanganmu",
    "project.inspiration_same_modality": "bentuknya sama dengan rancanganmu",
    "project.inspiration_none": "Belum ada contoh di data kursus dengan sektor atau bentuk yang sama.",
    "project.source_link": "baca sumbernya",
    "project.years_open": "sejak {start}",
    "project.years_closed": "{start}–{end}",
    "project.message_start": "Pilih sedikitnya satu negara pemberi dan satu negara mitra untuk melihat garis kerja samanya di peta.",
    # the designer: gentle checks
    "project.check.no_provider": "Belum ada negara pemberi. Pilih sedikitnya satu negara yang berbagi pengetahuan, keahlian atau dana.",
    "project.check.no_partner": "Belum ada negara mitra. Pilih sedikitnya satu negara yang akan bekerja sama dengan negara pemberi.",
    "project.check.overlap": ("{names} kamu pilih sebagai pemberi sekaligus mitra. Dalam KSS sebuah negara memang bisa memberi "
                              "di satu proyek dan menerima di proyek lain, tetapi dalam satu proyek pilih satu peran saja."),
    "project.check.bilateral_count": ("Bilateral berarti kerja sama dua negara: satu pemberi dan satu mitra. Kamu memilih "
                                      "{providers} pemberi dan {partners} mitra. Pertimbangkan bentuk regional atau multilateral, "
                                      "atau anggap proyekmu sebagai beberapa kerja sama bilateral sekaligus, seperti {example}."),
    "project.check.needs_several": ("Kerja sama {modality} biasanya melibatkan banyak negara, sedangkan rancanganmu baru memuat "
                                    "{count} negara. Tambahkan negara pemberi atau mitra, atau pilih bentuk bilateral."),
    "project.check.triangular_needs_supporter": ("Kerja sama triangular butuh pihak ketiga: negara maju atau organisasi "
                                                 "internasional yang mendukung. Tulis namanya di kolom pihak pendukung. "
                                                 "Dalam contoh nyata kursus ini pendukungnya antara lain {names}."),
    "project.check.supporter_not_triangular": ("Kamu menulis pihak pendukung. Kalau negara maju atau organisasi internasional "
                                               "ikut mendukung kerja sama antarnegara berkembang, bentuknya disebut triangular. "
                                               "Mungkin bentuk itu lebih cocok untuk rancanganmu."),
    "project.check.no_title": "Proyekmu belum punya judul. Tulis judul singkat yang menjelaskan apa yang dikerjakan.",
    "project.check.long_text": "Teks yang kamu tulis panjang sekali; kartu hanya menampilkan {limit} huruf pertama. Coba buat lebih singkat.",
    "project.check.ok": "Tidak ada masalah besar: peran negara dan bentuk kerja sama di rancanganmu sudah cocok. Baca juga saran di bawah ini, kalau ada.",
}

EN = {
    "project.decade_title": "SSC examples in the course data: decade of start and modality",
    "project.alt.decades": ("Stacked bar chart of {n} South-South examples by the decade they started: {parts}; "
                            "most in the {busiest}. Form of cooperation by colour and hatching: {hatches}."),
    "project.alt.decade": "{decade} {n}",
    "project.alt.hatch": "{form} {hatch}",
    "project.alt.hatch.0": "plain",
    "project.alt.hatch.1": "diagonal lines",
    "project.alt.hatch.2": "dots",
    "project.alt.hatch.3": "crosses",
    "project.alt.journey": ("Timeline of {n} milestones, {start}–{end}, in two lanes: world and UN ({world} "
                            "milestones, dots) above, Indonesia ({indonesia} milestones, diamonds) below. "
                            "Named: {labels}."),
    "project.alt.map": ("Project map \"{title}\": provider countries (squares) {providers}; partner countries "
                        "(dots) {partners}; {links} cooperation lines from provider to partner."),
    "project.alt.supporters": "Supporting countries (triangles): {names}.",
    "project.alt.none": "none chosen yet",
    "project.decade_x": "Decade of start year",
    "project.decade_y": "Number of examples",
    "project.decade_label": "{decade}s",
    "project.decade_legend": "Modality",
    "project.decade_source": "Source: the course's table of examples ({n} examples from lesson 06, each row with its source links)",
    "project.journey_title": "From Bandung to BAPA+40: SSC milestones in the course data",
    "project.journey_x": "Year",
    "project.journey_world": "World and UN",
    "project.journey_indonesia": "Indonesia",
    "project.journey_source": "Source: the course's table of milestones ({n} milestones, each row with its source links)",
    "project.ms.kaa-1955": "Bandung conference",
    "project.ms.nam-belgrade-1961": "Non-Aligned Movement",
    "project.ms.g77-1964": "G77",
    "project.ms.bapa-1978": "BAPA",
    "project.ms.nam-jakarta-1992": "NAM summit Jakarta",
    "project.ms.nairobi-2009": "Nairobi",
    "project.ms.ksst-coordination-team-2010": "SSTC team",
    "project.ms.sdg17-2015": "SDG 17",
    "project.ms.indonesia-africa-forum-2018": "Indonesia–Africa Forum",
    "project.ms.bapa40-2019": "BAPA+40",
    "project.ms.indonesian-aid-2019": "Indonesian AID",
    "project.providers": "Provider countries:",
    "project.partners": "Partner countries:",
    "project.sector": "Sector:",
    "project.modality": "Modality:",
    "project.benefit": "Main benefit:",
    "project.supporter": "Supporting party (optional):",
    "project.supporter_placeholder": "a developed country or organisation, e.g. JICA",
    "project.title": "Project title:",
    "project.title_placeholder": "type a short title, then press Enter",
    "project.intro": ("Choose provider and partner countries (tick one or more), "
                      "then a sector, a modality and a benefit. Type a title, then press Enter."),
    "project.default_title": "Your SSC project design",
    "project.map_title": "Project map: {title}",
    "project.legend_provider": "Provider country",
    "project.legend_partner": "Partner country",
    "project.legend_both": "Chosen in both roles",
    "project.legend_link": "Cooperation (dot at the partner's end)",
    "project.legend_supporter": "Supporting country",
    "project.not_on_map": "Too small for a map at this scale: {names}",
    "project.card_heading": "Project card",
    "project.card_providers": "Provider countries",
    "project.card_partners": "Partner countries",
    "project.card_sector": "Sector",
    "project.card_modality": "Modality",
    "project.card_benefit": "Main benefit",
    "project.card_supporter": "Supporting party",
    "project.card_none": "(none chosen yet)",
    "project.card_no_supporter": "(none)",
    "project.checks_heading": "Check your design",
    "project.inspiration_heading": "Inspiration from real examples",
    "project.nairobi_heading": "Judge your design by the Nairobi principles",
    "project.nairobi_intro": ("The principles of South-South cooperation in the Nairobi outcome document (A/RES/64/222; "
                              "lesson 06). Answer each question for your design, then write down two principles it meets."),
    "project.inspiration_same_both": "same sector and modality as your design",
    "project.inspiration_same_sector": "same sector as your design",
    "project.inspiration_same_modality": "same modality as your design",
    "project.inspiration_none": "No example in the course data has the same sector or modality yet.",
    "project.source_link": "read the source",
    "project.years_open": "since {start}",
    "project.years_closed": "{start}–{end}",
    "project.message_start": "Choose at least one provider and one partner country to see the cooperation lines on the map.",
    "project.check.no_provider": "No provider country yet. Choose at least one country that shares knowledge, skills or funds.",
    "project.check.no_partner": "No partner country yet. Choose at least one country that will work with the provider.",
    "project.check.overlap": ("You chose {names} as both provider and partner. In SSC a country can give in one project and "
                              "receive in another, but within one project choose one role."),
    "project.check.bilateral_count": ("Bilateral means cooperation between two countries: one provider and one partner. You chose "
                                      "{providers} providers and {partners} partners. Consider a regional or multilateral form, "
                                      "or treat your project as several bilateral partnerships at once, like {example}."),
    "project.check.needs_several": ("{modality} cooperation usually involves many countries, but your design has only "
                                    "{count} countries. Add providers or partners, or choose the bilateral form."),
    "project.check.triangular_needs_supporter": ("Triangular cooperation needs a third party: a developed country or an "
                                                 "international organisation that supports it. Type its name in the supporting "
                                                 "party box. In this course's real examples the supporters include {names}."),
    "project.check.supporter_not_triangular": ("You typed a supporting party. When a developed country or an international "
                                               "organisation supports cooperation among developing countries, the form is "
                                               "called triangular. That form may suit your design better."),
    "project.check.no_title": "Your project has no title yet. Type a short title that says what the project does.",
    "project.check.long_text": "Your text is very long; the card shows only the first {limit} characters. Try to make it shorter.",
    "project.check.ok": "No major problem: the countries' roles and the modality of your design fit together. Read any suggestions below too.",
}
