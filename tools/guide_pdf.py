"""The teacher guide as a printed book: readable without Jupyter (printed by tools/handouts.py).

    import guide_pdf
    nb = guide_pdf.notebook()       # markdown cells + the guide notebook's stored outputs
    nb = guide_pdf.notebook("en")   # the English edition's guide (notebooks/en/teacher-guide.ipynb)

Built from notebooks/id/panduan-guru.ipynb or notebooks/en/teacher-guide.ipynb (its text and
the stored outputs of its cells: lesson table, objectives, exercise and quiz keys, notes on
the source article, handout),
with the parts a teacher new to Jupyter needs added around it: how to start (laptop, lab,
Binder, hub) with screenshots of the first steps (docs/screenshots/, made by
tools/screenshots.py), a picture of every explorer, troubleshooting, a rubric for the
project and the fact-check, and the list of printed materials. No code is printed.
The added parts are written here once per language (TEXT["id"], TEXT["en"]), with the same facts.
"""
from __future__ import annotations

import base64
import re

import nbformat

import printing
import screenshots
from kss.editions import EDITIONS as BOOKS

TITLES = {"id": "Panduan guru · Kerja Sama Selatan-Selatan", "en": "Teacher guide · South-South Cooperation"}
TITLE = TITLES["id"]
GUIDE = BOOKS["id"].folder / BOOKS["id"].guide
SHOTS = screenshots.OUT
DROP_SECTIONS = {"Persiapan"}
# new parts go before these sections of the guide notebook
INSERT_BEFORE = {"Rencana unit 2 × 45 menit": "start", "Sumber": "end"}
# the same for the English guide (its '## ' headings)
INSERT_BEFORE_EN = {"Unit plan: 2 × 45 minutes": "start", "Sources": "end"}

START = """## Cara memulai, langkah demi langkah

Pilih satu dari empat cara. Tiga cara pertama memakai JupyterLab; antarmukanya terbuka dalam
**bahasa Indonesia** (pengaturan ini ikut dengan koleksi), tetapi sebagian menu masih berbahasa
Inggris: daftar istilah di pelajaran 00 menjelaskannya.

**1. Laptop guru (dengan proyektor).** Sekali saja, dengan internet: pasang Python 3.11 dan
jalankan `make lab` di folder koleksi (di Windows: perintah di halaman guru situs kursus). Sesudah itu
`make lab` membuka JupyterLab di pelajaran 00, **tanpa internet**. Sambungkan laptop ke proyektor.

**2. Komputer lab sekolah.** Pasang koleksi sekali di setiap komputer dengan cara yang sama
(atau salin folder koleksi yang sudah terpasang). Setiap siswa membuka `make lab`.

**3. Binder (butuh internet, tanpa instalasi).** Klik tautan Binder di README atau di halaman pelajaran di situs kursus. Pembukaan
pertama bisa beberapa menit. Pekerjaan siswa hilang saat sesi ditutup: minta siswa mencatat
jawabannya di buku atau lembar kerja.

**4. JupyterHub sekolah.** Admin hub memasang lingkungan koleksi sekali (situs kursus, halaman
admin hub); guru membagikan tautan nbgitpuller dari kotak Hub sekolah di halaman pelajaran. Setiap siswa mendapat salinannya
sendiri.

**Tanpa komputer untuk siswa:** cetak lembar siswa dan lembar kerja setiap pelajaran
(`make handouts`), dan tampilkan slide pelajaran di proyektor (`make slides`).

### Langkah pertama di JupyterLab
"""

