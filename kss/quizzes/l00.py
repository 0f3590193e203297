"""Quiz of lesson 00: using notebooks and widgets."""
from kss.quiz import Question

TITLE = "Kuis singkat: memakai notebook"

QUESTIONS = [
    Question(
        "Bagaimana cara menjalankan satu sel kode?",
        ("Klik dua kali pada judul pelajaran",
         "Pilih selnya, lalu tekan Shift+Enter atau tombol ▶",
         "Simpan notebook dengan Ctrl+S"),
        1,
        "Shift+Enter (atau tombol ▶ di bilah alat) menjalankan sel yang sedang dipilih lalu pindah ke sel berikutnya.",
    ),
    Question(
        "Apa gunanya menu Run > Run All Cells?",
        ("Menjalankan semua sel dari atas ke bawah secara berurutan",
         "Menghapus semua isi notebook",
         "Mengunduh data baru dari internet"),
        0,
        "Run All menjalankan setiap sel berurutan, jadi semua yang dibutuhkan sel berikutnya sudah siap.",
    ),
    Question(
        "Kamu mengubah pilihan negara pada widget. Apa yang terjadi?",
        ("Tidak ada apa-apa sampai notebook dibuka ulang",
         "Gambar di bawah widget langsung digambar ulang untuk negara yang dipilih",
         "Semua sel lain ikut berubah"),
        1,
        "Widget terhubung ke fungsi yang menggambar ulang grafik setiap kali pilihan berubah.",
    ),
    Question(
        "Dari mana angka-angka dalam kursus ini berasal?",
        ("Dikarang agar mudah diingat",
         "Dari tabel data yang setiap barisnya mencantumkan sumber, dan dari daftar Sumber di tiap pelajaran",
         "Dari tebakan penulis"),
        1,
        "Setiap fakta berasal dari tabel di folder data/ yang mencatat alamat sumbernya; bagian Sumber di akhir pelajaran menyebutkannya lagi.",
    ),
]
