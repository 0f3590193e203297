"""Quiz of lesson 04: benefits of South-South cooperation (facts from data/examples.csv and
data/indicators.csv)."""
from kss.quiz import Question

TITLE = "Kuis singkat: manfaat KSS"

QUESTIONS = [
    Question(
        "Ketahanan pangan, ketahanan energi dan ketahanan lingkungan termasuk manfaat KSS yang mana?",
        ("Pembangunan ekonomi dan sosial",
         "Kapasitas kelembagaan",
         "Ketahanan nasional",
         "Hubungan antarnegara"),
        2,
        "Artikel sumber menyebut ketahanan pangan, energi dan lingkungan sebagai bagian dari ketahanan nasional.",
        misconceptions=(
            "mengira pangan dan energi hanya soal ekonomi. Artikel menggolongkannya sebagai ketahanan nasional.",
            "menyamakan ketahanan dengan kemampuan lembaga. Kapasitas kelembagaan menyangkut birokrasi, teknis dan manajemen.",
            "",
            "mengira ketahanan berarti pertahanan terhadap negara lain. Hubungan antarnegara adalah manfaat keempat, yang berbeda."),
    ),
    Question(
        "Pusat pelatihan FARTC di Tanzania sudah melatih 9.654 petani dan 1.783 penyuluh. "
        "Manfaat apa yang paling jelas ditunjukkan contoh ini?",
        ("Kapasitas kelembagaan: keterampilan teknis petani dan penyuluh bertambah",
         "Hubungan antarnegara saja, tanpa manfaat lain",
         "Tidak ada manfaat nyata, karena pelatihan bukan bantuan uang"),
        0,
        "Pelatihan menambah kapasitas teknis orang dan lembaga pertanian di Tanzania. Data kita juga "
        "mengaitkan FARTC dengan ketahanan nasional (pangan) dan pembangunan ekonomi dan sosial.",
        misconceptions=(
            "",
            "menganggap pelatihan hanya acara persahabatan. Petani dan penyuluh yang dilatih membawa keterampilan baru.",
            "mengira hanya uang yang dihitung sebagai bantuan. Berbagi pengetahuan dan keterampilan adalah inti KSS."),
    ),
    Question(
        "Kerja sama bioetanol Indonesia–Brasil (MoU 2007 dan 2008) paling tepat menjadi contoh manfaat yang mana?",
        ("Kapasitas birokrasi",
         "Ketahanan nasional, khususnya ketahanan energi",
         "Pembangunan ekonomi dan sosial saja, karena etanolnya dijual"),
        1,
        "Brasil berbagi teknologi membuat etanol dari tebu, sumber energi yang bisa dibuat di dalam negeri.",
        misconceptions=(
            "menyamakan teknologi dengan birokrasi. Pembuatan etanol adalah keterampilan teknis, dan tujuannya energi.",
            "",
            "mengira setiap proyek energi hanya soal ekonomi. Energi dari tebu sendiri mengurangi ketergantungan pada bahan bakar dari luar: itu ketahanan energi."),
    ),
    Question(
        "Angka harapan hidup di Indonesia naik dari sekitar 45 tahun (1955) menjadi sekitar 72 tahun (2023). "
        "Apa kesimpulan yang tepat?",
        ("KSS menyebabkan kenaikan itu",
         "Data ini menunjukkan perubahan, tetapi tidak membuktikan apa penyebabnya",
         "Kenaikan itu membuktikan KSS tidak berguna"),
        1,
        "Banyak hal ikut berubah dalam kurun itu: kesehatan, pendidikan, ekonomi, teknologi. Dua hal "
        "yang terjadi bersamaan belum tentu sebab dan akibat (korelasi bukan kausalitas).",
        misconceptions=(
            "menyamakan \"terjadi bersamaan\" dengan \"menyebabkan\" (korelasi bukan kausalitas).",
            "",
            "membalik kesalahan yang sama: data ini tidak membuktikan KSS berguna, tetapi juga tidak membuktikan KSS tidak berguna."),
    ),
    Question(
        "Menurut artikel sumber, mempererat hubungan antarnegara berkembang dapat membantu apa?",
        ("Perdamaian dan stabilitas kawasan",
         "Menghapus semua perbedaan pendapat",
         "Membuat negara berkembang tidak membutuhkan PBB lagi"),
        0,
        "Artikel menyebut hubungan yang lebih erat dapat membantu perdamaian dan stabilitas kawasan.",
        misconceptions=(
            "",
            "melebih-lebihkan manfaat. Hubungan yang erat membantu perdamaian, tetapi perbedaan pendapat tetap ada.",
            "mengira KSS menggantikan lembaga internasional. PBB justru mendukung KSS, misalnya lewat UNOSSC."),
    ),
]

