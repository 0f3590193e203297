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
            "mengira semua peserta dari Afrika masih dijajah. Mesir dan Ethiopia sudah merdeka pada 1955.",
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

TITLE_EN = "Quick quiz: the Asian-African Conference of 1955"

QUESTIONS_EN = [
    Question(
        "When did the Asian-African Conference take place?",
        ("18–24 April 1955", "18–25 April 1955", "19–24 April 1955", "1–6 September 1961"),
        0,
        "The conference's Final Communiqué gives 18–24 April 1955. Some web pages give other dates; they are wrong.",
        misconceptions=(
            "",
            "taking the closing date from a web page that gets it wrong. According to the Final Communiqué, the conference ended on 24 April.",
            "taking the opening date from a web page that gets it wrong. According to the Final Communiqué, the conference began on 18 April.",
            "mixing up the Asian-African Conference with the first summit of the Non-Aligned Movement in Belgrade (1961)."),
    ),
    Question(
        "Who chaired the sessions of the Asian-African Conference?",
        ("President Sukarno",
         "Prime Minister Ali Sastroamidjojo",
         "Roeslan Abdulgani",
         "Prime Minister Jawaharlal Nehru"),
        1,
        "The sessions were chaired by Prime Minister (not foreign minister) Ali Sastroamidjojo. Sukarno opened "
        "the conference, and Roeslan Abdulgani was secretary-general of the joint secretariat.",
        misconceptions=(
            "thinking that the person who opened the conference also chaired its sessions. Sukarno opened the conference; its sessions were chaired by Prime Minister Ali Sastroamidjojo.",
            "",
            "confusing the secretary-general of the joint secretariat with the chair of the sessions.",
            "thinking that the most famous leader must have chaired the sessions. Nehru led India's delegation, not the sessions of the conference."),
    ),
    Question(
        "How many delegations took part in the conference, and where did they come from?",
        ("28 delegations: 22 from Asia and 6 from Africa",
         "29 delegations: 23 from Asia and 6 from Africa",
         "29 delegations: 20 from Asia and 9 from Africa"),
        1,
        "There were 29 delegations: 5 sponsor countries and 24 other countries; 23 from Asia and 6 from Africa. "
        "The map has only 28 country shapes because the two Vietnamese delegations share one shape (code VNM).",
        misconceptions=(
            "counting the country shapes on the map. The two Vietnamese delegations share one shape, so the map shows only 28.",
            "",
            "counting the Arab countries of the Middle East as African countries. Iraq, Syria and Saudi Arabia are in Asia."),
    ),
    Question(
        "Two participants in the conference were not yet independent in April 1955. Which two?",
        ("The Gold Coast (now Ghana) and Sudan",
         "Egypt and Ethiopia",
         "Liberia and Libya"),
        0,
        "Sudan became independent on 1 January 1956, and the Gold Coast became independent as Ghana in 1957.",
        misconceptions=(
            "",
            "thinking that all the participants from Africa were still colonies. Egypt and Ethiopia were already independent in 1955.",
            "thinking that all the participants from Africa were still colonies. Liberia and Libya were already independent in 1955."),
    ),
    Question(
        "Which country was NOT one of the five sponsor countries of the conference?",
        ("Burma (now Myanmar)", "Ceylon (now Sri Lanka)", "Pakistan", "China"),
        3,
        "The five sponsors were Burma, Ceylon, India, Indonesia and Pakistan. China came as a participant, "
        "led by Zhou Enlai.",
        misconceptions=(
            "forgetting that Burma was one of the five sponsor countries.",
            "forgetting that Ceylon was one of the five sponsor countries.",
            "forgetting that Pakistan was one of the five sponsor countries.",
            ""),
    ),
    Question(
        "The source article calls the conference 'the first international forum to bring together the "
        "developing countries of Asia and Africa'. How does this claim stand?",
        ("Fully verified",
         "Partly verified: it was the first intercontinental conference of the governments of Asia and Africa, "
         "but not the first meeting of colonised peoples",
         "Refuted by the sources: Asian and African peoples had met before, so the conference was not important"),
        1,
        "Sukarno called it 'the first intercontinental conference of coloured peoples', but in the same speech "
        "he recalled the conference of the League Against Imperialism in Brussels (1927).",
        misconceptions=(
            "accepting the word \"first\" without asking: first in what way? There had already been a meeting in Brussels (1927) before the conference.",
            "",
            "thinking that a claim that is not entirely true means the event was not important. What was new at Bandung was a meeting of the governments of independent states from two continents."),
    ),
]
