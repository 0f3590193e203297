"""Quiz of lesson 02: the Asian-African Conference, Bandung 1955.
Facts come from data/facts.csv (kaa-dates-venue, kaa-chair-secretariat, kaa-29-countries,
kaa-sudan-gold-coast, kaa-5-sponsors), data/delegations.csv and data/claims.csv (kaa-first-forum)."""
from kss.quiz import Question

TITLE = "Kuis singkat: Konferensi Asia-Afrika 1955"

QUESTIONS = [
    Question(
        "Kapan Konferensi Asia-Afrika berlangsung?",
        ("18–24 April 1955", "18–25 April 1955", "19–24 April 1955", "1–6 September 1961"),
        0,
        "Komunike Akhir KAA menyebut 18–24 April 1955. Beberapa halaman web menulis tanggal lain; itu keliru.",
        misconceptions=(
            "",
            "memakai tanggal penutupan dari halaman web yang keliru. Menurut Komunike Akhir, konferensi berakhir 24 April.",
            "memakai tanggal pembukaan dari halaman web yang keliru. Menurut Komunike Akhir, konferensi dimulai 18 April.",
            "mencampur KAA dengan KTT pertama Gerakan Non-Blok di Beograd (1961)."),
    ),
    Question(
        "Siapa yang memimpin sidang-sidang KAA?",
        ("Presiden Soekarno",
         "Perdana Menteri Ali Sastroamidjojo",
         "Roeslan Abdulgani",
         "Perdana Menteri Jawaharlal Nehru"),
        1,
        "Sidang dipimpin Perdana Menteri (bukan menteri luar negeri) Ali Sastroamidjojo. Soekarno membuka "
        "konferensi, dan Roeslan Abdulgani menjadi sekretaris jenderal sekretariat bersama.",
        misconceptions=(
            "mengira yang membuka konferensi juga memimpin sidangnya. Soekarno membuka KAA; sidangnya dipimpin Perdana Menteri Ali Sastroamidjojo.",
            "",
            "menyamakan sekretaris jenderal sekretariat bersama dengan ketua sidang.",
            "mengira tokoh yang paling terkenal pasti memimpin sidang. Nehru memimpin delegasi India, bukan sidang KAA."),
    ),
    Question(
        "Berapa delegasi yang ikut KAA, dan dari mana asalnya?",
        ("28 delegasi: 22 dari Asia dan 6 dari Afrika",
         "29 delegasi: 23 dari Asia dan 6 dari Afrika",
         "29 delegasi: 20 dari Asia dan 9 dari Afrika"),
        1,
        "Ada 29 delegasi: 5 negara sponsor dan 24 negara lain; 23 dari Asia dan 6 dari Afrika. Di peta hanya "
        "ada 28 bentuk negara karena kedua delegasi Vietnam memakai satu bentuk (kode VNM).",
        misconceptions=(
            "menghitung bentuk negara di peta. Kedua delegasi Vietnam memakai satu bentuk, jadi peta hanya menunjukkan 28.",
            "",
            "menganggap negara-negara Arab di Timur Tengah sebagai negara Afrika. Irak, Suriah atau Arab Saudi ada di Asia."),
    ),
    Question(
        "Dua peserta KAA belum merdeka pada April 1955. Siapa mereka?",
        ("Pantai Emas (kini Ghana) dan Sudan",
         "Mesir dan Ethiopia",
         "Liberia dan Libya"),
        0,
        "Sudan merdeka pada 1 Januari 1956, dan Pantai Emas merdeka sebagai Ghana pada 1957.",
        misconceptions=(
            "",
            "mengira semua peserta dari Afrika masih dijajah. Mesir dan Etiopia sudah merdeka pada 1955.",
            "mengira semua peserta dari Afrika masih dijajah. Liberia dan Libya sudah merdeka pada 1955."),
    ),
    Question(
        "Negara mana yang BUKAN salah satu dari lima negara sponsor KAA?",
        ("Birma (kini Myanmar)", "Sailan (kini Sri Lanka)", "Pakistan", "Tiongkok"),
        3,
        "Kelima sponsor adalah Birma, Sailan, India, Indonesia dan Pakistan. Tiongkok datang sebagai peserta, "
        "dipimpin Zhou Enlai.",
        misconceptions=(
            "lupa bahwa Birma adalah salah satu dari lima negara sponsor.",
            "lupa bahwa Sailan adalah salah satu dari lima negara sponsor.",
            "lupa bahwa Pakistan adalah salah satu dari lima negara sponsor.",
            ""),
    ),
    Question(
        "Artikel sumber menyebut KAA sebagai 'forum internasional pertama yang menyatukan negara-negara "
        "berkembang Asia dan Afrika'. Bagaimana status klaim ini?",
        ("Terverifikasi seluruhnya",
         "Terverifikasi sebagian: KAA konferensi antarbenua pertama para pemerintah Asia dan Afrika, "
         "tetapi bukan pertemuan pertama bangsa-bangsa terjajah",
         "Dibantah sumber: sudah ada pertemuan bangsa Asia-Afrika sebelumnya, jadi KAA tidak penting"),
        1,
        "Soekarno menyebut KAA 'konferensi antarbenua pertama bangsa-bangsa kulit berwarna', tetapi dalam "
        "pidato yang sama ia mengingat Konferensi Liga Menentang Imperialisme di Brussel (1927).",
        misconceptions=(
            "menerima kata \"pertama\" tanpa bertanya: pertama dalam hal apa? Sebelum KAA sudah ada pertemuan di Brussel (1927).",
            "",
            "mengira klaim yang tidak seluruhnya benar berarti peristiwanya tidak penting. Yang baru di Bandung adalah pertemuan para pemerintah negara merdeka dari dua benua."),
    ),
]