TITLE_EN = "Quick quiz: benefits of SSC"

QUESTIONS_EN = [
    Question(
        "Food, energy and environmental resilience belong to which benefit of SSC?",
        ("Economic and social development",
         "Institutional capacity",
         "National resilience",
         "Relations between countries"),
        2,
        "The source article names food, energy and environmental resilience as parts of national resilience.",
        misconceptions=(
            "thinking that food and energy are only about the economy. The article counts them as national resilience.",
            "confusing resilience with what institutions can do. Institutional capacity is about bureaucratic, technical and managerial skills.",
            "",
            "thinking that resilience means defence against other countries. Relations between countries is the fourth benefit, a different one."),
    ),
    Question(
        "The FARTC training centre in Tanzania has trained 9,654 farmers and 1,783 extension workers. "
        "Which benefit does this example show most clearly?",
        ("Institutional capacity: farmers and extension workers gain technical skills",
         "Relations between countries only, with no other benefit",
         "No real benefit, because training is not money"),
        0,
        "Training builds the technical capacity of people and farming institutions in Tanzania. Our data also "
        "link FARTC with national resilience (food) and with economic and social development.",
        misconceptions=(
            "",
            "seeing training as just a friendship event. The farmers and extension workers who were trained bring new skills.",
            "thinking that only money counts as help. Sharing knowledge and skills is at the heart of SSC."),
    ),
    Question(
        "The Indonesia–Brazil bioethanol cooperation (MoUs of 2007 and 2008) is the best example of which benefit?",
        ("Bureaucratic capacity",
         "National resilience, especially energy resilience",
         "Economic and social development only, because the ethanol is sold"),
        1,
        "Brazil shared its technology for making ethanol from sugarcane, a source of energy that can be made at home.",
        misconceptions=(
            "confusing technology with bureaucracy. Making ethanol is a technical skill, and its purpose is energy.",
            "",
            "thinking that every energy project is only about the economy. Energy from your own sugarcane means depending less on fuel from abroad: that is energy resilience."),
    ),
    Question(
        "Life expectancy in Indonesia rose from about 45 years (1955) to about 72 years (2023). "
        "Which conclusion is right?",
        ("SSC caused the rise",
         "These data show a change, but do not prove what caused it",
         "The rise proves that SSC is useless"),
        1,
        "Many things changed over that time: health, education, the economy, technology. Two things "
        "that happen at the same time are not necessarily cause and effect (correlation is not causation).",
        misconceptions=(
            "treating \"happened at the same time\" as \"caused\" (correlation is not causation).",
            "",
            "making the same mistake the other way round: these data do not prove that SSC is useful, but they do not prove that it is useless either."),
    ),
    Question(
        "According to the source article, what can closer relations between developing countries help with?",
        ("Peace and stability in the region",
         "Getting rid of all disagreements",
         "Making developing countries no longer need the UN"),
        0,
        "The article says that closer relations can help peace and stability in the region.",
        misconceptions=(
            "",
            "overstating the benefit. Close relations help peace, but disagreements remain.",
            "thinking that SSC replaces international institutions. In fact the UN supports SSC, for example through UNOSSC."),
    ),
]
