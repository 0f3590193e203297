"""Quiz of lesson 05: Indonesia's role (facts from data/milestones.csv, facts.csv, claims.csv, examples.csv)."""
from kss.quiz import Question

TITLE = "Kuis singkat: peran Indonesia dalam KSS"

QUESTIONS = [
    Question(
        "Artikel sumber menyebut Indonesia menjadi tuan rumah \"KTT KSS\" pada 2018. Apa yang ditemukan saat klaim itu diperiksa?",
        ("Benar, KTT itu dihadiri para kepala negara di Jakarta",
         "Tidak ada sumber tentang KTT KSS 2018; yang ada antara lain Forum Indonesia–Afrika di Bali (10–11 April 2018), forum menteri dan pebisnis",
         "KTT itu ada, tetapi diadakan di Bandung pada 2015"),
        1,
        "Tidak ada sumber yang menyebut KTT KSS 2018; kemungkinan artikel mencampur beberapa peristiwa. Yang terjadi pada 2018: Forum Indonesia–Afrika di Bali yang dibuka Wakil Presiden Jusuf Kalla, dan AIS Forum di Manado (1 November 2018). KTT sungguhan tentang KSS adalah KTT Asia-Afrika 2015, di Jakarta.",
        misconceptions=(
            "mempercayai artikel tanpa memeriksa. Tidak ada sumber yang mencatat KTT KSS para kepala negara pada 2018.",
            "",
            "mencampur dua peristiwa: KTT Asia-Afrika 2015 berlangsung di Jakarta, bukan di Bandung, dan bukan pada 2018."),
    ),
    Question(
        "Siapa saja anggota Tim Koordinasi Nasional KSST yang dibentuk pada 2010?",
        ("Empat kementerian: Bappenas, Kemlu, Kemensetneg dan Kemenkeu",
         "Hanya Kementerian Luar Negeri",
         "Perwakilan 29 negara peserta KAA"),
        0,
        "Tim ini menyatukan empat kementerian agar program KSS Indonesia terkoordinasi.",
        misconceptions=(
            "",
            "mengira kerja sama luar negeri hanya urusan Kementerian Luar Negeri. Perencanaan, keuangan dan kesekretariatan negara ikut terlibat.",
            "mencampur tim nasional Indonesia dengan konferensi KAA. Tim ini dibentuk di dalam pemerintah Indonesia."),
    ),
    Question(
        "Kapan Indonesian AID (Lembaga Dana Kerja Sama Pembangunan Internasional) diluncurkan?",
        ("18 April 1955", "1 September 1992", "18 Oktober 2019"),
        2,
        "Wakil Presiden Jusuf Kalla meresmikannya pada 18 Oktober 2019; dana abadinya Rp1 triliun pada 2018 ditambah Rp2 triliun pada 2019.",
        misconceptions=(
            "mencampur tanggal Indonesian AID dengan pembukaan KAA (18 April 1955).",
            "mencampur tanggal Indonesian AID dengan KTT GNB di Jakarta (1 September 1992).",
            ""),
    ),
    Question(
        "Pelatihan keluarga berencana oleh BKKBN dengan dukungan UNFPA untuk peserta dari negara lain termasuk bentuk kerja sama apa?",
        ("Bilateral", "Triangular (segitiga)", "Bukan KSS sama sekali"),
        1,
        "Ada dua negara berkembang (Indonesia dan negara peserta) ditambah organisasi multilateral (UNFPA) yang mendukung: itulah kerja sama triangular.",
        misconceptions=(
            "hanya menghitung dua negaranya dan melupakan UNFPA yang mendukung.",
            "",
            "mengira keterlibatan lembaga PBB membuat kerja sama itu bukan KSS. Dukungan seperti itu justru ciri kerja sama triangular."),
    ),
    Question(
        "Berapa lama Indonesia memimpin Gerakan Non-Blok?",
        ("Dari KTT Jakarta 1992 sampai Oktober 1995", "Dari 1955 sampai 1961", "Hanya selama KTT 1–6 September 1992"),
        0,
        "Presiden Soeharto memimpin GNB sejak KTT ke-10 di Jakarta (1992) dan menyerahkan kursi ketua di Cartagena pada Oktober 1995.",
        misconceptions=(
            "",
            "mencampur peran tuan rumah KAA 1955 dengan kepemimpinan GNB. GNB baru lahir pada 1961.",
            "mengira ketua GNB hanya memimpin selama KTT berlangsung. Ketua memimpin sampai KTT berikutnya."),
    ),
    Question(
        "Sampai April 2015, berapa program pelatihan yang sudah dijalankan Indonesia untuk negara lain?",
        ("Hampir tidak ada: Indonesia hanya menerima bantuan, belum memberi", "Sekitar 400 program untuk sekitar 4.400 peserta dari 99 negara",
         "Sekitar 4.000 program untuk 99.000 peserta"),
        1,
        "Datanya: sekitar 400 program untuk sekitar 4.400 peserta dari 99 negara.",
        misconceptions=(
            "mengira Indonesia hanya negara penerima. Indonesia juga memberi, terutama lewat pelatihan.",
            "",
            "membaca angka negara (99) seperti angka peserta. Yang tepat: sekitar 4.400 peserta dari 99 negara."),
    ),
]

