"""Hostile or careless edits to a table: each gives one clear error or stays inert text.

Kinds covered: wrong encoding, blank line, unquoted comma, unclosed quote, NUL byte,
empty file, duplicate header, doubled list separator, impossible date/number forms,
BOM and CRLF (accepted), HTML/script and '$' in text (kept as inert text).
"""
import html

import pytest

from kss import data, style
from kss.data import DataError
from table_edit import set_cell


def replace_line(path, line, new_text):
    lines = path.read_bytes().split(b"\n")
    lines[line - 1] = new_text
    path.write_bytes(b"\n".join(lines))


def error_for(data_dir, table):
    with pytest.raises(DataError) as info:
        data.load(table, data_dir)
    return str(info.value)


def test_latin1_bytes_are_reported_with_line(data_copy):
    path = data_copy / "principles.csv"
    raw = path.read_bytes().split(b"\n")
    raw[3] = raw[3].replace(b"a", "\u00e0".encode("latin-1"), 1)
    path.write_bytes(b"\n".join(raw))
    message = error_for(data_copy, "principles")
    assert "principles.csv, baris 4" in message and "UTF-8" in message


def test_blank_line_in_the_middle(data_copy):
    path = data_copy / "principles.csv"
    text = path.read_text(encoding="utf-8").split("\n")
    text.insert(3, "")
    path.write_text("\n".join(text), encoding="utf-8")
    assert "principles.csv, baris 4: baris kosong" in error_for(data_copy, "principles")


def test_a_line_of_only_commas_and_spaces_is_blank(data_copy):
    path = data_copy / "principles.csv"
    text = path.read_text(encoding="utf-8").split("\n")
    text.insert(3, " , ," + "," * (text[0].count(",") - 2))    # as many cells as the header
    path.write_text("\n".join(text), encoding="utf-8")
    assert "principles.csv, baris 4: baris kosong" in error_for(data_copy, "principles")


def test_unquoted_comma_makes_an_extra_cell(data_copy):
    path = data_copy / "countries.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    iso3, numeric, name_en, name_id = lines[5].split(",")[:4]
    lines[5] = f"{iso3},{numeric},{name_en}, Republic of,{name_id}"
    path.write_text("\n".join(lines), encoding="utf-8")
    message = error_for(data_copy, "countries")
    assert "countries.csv, baris 6" in message and "ada 5 sel, seharusnya 4" in message


def test_quoted_comma_is_fine(data_copy):
    set_cell(data_copy / "principles.csv", 2, "text_id", "Satu, dua, dan tiga")
    assert data.load("principles", data_copy)["text_id"].iloc[0] == "Satu, dua, dan tiga"


def test_unclosed_quote(data_copy):
    path = data_copy / "countries.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[7] = lines[7].replace(",", ',"', 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    message = error_for(data_copy, "countries")
    assert "countries.csv, baris 8: CSV rusak" in message and "periksa tanda kutip" in message


def test_nul_byte(data_copy):
    path = data_copy / "principles.csv"
    raw = bytearray(path.read_bytes())
    raw[raw.index(b"\n") + 5] = 0
    path.write_bytes(bytes(raw))
    message = error_for(data_copy, "principles")
    assert "principles.csv, baris 2" in message and "CSV rusak" in message


def test_empty_file(data_copy):
    (data_copy / "principles.csv").write_text("", encoding="utf-8")
    assert "principles.csv: berkas kosong" in error_for(data_copy, "principles")


def test_duplicate_header(data_copy):
    path = data_copy / "countries.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] = lines[0].replace("name_en", "name_id")
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "nama kolom ganda ['name_id']" in error_for(data_copy, "countries")


def test_doubled_list_separator(data_copy):
    set_cell(data_copy / "examples.csv", 2, "providers", "IND;;BRA")
    assert "butir kosong" in error_for(data_copy, "examples")


def test_boolean_written_in_indonesian(data_copy):
    set_cell(data_copy / "delegations.csv", 2, "independent_1955", "ya")
    message = error_for(data_copy, "delegations")
    assert "baris 2, kolom 'independent_1955'" in message and "true atau false" in message


def test_year_out_of_range(data_copy):
    set_cell(data_copy / "indicators.csv", 2, "year", "1850")
    message = error_for(data_copy, "indicators")
    assert "baris 2, kolom 'year'" in message and "batas bawah" in message


def test_bom_and_crlf_are_accepted(data_copy):
    path = data_copy / "principles.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert len(data.load("principles", data_copy)) == len(data.load("principles"))


def test_html_and_script_stay_inert_text(data_copy):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    set_cell(data_copy / "principles.csv", 2, "text_id", payload)
    value = data.load("principles", data_copy)["text_id"].iloc[0]
    assert value == payload                  # nothing lost
    shown = html.escape(value)               # how every helper puts data text into HTML
    assert "<script>" not in shown and "&lt;script&gt;" in shown


def test_dollar_sign_is_literal_in_figures():
    fig = style.figure(4, 2)
    ax = fig.add_subplot()
    ax.set_title(style.plain("US$586,56 juta dan US$822 juta"))
    style.to_png(fig)                        # would raise a mathtext error without plain()
    assert ax.get_title() == r"US\$586,56 juta dan US\$822 juta"


def test_html_in_data_is_shown_inert_by_the_explorers(data_copy, monkeypatch):
    """The payload goes through the real helpers (cards, panels), not just html.escape."""
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    set_cell(data_copy / "examples.csv", 2, "summary_id", payload)
    set_cell(data_copy / "principles.csv", 2, "text_id", payload)
    monkeypatch.setattr(data, "DATA_DIR", data_copy)
    from kss import bandung, examples
    shown = [examples.explorer().panel.value, bandung.principles_explorer().panel.value]
    for panel in shown:
        assert "&lt;script&gt;" in panel, "the payload should be shown, escaped"
        assert "<script" not in panel and "<img src=x" not in panel
