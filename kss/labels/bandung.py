"""Labels of lesson 02 (kss.bandung): the Asian-African Conference, Bandung 1955."""

ID = {
    # map categories (sponsors are all in Asia, so three colours cover continent x role)
    "bandung.cat.sponsor": "Negara sponsor (Asia)",
    "bandung.cat.asia": "Peserta dari Asia",
    "bandung.cat.africa": "Peserta dari Afrika",
    "bandung.cat.not_independent": "Belum merdeka pada April 1955 (arsir)",
    "bandung.map.title": "Delegasi Konferensi Asia-Afrika 1955: {selection} ({n} delegasi)",
    "bandung.map.title_all": "29 delegasi Konferensi Asia-Afrika 1955",
    "bandung.map.vietnam": "Vietnam Utara dan\nSelatan: satu bentuk",
    "bandung.map.source": ("Sumber: Komunike Akhir KAA, 24 April 1955 (data/delegations.csv). "
                           "Peta: Natural Earth 1:110m (domain publik), batas negara masa kini"),
    "bandung.map.none": "Tidak ada delegasi yang cocok dengan pilihan ini.",
    "bandung.sel.all": "semua",
    "bandung.sel.asia": "Asia",
    "bandung.sel.africa": "Afrika",
    "bandung.sel.sponsor": "negara sponsor",
    "bandung.sel.participant": "negara peserta",
    "bandung.control.continent": "Benua:",
    "bandung.control.role": "Peran:",
    "bandung.panel.head": "{n} delegasi terpilih (nama tahun 1955 → nama sekarang):",
    "bandung.panel.not_independent": "belum merdeka pada 1955",
    "bandung.panel.vietnam": ("Kedua delegasi Vietnam memakai satu bentuk negara yang sama di peta "
                              "(kode VNM)."),
    # counts chart
    "bandung.counts.title": "Delegasi KAA 1955 menurut benua dan peran",
    "bandung.counts.xlabel": "Jumlah delegasi",
    "bandung.counts.source": "Sumber: Komunike Akhir KAA, 24 April 1955 (data/delegations.csv)",
    # principles
    "bandung.principles.title": "Dasasila Bandung: sepuluh prinsip Komunike Akhir KAA 1955",
    "bandung.principles.source": ("Sumber: Komunike Akhir KAA, 24 April 1955; parafrase sendiri "
                                  "(data/principles.csv)"),
    "bandung.principles.small_title": "Dasasila Bandung: prinsip {n} dari {total}",
    "bandung.control.principle": "Prinsip nomor:",
    "bandung.principle.option": "Prinsip {n}",
    "bandung.principle.head": "Prinsip {n}",
    "bandung.principle.question": "Pertanyaan diskusi:",
}

EN = {
    "bandung.cat.sponsor": "Sponsor country (Asia)",
    "bandung.cat.asia": "Participant from Asia",
    "bandung.cat.africa": "Participant from Africa",
    "bandung.cat.not_independent": "Not yet independent in April 1955 (hatched)",
    "bandung.map.title": "Delegations at the Asian-African Conference 1955: {selection} ({n} delegations)",
    "bandung.map.title_all": "The 29 delegations at the Asian-African Conference 1955",
    "bandung.map.vietnam": "North and South Viet Nam:\none shape",
    "bandung.map.source": ("Source: Final Communiqué of the conference, 24 April 1955 (data/delegations.csv). "
                           "Map: Natural Earth 1:110m (public domain), present-day borders"),
    "bandung.map.none": "No delegation matches this choice.",
    "bandung.sel.all": "all",
    "bandung.sel.asia": "Asia",
    "bandung.sel.africa": "Africa",
    "bandung.sel.sponsor": "sponsor countries",
    "bandung.sel.participant": "participating countries",
    "bandung.control.continent": "Continent:",
    "bandung.control.role": "Role:",
    "bandung.panel.head": "{n} delegations chosen (name in 1955 → name today):",
    "bandung.panel.not_independent": "not yet independent in 1955",
    "bandung.panel.vietnam": "Both Vietnamese delegations share one country shape on the map (code VNM).",
    "bandung.counts.title": "Delegations at the 1955 conference by continent and role",
    "bandung.counts.xlabel": "Number of delegations",
    "bandung.counts.source": "Source: Final Communiqué of the conference, 24 April 1955 (data/delegations.csv)",
    "bandung.principles.title": "The Ten Bandung Principles of the 1955 Final Communiqué",
    "bandung.principles.source": "Source: Final Communiqué, 24 April 1955; own paraphrase (data/principles.csv)",
    "bandung.principles.small_title": "The Ten Bandung Principles: principle {n} of {total}",
    "bandung.control.principle": "Principle number:",
    "bandung.principle.option": "Principle {n}",
    "bandung.principle.head": "Principle {n}",
    "bandung.principle.question": "Discussion question:",
}
