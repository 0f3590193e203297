"""Quiz of lesson 06: examples of South-South cooperation (facts from data/examples.csv and facts.csv)."""
from kss.quiz import Question

TITLE = "Kuis singkat: contoh-contoh KSS"

QUESTIONS = [
    Question(
        "Apa beda bantuan India untuk jalan Terai di Nepal dan jalan Ashuganj–Akhaura di Bangladesh?",
        ("Keduanya hibah yang tidak perlu dikembalikan",
         "Di Nepal hibah (NPR 8 miliar); di Bangladesh pinjaman lewat jalur kredit yang harus dibayar kembali",
         "Di Nepal pinjaman; di Bangladesh hibah"),
        1,
        "Jalan Terai dibiayai hibah India. Jalan Ashuganj–Akhaura dibiayai kredit India (63% biayanya), dengan bunga dan syarat memakai kontraktor India.",
        misconceptions=(
            "mengira semua bantuan KSS gratis. Jalan di Bangladesh dibiayai pinjaman yang harus dibayar kembali.",
            "",
            "menukar kedua contoh. Di Nepal hibah, di Bangladesh pinjaman."),
    ),
    Question(
        "Dalam energi terbarukan apa Indonesia dan Brasil bekerja sama lewat MoU 2007 dan 2008?",
        ("Tenaga nuklir", "Bahan bakar nabati: etanol dari tebu (bioetanol)", "Tenaga angin lepas pantai"),
        1,
        "MoU 15 Maret 2007 tentang etanol dari tebu, dan MoU 12 Juli 2008 tentang produksi dan teknologi bioetanol.",
        misconceptions=(
            "menganggap tenaga nuklir sebagai energi terbarukan. Kerja sama ini tentang etanol dari tebu.",
            "",
            "mengira semua energi terbarukan berarti angin atau surya. Kerja sama ini memakai tebu."),
    ),
    Question(
        "Apa target Prakarsa Energi Terbarukan Afrika (AREI) yang diluncurkan di COP21 pada Desember 2015?",
        ("Paling sedikit 10 GW baru pada 2020 dan potensi paling sedikit 300 GW pada 2030",
         "300 GW pada 2020 dan 10 GW pada 2030",
         "Menutup semua pembangkit batu bara di Afrika pada 2020"),
        0,
        "AREI menargetkan 10 GW kapasitas baru pada 2020 dan potensi 300 GW pada 2030.",
        misconceptions=(
            "",
            "menukar kedua angka: 10 GW untuk 2020, 300 GW untuk 2030.",
            "mengira prakarsa energi terbarukan sama dengan larangan batu bara. AREI menambah pembangkit baru, bukan menutup yang lama."),
    ),
    Question(
        "Mengapa AREI cocok untuk membahas kerja sama triangular?",
        ("Karena dipimpin negara-negara Eropa",
         "Karena dipimpin Afrika, tetapi sebagian besar dananya dijanjikan negara maju (sekitar USD 10 miliar)",
         "Karena hanya melibatkan tiga negara"),
        1,
        "Prakarsa milik Afrika yang didukung dana negara G7, Uni Eropa dan Swedia: negara Selatan memimpin, negara maju membantu.",
        misconceptions=(
            "mengira yang membayar pasti yang memimpin. AREI dimiliki dan dipimpin Afrika.",
            "",
            "mengira \"triangular\" berarti tiga negara. Yang membuatnya triangular adalah dukungan negara maju untuk prakarsa negara Selatan."),
    ),
    Question(
        "Mengapa jalur kereta TAZARA dibangun?",
        ("Agar Zambia, yang tidak punya laut, bisa mengekspor tembaga lewat Tanzania tanpa melewati Rhodesia dan Afrika Selatan",
         "Untuk menghubungkan Tiongkok dan Afrika lewat darat",
         "Untuk menghubungkan Zambia dengan Rhodesia"),
        0,
        "Tiongkok membangun rel 1.860 km dari Dar es Salaam ke Kapiri Mposhi pada 1970–1975.",
        misconceptions=(
            "",
            "mengira proyek yang dibangun Tiongkok pasti untuk kepentingan Tiongkok sendiri. Rel ini menghubungkan Zambia dengan pelabuhan di Tanzania.",
            "membalik tujuannya. Rel ini dibangun agar Zambia tidak perlu melewati Rhodesia dan Afrika Selatan."),
    ),
    Question(
        "Mengapa Prakarsa Chiang Mai diberi catatan khusus dalam daftar contoh?",
        ("Karena tidak pernah berjalan",
         "Karena Jepang dan Korea Selatan, dua negara maju, ikut di dalamnya, jadi lebih tepat disebut kerja sama moneter kawasan",
         "Karena hanya melibatkan Thailand"),
        1,
        "ASEAN bersama Tiongkok, Jepang dan Korea Selatan saling meminjamkan mata uang; karena ada negara maju, ini bukan KSS murni.",
        misconceptions=(
            "mengira catatan khusus berarti proyeknya gagal. Catatannya soal label: ada negara maju di dalamnya.",
            "",
            "mengira prakarsa yang memakai nama kota Thailand hanya melibatkan Thailand. Anggotanya negara ASEAN bersama Tiongkok, Jepang dan Korea Selatan."),
    ),
]
