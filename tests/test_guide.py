"""Tests of the teacher guide helpers (kss.guide): extraction from the lesson notebooks
(also while lessons are missing), quiz keys, claim notes and the handout writer."""
from __future__ import annotations

import csv
import re
import tempfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from kss import guide
from kss.labels import set_language
from kss.quiz import has_quiz, questions_for

ROOT = Path(__file__).resolve().parent.parent
LESSON_DIR = ROOT / "notebooks" / "id"
DATA = ROOT / "data"


@pytest.fixture(autouse=True)
def indonesian():
    set_language("id")
    yield
    set_language("id")


def lesson(nn, title, objectives=True, latihan=(), minutes=30, extra_cells=()):
    """A small lesson notebook as the skeleton of CONTRIBUTING.md describes it."""
    cells = [new_markdown_cell(f"# {nn} · {title}\n\nSelamat datang."),
             new_markdown_cell("<!--NAVIGASI-->\n< Sebelumnya | Daftar isi | Berikutnya >")]
    if objectives:
        cells.append(new_markdown_cell(f"## Tujuan pembelajaran\nSetelah pelajaran ini kamu dapat:\n"
                                       f"- tujuan {nn}-a;\n- tujuan {nn}-b.\n\n**Waktu:** sekitar {minutes} menit.\n\n"
                                       "**Prasyarat:** tidak ada."))
    cells += [new_markdown_cell("## Persiapan\nJalankan."), new_code_cell("from kss import setup\nsetup()")]
    cells += list(extra_cells)
    if latihan:
        body = "## Latihan\nKerjakan soal berikut.\n\n" + "\n\n".join(
            f"{i}. {q}\n\n<details><summary>Lihat jawaban</summary>\n\n{a}\n\n</details>"
            for i, (q, a) in enumerate(latihan, start=1))
        cells.append(new_markdown_cell(body))
    cells.append(new_markdown_cell("## Sumber\n- https://example.org"))
    nb = new_notebook(cells=cells)
    nb.metadata["kss"] = {"minutes": minutes, "summary": f"ringkasan {nn}"}
    return nb


@pytest.fixture
def partial_dir(tmp_path):
    """Only lessons 01 and 03 exist; 03 has an activity answer outside Latihan."""
    nbformat.write(lesson("01", "Satu", latihan=[("Soal A?", "Jawab A."), ("Soal B | pipa?", "Jawab B\n- butir")]),
                   tmp_path / "01-satu.ipynb")
    activity = new_markdown_cell("## Bagian khusus\n> **Aktivitas:** Coba ini.\n\n"
                                 "<details><summary>Lihat jawaban</summary>Jawaban aktivitas.</details>")
    nbformat.write(lesson("03", "Tiga", objectives=False, minutes=25, extra_cells=[activity]),
                   tmp_path / "03-tiga.ipynb")
    (tmp_path / "panduan-guru.ipynb").write_text("{}")          # not numbered: ignored
    return tmp_path


# ---------------------------------------------------------------- extraction on a controlled folder

def test_lesson_paths_skip_missing(partial_dir):
    paths = guide.lesson_paths(partial_dir)
    assert list(paths) == list(guide.LESSONS)
    assert paths["01"].name == "01-satu.ipynb" and paths["03"].name == "03-tiga.ipynb"
    assert all(paths[nn] is None for nn in guide.LESSONS if nn not in ("01", "03"))


def test_objectives_read_from_lessons(partial_dir):
    text = guide.objectives_markdown(partial_dir)
    assert "### 01 · Satu" in text and "- tujuan 01-a;" in text and "**Waktu:** sekitar 30 menit." in text
    assert not re.search(r"^## Tujuan pembelajaran", text, flags=re.M)   # the heading itself is dropped
    assert guide.t("guide.no_objectives") in text           # lesson 03 has none
    for nn in ("00", "02", "04", "05", "06", "07", "08"):
        assert guide.t("guide.missing_lesson", nn=nn) in text


