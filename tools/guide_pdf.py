"""The teacher guide as a printed book: readable without Jupyter (printed by tools/handouts.py).

    import guide_pdf
    nb = guide_pdf.notebook()       # markdown cells + the guide notebook's stored outputs

Built from notebooks/id/panduan-guru.ipynb (its text and the stored outputs of its cells:
lesson table, objectives, exercise and quiz keys, notes on the source article, handout),
with the parts a teacher new to Jupyter needs added around it: how to start (laptop, lab,
Binder, hub) with screenshots of the first steps (docs/screenshots/, made by
tools/screenshots.py), a picture of every explorer, troubleshooting, a rubric for the
project and the fact-check, and the list of printed materials. No code is printed.
"""
from __future__ import annotations

import base64
import re

import nbformat

import printing
import screenshots

TITLE = "Panduan guru · Kerja Sama Selatan-Selatan"
GUIDE = printing.ROOT / "notebooks" / "id" / "panduan-guru.ipynb"
SHOTS = screenshots.OUT
DROP_SECTIONS = {"Persiapan"}
# new parts go before these sections of the guide notebook
INSERT_BEFORE = {"Rencana unit 2 × 45 menit": "start", "Sumber": "end"}

START = """## Cara memulai, langkah demi langkah

Pilih satu dari empat cara. Tiga cara pertama memakai JupyterLab; antarmukanya terbuka dalam
**bahasa Indonesia** (pengaturan ini ikut dengan koleksi), tetapi sebagian menu masih berbahasa
Inggris: daftar istilah di pelajaran 00 menjelaskannya.

**1. Laptop guru (dengan proyektor).** Sekali saja, dengan internet: pasang Python 3.11 dan
jalankan `make lab` di folder koleksi (di Windows: empat perintah di README). Sesudah itu
`make lab` membuka JupyterLab di pelajaran 00, **tanpa internet**. Sambungkan laptop ke proyektor.

**2. Komputer lab sekolah.** Pasang koleksi sekali di setiap komputer dengan cara yang sama
(atau salin folder koleksi yang sudah terpasang). Setiap siswa membuka `make lab`.

**3. Binder (butuh internet, tanpa instalasi).** Klik lencana Binder di README. Pembukaan
pertama bisa beberapa menit. Pekerjaan siswa hilang saat sesi ditutup: minta siswa mencatat
jawabannya di buku atau lembar kerja.

**4. JupyterHub sekolah.** Admin hub memasang lingkungan koleksi sekali (README, bagian
JupyterHub); guru membagikan tautan nbgitpuller dari README. Setiap siswa mendapat salinannya
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


def _shot(name: str, caption: str) -> str:
    path = SHOTS / f"{name}.png"
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return printing.figure_html(data, caption).replace("<img ", '<img class="kss-shot" ', 1)


def first_steps() -> list[str]:
    return [_shot(name, f"Layar {k}. Langkah {k}: {caption}")
            for k, (name, caption) in enumerate(screenshots.FIRST_STEPS.items(), start=1)]


def explorers() -> list[str]:
    cells = ["## Penjelajah dan aktivitas di setiap pelajaran\n\nBeginilah setiap widget tampil "
             "sesudah selnya dijalankan. Di kelas tanpa komputer, lembar kerja pelajaran itu memuat "
             "gambar yang sama untuk pilihan yang ditanyakan aktivitasnya."]
    k = len(screenshots.FIRST_STEPS)
    for shots in screenshots.WIDGETS.values():
        for _cls, name, caption in shots:
            k += 1
            cells.append(_shot(name, f"Layar {k}. {caption}"))
    return cells


def guide_cells() -> list:
    """The guide notebook's markdown and stored outputs as printable markdown/code cells."""
    nb = nbformat.read(GUIDE, as_version=4)
    out = []
    section = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.match(r"^## +(.+?)\s*$", cell.source, flags=re.M)
            if m:
                section = m.group(1).strip()
            if section in DROP_SECTIONS or "```python" in cell.source:
                continue
            out.append((section, nbformat.v4.new_markdown_cell(cell.source)))
        elif cell.cell_type == "code" and section not in DROP_SECTIONS:
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown")
                if text:
                    out.append((section, nbformat.v4.new_markdown_cell(text)))
    return out


def notebook() -> nbformat.NotebookNode:
    cells = []
    previous = None
    done = set()
    for section, cell in guide_cells():
        if section != previous and section in INSERT_BEFORE:
            cells += _insert(INSERT_BEFORE[section])
            done.add(section)
        cells.append(cell)
        previous = section
    for section in INSERT_BEFORE:           # a section the guide no longer has: at the end
        if section not in done:
            cells += _insert(INSERT_BEFORE[section])
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    return nb


def _insert(what: str) -> list:
    if what == "start":
        texts = [START] + first_steps() + [TROUBLESHOOTING] + explorers()
    else:
        texts = [RUBRIC, KIT]
    return [nbformat.v4.new_markdown_cell(t) for t in texts]
