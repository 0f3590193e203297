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
