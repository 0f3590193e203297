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

TITLE_EN = "Quick quiz: examples of SSC"

QUESTIONS_EN = [
    Question(
        "What is the difference between India's support for the Terai roads in Nepal and for the Ashuganj–Akhaura road in Bangladesh?",
        ("Both are grants that do not have to be paid back",
         "In Nepal a grant (NPR 8 billion); in Bangladesh a loan through a line of credit that must be paid back",
         "In Nepal a loan; in Bangladesh a grant"),
        1,
        "The Terai roads were paid for by an Indian grant. The Ashuganj–Akhaura road was paid for by Indian credit (63% of its cost), with interest and a condition to use Indian contractors.",
        misconceptions=(
            "thinking that all SSC support is free. The road in Bangladesh was paid for by a loan that must be paid back.",
            "",
            "mixing up the two examples. Nepal got a grant, Bangladesh a loan."),
    ),
    Question(
        "In which kind of renewable energy did Indonesia and Brazil cooperate through the MoUs of 2007 and 2008?",
        ("Nuclear power", "Biofuels: ethanol from sugarcane (bioethanol)", "Offshore wind power"),
        1,
        "The MoU of 15 March 2007 was about ethanol from sugarcane, and the MoU of 12 July 2008 about bioethanol production and technology.",
        misconceptions=(
            "counting nuclear power as renewable energy. This cooperation is about ethanol from sugarcane.",
            "",
            "thinking that renewable energy always means wind or solar. This cooperation uses sugarcane."),
    ),
    Question(
        "What are the targets of the Africa Renewable Energy Initiative (AREI), launched at COP21 in December 2015?",
        ("At least 10 GW of new capacity by 2020 and a potential of at least 300 GW by 2030",
         "300 GW by 2020 and 10 GW by 2030",
         "Closing all coal power stations in Africa by 2020"),
        0,
        "AREI aims for 10 GW of new capacity by 2020 and a potential of 300 GW by 2030.",
        misconceptions=(
            "",
            "swapping the two numbers: 10 GW is for 2020, 300 GW for 2030.",
            "thinking that a renewable energy initiative is the same as a ban on coal. AREI adds new power plants; it does not close old ones."),
    ),
    Question(
        "Why is AREI a good example for discussing triangular cooperation?",
        ("Because it is led by European countries",
         "Because it is led by Africa, but most of its money was pledged by developed countries (about USD 10 billion)",
         "Because it involves only three countries"),
        1,
        "An Africa-owned initiative supported by money from the G7 countries, the European Union and Sweden: Southern countries lead, developed countries help.",
        misconceptions=(
            "thinking that whoever pays must be the one in charge. AREI is owned and led by Africa.",
            "",
            "thinking that \"triangular\" means three countries. What makes it triangular is developed countries supporting an initiative of Southern countries."),
    ),
    Question(
        "Why was the TAZARA railway built?",
        ("So that Zambia, which has no coast, could export its copper through Tanzania without passing through Rhodesia and South Africa",
         "To link China and Africa over land",
         "To link Zambia with Rhodesia"),
        0,
        "China built the 1,860 km railway from Dar es Salaam to Kapiri Mposhi in 1970–1975.",
        misconceptions=(
            "",
            "thinking that a project China built must serve China's own interests. The railway links Zambia with a port in Tanzania.",
            "turning the purpose around. The railway was built so that Zambia would not need to pass through Rhodesia and South Africa."),
    ),
    Question(
        "Why does the Chiang Mai Initiative get a special note in the list of examples?",
        ("Because it never got going",
         "Because Japan and South Korea, two developed countries, take part in it, so it is better called regional monetary cooperation",
         "Because it involves only Thailand"),
        1,
        "ASEAN together with China, Japan and South Korea lend each other currency; because developed countries take part, it is not pure SSC.",
        misconceptions=(
            "thinking that a special note means the project failed. The note is about the label: developed countries take part in it.",
            "",
            "thinking that an initiative named after a Thai city involves only Thailand. Its members are the ASEAN countries together with China, Japan and South Korea."),
    ),
]
