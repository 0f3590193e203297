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