TITLE_EN = "Quick quiz: Indonesia's role in SSC"

QUESTIONS_EN = [
    Question(
        "The source article says Indonesia hosted a \"South-South Cooperation Summit\" (KTT KSS) in 2018. What was found when the claim was checked?",
        ("True, the summit was attended by heads of state in Jakarta",
         "No source mentions a 2018 South-South summit; what did take place includes the Indonesia–Africa Forum in Bali (10–11 April 2018), a ministerial and business forum",
         "The summit did take place, but in Bandung in 2015"),
        1,
        "No source mentions a 2018 South-South summit; the article probably mixed several events up. What happened in 2018: the Indonesia–Africa Forum in Bali, opened by Vice-President Jusuf Kalla, and the AIS Forum in Manado (1 November 2018). The real summit on SSC was the 2015 Asian-African Summit, in Jakarta.",
        misconceptions=(
            "believing the article without checking. No source records a South-South summit of heads of state in 2018.",
            "",
            "mixing up two events: the 2015 Asian-African Summit was held in Jakarta, not in Bandung, and not in 2018."),
    ),
    Question(
        "Who are the members of the National Coordination Team for South-South and Triangular Cooperation set up in 2010?",
        ("Four ministries: Bappenas, Foreign Affairs, State Secretariat and Finance",
         "Only the Ministry of Foreign Affairs",
         "Representatives of the 29 countries at the Asian-African Conference"),
        0,
        "The team brings four ministries together so that Indonesia's SSC programmes are coordinated.",
        misconceptions=(
            "",
            "thinking that cooperation abroad is a matter for the Ministry of Foreign Affairs alone. Planning, finance and the state secretariat are involved too.",
            "mixing up Indonesia's national team with the Asian-African Conference. The team was set up inside the Indonesian government."),
    ),
    Question(
        "When was Indonesian AID (Lembaga Dana Kerja Sama Pembangunan Internasional) launched?",
        ("18 April 1955", "1 September 1992", "18 October 2019"),
        2,
        "Vice-President Jusuf Kalla launched it on 18 October 2019; its endowment fund was Rp 1 trillion in 2018 plus Rp 2 trillion in 2019.",
        misconceptions=(
            "mixing up the date of Indonesian AID with the opening of the Asian-African Conference (18 April 1955).",
            "mixing up the date of Indonesian AID with the NAM summit in Jakarta (1 September 1992).",
            ""),
    ),
    Question(
        "Family planning training by BKKBN, with support from UNFPA, for participants from other countries is which form of cooperation?",
        ("Bilateral", "Triangular", "Not SSC at all"),
        1,
        "There are two developing countries (Indonesia and the participant's country) plus a multilateral organisation (UNFPA) that supports them: that is triangular cooperation.",
        misconceptions=(
            "counting only the two countries and forgetting UNFPA, which gives support.",
            "",
            "thinking that a UN agency taking part makes it no longer SSC. Support like that is exactly what marks triangular cooperation."),
    ),
    Question(
        "For how long did Indonesia lead the Non-Aligned Movement?",
        ("From the 1992 Jakarta summit until October 1995", "From 1955 to 1961", "Only during the summit of 1–6 September 1992"),
        0,
        "President Soeharto chaired NAM from the 10th summit in Jakarta (1992) and handed over the chair in Cartagena in October 1995.",
        misconceptions=(
            "",
            "mixing up hosting the 1955 Asian-African Conference with leading NAM. NAM was only born in 1961.",
            "thinking that the NAM chair only leads while the summit is on. The chair leads until the next summit."),
    ),
    Question(
        "By April 2015, how many training programmes had Indonesia run for other countries?",
        ("Almost none: Indonesia only received aid and did not yet give any", "About 400 programmes for about 4,400 participants from 99 countries",
         "About 4,000 programmes for 99,000 participants"),
        1,
        "The data: about 400 programmes for about 4,400 participants from 99 countries.",
        misconceptions=(
            "thinking that Indonesia is only a receiving country. Indonesia also gives, above all through training.",
            "",
            "reading the number of countries (99) as if it were the number of participants. Right: about 4,400 participants from 99 countries."),
    ),
]