def test_exercises_extracted(partial_dir):
    one = guide.exercises_of(nbformat.read(partial_dir / "01-satu.ipynb", 4))
    assert [(e.section, e.number) for e in one] == [("Latihan", 1), ("Latihan", 2)]
    assert one[0].question == "1. Soal A?" and one[0].answer == "Jawab A."
    assert one[1].question.startswith("2. Soal B") and one[1].answer == "Jawab B\n- butir"
    three = guide.exercises_of(nbformat.read(partial_dir / "03-tiga.ipynb", 4))
    assert [(e.section, e.answer) for e in three] == [("Bagian khusus", "Jawaban aktivitas.")]
    text = guide.exercise_keys_markdown(partial_dir)
    assert "**Latihan 1.** Soal A?" in text and "> **Jawaban:** Jawab A." in text
    assert "> - butir" in text                               # multi-line answers stay inside the quote
    assert "Bagian \u201cBagian khusus\u201d, soal 1" in text
    assert guide.t("guide.missing_lesson", nn="05") in text


def test_a_block_in_an_answer_starts_its_own_paragraph(tmp_path):
    """An answer that is a table (lesson 08's claims) or holds one after a sentence, or is a
    numbered list, is rendered as such in the key: never glued to "Jawaban:" on one line (CI
    once found "Jawaban: | Klaim | ..." as raw text in the guide's HTML)."""
    from markdown_it import MarkdownIt
    table = "| Klaim | Putusan |\n|---|---|\n| Satu | Benar |"
    nbformat.write(lesson("01", "Satu", latihan=[("Soal tabel?", table), ("Soal teks?", "Lihat tabel:\n" + table),
                                                 ("Soal daftar?", "1. Pertama.\n2. Kedua."),
                                                 ("Soal biasa?", "Jawab biasa.")]), tmp_path / "01-satu.ipynb")
    text = guide.exercise_keys_markdown(tmp_path)
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert html.count("<table>") == 2, html
    assert "| Klaim" not in html and "|---" not in html
    assert "<li>Pertama.</li>" in html and "<li>Kedua.</li>" in html
    assert "> **Jawaban:** Jawab biasa." in text           # a sentence still follows the label on its line
    from nbconvert.filters import markdown2html_mistune     # the static HTML's renderer
    html = markdown2html_mistune(text)
    assert html.count("<table>") == 2 and "| Klaim" not in html, html


def test_a_did_you_know_box_is_not_an_answer():
    """A folded box with a bold title ("Tahukah kamu?", the lesson's acronyms) is reading for the
    curious: the key leaves it out, and the next answer keeps its own question."""
    nb = new_notebook(cells=[new_markdown_cell(
        "## Bagian\nTeks bagian.\n\n<details><summary><b>Tahukah kamu?</b> Hal menarik (klik)</summary>\n\n"
        "Cerita tambahan.\n</details>\n\nSoal C?\n\n<details><summary>Lihat jawaban</summary>\n\nJawab C.\n</details>")])
    found = guide.exercises_of(nb)
    assert [(e.number, e.question, e.answer) for e in found] == [(1, "Soal C?", "Jawab C.")]


def test_numbered_claims_answered_by_one_table_keep_every_question():
    """Lesson 08's Latihan: five numbered claims, one folded table with a row per claim. The
    key shows all five claims as the question, not the last one alone."""
    table = ("| Klaim | Putusan |\n|---|---|\n| 1. Satu | Benar |\n| 2. Dua | Salah |\n| 3. Tiga | Benar |")
    nb = new_notebook(cells=[new_markdown_cell(
        "## Latihan\nNilai klaim berikut.\n\n1. Klaim satu.\n2. Klaim dua.\n3. Klaim tiga.\n\n"
        f"<details><summary>Lihat jawaban</summary>\n\n{table}\n\n</details>")])
    found = guide.exercises_of(nb)
    assert [e.question for e in found] == ["1. Klaim satu.\n2. Klaim dua.\n3. Klaim tiga."]
    # a table with fewer rows than the items answers the last item only
    nb.cells[0].source = nb.cells[0].source.replace("| 3. Tiga | Benar |", "")
    assert [e.question for e in guide.exercises_of(nb)] == ["3. Klaim tiga."]


