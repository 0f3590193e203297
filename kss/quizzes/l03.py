"""Quiz of lesson 03: from Bandung to BAPA+40 (facts from data/milestones.csv and data/facts.csv)."""
from kss.quiz import Question

TITLE = "Kuis singkat: dari Bandung ke BAPA+40"

QUESTIONS = [
    Question(
        "Kapan dan di mana Rencana Aksi Buenos Aires (BAPA) disepakati?",
        ("Di Bandung, April 1955",
         "Di Buenos Aires, 12 September 1978",
         "Di Nairobi, Desember 2009",
         "Di Beograd, September 1961"),
        1,
        "Konferensi PBB tentang kerja sama teknik antarnegara berkembang (TCDC) menyepakati BAPA di "
        "Buenos Aires pada 12 September 1978; delegasi 138 negara mencapai mufakat.",
        misconceptions=(
            "menganggap semua tonggak KSS terjadi di Bandung. BAPA disepakati di Buenos Aires, tahun 1978.",
            "",
            "mencampur BAPA dengan konferensi PBB tentang KSS di Nairobi (2009).",
            "mencampur BAPA dengan KTT pertama Gerakan Non-Blok di Beograd (1961)."),
    ),
    Question(
        "Mengapa Hari PBB untuk Kerja Sama Selatan-Selatan diperingati setiap 12 September sejak 2012?",
        ("Karena KAA dibuka pada tanggal itu",
         "Karena G77 lahir pada tanggal itu",
         "Karena pada tanggal itu BAPA disepakati",
         "Karena SDG disahkan pada tanggal itu"),
        2,
        "Hari ini mula-mula ditetapkan 19 Desember (resolusi 58/220, 2003). Lewat keputusan 66/550 "
        "hari itu dipindah ke 12 September, hari ulang tahun disepakatinya BAPA.",
        misconceptions=(
            "mengira Hari KSS adalah hari lahir KAA. KAA dibuka pada 18 April 1955.",
            "mengira Hari KSS adalah hari lahir G77. G77 lahir pada Juni 1964.",
            "",
            "mengira Hari KSS berasal dari SDG. SDG disahkan pada 2015, dan Hari KSS sudah ada sejak 2003."),
    ),
    Question(
        "Apa yang ditegaskan Dokumen Hasil Nairobi (2009) tentang KSS dan kerja sama Utara-Selatan?",
        ("KSS menggantikan kerja sama Utara-Selatan",
         "KSS melengkapi, bukan menggantikan, kerja sama Utara-Selatan",
         "KSS hanya untuk negara-negara yang ikut KAA 1955",
         "Kerja sama Utara-Selatan harus dihentikan"),
        1,
        "Dokumen yang disahkan lewat resolusi 64/222 itu menegaskan bahwa KSS melengkapi kerja sama "
        "Utara-Selatan, bukan menggantikannya.",
        misconceptions=(
            "mengira KSS menggantikan kerja sama Utara-Selatan. Dokumen Nairobi menyebutnya pelengkap.",
            "",
            "mengira KSS hanya milik negara-negara Bandung. KSS terbuka bagi semua negara berkembang.",
            "mengira KSS menolak kerja sama dengan negara maju. Dokumen Nairobi justru menyebut keduanya saling melengkapi."),
    ),
    Question(
        "Target mana dalam Tujuan Pembangunan Berkelanjutan (SDG) yang menyebut kerja sama Selatan-Selatan?",
        ("Target 17.6 dan 17.9 (SDG 17)",
         "Target 1.1 dan 2.1 (SDG 1 dan SDG 2)",
         "Tidak ada target SDG yang menyebutnya"),
        0,
        "Target 17.6 (sains, teknologi dan inovasi) dan 17.9 (peningkatan kapasitas) sama-sama menyebut "
        "kerja sama Utara-Selatan, Selatan-Selatan dan triangular.",
        misconceptions=(
            "",
            "mengira KSS pasti disebut di tujuan kemiskinan dan kelaparan karena manfaatnya ke sana. KSS disebut di SDG 17, tujuan tentang kemitraan.",
            "mengira SDG hanya berbicara tentang bantuan negara maju. Target 17.6 dan 17.9 menyebut Selatan-Selatan dengan jelas."),
    ),
    Question(
        "Tonggak mana yang berlangsung di Indonesia?",
        ("Lahirnya G77 pada 1964",
         "Konferensi BAPA+40 pada 2019",
         "KTT ke-10 Gerakan Non-Blok pada 1992",
         "Konferensi PBB tentang KSS di Nairobi pada 2009"),
        2,
        "KTT ke-10 GNB berlangsung di Jakarta pada 1–6 September 1992 dan dibuka Presiden Soeharto. "
        "G77 lahir di Jenewa, BAPA+40 di Buenos Aires, dan konferensi 2009 di Nairobi.",
        misconceptions=(
            "mengira G77 lahir di Indonesia karena Indonesia anggotanya. G77 lahir di Jenewa.",
            "mengira Indonesia menjadi tuan rumah semua konferensi KSS. BAPA+40 berlangsung di Buenos Aires.",
            "",
            "mencampur tempat konferensi PBB tentang KSS 2009: Nairobi, bukan Indonesia."),
    ),
    Question(
        "Apa arti nama UNOSSC, dan sejak kapan nama itu dipakai?",
        ("Kantor PBB untuk Kerja Sama Selatan-Selatan; sejak 2012",
         "Kelompok 77; sejak 1964",
         "Kantor PBB untuk Kerja Sama Selatan-Selatan; sejak 2013"),
        0,
        "Unit khusus KSS di UNDP berganti nama menjadi Kantor PBB untuk Kerja Sama Selatan-Selatan "
        "(UNOSSC) pada 2012: keputusan sidang ke-17 Komite Tingkat Tinggi PBB tentang KSS (Mei 2012) "
        "sudah memakai nama itu, seperti dicatat dokumen PBB SSC/18/3.",
        misconceptions=(
            "",
            "mencampur nama-nama kelompok. G77 adalah kelompok negara berkembang di PBB, bukan kantor PBB.",
            "memakai tahun dari catatan lama (sekitar 2012–2013). Dokumen PBB sendiri sudah memakai nama UNOSSC pada Mei 2012."),
    ),
]
