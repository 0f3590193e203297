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
            "mengira dua negara dari kawasan yang berbeda bisa disebut kerja sama regional. Indonesia dan Kirgizstan tidak satu kawasan.",
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

TITLE_EN = "Quick quiz: what is SSC?"

QUESTIONS_EN = [
    Question(
        "According to the UN, South-South cooperation is ...",
        ("aid that developed countries give to developing countries",
         "a process in which two or more developing countries exchange knowledge, skills, "
         "resources and technical know-how for their development goals",
         "trade agreements among countries in the southern hemisphere only"),
        1,
        "The UN stresses exchange among developing countries. 'The South' is not about position on the map: "
        "India and China lie in the northern hemisphere but count as countries of the South.",
        misconceptions=(
            "treating SSC as aid from developed countries. That is North-South cooperation; SSC happens among developing countries.",
            "",
            "thinking \"the South\" means lying in the southern hemisphere. India and China are north of the equator but count as the South, and SSC is not only about trade."),
    ),
    Question(
        "What does the Nairobi Outcome Document (2009) say about how SSC relates to North-South cooperation?",
        ("SSC replaces North-South cooperation",
         "SSC complements, and does not replace, North-South cooperation",
         "SSC may only go ahead if Northern countries pay for it"),
        1,
        "The Nairobi Outcome Document states that SSC complements North-South cooperation and does not replace it.",
        misconceptions=(
            "thinking SSC replaces aid from developed countries. The Nairobi document calls it a complement.",
            "",
            "mixing up SSC with triangular cooperation. SSC does not depend on money from Northern countries; support from developed countries is an extra form."),
    ),
    Question(
        "The source article names bilateral, regional and multilateral forms of SSC. Which form does it leave out?",
        ("Triangular", "Bilateral", "Regional", "Multilateral"),
        0,
        "The article does not mention triangular cooperation, that is, SSC supported by a developed country or a "
        "multilateral organisation. The UN has a working definition of this form.",
        misconceptions=(
            "",
            "thinking the article leaves out the bilateral form. Bilateral is named; the one left out is triangular.",
            "thinking the article leaves out the regional form. Regional is named; the one left out is triangular.",
            "thinking the article leaves out the multilateral form. Multilateral is named; the one left out is triangular."),
    ),
    Question(
        "In triangular cooperation, what does the 'pivotal partner' do?",
        ("It receives help without taking part in the work",
         "It shares its own proven experience",
         "It only gives money from developed countries"),
        1,
        "The pivotal partner is a developing country that shares its experience. The facilitating partner connects "
        "the partners and gives money or technical support; the beneficiary partner is the one that receives help.",
        misconceptions=(
            "confusing the pivotal partner with the beneficiary partner. The beneficiary receives help; the pivotal partner shares its know-how.",
            "",
            "confusing the pivotal partner with the facilitating partner. The facilitator gives money or technical support; the pivotal partner is a developing country that shares its experience."),
    ),
    Question(
        "Indonesia's Singosari National Artificial Insemination Centre (Balai Besar Inseminasi Buatan Singosari) shared "
        "its know-how with Kyrgyzstan, with the Islamic Development Bank (IsDB) linking the two. "
        "Which form of cooperation is this?",
        ("Bilateral", "Regional", "Multilateral", "Triangular"),
        3,
        "Two developing countries (Indonesia and Kyrgyzstan) work together with support from a multilateral "
        "organisation (IsDB): that is triangular cooperation.",
        misconceptions=(
            "counting only the two countries and forgetting the IsDB, which linked them.",
            "thinking that two countries from different regions can be called regional cooperation. Indonesia and Kyrgyzstan are not in the same region.",
            "thinking that any cooperation involving an international organisation is multilateral. Here the IsDB supports cooperation between two developing countries, so it is triangular.",
            ""),
    ),
    Question(
        "India, Brazil and South Africa each pay USD 1 million a year into the IBSA Fund, which "
        "pays for projects in many developing countries. Which form is this?",
        ("Bilateral", "Multilateral", "Triangular"),
        1,
        "Developing countries work through a shared fund that they set up themselves: the multilateral form.",
        misconceptions=(
            "counting pairs of countries. The money goes into one shared fund that pays for projects in many countries, so it is not cooperation between two countries.",
            "",
            "thinking \"triangular\" means three countries. Triangular means SSC supported by a developed country or a multilateral organisation, however many countries take part."),
    ),
]
