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
    ),
    Question(
        "Pusat pelatihan FARTC di Tanzania sudah melatih 9.654 petani dan 1.783 penyuluh. "
        "Manfaat apa yang paling jelas ditunjukkan contoh ini?",
        ("Kapasitas kelembagaan: keterampilan teknis petani dan penyuluh bertambah",
         "Hubungan antarnegara saja, tanpa manfaat lain",
         "Tidak ada manfaat, karena pelatihan bukan bantuan"),
        0,
        "Pelatihan menambah kapasitas teknis orang dan lembaga pertanian di Tanzania. Data kita juga "
        "mengaitkan FARTC dengan ketahanan nasional (pangan) dan pembangunan ekonomi dan sosial.",
    ),
    Question(
        "Kerja sama bioetanol Indonesia–Brasil (MoU 2007 dan 2008) paling tepat menjadi contoh manfaat yang mana?",
        ("Kapasitas birokrasi",
         "Ketahanan nasional, khususnya ketahanan energi",
         "Perdamaian setelah perang"),
        1,
        "Brasil berbagi teknologi membuat etanol dari tebu, sumber energi yang bisa dibuat di dalam negeri.",
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
    ),
    Question(
        "Menurut artikel sumber, mempererat hubungan antarnegara berkembang dapat membantu apa?",
        ("Perdamaian dan stabilitas kawasan",
         "Menghapus semua perbedaan pendapat",
         "Menggantikan PBB"),
        0,
        "Artikel menyebut hubungan yang lebih erat dapat membantu perdamaian dan stabilitas kawasan.",
    ),
]
