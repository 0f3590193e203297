"""Labels of lesson 01 (kss.modality): the forms (modalities) of South-South cooperation."""

ID = {
    # what each form means (the 'why' shown in the sorting activity)
    "modality.why.bilateral": ("Bilateral: satu negara berkembang bekerja sama langsung dengan negara "
                               "mitranya, negara per negara."),
    "modality.why.regional": ("Regional: beberapa negara dalam satu kawasan bekerja sama dalam satu "
                              "program bersama, atau satu negara menjalankan program untuk sekelompok "
                              "negara sekawasan."),
    "modality.why.multilateral": ("Multilateral: banyak negara bekerja sama lewat dana atau lembaga bersama "
                                  "milik mereka (misalnya dana bersama atau bank pembangunan), bukan negara per negara."),
    "modality.why.triangular": ("Triangular: dua negara berkembang atau lebih bekerja sama dengan dukungan "
                                "negara maju atau organisasi multilateral."),
    # figure: counts
    "modality.counts.title": "Contoh KSS dalam data kursus, menurut bentuk kerja sama",
    "modality.counts.xlabel": "Jumlah contoh (dari {total} contoh di tabel contoh kursus)",
    "modality.counts.not_in_article": "tidak disebut artikel",
    "modality.counts.source": "Sumber: tabel contoh kursus (tiap contoh punya alamat sumber sendiri)",
    # figure: the four forms as diagrams
    "modality.forms.title": "Empat bentuk kerja sama Selatan-Selatan",
    "modality.alt.counts": ("Diagram batang {total} contoh KSS menurut bentuk kerja sama: {parts}. Batang "
                            "berarsir: {missing}, bentuk yang tidak disebut artikel sumber."),
    "modality.alt.count": "{form} {n}",
    "modality.alt.forms": "{n} diagram kecil, satu untuk tiap bentuk kerja sama. {parts}",
    "modality.alt.form.bilateral": "Bilateral: dua negara dihubungkan panah dua arah (contoh: {example}).",
    "modality.alt.form.regional": "Regional: lima negara dalam satu lingkaran kawasan (contoh: {example}).",
    "modality.alt.form.multilateral": "Multilateral: empat negara dengan panah ke satu dana atau lembaga bersama (contoh: {example}).",
    "modality.alt.form.triangular": ("Triangular: panah dari mitra poros ke mitra penerima, dan panah putus-putus "
                                     "dari mitra fasilitator ke keduanya (contoh: {example})."),
    "modality.forms.provider": "pemberi",
    "modality.forms.partner": "mitra",
    "modality.forms.fund": "dana/lembaga\nbersama",
    "modality.forms.region": "satu kawasan",
    "modality.forms.pivotal": "mitra poros\n(berbagi pengalaman)",
    "modality.forms.beneficiary": "mitra\npenerima",
    "modality.forms.facilitating": "mitra fasilitator\n(negara maju/organisasi)",
    "modality.forms.example": "Contoh: {title}",
    "modality.forms.not_in_article": "(tidak disebut artikel)",
    "modality.forms.source": ("Sumber: definisi kerja PBB dan versi OECD/GPI untuk kerja sama triangular; "
                              "contoh dari tabel contoh kursus"),
    # the sorting activity
    "modality.sort.intro": ("Baca kartu contoh, pilih bentuk kerja samanya, lalu tekan Periksa. "
                            "Tekan Contoh berikutnya untuk lanjut."),
    "modality.sort.choose": "Bentuk kerja sama:",
    "modality.sort.check": "Periksa",
    "modality.sort.next": "Contoh berikutnya",
    "modality.sort.restart": "Mulai lagi",
    "modality.sort.card_head": "Contoh {n} dari {total}",
    "modality.sort.choose_first": "Pilih dulu salah satu bentuk kerja sama, lalu tekan Periksa.",
    "modality.sort.correct": "Benar!",
    "modality.sort.wrong": "Belum tepat. Kamu memilih {chosen}.",
    "modality.sort.defensible": ("Bisa dibela! Kamu memilih {chosen}: menurut pengertian kursus, kerja sama "
                                 "negara Selatan yang didukung negara maju atau organisasi multilateral punya "
                                 "ciri triangular. Bentuk-bentuk KSS bisa bercampur."),
    "modality.sort.more_hint": "Ingin berlatih lagi? Ada kartu lain di bagian Pengayaan.",
    "modality.sort.answer": "Data kursus mencatat bentuk utamanya: {label}.",
    "modality.sort.providers": "Negara pemberi: {names}.",
    "modality.sort.partners": "Negara mitra: {names}.",
    "modality.sort.partner_group": "Kelompok mitra: {group}.",
    "modality.sort.supporters": "Negara maju pendukung: {names}.",
    "modality.sort.orgs": "Organisasi pendukung: {names}.",
    "modality.sort.note": "Catatan: {note}",
    "modality.sort.first_counts": "(Skor hanya menghitung jawaban pertama untuk tiap contoh.)",
    "modality.sort.score": "Skor: {correct} benar dari {answered} contoh yang sudah dijawab ({total} contoh seluruhnya)",
    "modality.sort.done": ("Selesai! Kamu menjawab benar {correct} dari {total} contoh. "
                           "Tekan Mulai lagi untuk mengulang."),
}

