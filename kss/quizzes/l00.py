"""Quiz of lesson 00: using notebooks and widgets."""
from kss.quiz import Question

TITLE = "Kuis singkat: memakai notebook"

QUESTIONS = [
    Question(
        "Bagaimana cara menjalankan satu sel kode?",
        ("Klik dua kali pada selnya",
         "Pilih selnya, lalu tekan Shift+Enter atau tombol ▶",
         "Simpan notebook dengan Ctrl+S"),
        1,
        "Shift+Enter (atau tombol ▶ di bilah alat) menjalankan sel yang sedang dipilih lalu pindah ke sel berikutnya.",
        misconceptions=(
            "mengira klik dua kali menjalankan sel. Klik dua kali hanya membuka sel untuk diubah.",
            "",
            "mengira menyimpan notebook juga menjalankan kodenya. Ctrl+S hanya menyimpan berkas."),
    ),
    Question(
        "Apa gunanya menu Run > Run All Cells?",
        ("Menjalankan semua sel dari atas ke bawah secara berurutan",
         "Menghapus semua hasil dan catatan yang sudah kamu tulis",
         "Mengunduh data baru dari internet"),
        0,
        "Run All menjalankan setiap sel berurutan, jadi semua yang dibutuhkan sel berikutnya sudah siap.",
        misconceptions=(
            "",
            "takut Run All menghapus pekerjaanmu. Run All hanya menjalankan sel; teks yang kamu tulis tetap ada.",
            "mengira notebook butuh internet untuk mendapat datanya. Data kursus sudah ada di folder data/, jadi pelajaran berjalan tanpa internet."),
    ),
    Question(
        "Kamu mengubah pilihan negara pada widget. Apa yang terjadi?",
        ("Tidak ada apa-apa sampai sel itu dijalankan ulang",
         "Gambar di bawah widget langsung digambar ulang untuk negara yang dipilih",
         "Semua sel lain ikut berubah"),
        1,
        "Widget terhubung ke fungsi yang menggambar ulang grafik setiap kali pilihan berubah.",
        misconceptions=(
            "mengira setiap perubahan pilihan harus diikuti menjalankan ulang sel. Widget menggambar ulang sendiri begitu pilihannya berubah.",
            "",
            "mengira widget mengubah seluruh notebook. Hanya gambar milik widget itu yang berubah."),
    ),
    Question(
        "Dari mana angka-angka dalam kursus ini berasal?",
        ("Dari artikel sumber, disalin apa adanya",
         "Dari tabel data yang setiap barisnya mencantumkan sumber, dan dari daftar Sumber di tiap pelajaran",
         "Dari mesin pencari: angka yang paling sering muncul pasti benar"),
        1,
        "Setiap fakta berasal dari tabel di folder data/ yang mencatat alamat sumbernya; bagian Sumber di akhir pelajaran menyebutkannya lagi.",
        misconceptions=(
            "mengira kursus menyalin artikel sumber. Artikel itu punya kesalahan; setiap fakta diperiksa dulu dengan sumber lain.",
            "",
            "mengira angka yang sering muncul di internet pasti benar. Kesalahan bisa menyebar dari satu halaman ke halaman lain, jadi yang dihitung adalah sumbernya."),
    ),
]