def test_lesson_table_and_total(partial_dir):
    text = guide.lesson_table_markdown(partial_dir)
    assert "| 01 | [01 · Satu](01-satu.ipynb) | 30 menit | ringkasan 01 |" in text
    assert guide.t("guide.total", m=55) in text
    assert text.count(guide.t("guide.missing_lesson", nn="02")) == 1


def test_empty_folder_is_not_an_error(tmp_path):
    assert guide.objectives_markdown(tmp_path).count("belum ada") == len(guide.LESSONS)
    assert "### 00" in guide.exercise_keys_markdown(tmp_path)
    assert "**00**" not in guide.handout_markdown(tmp_path)


# ---------------------------------------------------------------- the real lessons

def real_lessons():
    return sorted(LESSON_DIR.glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("path", real_lessons(), ids=lambda p: p.name)
def test_real_lesson_objectives_and_answers(path):
    nb = nbformat.read(path, 4)
    cell = next(c.source for c in nb.cells if c.cell_type == "markdown" and "## Tujuan pembelajaran" in c.source)
    first_bullet = next(line for line in cell.splitlines() if line.startswith("- "))
    assert first_bullet in guide.objectives_of(nb)
    # every folded answer ("Lihat jawaban ..."); a folded box with a bold title ("Tahukah kamu?"),
    # an example's details or a folded text to read is none
    details = sum(len(re.findall(r"<details>\s*<summary>Lihat\b", c.source, flags=re.I))
                  for c in nb.cells if c.cell_type == "markdown")
    found = guide.exercises_of(nb)
    assert len(found) == details
    assert all(e.answer for e in found)


def test_real_guide_covers_every_lesson_present():
    text = guide.objectives_markdown()
    for path in real_lessons():
        nb = nbformat.read(path, 4)
        assert guide.title(nb) in text


def test_quiz_keys_from_quiz_files():
    text = guide.quiz_keys_markdown()
    for nn in guide.LESSONS:
        if not has_quiz(nn):
            assert guide.t("guide.no_quiz", nn=nn) in text
            continue
        for q in questions_for(nn):
            assert q.text.replace("|", "/") in text
    assert guide.t("guide.no_quiz", nn="99") in guide.quiz_keys_markdown(("99",))


def test_dollars_escaped_in_notebook_output():
    shown = guide.quiz_keys()._repr_markdown_()
    assert not re.search(r"(?<!\\)\$", shown)
    assert guide.escape_dollars("US$1 dan US$2") == "US\\$1 dan US\\$2"
    assert guide.escape_dollars("sudah \\$3") == "sudah \\$3"


def test_claim_note_from_claims_csv():
    with open(DATA / "claims.csv", encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["claim_id"] == "ktt-kss-2018")
    text = guide.claim_note_markdown("ktt-kss-2018")
    assert row["claim_id_text"] in text and row["verdict_id"] in text
    assert guide.t("guide.status.unverified") in text
    for url in row["sources"].split(";"):
        assert url in text


# ---------------------------------------------------------------- handout

def test_handout_content(partial_dir):
    text = guide.handout_markdown(partial_dir)
    assert text.startswith(guide.HANDOUT_MARK)
    assert "**01** Satu · **03** Tiga" in text
    with open(DATA / "principles.csv", encoding="utf-8", newline="") as f:
        principles = list(csv.DictReader(f))
    assert len(principles) == 10
    for p in principles:
        assert f"{p['number']}. {p['text_id']}" in text
    for key in guide.TERMS:
        assert guide.t("guide.term." + key) in text
    assert text.count("_" * 70) == 4
    # one page: a bound on printed lines
    assert len(text.splitlines()) < 45


def test_handout_not_written_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert guide.write_handout() is None
    assert list(tmp_path.iterdir()) == []


def test_handout_written_in_temporary_folder(tmp_path):
    target = guide.write_handout(tmp_path / "lembar.md")
    assert target == (tmp_path / "lembar.md").resolve()
    assert target.read_text(encoding="utf-8") == guide.handout_markdown()
    # rewriting its own handout is fine
    assert guide.write_handout(str(tmp_path / "lembar.md")) == target


def test_handout_refuses_bad_targets(tmp_path):
    # targets in folders that do not exist: even a broken guard cannot write anything there
    outside = Path("/") / "kss-folder-yang-tidak-ada" / "lembar.md"
    if any(outside.resolve() == r or r in outside.resolve().parents for r in guide.allowed_roots()):
        pytest.skip("the file system root is inside an allowed folder here")
    with pytest.raises(guide.HandoutError, match="hanya boleh"):
        guide.write_handout(outside)
    assert not outside.exists()
    with pytest.raises(guide.HandoutError, match=r"\.md"):
        guide.write_handout(tmp_path / "lembar.csv")
    with pytest.raises(guide.HandoutError, match="belum ada"):
        guide.write_handout(tmp_path / "tidak-ada" / "lembar.md")
    precious = tmp_path / "README.md"
    precious.write_text("# Jangan ditimpa\n")
    with pytest.raises(guide.HandoutError, match="tertimpa"):
        guide.write_handout(precious)
    assert precious.read_text() == "# Jangan ditimpa\n"
    # '..' cannot climb out of the allowed folders
    climb = Path(tempfile.gettempdir()) / ".." / "kss-folder-yang-tidak-ada" / "lembar.md"
    if not any(climb.resolve() == r or r in climb.resolve().parents for r in guide.allowed_roots()):
        with pytest.raises(guide.HandoutError, match="hanya boleh"):
            guide.write_handout(climb)
        assert not climb.resolve().exists()


def test_handout_never_overwrites_project_files():
    for name in ("README.md", "CONTRIBUTING.md"):
        path = ROOT / name
        if path.exists():
            before = path.read_bytes()
            with pytest.raises(guide.HandoutError):
                guide.write_handout(path)
            assert path.read_bytes() == before


def test_allowed_roots_are_project_and_tmp():
    roots = guide.allowed_roots()
    assert ROOT.resolve() in roots and Path(tempfile.gettempdir()).resolve() in roots


def test_english_labels():
    set_language("en")
    text = guide.handout_markdown()
    assert "Key terms" in text and "Lesson map" in text
    assert "**Answer:**" in guide.exercise_keys_markdown()


# ---------------------------------------------------------------- the plans
# The unit plans are computed from the lessons (tools/guide_plans.py): tests/test_guide_plans.py.


def test_unreadable_lesson_is_skipped_with_a_note(partial_dir):
    (partial_dir / "05-setengah.ipynb").write_text('{"cells": [', encoding="utf-8")   # being saved
    for text in (guide.objectives_markdown(partial_dir), guide.exercise_keys_markdown(partial_dir),
                 guide.lesson_table_markdown(partial_dir)):
        assert "tidak dapat dibaca" in text and "05-setengah.ipynb" in text
    assert "Satu" in guide.handout_markdown(partial_dir)


# ---------------------------------------------------------------- rubric, misconceptions, curriculum

def _csv(name):
    import csv
    with open(ROOT / "data" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_rubric_has_four_criteria_with_four_levels_and_the_nairobi_principles():
    text = guide.rubric_markdown()
    rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(rows) == 4
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 5 and all(cells), row
    for criterion in ("Penggunaan sumber", "prinsip Nairobi", "Kelayakan", "Presentasi"):
        assert criterion in text
    for r in _csv("nairobi.csv"):
        assert r["name_id"] in text


def test_misconceptions_rest_on_existing_rows_and_name_lessons_that_exist():
    keys = {"claims": "claim_id", "decisions": "decision_id", "facts": "fact_id", "memberships": "note_id",
            "delegations": "delegation_id", "indicator_sources": "indicator"}
    rows = _csv("misconceptions.csv")
    assert len(rows) >= 8
    present = {p.name[:2] for p in (ROOT / "notebooks" / "id").glob("0*.ipynb")}
    for r in rows:
        for ref in r["based_on"].split(";"):
            table, key = ref.split(":", 1)
            assert key in {x[keys[table]] for x in _csv(f"{table}.csv")}, ref
        assert set(r["lessons"].split(";")) <= present, r["misconception_id"]
    text = guide.misconceptions_markdown()
    for r in rows:
        assert r["wrong_id"].replace("|", "/") in text and r["right_id"].replace("|", "/") in text


def test_guide_maps_the_curriculum_and_shows_rubric_and_misconceptions():
    nb = nbformat.read(ROOT / "notebooks" / "id" / "panduan-guru.ipynb", as_version=4)
    mapping = next(c.source for c in nb.cells if c.source.startswith("## Pemetaan ke Kurikulum Merdeka"))
    assert "032/H/KR/2024" in mapping and "008/H/KR/2022" in mapping
    for subject in ("Sejarah", "Pendidikan Pancasila", "IPS"):
        assert "| PPKn |" not in mapping and "| Sejarah | E (X) | Keterampilan" not in mapping
        assert f"| {subject} |" in mapping
    codes = [c.source for c in nb.cells if c.cell_type == "code"]
    assert any("guide.rubric()" in c for c in codes) and any("guide.misconceptions()" in c for c in codes)
    sources = next(c.source for c in nb.cells if c.source.startswith("## Sumber"))
    assert "kurikulum.kemdikbud.go.id" in sources


def test_the_english_guide_reads_the_english_lessons():
    """notebooks/en/teacher-guide.ipynb runs guide.* in English: its stored tables come from the
    English lessons (titles, objectives, exercise answers) and the English quiz keys."""
    nb = nbformat.read(ROOT / "notebooks" / "en" / "teacher-guide.ipynb", as_version=4)

    def shown(call):
        return next("".join(o.get("data", {}).get("text/markdown", "")) for c in nb.cells
                    if c.cell_type == "code" and call in c.source for o in c.outputs)
    table = shown("guide.lesson_table()")
    for path in sorted((ROOT / "notebooks" / "en").glob("0*.ipynb")):
        assert f"]({path.name})" in table, path.name
    assert "menit" not in table and "minutes" in table
    objectives = shown("guide.objectives()")
    assert objectives.count("After this lesson you can") >= 8 and "Setelah pelajaran ini" not in objectives
    keys = shown("guide.exercise_keys()")
    assert "**Answer:**" in keys and "Jawaban" not in keys
    quiz = shown("guide.quiz_keys()")
    from kss.quiz import questions_for
    assert questions_for("02", "en")[0].text in quiz and questions_for("02", "id")[0].text not in quiz
    mapping = next(c.source for c in nb.cells if c.source.startswith("## Mapping to the Kurikulum Merdeka"))
    assert "032/H/KR/2024" in mapping and "008/H/KR/2022" in mapping


def test_each_key_sits_under_the_question_it_answers():
    """Issue 22 item 4: lesson 02's keys once paired answers with the wrong questions (a folded
    wording of the Dasasila read as 'soal 1', one sub-question above a three-part answer)."""
    nb = nbformat.read(LESSON_DIR / "02-konferensi-asia-afrika.ipynb", 4)
    found = guide.exercises_of(nb)
    assert not any("Rumusan di bawah dikutip" in e.answer for e in found), "a folded text to read is no answer"
    for e in found:
        numbers = re.findall(r"^(?:>\s*)*(\d+)\.\s", e.question, flags=re.M)
        parts = re.findall(r"^\s*\d+\.\s", e.answer, flags=re.M)
        if len(parts) > 1:          # a many-part answer stands under all its questions
            assert len(numbers) >= len(parts), (e.section, e.question[:80])
    text = guide.exercise_keys_markdown()
    block = text[text.index("### 02"):text.index("### 03")]
    # the key's numbers are the questions' own numbers, within their sub-heading
    for label, question in re.findall(r"^\*\*.*?soal (\d+)\.\*\* (\d+)?", block, flags=re.M):
        assert not question or question == label
    assert "Pidato pembukaan Soekarno sebagai sumber primer”, soal 3" in block
    assert "soal 1–4" in block                    # the four situations and their four-part answer
