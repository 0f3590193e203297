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
    ),
    Question(
        "Berapa delegasi yang ikut KAA, dan dari mana asalnya?",
        ("28 delegasi: 22 dari Asia dan 6 dari Afrika",
         "29 delegasi: 23 dari Asia dan 6 dari Afrika",
         "29 delegasi: 20 dari Asia dan 9 dari Afrika"),
        1,
        "Ada 29 delegasi: 5 negara sponsor dan 24 negara lain; 23 dari Asia dan 6 dari Afrika. Di peta hanya "
        "ada 28 bentuk negara karena kedua delegasi Vietnam memakai satu bentuk (kode VNM).",
    ),
    Question(
        "Dua peserta KAA belum merdeka pada April 1955. Siapa mereka?",
        ("Pantai Emas (kini Ghana) dan Sudan",
         "Mesir dan Ethiopia",
         "Liberia dan Libya"),
        0,
        "Sudan merdeka pada 1 Januari 1956, dan Pantai Emas merdeka sebagai Ghana pada 1957.",
    ),
    Question(
        "Negara mana yang BUKAN salah satu dari lima negara sponsor KAA?",
        ("Birma (kini Myanmar)", "Sailan (kini Sri Lanka)", "Pakistan", "Tiongkok"),
        3,
        "Kelima sponsor adalah Birma, Sailan, India, Indonesia dan Pakistan. Tiongkok datang sebagai peserta, "
        "dipimpin Zhou Enlai.",
    ),
    Question(
        "Artikel sumber menyebut KAA sebagai 'forum internasional pertama yang menyatukan negara-negara "
        "berkembang Asia dan Afrika'. Bagaimana status klaim ini?",
        ("Terverifikasi seluruhnya",
         "Terverifikasi sebagian: KAA konferensi antarbenua pertama para pemerintah Asia dan Afrika, "
         "tetapi bukan pertemuan pertama bangsa-bangsa terjajah",
         "Dibantah sumber: KAA tidak pernah terjadi"),
        1,
        "Soekarno menyebut KAA 'konferensi antarbenua pertama bangsa-bangsa kulit berwarna', tetapi dalam "
        "pidato yang sama ia mengingat Konferensi Liga Menentang Imperialisme di Brussel (1927).",
    ),
]
