"""Labels of lesson 06 (kss.examples): examples of South-South cooperation."""

ID = {
    "examples.map_title": "Contoh KSS: dari negara pemberi ke negara mitra",
    "examples.alt.map": ("Peta dunia. {heading}: {n} contoh, {lines} garis penghubung dari {providers} negara "
                         "pemberi (bulatan putih) ke {partners} negara mitra (bulatan hitam). Bentuk kerja sama "
                         "menurut jenis garis: {forms}."),
    "examples.alt.form": "{form} {n} contoh ({line})",
    "examples.alt.line.bilateral": "garis utuh",
    "examples.alt.line.regional": "garis putus-putus panjang",
    "examples.alt.line.multilateral": "garis titik-strip",
    "examples.alt.line.triangular": "garis strip-titik-titik",
    "examples.alt.support": "{n} garis titik-titik abu-abu: dukungan negara maju dalam kerja sama triangular.",
    "examples.alt.map_empty": "Peta kosong. {heading}: tidak ada contoh yang cocok dengan pilihan ini.",
    "examples.map_subtitle": "{n} contoh, {lines} garis penghubung",
    "examples.map_empty": "Tidak ada contoh yang cocok dengan pilihan ini.",
    "examples.provider": "Negara pemberi",
    "examples.partner": "Negara mitra",
    "examples.support": "Dukungan negara maju (triangular)",
    "examples.map_source": ("Sumber: tabel contoh kursus (sumber tiap contoh ada di sana); "
                            "peta: Natural Earth 1:110m (domain publik)"),
    "examples.no_lines": "Tanpa garis (mitranya sebuah kelompok, bukan negara tertentu): {titles}.",
    "examples.not_on_map": "Terlalu kecil untuk peta ini: {names}.",
    "examples.sector": "Bidang:",
    "examples.region": "Kawasan:",
    "examples.modality": "Bentuk:",
    "examples.benefit": "Manfaat:",
    "examples.decade": "Dekade mulai:",
    "examples.decade_value": "{decade}-an",
    "examples.explorer_intro": ("Pilih bidang, kawasan, bentuk kerja sama, manfaat atau dekade. "
                                "Peta dan kartu contoh di bawahnya ikut berubah."),
    "examples.empty": ("Tidak ada contoh yang cocok dengan semua pilihan ini. "
                       "Ubah salah satu pilihan, misalnya kembalikan ke \"Semua\"."),
    "examples.found": "{n} contoh cocok dengan pilihanmu.",
    "examples.years_open": "mulai {start}",
    "examples.supported_by": "didukung",
    "examples.note": "Catatan",
    "examples.sources": "Sumber",
    "examples.from_article": "contoh dari artikel",
    "examples.benefits": "Manfaat",
    "examples.details": "Rincian",
}

EN = {
    "examples.map_title": "South-South examples: from provider to partner countries",
    "examples.alt.map": ("World map. {heading}: {n} examples, {lines} links from {providers} provider countries "
                         "(white dots) to {partners} partner countries (black dots). Form of cooperation by line "
                         "style: {forms}."),
    "examples.alt.form": "{form} {n} examples ({line})",
    "examples.alt.line.bilateral": "solid line",
    "examples.alt.line.regional": "long dashes",
    "examples.alt.line.multilateral": "dash and dot",
    "examples.alt.line.triangular": "dash and two dots",
    "examples.alt.support": "{n} grey dotted lines: a developed country's support in triangular cooperation.",
    "examples.alt.map_empty": "Empty map. {heading}: no example matches this choice.",
    "examples.map_subtitle": "{n} examples, {lines} links",
    "examples.map_empty": "No example matches this choice.",
    "examples.provider": "Provider country",
    "examples.partner": "Partner country",
    "examples.support": "Support from a developed country (triangular)",
    "examples.map_source": ("Source: the course's table of examples (each example lists its sources); "
                            "map: Natural Earth 1:110m (public domain)"),
    "examples.no_lines": "No lines (the partner is a group, not named countries): {titles}.",
    "examples.not_on_map": "Too small for this map: {names}.",
    "examples.sector": "Sector:",
    "examples.region": "Region:",
    "examples.modality": "Form:",
    "examples.benefit": "Benefit:",
    "examples.decade": "Decade started:",
    "examples.decade_value": "{decade}s",
    "examples.explorer_intro": ("Choose a sector, region, form of cooperation, benefit or decade. "
                                "The map and the example cards below change with it."),
    "examples.empty": ("No example matches all of these choices. "
                       "Change one of them, for example back to \"All\"."),
    "examples.found": "{n} examples match your choice.",
    "examples.years_open": "from {start}",
    "examples.supported_by": "supported by",
    "examples.note": "Note",
    "examples.sources": "Sources",
    "examples.from_article": "example from the article",
    "examples.benefits": "Benefits",
    "examples.details": "Details",
}
