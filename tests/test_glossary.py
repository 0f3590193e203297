"""Every acronym a lesson's core path uses is explained in its folded list "Singkatan di
pelajaran ini" (data/glossary.csv, written by tools/glossary.py through tools.navigation),
and the table holds no acronym that no lesson uses (issue 22, item 4)."""
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from kss import data
from tests.notebook_utils import ids, lesson_notebooks, read
from tools import glossary

LESSONS = lesson_notebooks()


@pytest.mark.parametrize("path", LESSONS, ids=ids(LESSONS))
def test_every_acronym_of_the_core_path_is_explained(path):
    lacking = glossary.missing(read(path), path.parent.name)
    assert not lacking, (f"{path.name} uses {', '.join(lacking)}: add a row per edition to "
                         "data/glossary.csv, then run python -m tools.navigation")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_row_of_the_table_is_used_by_a_lesson(lang):
    used = {a for p in LESSONS if p.parent.name == lang for a in glossary.used(read(p), lang)}
    table = data.load("glossary")
    unused = sorted(set(table.loc[table["lang"] == lang, "acronym"]) - used)
    assert not unused, f"data/glossary.csv ({lang}) explains acronyms no lesson uses: {unused}"


def test_acronyms_are_found_in_text_and_in_what_cells_show():
    nb = new_notebook(cells=[
        new_markdown_cell("## Tujuan pembelajaran\nKAA dan G77, dokumen A/RES/64/222 (XXIX); Mana yang BUKAN?"),
        new_code_cell("x"),
        new_markdown_cell("## Pengayaan (opsional)\nIBSA"),
    ])
    nb.cells[1].outputs = [new_output("display_data", data={"text/html": "<p>Dana ZZQX</p>", "text/plain": "x"})]
    assert glossary.used(nb, "id") == ["G77", "KAA", "ZZQX"]
    assert glossary.missing(nb, "id") == ["ZZQX"]
    glossary.update(nb, "id")
    assert nb.cells[1].source.startswith(glossary.MARK) and "**KAA**" in nb.cells[1].source
    assert "ZZQX" not in nb.cells[1].source
    nbformat.validate(nb)
