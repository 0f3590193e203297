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
