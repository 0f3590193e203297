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

TITLE_EN = "Quick quiz: from Bandung to BAPA+40"

QUESTIONS_EN = [
    Question(
        "When and where was the Buenos Aires Plan of Action (BAPA) agreed?",
        ("In Bandung, April 1955",
         "In Buenos Aires, 12 September 1978",
         "In Nairobi, December 2009",
         "In Belgrade, September 1961"),
        1,
        "The UN conference on technical cooperation among developing countries (TCDC) agreed on BAPA in "
        "Buenos Aires on 12 September 1978; the delegations of 138 countries reached a consensus.",
        misconceptions=(
            "thinking that every SSC milestone happened in Bandung. BAPA was agreed in Buenos Aires, in 1978.",
            "",
            "mixing up BAPA with the UN conference on SSC in Nairobi (2009).",
            "mixing up BAPA with the first summit of the Non-Aligned Movement in Belgrade (1961)."),
    ),
    Question(
        "Why has the UN Day for South-South Cooperation been held every 12 September since 2012?",
        ("Because the Asian-African Conference opened on that date",
         "Because the G77 was born on that date",
         "Because BAPA was agreed on that date",
         "Because the SDGs were adopted on that date"),
        2,
        "The day was first set on 19 December (resolution 58/220, 2003). Decision 66/550 moved it "
        "to 12 September, the anniversary of the day BAPA was agreed.",
        misconceptions=(
            "thinking that the UN Day is the birthday of the Asian-African Conference. The conference opened on 18 April 1955.",
            "thinking that the UN Day is the birthday of the G77. The G77 was born in June 1964.",
            "",
            "thinking that the UN Day comes from the SDGs. The SDGs were adopted in 2015, and the UN Day has existed since 2003."),
    ),
    Question(
        "What does the Nairobi outcome document (2009) make clear about SSC and North-South cooperation?",
        ("SSC replaces North-South cooperation",
         "SSC complements, and does not replace, North-South cooperation",
         "SSC is only for the countries that took part in the 1955 Asian-African Conference",
         "North-South cooperation must stop"),
        1,
        "The document, endorsed in resolution 64/222, makes clear that SSC complements North-South "
        "cooperation and does not replace it.",
        misconceptions=(
            "thinking that SSC replaces North-South cooperation. The Nairobi document calls it a complement.",
            "",
            "thinking that SSC belongs only to the Bandung countries. SSC is open to all developing countries.",
            "thinking that SSC rejects cooperation with developed countries. The Nairobi document in fact says the two complement each other."),
    ),
    Question(
        "Which targets of the Sustainable Development Goals (SDGs) name South-South cooperation?",
        ("Targets 17.6 and 17.9 (SDG 17)",
         "Targets 1.1 and 2.1 (SDG 1 and SDG 2)",
         "No SDG target names it"),
        0,
        "Target 17.6 (science, technology and innovation) and target 17.9 (capacity-building) both name "
        "North-South, South-South and triangular cooperation.",
        misconceptions=(
            "",
            "thinking that SSC must be named in the goals on poverty and hunger because that is where it helps. SSC is named in SDG 17, the goal on partnerships.",
            "thinking that the SDGs only talk about aid from developed countries. Targets 17.6 and 17.9 clearly name South-South cooperation."),
    ),
    Question(
        "Which milestone took place in Indonesia?",
        ("The birth of the G77 in 1964",
         "The BAPA+40 conference in 2019",
         "The 10th summit of the Non-Aligned Movement in 1992",
         "The UN conference on SSC in Nairobi in 2009"),
        2,
        "The 10th NAM summit was held in Jakarta on 1–6 September 1992 and was opened by President Soeharto. "
        "The G77 was born in Geneva, BAPA+40 was held in Buenos Aires, and the 2009 conference in Nairobi.",
        misconceptions=(
            "thinking that the G77 was born in Indonesia because Indonesia is a member. The G77 was born in Geneva.",
            "thinking that Indonesia hosted every SSC conference. BAPA+40 was held in Buenos Aires.",
            "",
            "mixing up where the 2009 UN conference on SSC took place: in Nairobi, not in Indonesia."),
    ),
    Question(
        "What does the name UNOSSC stand for, and since when has it been used?",
        ("UN Office for South-South Cooperation; since 2012",
         "Group of 77; since 1964",
         "UN Office for South-South Cooperation; since 2013"),
        0,
        "The special unit for SSC in UNDP was renamed the UN Office for South-South Cooperation "
        "(UNOSSC) in 2012: the decisions of the 17th session of the UN High-level Committee on "
        "South-South Cooperation (May 2012) already use that name, as UN document SSC/18/3 records.",
        misconceptions=(
            "",
            "mixing up the names of groups. The G77 is a group of developing countries at the UN, not a UN office.",
            "using the year from older accounts (about 2012–2013). The UN's own documents already used the name UNOSSC in May 2012."),
    ),
]
