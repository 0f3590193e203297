"""The loader reports every kind of bad data as one clear DataError naming file, line, column.

Each test breaks a scratch copy of the real data package in one way and checks the message.
"""
import json
import re

import pandas as pd
import pytest

from kss import data
from kss.data import DataError
from table_edit import set_cell


def load_error(data_dir, table):
    with pytest.raises(DataError) as info:
        data.load(table, data_dir)
    message = str(info.value)
    assert "Traceback" not in message
    return message


def test_every_table_loads_typed():
    tables = data.load_all()
    assert set(tables) >= {"countries", "delegations", "principles", "milestones", "examples",
                           "claims", "facts", "indicators"}
    assert tables["indicators"]["year"].dtype == "Int64"
    assert tables["indicators"]["life_exp"].dtype == "float64"
    assert tables["delegations"]["independent_1955"].dtype == "boolean"
    first_sources = tables["examples"]["sources"].iloc[0]
    assert isinstance(first_sources, list) and first_sources[0].startswith("http")


def test_unknown_iso3_in_examples_names_file_line_column(data_copy):
    # the issue's own acceptance check: one ISO3 in examples changed to XXX
    set_cell(data_copy / "examples.csv", 4, "providers", "XXX")
    message = load_error(data_copy, "examples")
    assert "examples.csv" in message
    assert "baris 4" in message
    assert "kolom 'providers'" in message
    assert "'XXX'" in message


def test_unknown_iso3_in_a_scalar_column(data_copy):
    set_cell(data_copy / "delegations.csv", 5, "iso3", "ZZZ")
    message = load_error(data_copy, "delegations")
    assert re.search(r"delegations\.csv, baris 5, kolom 'iso3': kode ISO3 'ZZZ' tidak dikenal", message)


def test_missing_file(data_copy):
    (data_copy / "principles.csv").unlink()
    assert "principles.csv: berkas tidak ditemukan" in load_error(data_copy, "principles")


def test_missing_column(data_copy):
    path = data_copy / "principles.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    keep = [i for i, h in enumerate(header) if h != "question_en"]
    import csv, io
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[r[i] for i in keep] for r in rows])
    path.write_text(out.getvalue(), encoding="utf-8")
    message = load_error(data_copy, "principles")
    assert "baris 1" in message and "kolom hilang ['question_en']" in message


def test_extra_column(data_copy):
    path = data_copy / "principles.csv"
    import csv, io
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows = [r + (["catatan"] if i == 0 else ["x"]) for i, r in enumerate(rows)]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    assert "kolom tak dikenal ['catatan']" in load_error(data_copy, "principles")


def test_wrong_type(data_copy):
    set_cell(data_copy / "milestones.csv", 3, "year", "sembilan belas")
    message = load_error(data_copy, "milestones")
    assert "milestones.csv, baris 3, kolom 'year'" in message and "bukan bilangan bulat" in message


def test_wrong_number(data_copy):
    set_cell(data_copy / "indicators.csv", 10, "life_exp", "45,5")
    message = load_error(data_copy, "indicators")
    assert "indicators.csv, baris 10, kolom 'life_exp'" in message and "bukan angka" in message


def test_value_outside_enum(data_copy):
    set_cell(data_copy / "examples.csv", 2, "modality", "bilateralis")
    message = load_error(data_copy, "examples")
    assert "examples.csv, baris 2, kolom 'modality'" in message and "'bilateralis'" in message


def test_list_item_outside_enum(data_copy):
    set_cell(data_copy / "examples.csv", 3, "benefits", "relations;kebahagiaan")
    message = load_error(data_copy, "examples")
    assert "baris 3, kolom 'benefits'" in message and "'kebahagiaan'" in message


def test_empty_source(data_copy):
    set_cell(data_copy / "claims.csv", 2, "sources", "")
    message = load_error(data_copy, "claims")
    assert "claims.csv, baris 2, kolom 'sources'" in message and "wajib diisi" in message


def test_source_that_is_not_a_url(data_copy):
    set_cell(data_copy / "facts.csv", 2, "sources", "kata orang")
    message = load_error(data_copy, "facts")
    assert "facts.csv, baris 2, kolom 'sources'" in message and "bukan alamat http(s)" in message