TROUBLESHOOTING = """## Kalau ada masalah

**Sel tidak selesai-selesai (kernel sibuk).** Tanda `[*]:` di kiri sel berarti sel masih
bekerja, dan lingkaran di kanan atas notebook terisi penuh. Tunggu sebentar; kalau tidak
selesai, pilih menu **Kernel > Interupsi Kernel** (Interrupt Kernel). Kalau masih macet, pilih
**Kernel > Dimulai lagi kernel…** (Restart Kernel…) lalu jalankan lagi sel Persiapan.

**Sel dijalankan tidak berurutan.** Angka di kiri sel (`[5]:`, `[2]:` ...) menunjukkan urutan
menjalankan. Kalau siswa melompat-lompat lalu muncul pesan galat (misalnya `NameError`, dengan
petunjuk berbahasa Indonesia dari kursus ini), pilih **Kernel > Dimulai lagi kernel and
Menjalakan Semua Sel…** (Restart Kernel and Run All Cells…): semua sel dijalankan dari atas
ke bawah. Tidak ada yang rusak karenanya.

**Tidak ada internet.** Pelajaran berjalan tanpa internet di laptop dan komputer lab: data,
peta dan gambar sudah ada di koleksi. Hanya Binder yang butuh internet. Tanpa komputer sama
sekali: pakai lembar cetak dan slide.

**Widget tidak muncul ("Error displaying widget" atau hanya teks).** Notebook dibuka tanpa
menjalankan selnya, atau di penampil yang bukan JupyterLab. Jalankan sel Persiapan lalu sel
widget itu. Gambar statis di atas setiap widget selalu terlihat, juga tanpa menjalankan apa pun.

**Semua tampilan kacau.** Tutup tab notebook, buka lagi dari peramban berkas di kiri, lalu
jalankan **Run > Menjalakan Semua Sel** (Run All Cells).
"""

RUBRIC = """## Rubrik penilaian

Rubrik ini untuk dua tugas yang paling terbuka: rancangan proyek (pelajaran 08) dan periksa
fakta (pelajaran 05). Nilai setiap baris 1 sampai 3.

**Rancangan proyek KSS (pelajaran 08)**

| Aspek | 1: belum | 2: cukup | 3: baik |
|---|---|---|---|
| Peran negara | pemberi dan mitra belum jelas | pemberi dan mitra jelas | pemberi, mitra dan (bila ada) pendukung jelas, dengan alasan |
| Bentuk kerja sama | tidak cocok dengan jumlah negara | cocok | cocok, dan dijelaskan mengapa bentuk itu dipilih |
| Manfaat | tidak disebut | satu manfaat disebut | manfaat dikaitkan dengan satu contoh nyata dari kursus |
| Tantangan | tidak dibahas | satu tantangan disebut | satu tantangan dan cara menguranginya |
| Presentasi | lebih dari satu menit atau tidak jelas | jelas | jelas, singkat, dan menjawab pertanyaan teman |

**Periksa fakta "KTT KSS 2018" (pelajaran 05)**

| Aspek | 1: belum | 2: cukup | 3: baik |
|---|---|---|---|
| Penilaian klaim | tanpa alasan | dengan alasan | dengan alasan dan sumber |
| Tabel artikel vs sumber | sebagian kosong | lengkap | lengkap, dengan tanggal dan nama yang tepat |
| Kalimat pengganti | belum benar | benar | benar dan menyebut satu sumber yang bisa dicek |
"""

KIT = """## Bahan cetak dan slide

`make handouts` menulis berkas-berkas ini ke folder `build/handouts/` (ukuran A4):

- `siswa/NN-....pdf`: lembar siswa setiap pelajaran, tanpa kode: teks, gambar, aktivitas,
  latihan dengan tempat menulis jawaban, dan soal kuis (tanpa jawaban);
- `guru/NN-....pdf`: edisi guru, sama dengan lembar siswa ditambah waktu, tempatnya di rencana
  unit, bahan diskusi, jawaban latihan dan kunci kuis;
- `lembar-kerja/NN-....pdf`: lembar kerja untuk kelas tanpa komputer: gambar yang ditunjukkan
  penjelajah untuk pilihan yang ditanyakan aktivitas, kartu contoh untuk dipilah (01), tabel
  periksa fakta (05), formulir rancangan proyek (08); kuncinya di halaman terakhir;
- `panduan-guru.pdf`: panduan ini.

`make slides` menulis slide setiap pelajaran ke `build/slides/` (buka `index.html` di peramban,
tanpa internet). Tekan **F** untuk layar penuh dan **S** untuk catatan pembicara.
"""


