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

TITLE_EN = "Quick quiz: challenges of SSC"

QUESTIONS_EN = [
    Question(
        "According to Gapminder's data, how did the gap in GDP per capita between the richest and the "
        "poorest countries of the Asian-African Conference in 2023 compare with 1955?",
        ("Much wider",
         "About the same",
         "Gone completely"),
        0,
        "In 1955 Lebanon was the richest and Ethiopia the poorest; in 2023 Saudi Arabia was the richest and "
        "Liberia the poorest, and the ratio between them was much larger, although smaller than when it was "
        "widest, in the mid-1990s. The capacity gap does not disappear by itself.",
        misconceptions=(
            "",
            "thinking that economic growth makes all developing countries grow equally fast. The distance actually widened.",
            "thinking that the gap disappears by itself over time. Gapminder's data show that it widened."),
    ),
    Question(
        "What is the name for cooperation in which developed countries or multilateral organisations support "
        "cooperation driven by developing countries?",
        ("Bilateral cooperation",
         "Triangular cooperation",
         "Ordinary North-South cooperation, because a developed country is involved"),
        1,
        "According to the UN's working definition, triangular cooperation is a partnership driven by Southern "
        "countries with the support of one or more developed countries or multilateral organisations.",
        misconceptions=(
            "counting only the two developing countries and forgetting the supporter.",
            "",
            "thinking that a developed country taking part turns SSC into North-South aid. As long as Southern countries drive it, it is triangular cooperation."),
    ),
    Question(
        "Indonesia stopped its support for FARTC in Tanzania in 2004 and only started it again in 2011. "
        "Which challenge does this show?",
        ("Funding that goes up and down",
         "The project failed, so it was stopped",
         "Tanzania no longer wanted help"),
        0,
        "An economic crisis at home made the money stop; a programme depends on the finances of the provider country.",
        misconceptions=(
            "",
            "thinking that a project that stops must have failed. The support stopped because of an economic crisis in Indonesia, not because of the project.",
            "blaming the partner country. What stopped was the money from the provider country."),
    ),
    Question(
        "India's credit projects in Bangladesh had to use Indian contractors and about 65% of goods and "
        "services from India. What are conditions like these called?",
        ("A grant with no conditions",
         "Tied credit",
         "Triangular cooperation"),
        1,
        "The loan is tied to goods and services from the provider country. Delivery was also slow: after "
        "six years only 54.6% of the first credit line had been put to use.",
        misconceptions=(
            "thinking that all support between developing countries comes as grants. This is a loan with conditions.",
            "",
            "confusing a loan's conditions with a third party. There is no third supporter here; the conditions come from the lender itself."),
    ),
    Question(
        "AREI, the Africa Renewable Energy Initiative, aims for at least 300 GW by 2030. Where did most "
        "of the money pledged to it at COP21 come from?",
        ("Only from African countries",
         "From the G7 countries, the European Union and Sweden, about USD 10 billion",
         "From China and India, the big Southern countries"),
        1,
        "AREI is led by Africa, but most of its money was pledged by developed countries: an example of how "
        "support from developed countries can make South-South cooperation stronger.",
        misconceptions=(
            "thinking that an initiative led by Africa must also be paid for by Africa.",
            "",
            "thinking that Southern initiatives are always paid for by the big Southern countries. The largest pledges came from developed countries."),
    ),
    Question(
        "India stopped the services of the Pan-African e-Network in July 2017. Which challenge does this show?",
        ("Continuity: a programme can stop when the provider pulls out",
         "The capacity gap: African countries could not use the network",
         "No challenge, because the network was handed over to the African Union"),
        0,
        "The network was handed over to the African Union, and Senegal now covers its running costs.",
        misconceptions=(
            "",
            "blaming what the partner countries could do. The service stopped because its provider pulled out.",
            "thinking that handing it over means the problem is solved. Its running costs now have to be covered by someone else (Senegal)."),
    ),
]