EN = {
    "modality.why.bilateral": ("Bilateral: one developing country works directly with its partner "
                               "countries, one country at a time."),
    "modality.why.regional": ("Regional: several countries in one region work together in one joint "
                              "programme, or one country runs a programme for a group of countries in a region."),
    "modality.why.multilateral": ("Multilateral: many countries work together through a fund or institution "
                                  "they share (a joint fund or a development bank, for example), not country by country."),
    "modality.why.triangular": ("Triangular: two or more developing countries work together with support "
                                "from a developed country or a multilateral organisation."),
    "modality.counts.title": "South-South examples in the course data, by form of cooperation",
    "modality.counts.xlabel": "Number of examples (out of {total} in the course's table of examples)",
    "modality.counts.not_in_article": "not named in the article",
    "modality.counts.source": "Source: the course's table of examples (each example has its own source links)",
    "modality.forms.title": "Four forms of South-South cooperation",
    "modality.alt.counts": ("Bar chart of {total} South-South examples by form of cooperation: {parts}. Hatched "
                            "bar: {missing}, the form the source article leaves out."),
    "modality.alt.count": "{form} {n}",
    "modality.alt.forms": "{n} small diagrams, one for each form of cooperation. {parts}",
    "modality.alt.form.bilateral": "Bilateral: two countries joined by a two-way arrow (example: {example}).",
    "modality.alt.form.regional": "Regional: five countries inside one regional circle (example: {example}).",
    "modality.alt.form.multilateral": "Multilateral: four countries with arrows to one shared fund or institution (example: {example}).",
    "modality.alt.form.triangular": ("Triangular: an arrow from the pivotal partner to the beneficiary partner, and dashed "
                                     "arrows from the facilitating partner to both (example: {example})."),
    "modality.forms.provider": "provider",
    "modality.forms.partner": "partner",
    "modality.forms.fund": "joint fund/\ninstitution",
    "modality.forms.region": "one region",
    "modality.forms.pivotal": "pivotal partner\n(shares experience)",
    "modality.forms.beneficiary": "beneficiary\npartner",
    "modality.forms.facilitating": "facilitating partner\n(developed country/organisation)",
    "modality.forms.example": "Example: {title}",
    "modality.forms.not_in_article": "(not named in the article)",
    "modality.forms.source": ("Source: UN working definition and the OECD/GPI version of triangular "
                              "cooperation; examples from the course's table of examples"),
    "modality.sort.intro": ("Read the example card, choose its form of cooperation, then press Check. "
                            "Press Next example to go on."),
    "modality.sort.choose": "Form of cooperation:",
    "modality.sort.check": "Check",
    "modality.sort.next": "Next example",
    "modality.sort.restart": "Start again",
    "modality.sort.card_head": "Example {n} of {total}",
    "modality.sort.choose_first": "Choose a form of cooperation first, then press Check.",
    "modality.sort.correct": "Correct!",
    "modality.sort.wrong": "Not quite. You chose {chosen}.",
    "modality.sort.defensible": ("A defensible answer! You chose {chosen}: by the course's definition, "
                                 "cooperation among Southern countries supported by a developed country or a "
                                 "multilateral organisation has the marks of triangular cooperation. The forms "
                                 "of SSC can mix."),
    "modality.sort.more_hint": "Want more practice? There are more cards in the Going further part.",
    "modality.sort.answer": "The course data records its main form: {label}.",
    "modality.sort.providers": "Provider countries: {names}.",
    "modality.sort.partners": "Partner countries: {names}.",
    "modality.sort.partner_group": "Partner group: {group}.",
    "modality.sort.supporters": "Supporting developed countries: {names}.",
    "modality.sort.orgs": "Supporting organisations: {names}.",
    "modality.sort.note": "Note: {note}",
    "modality.sort.first_counts": "(The score counts only the first answer for each example.)",
    "modality.sort.score": "Score: {correct} correct out of {answered} examples answered ({total} examples in all)",
    "modality.sort.done": ("Done! You answered {correct} of {total} examples correctly. "
                           "Press Start again to repeat."),
}