START_EN = """## Getting started, step by step

Choose one of four ways. The first three use JupyterLab. Its interface opens in **Indonesian**
(this setting comes with the collection), although some menus are still in English. `make lab-en`
below opens it in English; anywhere else, choose **Settings > Language > English** once (your
choice is kept).

**1. The teacher's laptop (with a projector).** Once, with internet: install Python 3.11 and
run `make lab-en` in the collection's folder (on Windows: the commands on the website's teachers' page). After
that, `make lab-en` opens JupyterLab at English lesson 00, in English, **without internet**.
Connect the laptop to the projector.

**2. The school's computer lab.** Install the collection once on every computer in the same way
(or copy a collection folder that is already set up). Each student runs `make lab-en`.

**3. Binder (needs internet, nothing to install).** Click the Binder link in the README's
English section or on the lesson's page of the course website. The first start can take a few minutes. The students' work is lost
when the session closes: ask them to write their answers in an exercise book or on the
worksheet.

**4. The school's JupyterHub.** The hub's admin installs the collection's environment once
(the website's page for hub admins); the teacher shares the nbgitpuller link the School hub box
of a lesson page makes.
Each student gets their own copy.

**No computers for the students:** print the student handout and the worksheet of every lesson
(`make handouts`), and show the lesson's slides on the projector (`make slides`).

### First steps in JupyterLab

The screens below were taken with the Indonesian edition (lesson 00 and the Indonesian
interface). In the English edition the buttons and menus are in the same places, and the
lesson text is in English.
"""

TROUBLESHOOTING_EN = """## When something goes wrong

**A cell never finishes (the kernel is busy).** `[*]:` to the left of a cell means the cell is
still working, and the circle at the top right of the notebook is filled in. Wait a moment; if
it does not finish, choose **Kernel > Interrupt Kernel** (in the Indonesian interface: Interupsi
Kernel). If it is still stuck, choose **Kernel > Restart Kernel…** (Dimulai lagi kernel…), then
run the Setup cell again.

**Cells were run out of order.** The numbers to the left of the cells (`[5]:`, `[2]:` ...) show
the order in which they were run. If a student jumps around and then gets an error message
(for example `NameError`, with a hint from this course), choose **Kernel > Restart Kernel and
Run All Cells…** (Dimulai lagi kernel and Menjalakan Semua Sel…): every cell runs from top to
bottom. Nothing is broken by this.

**No internet.** The lessons run without internet on a laptop and on lab computers: the data,
maps and figures are all in the collection. Only Binder needs internet. With no computers at
all: use the printed sheets and the slides.

**A widget does not appear ("Error displaying widget", or only text).** The notebook was
opened without running its cells, or in a viewer that is not JupyterLab. Run the Setup cell,
then the widget's cell. The static figure above every widget can always be seen, even without
running anything.

**Everything looks wrong.** Close the notebook's tab, open it again from the file browser on
the left, then choose **Run > Run All Cells** (Menjalakan Semua Sel).
"""

RUBRIC_EN = """## Assessment rubric

This rubric is for the two most open tasks: the project design (lesson 08) and the fact check
(lesson 05). Give each row a score from 1 to 3.

**SSC project design (lesson 08)**

| Aspect | 1: not yet | 2: adequate | 3: good |
|---|---|---|---|
| Roles of the countries | provider and partner are unclear | provider and partner are clear | provider, partner and (if any) supporter are clear, with reasons |
| Form of cooperation | does not fit the number of countries | fits | fits, and the choice of form is explained |
| Benefit | not named | one benefit is named | the benefit is linked to one real example from the course |
| Challenge | not discussed | one challenge is named | one challenge and a way to reduce it |
| Presentation | longer than one minute, or unclear | clear | clear, short, and answers classmates' questions |

**Fact check of the "KTT KSS 2018" (lesson 05)**

| Aspect | 1: not yet | 2: adequate | 3: good |
|---|---|---|---|
| Verdict on the claim | no reason given | with a reason | with a reason and a source |
| Table: article vs sources | partly empty | complete | complete, with the right dates and names |
| Replacement sentence | not yet correct | correct | correct, and names one source that can be checked |
"""

