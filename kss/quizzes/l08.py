"""Final quiz of the unit (lesson 08): two questions or so from each of lessons 01-07.
Facts come from data/claims.csv, delegations.csv, principles.csv, milestones.csv and examples.csv."""
from kss.quiz import Question

TITLE = "Kuis akhir: seluruh kursus KSS"

QUESTIONS = [
    # lesson 01: definition and forms (claims.csv: kss-definition, kss-forms)
    Question(
        "Menurut PBB, apa inti Kerja Sama Selatan-Selatan?",
        ("Negara maju memberi pinjaman kepada negara berkembang",
         "Dua negara berkembang atau lebih saling bertukar pengetahuan, keterampilan, sumber daya dan keahlian teknis",
         "Negara-negara di belahan bumi selatan membentuk pakta pertahanan",
         "Perusahaan swasta dari Asia berinvestasi di Afrika"),
        1,
        "PBB menggambarkan KSS sebagai proses pertukaran di antara negara berkembang demi tujuan "
        "pembangunan masing-masing. KSS melengkapi, bukan menggantikan, kerja sama Utara-Selatan.",
        misconceptions=(
            "menyamakan KSS dengan bantuan negara maju (kerja sama Utara-Selatan).",
            "",
            "mengira \"Selatan\" berarti letak di belahan bumi selatan, dan mengira KSS kerja sama militer.",
            "mengira setiap investasi dari Asia di Afrika adalah KSS. KSS adalah kerja sama antarnegara untuk pembangunan."),
    ),
    Question(
        "Artikel sumber menyebut bentuk bilateral, regional dan multilateral. Bentuk mana yang tidak disebutnya?",
        ("Bilateral: kerja sama dua negara",
         "Regional: kerja sama negara-negara satu kawasan",
         "Triangular: KSS yang didukung negara maju atau organisasi multilateral",
         "Multilateral: kerja sama lewat lembaga atau dana bersama"),
        2,
        "Artikel tidak menyebut kerja sama triangular, padahal PBB punya definisinya dan SDG 17 menyebutnya. "
        "Contohnya pelatihan untuk Palestina oleh Indonesia dengan dukungan Jepang (JICA).",
        misconceptions=(
            "mengira artikel melewatkan bentuk bilateral. Bilateral justru disebut; yang dilewatkan triangular.",
            "mengira artikel melewatkan bentuk regional. Regional justru disebut; yang dilewatkan triangular.",
            "",
            "mengira artikel melewatkan bentuk multilateral. Multilateral justru disebut; yang dilewatkan triangular."),
    ),
    # lesson 02: Bandung 1955 (milestones.csv kaa-1955, delegations.csv, principles.csv)
    Question(
        "Kapan dan di mana Konferensi Asia-Afrika berlangsung?",
        ("1–6 September 1961 di Beograd",
         "18–24 April 1955 di Gedung Merdeka, Bandung",
         "12 September 1978 di Buenos Aires",
         "10–11 April 2018 di Bali"),
        1,
        "KAA berlangsung 18–24 April 1955 di Gedung Merdeka, Bandung. Pilihan lain adalah KTT pertama "
        "Gerakan Non-Blok, hari disepakatinya BAPA, dan Forum Indonesia–Afrika.",
        misconceptions=(
            "mencampur KAA dengan KTT pertama Gerakan Non-Blok di Beograd.",
            "",
            "mencampur KAA dengan disepakatinya BAPA di Buenos Aires.",
            "mencampur KAA dengan Forum Indonesia–Afrika 2018 di Bali."),
    ),
    Question(
        "Berapa delegasi yang ikut KAA 1955, dan dari mana asalnya?",
        ("29 delegasi: 15 dari Asia dan 14 dari Afrika",
         "77 delegasi dari seluruh dunia",
         "5 delegasi: hanya negara-negara sponsor",
         "29 delegasi: 23 dari Asia dan 6 dari Afrika"),
        3,
        "Ada 29 delegasi: 23 dari Asia dan 6 dari Afrika, termasuk 5 negara sponsor (Birma, Sailan, India, "
        "Indonesia dan Pakistan). Angka 77 berasal dari G77 tahun 1964.",
        misconceptions=(
            "mengira kedua benua terwakili sama banyak. Delegasi dari Asia jauh lebih banyak.",
            "mencampur KAA dengan G77: angka 77 berasal dari Kelompok 77 tahun 1964.",
            "menyamakan negara sponsor dengan seluruh peserta. Lima sponsor mengundang negara-negara lain.",
            ""),
    ),
    Question(
        "Mana yang termasuk Dasasila Bandung?",
        ("Negara peserta wajib bergabung dengan salah satu blok Perang Dingin",
         "Negara besar berhak memimpin negara kecil",
         "Tidak ikut campur dalam urusan dalam negeri negara lain",
         "Negara peserta tidak boleh membela diri bila diserang"),
        2,
        "Tidak ikut campur dalam urusan dalam negeri negara lain adalah prinsip keempat dari sepuluh prinsip "
        "dalam Komunike Akhir KAA. Prinsip ketiga justru menyatakan semua bangsa, besar atau kecil, setara.",
        misconceptions=(
            "membalik isi prinsip keenam: pakta pertahanan tidak boleh dipakai untuk kepentingan khusus negara-negara besar.",
            "membalik isi prinsip ketiga: semua bangsa, besar atau kecil, setara.",
            "",
            "mengira prinsip damai melarang membela diri. Prinsip kelima justru menghargai hak setiap bangsa untuk membela diri."),
    ),
    # lesson 03: from Bandung to BAPA+40 (milestones.csv)
    Question(
        "Mengapa Hari PBB untuk Kerja Sama Selatan-Selatan diperingati setiap 12 September?",
        ("Karena KAA dibuka pada tanggal itu",
         "Karena pada 12 September 1978 Rencana Aksi Buenos Aires (BAPA) disepakati",
         "Karena G77 lahir pada tanggal itu",
         "Karena Indonesian AID diluncurkan pada tanggal itu"),
        1,
        "Lewat keputusan 66/550, Majelis Umum PBB memindahkan Hari KSS ke 12 September mulai 2012: "
        "hari ulang tahun disepakatinya BAPA pada 12 September 1978.",
        misconceptions=(
            "mengira Hari KSS adalah hari dibukanya KAA. KAA dibuka pada 18 April 1955.",
            "",
            "mengira Hari KSS adalah hari lahir G77. G77 lahir pada Juni 1964.",
            "mencampur tanggal. Indonesian AID diluncurkan pada 18 Oktober 2019."),
    ),
    Question(
        "Target SDG 17 mana yang menyebut kerja sama Selatan-Selatan dan triangular?",
        ("Target 17.6 (sains, teknologi dan inovasi) dan 17.9 (peningkatan kapasitas)",
         "Hanya tujuan tentang perubahan iklim",
         "Hanya tujuan tentang pendidikan",
         "Tidak ada target SDG yang menyebut KSS"),
        0,
        "Target 17.6 dan 17.9 sama-sama menyebut kerja sama Utara-Selatan, Selatan-Selatan dan triangular. "
        "Inilah dasar kesimpulan artikel bahwa KSS bisa menjadi alat penting pembangunan berkelanjutan.",
        misconceptions=(
            "",
            "mengira KSS hanya tentang iklim. Target 17.6 dan 17.9 tentang sains, teknologi dan peningkatan kapasitas.",
            "mengira KSS hanya tentang pendidikan. Target 17.6 dan 17.9 tentang sains, teknologi dan peningkatan kapasitas.",
            "mengira SDG hanya berbicara tentang bantuan negara maju. SDG 17 menyebut kerja sama Selatan-Selatan dan triangular."),
    ),
    # lesson 04: the four benefits (the article, as taught in lesson 04)
    Question(
        "Mana yang BUKAN salah satu dari empat manfaat KSS menurut artikel sumber?",
        ("Meningkatkan pembangunan ekonomi dan sosial",
         "Memperkuat kapasitas kelembagaan",
         "Meningkatkan ketahanan nasional",
         "Menghapus semua utang luar negeri negara berkembang"),
        3,
        "Empat manfaat menurut artikel: pembangunan ekonomi dan sosial, kapasitas kelembagaan, ketahanan "
        "nasional, dan hubungan antarnegara yang lebih erat. Menghapus utang tidak termasuk.",
        misconceptions=(
            "lupa bahwa pembangunan ekonomi dan sosial adalah manfaat pertama menurut artikel.",
            "lupa bahwa kapasitas kelembagaan adalah salah satu manfaat menurut artikel.",
            "lupa bahwa ketahanan nasional adalah salah satu manfaat menurut artikel.",
            ""),
    ),
    # lesson 05: Indonesia's role (milestones.csv indonesian-aid-2019; claims.csv ktt-kss-2018)
    Question(
        "Lembaga apa yang diluncurkan Indonesia pada 18 Oktober 2019 untuk mengelola dana kerja sama pembangunannya?",
        ("Gerakan Non-Blok",
         "Bank Pembangunan Baru (New Development Bank)",
         "Indonesian AID (Lembaga Dana Kerja Sama Pembangunan Internasional)",
         "Kantor PBB untuk KSS (UNOSSC)"),
        2,
        "Indonesian AID diresmikan di Jakarta pada 18 Oktober 2019. Lembaga ini mengelola dana abadi Rp3 triliun "
        "(Rp1 triliun pada 2018 ditambah Rp2 triliun pada 2019).",
        misconceptions=(
            "menyamakan gerakan negara-negara dengan lembaga dana sebuah negara. GNB lahir pada 1961.",
            "mencampur dana Indonesia dengan bank pembangunan milik negara-negara BRICS.",
            "",
            "mencampur lembaga Indonesia dengan kantor PBB. UNOSSC adalah bagian dari PBB."),
    ),
    Question(
        "Artikel sumber menulis bahwa pada 2018 Indonesia menjadi tuan rumah \"KTT KSS\". Apa yang sebenarnya terjadi pada 2018?",
        ("KTT KSS di Jakarta yang dihadiri semua kepala negara G77",
         "Forum Indonesia–Afrika di Bali (10–11 April 2018), forum para menteri dan pebisnis, bukan KTT kepala negara",
         "Konferensi Asia-Afrika yang kedua di Bandung",
         "Tidak ada kegiatan KSS apa pun di Indonesia"),
        1,
        "Tidak ditemukan KTT KSS pada 2018. Yang ada: Forum Indonesia–Afrika di Bali, dengan 10 kesepakatan "
        "senilai USD 586,56 juta, dan AIS Forum di Manado pada 1 November 2018 tentang perubahan iklim.",
        misconceptions=(
            "mempercayai artikel tanpa memeriksa. Tidak ada sumber yang mencatat KTT KSS para kepala negara pada 2018.",
            "",
            "mencampur 2018 dengan peringatan KAA. KTT Asia-Afrika 2015 berlangsung di Jakarta, dan peringatannya di Bandung.",
            "mengoreksi terlalu jauh: klaim yang tidak terbukti bukan berarti tidak ada kegiatan sama sekali."),
    ),
    # lesson 06: examples (examples.csv indonesia-brazil-bioethanol)
    Question(
        "Artikel menyebut Indonesia bekerja sama dengan Brasil di bidang energi terbarukan. Energi apa tepatnya?",
        ("Tenaga nuklir",
         "Batu bara",
         "Minyak bumi dengan harga khusus",
         "Bioetanol dari tebu"),
        3,
        "Nota kesepahaman 2007 dan 2008 menyangkut bioetanol: Brasil membantu Indonesia membuat etanol dari tebu, "
        "termasuk pertukaran ahli dan pelajar.",
        misconceptions=(
            "menganggap tenaga nuklir sebagai energi terbarukan.",
            "mengira kerja sama energi Indonesia pasti tentang batu bara. Batu bara bukan energi terbarukan.",
            "mencampur contoh ini dengan PetroCaribe, kerja sama minyak Venezuela dengan negara-negara Karibia.",
            ""),
    ),
    # lesson 07: challenges (examples.csv fartc-tanzania, lesson note)
    Question(
        "Dukungan Indonesia untuk pusat pelatihan petani FARTC di Tanzania berhenti pada 2004 dan baru aktif lagi pada 2011. Tantangan apa yang ditunjukkan contoh ini?",
        ("Pendanaan yang naik-turun mengancam kelanjutan proyek",
         "Negara mitra menolak semua bantuan",
         "Proyek pertanian tidak pernah berhasil",
         "Kesenjangan kapasitas di Tanzania"),
        0,
        "Dukungan berhenti karena krisis ekonomi di Indonesia sendiri. Negara pemberi dalam KSS juga negara "
        "berkembang, sehingga dananya bisa naik-turun dan kelanjutan proyek terancam.",
        misconceptions=(
            "",
            "menyalahkan negara penerima. Yang berhenti adalah dana dari Indonesia.",
            "mengira proyek yang berhenti pasti gagal. Dukungan berhenti karena krisis ekonomi di Indonesia.",
            "menyalahkan kemampuan negara penerima. Dukungan berhenti karena keadaan negara pemberi."),
    ),
]

