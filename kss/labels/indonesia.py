"""Labels of lesson 05 (kss.indonesia): Indonesia's role in South-South cooperation."""

ID = {
    "indonesia.name": "Indonesia",
    "indonesia.timeline_title": "Peran Indonesia dalam KSS, {start}–{end}",
    "indonesia.timeline_xlabel": "Tahun",
    "indonesia.category.conference": "Konferensi, KTT atau forum",
    "indonesia.category.institution": "Lembaga atau aturan di Indonesia",
    "indonesia.category.initiative": "Kepemimpinan atau prakarsa",
    "indonesia.category.un_decision": "Keputusan PBB",
    "indonesia.timeline_source": "Sumber: tabel tonggak kursus (tonggak yang melibatkan Indonesia; sumber tiap baris ada di sana)",
    "indonesia.map_title": "Negara mitra Indonesia dalam contoh-contoh kursus ini",
    "indonesia.alt.timeline": ("Garis waktu {n} tonggak peran Indonesia dalam KSS, {start}–{end}, satu baris per "
                               "tonggak. Jenis menurut tanda: {kinds}."),
    "indonesia.alt.kind": "{marker} untuk {kind} ({years})",
    "indonesia.alt.map": ("Peta. {heading}: {partners} negara mitra dari {examples} contoh, Indonesia bertanda "
                          "bintang, garis dari Indonesia ke tiap mitra. Bentuk kerja sama menurut tanda dan jenis "
                          "garis: {groups}. Angka dalam kurung: jumlah program."),
    "indonesia.alt.group": "{marker}, {label}: {names}",
    "indonesia.alt.map_empty": "Peta kosong. {heading}: tidak ada program yang cocok dengan pilihan ini.",
    "indonesia.map_title_filtered": "Negara mitra Indonesia: {filters}",
    "indonesia.map_subtitle": "{partners} negara mitra dari {examples} contoh",
    "indonesia.map_empty": "Tidak ada negara mitra untuk pilihan ini.",
    "indonesia.several": "Lebih dari satu bentuk kerja sama",
    "indonesia.provider": "Indonesia (pemberi)",
    "indonesia.map_source": ("Sumber: tabel contoh kursus (contoh dengan Indonesia sebagai pemberi); "
                             "peta: Natural Earth 1:110m (domain publik)"),
    "indonesia.not_on_map": "Terlalu kecil untuk peta ini: {names}.",
    "indonesia.modality": "Bentuk kerja sama:",
    "indonesia.sector": "Bidang:",
    "indonesia.explorer_intro": ("Pilih bentuk kerja sama dan bidang. Peta menunjukkan negara mitra "
                                 "yang cocok; di bawahnya ada daftar programnya beserta sumber."),
    "indonesia.empty": ("Tidak ada program Indonesia dalam data kita yang cocok dengan pilihan ini. "
                        "Coba ubah bentuk kerja sama atau bidangnya."),
    "indonesia.programmes": "{n} program",
    "indonesia.partners_label": "Mitra",
    "indonesia.supported_by": "Didukung oleh",
    "indonesia.sources": "Sumber",
    "indonesia.years_open": "sejak {start}",
}

EN = {
    "indonesia.name": "Indonesia",
    "indonesia.timeline_title": "Indonesia's role in South-South cooperation, {start}–{end}",
    "indonesia.timeline_xlabel": "Year",
    "indonesia.category.conference": "Conference, summit or forum",
    "indonesia.category.institution": "Institution or rule in Indonesia",
    "indonesia.category.initiative": "Leadership or initiative",
    "indonesia.category.un_decision": "UN decision",
    "indonesia.timeline_source": "Source: the course's table of milestones (milestones involving Indonesia; each row has its sources)",
    "indonesia.map_title": "Indonesia's partner countries in this course's examples",
    "indonesia.map_title_filtered": "Indonesia's partner countries: {filters}",
    "indonesia.map_subtitle": "{partners} partner countries in {examples} examples",
    "indonesia.map_empty": "No partner countries for this choice.",
    "indonesia.several": "More than one form of cooperation",
    "indonesia.alt.timeline": ("Timeline of {n} milestones of Indonesia's role in South-South cooperation, "
                               "{start}–{end}, one row each. Kinds by marker: {kinds}."),
    "indonesia.alt.kind": "{marker} for {kind} ({years})",
    "indonesia.alt.map": ("Map. {heading}: {partners} partner countries in {examples} examples, Indonesia marked "
                          "with a star, a line from Indonesia to each partner. Form of cooperation by marker and "
                          "line style: {groups}. Number in brackets: programmes."),
    "indonesia.alt.group": "{marker}, {label}: {names}",
    "indonesia.alt.map_empty": "Empty map. {heading}: no programme matches this choice.",
    "indonesia.provider": "Indonesia (provider)",
    "indonesia.map_source": ("Source: the course's table of examples (examples with Indonesia as provider); "
                             "map: Natural Earth 1:110m (public domain)"),
    "indonesia.not_on_map": "Too small for this map: {names}.",
    "indonesia.modality": "Form of cooperation:",
    "indonesia.sector": "Sector:",
    "indonesia.explorer_intro": ("Choose a form of cooperation and a sector. The map shows the matching "
                                 "partner countries; below it is the list of programmes with sources."),
    "indonesia.empty": ("No Indonesian programme in our data matches this choice. "
                        "Try another form of cooperation or sector."),
    "indonesia.programmes": "{n} programmes",
    "indonesia.partners_label": "Partners",
    "indonesia.supported_by": "Supported by",
    "indonesia.sources": "Sources",
    "indonesia.years_open": "since {start}",
}
