"""The Nairobi principles (data/nairobi.csv, kss.nairobi): the rows against what the
outcome document annexed to A/RES/64/222 lists, read here with the csv module."""
import html

from kss import data, nairobi
from kss.labels import set_language, t
from table_edit import read_rows

ROWS = sorted(read_rows("nairobi.csv"), key=lambda r: int(r["order"]))
RESOLUTION = "https://undocs.org/A/RES/64/222"
# Paragraph 11 of the outcome document names these principles, in this order
# (also quoted with its paragraph number in UN document DP/CF/SSC/5, paragraph 1).
PARAGRAPH_11 = ["Respect for national sovereignty", "National ownership and independence", "Equality",
                "Non-conditionality", "Non-interference in domestic affairs", "Mutual benefit"]


def test_paragraph_11_principles_exactly_in_the_documents_order():
    assert [r["name_en"] for r in ROWS if r["paragraph"] == "11"] == PARAGRAPH_11


def test_only_paragraph_11_is_taught():
    """Paragraph 11 is read in a source (DP/CF/SSC/5 quotes it); nothing else of the
    document is, so no other paragraph's principle is added (a 'partnership among equals'
    row citing paragraph 18 was taken out: that paragraph's text was not read)."""
    assert [r["paragraph"] for r in ROWS] == ["11"] * len(PARAGRAPH_11)
    assert [int(r["order"]) for r in ROWS] == list(range(1, len(ROWS) + 1))


def test_every_row_cites_the_resolution_and_has_both_languages():
    for r in ROWS:
        assert RESOLUTION in r["sources"].split(";"), r["principle_id"]
        for column in ("name_id", "name_en", "text_id", "text_en", "question_id", "question_en"):
            assert r[column].strip(), (r["principle_id"], column)
        assert r["question_id"].rstrip().endswith("?") and r["question_en"].rstrip().endswith("?")
    kinds = dict((s["url"], s["kind"]) for s in read_rows("sources.csv"))
    assert kinds[RESOLUTION] == "primary"


def test_loader_and_table_follow_the_csv():
    assert len(data.load("nairobi")) == len(ROWS)
    assert nairobi.names() == [r["name_id"] for r in ROWS]
    page = nairobi.table()._repr_html_()
    for r in ROWS:
        assert html.escape(r["name_id"]) in page and html.escape(r["question_id"]) in page
        assert t("nairobi.paragraph", symbol="A/RES/64/222", paragraph=r["paragraph"]) in page
    set_language("en")
    try:
        assert nairobi.names() == [r["name_en"] for r in ROWS]
    finally:
        set_language("id")


def test_the_lens_of_lesson_06_is_names_and_questions_only():
    """table(meanings=False): every principle with its question, nothing else per row."""
    page = nairobi.table(meanings=False)._repr_html_()
    for r in ROWS:
        assert html.escape(r["name_id"]) in page and html.escape(r["question_id"]) in page
        assert html.escape(r["text_id"]) not in page
    assert page.count("<tr>") == len(ROWS) + 1 and page.count("</th>") == 2