TITLE_EN = "Final quiz: the whole SSC course"

QUESTIONS_EN = [
    # lesson 01: definition and forms (claims.csv: kss-definition, kss-forms)
    Question(
        "According to the UN, what is the core of South-South cooperation?",
        ("Developed countries lend money to developing countries",
         "Two or more developing countries exchange knowledge, skills, resources and technical know-how",
         "Countries in the southern hemisphere form a defence pact",
         "Private companies from Asia invest in Africa"),
        1,
        "The UN describes SSC as a process of exchange among developing countries towards their own "
        "development goals. SSC complements North-South cooperation; it does not replace it.",
        misconceptions=(
            "treating SSC as the same thing as aid from developed countries (North-South cooperation).",
            "",
            "thinking that \"South\" means a place in the southern hemisphere, and that SSC is military cooperation.",
            "thinking that every Asian investment in Africa is SSC. SSC is cooperation between countries for development."),
    ),
    Question(
        "The source article names the bilateral, regional and multilateral forms. Which form does it leave out?",
        ("Bilateral: cooperation between two countries",
         "Regional: cooperation among the countries of one region",
         "Triangular: SSC supported by a developed country or a multilateral organisation",
         "Multilateral: cooperation through a shared institution or fund"),
        2,
        "The article does not mention triangular cooperation, even though the UN has a definition of it and SDG 17 "
        "mentions it. An example is training for Palestine by Indonesia with support from Japan (JICA).",
        misconceptions=(
            "thinking the article leaves out the bilateral form. It does name bilateral; what it leaves out is triangular.",
            "thinking the article leaves out the regional form. It does name regional; what it leaves out is triangular.",
            "",
            "thinking the article leaves out the multilateral form. It does name multilateral; what it leaves out is triangular."),
    ),
    # lesson 02: Bandung 1955 (milestones.csv kaa-1955, delegations.csv, principles.csv)
    Question(
        "When and where did the Asian-African Conference take place?",
        ("1–6 September 1961 in Belgrade",
         "18–24 April 1955 in the Gedung Merdeka, Bandung",
         "12 September 1978 in Buenos Aires",
         "10–11 April 2018 in Bali"),
        1,
        "The Asian-African Conference took place on 18–24 April 1955 in the Gedung Merdeka, Bandung. The other "
        "options are the first summit of the Non-Aligned Movement, the day BAPA was adopted, and the Indonesia–Africa Forum.",
        misconceptions=(
            "mixing up the Asian-African Conference with the first Non-Aligned Movement summit in Belgrade.",
            "",
            "mixing up the Asian-African Conference with the adoption of BAPA in Buenos Aires.",
            "mixing up the Asian-African Conference with the 2018 Indonesia–Africa Forum in Bali."),
    ),
    Question(
        "How many delegations took part in the 1955 Asian-African Conference, and where did they come from?",
        ("29 delegations: 15 from Asia and 14 from Africa",
         "77 delegations from all over the world",
         "5 delegations: only the sponsor countries",
         "29 delegations: 23 from Asia and 6 from Africa"),
        3,
        "There were 29 delegations: 23 from Asia and 6 from Africa, including the 5 sponsor countries (Burma, Ceylon, "
        "India, Indonesia and Pakistan). The number 77 comes from the G77 of 1964.",
        misconceptions=(
            "thinking both continents were equally represented. There were far more delegations from Asia.",
            "mixing up the Asian-African Conference with the G77: the number 77 comes from the Group of 77 of 1964.",
            "treating the sponsor countries as all the participants. The five sponsors invited the other countries.",
            ""),
    ),
    Question(
        "Which of these is one of the Ten Principles of Bandung (Dasasila Bandung)?",
        ("Participating countries must join one of the Cold War blocs",
         "Big nations have the right to lead small nations",
         "Not interfering in the internal affairs of other countries",
         "Participating countries may not defend themselves if attacked"),
        2,
        "Not interfering in the internal affairs of other countries is the fourth of the ten principles in the "
        "Final Communiqué of the conference. The third principle in fact says that all nations, large or small, are equal.",
        misconceptions=(
            "turning the sixth principle upside down: defence pacts must not be used to serve the particular interests of the big powers.",
            "turning the third principle upside down: all nations, large or small, are equal.",
            "",
            "thinking a principle of peace forbids self-defence. The fifth principle in fact respects the right of every nation to defend itself."),
    ),
    # lesson 03: from Bandung to BAPA+40 (milestones.csv)
    Question(
        "Why is the United Nations Day for South-South Cooperation held every year on 12 September?",
        ("Because the Asian-African Conference opened on that date",
         "Because the Buenos Aires Plan of Action (BAPA) was adopted on 12 September 1978",
         "Because the G77 was born on that date",
         "Because Indonesian AID was launched on that date"),
        1,
        "By decision 66/550, the UN General Assembly moved the Day for SSC to 12 September from 2012 onwards: "
        "the anniversary of the adoption of BAPA on 12 September 1978.",
        misconceptions=(
            "thinking the Day for SSC is the day the Asian-African Conference opened. It opened on 18 April 1955.",
            "",
            "thinking the Day for SSC is the birthday of the G77. The G77 was born in June 1964.",
            "mixing up dates. Indonesian AID was launched on 18 October 2019."),
    ),
    Question(
        "Which SDG 17 targets mention South-South and triangular cooperation?",
        ("Targets 17.6 (science, technology and innovation) and 17.9 (capacity building)",
         "Only the goal on climate change",
         "Only the goal on education",
         "No SDG target mentions SSC"),
        0,
        "Targets 17.6 and 17.9 both name North-South, South-South and triangular cooperation. "
        "This is the basis for the article's conclusion that SSC can be an important tool of sustainable development.",
        misconceptions=(
            "",
            "thinking SSC is only about climate. Targets 17.6 and 17.9 are about science, technology and capacity building.",
            "thinking SSC is only about education. Targets 17.6 and 17.9 are about science, technology and capacity building.",
            "thinking the SDGs only talk about aid from developed countries. SDG 17 mentions South-South and triangular cooperation."),
    ),
    # lesson 04: the four benefits (the article, as taught in lesson 04)
    Question(
        "Which of these is NOT one of the four benefits of SSC according to the source article?",
        ("Boosting economic and social development",
         "Strengthening institutional capacity",
         "Increasing national resilience",
         "Cancelling all the foreign debt of developing countries"),
        3,
        "The four benefits according to the article: economic and social development, institutional capacity, national "
        "resilience, and closer relations between countries. Cancelling debt is not one of them.",
        misconceptions=(
            "forgetting that economic and social development is the first benefit according to the article.",
            "forgetting that institutional capacity is one of the benefits according to the article.",
            "forgetting that national resilience is one of the benefits according to the article.",
            ""),
    ),
    # lesson 05: Indonesia's role (milestones.csv indonesian-aid-2019; claims.csv ktt-kss-2018)
    Question(
        "Which institution did Indonesia launch on 18 October 2019 to manage its development cooperation funds?",
        ("The Non-Aligned Movement",
         "The New Development Bank",
         "Indonesian AID (Lembaga Dana Kerja Sama Pembangunan Internasional)",
         "The UN Office for South-South Cooperation (UNOSSC)"),
        2,
        "Indonesian AID was officially opened in Jakarta on 18 October 2019. It manages an endowment fund of Rp3 trillion "
        "(Rp1 trillion in 2018 plus Rp2 trillion in 2019).",
        misconceptions=(
            "mixing up a movement of countries with one country's fund agency. The NAM was born in 1961.",
            "mixing up Indonesia's fund with the development bank owned by the BRICS countries.",
            "",
            "mixing up an Indonesian institution with a UN office. UNOSSC is part of the UN."),
    ),
    Question(
        "The source article says that in 2018 Indonesia hosted a \"South-South Cooperation Summit\" (KTT KSS). What really happened in 2018?",
        ("An SSC summit in Jakarta attended by all the heads of state of the G77",
         "The Indonesia–Africa Forum in Bali (10–11 April 2018), a forum of ministers and business people, not a summit of heads of state",
         "A second Asian-African Conference in Bandung",
         "No SSC activity at all in Indonesia"),
        1,
        "No SSC summit in 2018 can be found. What did happen: the Indonesia–Africa Forum in Bali, with 10 agreements "
        "worth USD 586.56 million, and the AIS Forum in Manado on 1 November 2018, about climate change.",
        misconceptions=(
            "believing the article without checking. No source records an SSC summit of heads of state in 2018.",
            "",
            "mixing up 2018 with the anniversary of the Asian-African Conference. The 2015 Asian-African Summit took place in Jakarta, and the commemoration in Bandung.",
            "correcting too far: a claim that is not proven does not mean nothing happened at all."),
    ),
    # lesson 06: examples (examples.csv indonesia-brazil-bioethanol)
    Question(
        "The article says Indonesia works with Brazil on renewable energy. Which energy exactly?",
        ("Nuclear power",
         "Coal",
         "Oil at a special price",
         "Bioethanol from sugarcane"),
        3,
        "The memoranda of understanding of 2007 and 2008 are about bioethanol: Brazil helps Indonesia make ethanol from "
        "sugarcane, including exchanges of experts and students.",
        misconceptions=(
            "counting nuclear power as renewable energy.",
            "thinking Indonesia's energy cooperation must be about coal. Coal is not renewable energy.",
            "mixing up this example with PetroCaribe, Venezuela's oil cooperation with Caribbean countries.",
            ""),
    ),
    # lesson 07: challenges (examples.csv fartc-tanzania, lesson note)
    Question(
        "Indonesia's support for the FARTC farmers' training centre in Tanzania stopped in 2004 and only started again in 2011. Which challenge does this example show?",
        ("Funding that goes up and down threatens a project's continuity",
         "The partner country refuses all help",
         "Farming projects never succeed",
         "A capacity gap in Tanzania"),
        0,
        "The support stopped because of an economic crisis in Indonesia itself. In SSC the provider country is also a "
        "developing country, so its funding can go up and down and a project's continuity is put at risk.",
        misconceptions=(
            "",
            "blaming the receiving country. What stopped was the funding from Indonesia.",
            "thinking a project that stopped must have failed. The support stopped because of the economic crisis in Indonesia.",
            "blaming the abilities of the receiving country. The support stopped because of the situation of the provider country."),
    ),
]
