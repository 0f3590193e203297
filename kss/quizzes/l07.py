"""Quiz of lesson 07: challenges of South-South cooperation (facts from data/facts.csv,
data/examples.csv and data/indicators.csv)."""
from kss.quiz import Question

TITLE = "Kuis singkat: tantangan KSS"

QUESTIONS = [
    Question(
        "Menurut data Gapminder, bagaimana jarak PDB per kapita antara negara peserta KAA terkaya dan "
        "termiskin pada 2023 dibandingkan dengan 1955?",
        ("Jauh lebih lebar",
         "Sama saja",
         "Hilang sama sekali"),
        0,
        "Pada 1955 Lebanon yang terkaya dan Ethiopia yang termiskin; pada 2023 Arab Saudi yang terkaya dan "
        "Liberia yang termiskin, dan rasio keduanya jauh lebih besar, walaupun lebih kecil daripada saat "
        "paling lebar, pada pertengahan 1990-an. Kesenjangan kapasitas tidak hilang dengan sendirinya.",
        misconceptions=(
            "",
            "mengira pertumbuhan ekonomi membuat semua negara berkembang sama cepat. Jaraknya justru melebar.",
            "mengira kesenjangan hilang dengan sendirinya seiring waktu. Data Gapminder menunjukkan jaraknya melebar."),
    ),
    Question(
        "Apa nama kerja sama ketika negara maju atau organisasi multilateral mendukung kerja sama yang "
        "digerakkan negara-negara berkembang?",
        ("Kerja sama bilateral",
         "Kerja sama triangular (segitiga)",
         "Kerja sama Utara-Selatan biasa, karena ada negara maju"),
        1,
        "Menurut definisi kerja PBB, kerja sama triangular adalah kemitraan yang digerakkan negara-negara "
        "Selatan dengan dukungan satu atau lebih negara maju atau organisasi multilateral.",
        misconceptions=(
            "hanya menghitung dua negara berkembangnya dan melupakan pendukungnya.",
            "",
            "mengira ikutnya negara maju mengubah KSS menjadi bantuan Utara-Selatan. Selama negara Selatan yang menggerakkan, itu kerja sama triangular."),
    ),
    Question(
        "Indonesia menghentikan dukungan untuk FARTC di Tanzania pada 2004 dan baru melanjutkannya pada 2011. "
        "Tantangan apa yang ditunjukkan?",
        ("Dana yang naik-turun",
         "Proyeknya gagal, jadi dihentikan",
         "Tanzania tidak mau lagi dibantu"),
        0,
        "Krisis ekonomi di dalam negeri membuat dana berhenti; program bergantung pada kondisi keuangan negara pemberi.",
        misconceptions=(
            "",
            "mengira proyek yang berhenti pasti gagal. Dukungan berhenti karena krisis ekonomi di Indonesia, bukan karena proyeknya.",
            "menyalahkan negara penerima. Yang berhenti adalah dana dari negara pemberi."),
    ),
    Question(
        "Proyek kredit India di Bangladesh harus memakai kontraktor India dan sekitar 65% barang dan jasa "
        "dari India. Apa sebutan untuk syarat seperti ini?",
        ("Hibah tanpa syarat",
         "Kredit bersyarat (terikat)",
         "Kerja sama triangular"),
        1,
        "Pinjaman itu terikat pada barang dan jasa dari negara pemberi. Pelaksanaannya juga lambat: setelah "
        "enam tahun baru 54,6% kredit pertama yang terlaksana.",
        misconceptions=(
            "mengira semua dukungan antarnegara berkembang berupa hibah. Ini pinjaman dengan syarat.",
            "",
            "menyamakan syarat pinjaman dengan pihak ketiga. Di sini tidak ada pendukung ketiga; syaratnya datang dari pemberi pinjaman sendiri."),
    ),
    Question(
        "AREI, prakarsa energi terbarukan Afrika, menargetkan sedikitnya 300 GW pada 2030. Dari mana "
        "sebagian besar janji dananya di COP21?",
        ("Hanya dari negara-negara Afrika",
         "Dari negara G7, Uni Eropa dan Swedia, sekitar USD 10 miliar",
         "Dari Tiongkok dan India, negara Selatan yang besar"),
        1,
        "AREI dipimpin Afrika, tetapi sebagian besar dananya dijanjikan negara maju: contoh bagaimana "
        "dukungan negara maju dapat memperkuat kerja sama Selatan-Selatan.",
        misconceptions=(
            "mengira prakarsa yang dipimpin Afrika pasti juga dibiayai Afrika.",
            "",
            "mengira prakarsa Selatan selalu dibiayai negara Selatan yang besar. Janji dana terbesarnya datang dari negara maju."),
    ),
    Question(
        "India menghentikan layanan Pan-African e-Network pada Juli 2017. Tantangan apa yang ditunjukkan?",
        ("Kesinambungan: program bisa berhenti ketika pemberi mundur",
         "Kesenjangan kapasitas: negara Afrika tidak mampu memakai jaringan itu",
         "Tidak ada tantangan, karena jaringannya diserahkan kepada Uni Afrika"),
        0,
        "Jaringan itu diserahkan kepada Uni Afrika, dan kini Senegal yang menanggung biaya operasinya.",
        misconceptions=(
            "",
            "menyalahkan kemampuan negara penerima. Layanan berhenti karena pemberinya mundur.",
            "mengira penyerahan berarti masalahnya selesai. Biaya operasinya kini harus ditanggung pihak lain (Senegal)."),
    ),
]
