"""Quiz of lesson 01: what South-South cooperation is and its four forms.
Facts come from data/facts.csv (un-definition-ssc, nairobi-complements,
triangular-three-roles), data/claims.csv (kss-forms) and data/examples.csv."""
from kss.quiz import Question

TITLE = "Kuis singkat: apa itu KSS?"

QUESTIONS = [
    Question(
        "Menurut PBB, kerja sama Selatan-Selatan adalah ...",
        ("bantuan yang diberikan negara maju kepada negara berkembang",
         "proses ketika dua negara berkembang atau lebih bertukar pengetahuan, keterampilan, "
         "sumber daya dan keahlian teknis untuk tujuan pembangunannya",
         "perjanjian dagang antara negara-negara di belahan bumi selatan saja"),
        1,
        "PBB menekankan pertukaran antarnegara berkembang. 'Selatan' bukan soal letak di peta: "
        "India dan Tiongkok ada di belahan bumi utara tetapi termasuk negara Selatan.",
        misconceptions=(
            "menyamakan KSS dengan bantuan negara maju. Itu kerja sama Utara-Selatan; KSS terjadi di antara negara berkembang.",
            "",
            "mengira \"Selatan\" berarti letak di belahan bumi selatan. India dan Tiongkok ada di utara khatulistiwa tetapi termasuk Selatan, dan KSS bukan hanya soal dagang."),
    ),
    Question(
        "Apa kata Dokumen Hasil Nairobi (2009) tentang hubungan KSS dengan kerja sama Utara-Selatan?",
        ("KSS menggantikan kerja sama Utara-Selatan",
         "KSS melengkapi, bukan menggantikan, kerja sama Utara-Selatan",
         "KSS hanya boleh berjalan jika dibiayai negara Utara"),
        1,
        "Dokumen Hasil Nairobi menegaskan bahwa KSS melengkapi kerja sama Utara-Selatan, bukan menggantikannya.",
        misconceptions=(
            "mengira KSS menggantikan bantuan dari negara maju. Dokumen Nairobi menyebutnya pelengkap.",
            "",
            "mencampur KSS dengan kerja sama triangular. KSS tidak bergantung pada dana negara Utara; dukungan negara maju adalah bentuk tambahan."),
    ),
    Question(
        "Artikel sumber menyebut bentuk KSS bilateral, regional dan multilateral. Bentuk mana yang tidak disebutnya?",
        ("Triangular (segitiga)", "Bilateral", "Regional", "Multilateral"),
        0,
        "Artikel tidak menyebut kerja sama triangular, yaitu KSS yang didukung negara maju atau organisasi "
        "multilateral. PBB punya definisi kerja untuk bentuk ini.",
        misconceptions=(
            "",
            "mengira artikel melewatkan bentuk bilateral. Bilateral justru disebut; yang dilewatkan triangular.",
            "mengira artikel melewatkan bentuk regional. Regional justru disebut; yang dilewatkan triangular.",
            "mengira artikel melewatkan bentuk multilateral. Multilateral justru disebut; yang dilewatkan triangular."),
    ),
    Question(
        "Dalam kerja sama triangular, apa peran 'mitra poros'?",
        ("Menerima bantuan tanpa ikut bekerja",
         "Berbagi pengalamannya sendiri yang sudah terbukti",
         "Hanya memberi dana dari negara maju"),
        1,
        "Mitra poros adalah negara berkembang yang berbagi pengalamannya. Mitra fasilitator menghubungkan dan "
        "memberi dana atau dukungan teknis; mitra penerima adalah yang dibantu.",
        misconceptions=(
            "menyamakan mitra poros dengan mitra penerima. Penerima yang dibantu; poros yang berbagi keahlian.",
            "",
            "menyamakan mitra poros dengan mitra fasilitator. Fasilitator yang memberi dana atau dukungan teknis; poros adalah negara berkembang yang berbagi pengalamannya."),
    ),
    Question(
        "Balai Besar Inseminasi Buatan Singosari berbagi keahlian dengan Kirgizstan, dijembatani Bank Pembangunan "
        "Islam (IsDB). Termasuk bentuk apa kerja sama ini?",
        ("Bilateral", "Regional", "Multilateral", "Triangular (segitiga)"),
        3,
        "Dua negara berkembang (Indonesia dan Kirgizstan) bekerja sama dengan dukungan sebuah organisasi "
        "multilateral (IsDB): itu kerja sama triangular.",
        misconceptions=(
            "hanya menghitung dua negaranya dan melupakan IsDB yang menjembatani.",
            "mengira dua negara dari kawasan yang berbeda bisa disebut kerja sama regional. Indonesia dan Kirgistan tidak satu kawasan.",
            "mengira setiap kerja sama yang melibatkan organisasi internasional adalah multilateral. Di sini IsDB mendukung kerja sama dua negara berkembang, jadi triangular.",
            ""),
    ),
    Question(
        "India, Brasil dan Afrika Selatan masing-masing menyetor USD 1 juta per tahun ke Dana IBSA, yang "
        "membiayai proyek di banyak negara berkembang. Bentuk apa ini?",
        ("Bilateral", "Multilateral", "Triangular (segitiga)"),
        1,
        "Negara-negara berkembang bekerja lewat dana bersama yang mereka dirikan: bentuk multilateral.",
        misconceptions=(
            "menghitung pasangan negara. Uangnya masuk ke satu dana bersama yang membiayai banyak negara, jadi bukan kerja sama dua negara.",
            "",
            "mengira \"triangular\" berarti tiga negara. Triangular berarti KSS yang didukung negara maju atau organisasi multilateral, berapa pun jumlah negaranya."),
    ),
]
