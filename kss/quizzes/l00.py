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
            "mengira notebook butuh internet untuk mendapat datanya. Tabel data kursus sudah ikut tersimpan bersama pelajarannya, jadi pelajaran berjalan tanpa internet."),
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
        "Setiap fakta berasal dari tabel data kursus yang mencatat alamat sumbernya; bagian Sumber di akhir pelajaran menyebutkannya lagi.",
        misconceptions=(
            "mengira kursus menyalin artikel sumber. Artikel itu punya kesalahan; setiap fakta diperiksa dulu dengan sumber lain.",
            "",
            "mengira angka yang sering muncul di internet pasti benar. Kesalahan bisa menyebar dari satu halaman ke halaman lain, jadi yang dihitung adalah sumbernya."),
    ),
]

TITLE_EN = "Quick quiz: using a notebook"

QUESTIONS_EN = [
    Question(
        "How do you run one code cell?",
        ("Double-click the cell",
         "Click the cell, then press Shift+Enter or the ▶ button",
         "Save the notebook with Ctrl+S"),
        1,
        "Shift+Enter (or the ▶ button in the toolbar) runs the selected cell and then moves to the next one.",
        misconceptions=(
            "thinking that a double-click runs a cell. A double-click only opens the cell for editing.",
            "",
            "thinking that saving the notebook also runs its code. Ctrl+S only saves the file."),
    ),
    Question(
        "What does the menu Run > Run All Cells do?",
        ("It runs all the cells in order, from top to bottom",
         "It deletes all results and the notes you have written",
         "It downloads new data from the internet"),
        0,
        "Run All runs every cell in order, so everything a later cell needs is already there.",
        misconceptions=(
            "",
            "fearing that Run All deletes your work. Run All only runs the cells; the text you wrote stays.",
            "thinking the notebook needs the internet to get its data. The course's data is already part of "
            "the course, so the lessons work without the internet."),
    ),
    Question(
        "You change the country chosen in a widget. What happens?",
        ("Nothing, until you run the cell again",
         "The figure below the widget is drawn again straight away for the country you chose",
         "All the other cells change too"),
        1,
        "The widget is connected to a function that draws the chart again every time the choice changes.",
        misconceptions=(
            "thinking you must run the cell again after every change of choice. The widget redraws by itself "
            "as soon as its choice changes.",
            "",
            "thinking a widget changes the whole notebook. Only that widget's own figure changes."),
    ),
    Question(
        "Where do the numbers in this course come from?",
        ("From the source article, copied as they are",
         "From data tables in which every row names its source, and from the Sources list of each lesson",
         "From a search engine: the number that appears most often must be right"),
        1,
        "Every fact comes from one of the course's data tables, which records the address of its source; "
        "the Sources section at the end of each lesson names them again.",
        misconceptions=(
            "thinking the course copies the source article. That article has mistakes; every fact is first "
            "checked against other sources.",
            "",
            "thinking that a number that appears often on the internet must be right. Mistakes can spread from "
            "one page to another, so what counts is the source."),
    ),
]