def test_duplicate_key(data_copy):
    path = data_copy / "principles.csv"
    first_id = pd.read_csv(path)["number"].iloc[0]
    set_cell(path, 3, "number", str(first_id))
    message = load_error(data_copy, "principles")
    assert "principles.csv, baris 3, kolom 'number'" in message and "sudah dipakai di baris 2" in message


def test_broken_foreign_key_after_reference_row_removed(data_copy):
    # remove Indonesia from the reference table: every table that points to IDN breaks
    path = data_copy / "countries.csv"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("IDN,")]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    message = load_error(data_copy, "delegations")
    assert "kode ISO3 'IDN' tidak dikenal" in message and "countries.csv" in message


def test_unknown_table_name():
    with pytest.raises(DataError, match="tabel 'contoh' tidak ada"):
        data.load("contoh")


def test_schema_file_broken(data_copy):
    (data_copy / "datapackage.json").write_text("{ bukan json", encoding="utf-8")
    assert "datapackage.json: bukan JSON yang sah" in load_error(data_copy, "examples")


def test_edit_is_picked_up_without_restart(data_copy):
    before = data.load("principles", data_copy)
    set_cell(data_copy / "principles.csv", 2, "text_id", "Teks baru untuk uji")
    after = data.load("principles", data_copy)
    assert before["text_id"].iloc[0] != "Teks baru untuk uji"
    assert after["text_id"].iloc[0] == "Teks baru untuk uji"


def test_loaded_frames_are_copies():
    frame = data.load("principles")
    frame.loc[0, "text_id"] = "diubah"
    assert data.load("principles")["text_id"].iloc[0] != "diubah"


# ---------------------------------------------------------------- rules a regression could switch off
# (mutation review 2026-12: every pattern rule, the 3-item limit on benefits and the uniqueness
# of non-key columns could be turned off with every test green)

@pytest.mark.parametrize("table, column, value", [
    ("milestones", "date_start", "18 April 1955"),   # the timeline sorts by this text
    ("milestones", "milestone_id", "KAA 1955"),
    ("sources", "date", "April 1955"),
    ("examples", "providers", "idn"),                 # a list item's pattern (before the ISO3 lookup)
])
def test_a_value_breaking_its_pattern_is_rejected(data_copy, table, column, value):
    set_cell(data_copy / f"{table}.csv", 2, column, value)
    message = load_error(data_copy, table)
    assert f"{table}.csv, baris 2, kolom '{column}'" in message
    assert f"'{value}' tidak sesuai pola" in message


def test_at_most_three_benefits(data_copy):
    four = "economic_social;institutional_capacity;national_resilience;relations"
    set_cell(data_copy / "examples.csv", 3, "benefits", four)
    message = load_error(data_copy, "examples")
    assert "examples.csv, baris 3, kolom 'benefits'" in message and "paling banyak 3 butir" in message
    set_cell(data_copy / "examples.csv", 3, "benefits", four.rsplit(";", 1)[0])   # three are fine
    assert data.load("examples", data_copy)["benefits"].iloc[1] == four.split(";")[:3]


@pytest.mark.parametrize("table, column", [("delegations", "order"), ("nairobi", "order")])
def test_a_unique_column_that_is_not_the_key_stays_unique(data_copy, table, column):
    path = data_copy / f"{table}.csv"
    first = pd.read_csv(path)[column].iloc[0]
    set_cell(path, 4, column, str(first))
    message = load_error(data_copy, table)
    assert f"{table}.csv, baris 4, kolom '{column}'" in message and "sudah dipakai di baris 2" in message


def test_a_schema_edit_is_picked_up_without_restart(data_copy):
    assert len(data.load("milestones", data_copy))
    path = data_copy / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    schema = next(r for r in package["resources"] if r["name"] == "milestones")["schema"]
    field = next(f for f in schema["fields"] if f["name"] == "date_start")
    field["constraints"]["pattern"] = "[0-9]{5}"          # no date of the table fits this
    path.write_text(json.dumps(package), encoding="utf-8")
    assert "tidak sesuai pola" in load_error(data_copy, "milestones")