KIT_EN = """## Printed materials and slides

`make handouts` writes the English edition's files to the folder `build/handouts/en/` (A4 size):

- `student/NN-....pdf`: the student handout of every lesson, without code: the text, figures,
  activities, exercises with space to write the answers, and the quiz questions (without answers);
- `teacher/NN-....pdf`: the teacher edition: the student handout plus the lesson's time, its
  place in the unit plans, the discussion prompts, the exercise answers and the quiz key;
- `worksheets/NN-....pdf`: worksheets for a class without computers: the figures the explorer
  shows for the choices the activity asks about, example cards to sort (01), a fact-check
  table (05), a project design form (08); the key is on the last page;
- `teacher-guide.pdf`: this guide.

`make slides` writes the slides of every lesson to `build/slides/en/` (open `index.html` in a
web browser, no internet needed). Press **F** for full screen and **S** for the speaker notes.
"""

# the added parts of the guide book, per language
TEXT = {
    "id": {"start": START, "troubleshooting": TROUBLESHOOTING, "rubric": RUBRIC, "kit": KIT,
           "step": "Layar {k}. Langkah {k}: {caption}", "screen": "Layar {k}. {caption}",
           "explorers": "## Penjelajah dan aktivitas di setiap pelajaran\n\nBeginilah setiap widget tampil "
                        "sesudah selnya dijalankan. Di kelas tanpa komputer, lembar kerja pelajaran itu memuat "
                        "gambar yang sama untuk pilihan yang ditanyakan aktivitasnya."},
    "en": {"start": START_EN, "troubleshooting": TROUBLESHOOTING_EN, "rubric": RUBRIC_EN, "kit": KIT_EN,
           "step": "Screen {k}. Step {k}: {caption}", "screen": "Screen {k}. {caption}",
           "explorers": "## The explorers and activities of each lesson\n\nThis is how each widget looks "
                        "after its cell has been run (shown here from the Indonesian edition). In a class "
                        "without computers, the lesson's worksheet has the same figures for the choices "
                        "its activity asks about."},
}
SECTIONS = {   # per language: the guide notebook's sections to drop, and where the parts go
    "id": (DROP_SECTIONS, INSERT_BEFORE),
    "en": ({BOOKS["en"].w("setup")}, INSERT_BEFORE_EN),
}


def _shot(name: str, caption: str) -> str:
    path = SHOTS / f"{name}.png"
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return printing.figure_html(data, caption).replace("<img ", '<img class="kss-shot" ', 1)


def first_steps(lang: str = "id") -> list[str]:
    captions = screenshots.captions(lang)
    return [_shot(name, TEXT[lang]["step"].format(k=k, caption=captions[name]))
            for k, name in enumerate(screenshots.FIRST_STEPS, start=1)]


def explorers(lang: str = "id") -> list[str]:
    cells = [TEXT[lang]["explorers"]]
    captions = screenshots.captions(lang)
    k = len(screenshots.FIRST_STEPS)
    for shots in screenshots.WIDGETS.values():
        for _cls, name, _caption in shots:
            k += 1
            cells.append(_shot(name, TEXT[lang]["screen"].format(k=k, caption=captions[name])))
    return cells


def guide_cells(lang: str = "id") -> list:
    """The guide notebook's markdown and stored outputs as printable markdown/code cells."""
    drop = SECTIONS[lang][0]
    nb = nbformat.read(BOOKS[lang].folder / BOOKS[lang].guide, as_version=4)
    out = []
    section = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.match(r"^## +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                section = m.group(1).strip()
            if section in drop or "```python" in cell.source:
                continue
            out.append((section, nbformat.v4.new_markdown_cell(cell.source)))
        elif cell.cell_type == "code" and section not in drop:
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown")
                if text:
                    out.append((section, nbformat.v4.new_markdown_cell(text)))
    return out


def notebook(lang: str = "id") -> nbformat.NotebookNode:
    insert_before = SECTIONS[lang][1]
    cells = []
    previous = None
    done = set()
    for section, cell in guide_cells(lang):
        if section != previous and section in insert_before:
            cells += _insert(insert_before[section], lang)
            done.add(section)
        cells.append(cell)
        previous = section
    for section in insert_before:           # a section the guide no longer has: at the end
        if section not in done:
            cells += _insert(insert_before[section], lang)
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    return nb


def _insert(what: str, lang: str = "id") -> list:
    words = TEXT[lang]
    if what == "start":
        texts = [words["start"]] + first_steps(lang) + [words["troubleshooting"]] + explorers(lang)
    else:
        texts = [words["rubric"], words["kit"]]
    return [nbformat.v4.new_markdown_cell(t) for t in texts]
