"""The fact-check activity (kss.factcheck): claims figure and the verdict widget.

Expected values come from data/claims.csv read here with the csv module.
"""
import csv
import html
from collections import Counter

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from kss import data, factcheck  # noqa: E402
from kss.labels import set_language, t  # noqa: E402

set_language("id")


def _split(cell):
    return [c.strip() for c in cell.split(";") if c.strip()]


with (data.DATA_DIR / "claims.csv").open(encoding="utf-8") as f:
    CLAIMS = list(csv.DictReader(f))
with (data.DATA_DIR / "milestones.csv").open(encoding="utf-8") as f:
    MILESTONES = {r["milestone_id"]: r for r in csv.DictReader(f)}
with (data.DATA_DIR / "facts.csv").open(encoding="utf-8") as f:
    FACTS = {r["fact_id"]: r for r in csv.DictReader(f)}
with (data.DATA_DIR / "sources.csv").open(encoding="utf-8") as f:
    PUBLISHERS = {r["url"]: r["publisher"] for r in csv.DictReader(f)}

# what a careful reader should answer, from the status column (written out here on purpose)
RIGHT = {"verified": "true", "partly_verified": "partly",
         "unverified": "unverified", "contradicted": "contradicted"}


# ---------------------------------------------------------------- figure

def test_status_counts_match_the_csv():
    counts = Counter((r["article_section"], r["status"]) for r in CLAIMS)
    table = factcheck.status_counts()
    for (section, status), n in counts.items():
        assert table.loc[section, status] == n
    assert table.to_numpy().sum() == len(CLAIMS)


def test_claims_figure_bars_add_up_per_section():
    fig = factcheck.claims_figure()
    ax = fig.axes[0]
    per_section = Counter(r["article_section"] for r in CLAIMS)
    labels = [x.get_text() for x in ax.get_yticklabels()]
    widths = Counter()
    for patch in ax.patches:
        y = round(patch.get_y() + patch.get_height() / 2)
        widths[y] += patch.get_width()
    positions = list(ax.get_yticks())
    for label, y in zip(labels, positions):
        section = next(s for s in factcheck.SECTION_ORDER if t(f"factcheck.section.{s}") == label)
        assert widths[round(y)] == per_section[section], section
    assert ax.get_xlabel() == t("factcheck.figure_xlabel")
    for status in factcheck.STATUS_ORDER:   # each colour's bars add up to its claims
        count = sum(1 for r in CLAIMS if r["status"] == status)
        bars = [p for p in ax.patches if matplotlib.colors.to_hex(p.get_facecolor()).upper()
                == factcheck.STATUS_COLOURS[status].upper()]
        assert sum(p.get_width() for p in bars) == count, status
    assert sum(1 for r in CLAIMS if r["status"] == "unverified") >= 2


# ---------------------------------------------------------------- widget

@pytest.fixture
def widget():
    return factcheck.activity()


def test_starts_at_the_ktt_claim(widget):
    assert widget.claim_id == "ktt-kss-2018"
    row = next(r for r in CLAIMS if r["claim_id"] == "ktt-kss-2018")
    assert row["status"] == "unverified"   # not found, probably conflated (data/decisions.csv)
    assert html.escape(row["claim_id_text"]) in widget.claim_html.value
    assert widget.result.value == "" and widget.choice.value is None


def test_check_without_a_choice_asks_for_one(widget):
    assert widget.check() is None
    assert html.escape(t("factcheck.choose_first")) in widget.result.value


def test_unknown_input_counts_as_no_choice(widget):
    assert widget.answer("maybe") is None
    assert widget.answer(None) is None
    assert widget.outcome is None


@pytest.mark.parametrize("claim", CLAIMS, ids=[r["claim_id"] for r in CLAIMS])
def test_every_claim_and_every_verdict(widget, claim):
    widget.choose(claim["claim_id"])
    assert html.escape(claim["claim_id_text"]) in widget.claim_html.value
    for verdict in factcheck.VERDICTS:
        outcome = widget.answer(verdict)
        assert outcome is (verdict == RIGHT[claim["status"]])
        shown = widget.result.value
        assert html.escape(claim["verdict_id"]) in shown
        assert html.escape(t(f"factcheck.status.{claim['status']}")) in shown
        for url in _split(claim["sources"]):
            assert f'href="{html.escape(url, quote=True)}"' in shown
        if outcome:
            assert html.escape(t("factcheck.right")) in shown
        else:
            expected = t(f"factcheck.verdict.{RIGHT[claim['status']]}")
            assert html.escape(t("factcheck.wrong", expected=expected)) in shown


def test_the_ktt_claim_comes_with_source_material_before_any_verdict(widget):
    """Learners get the sources first (issue 22, item 3): the real events, in our words, with
    dates and publishers, are on screen before a verdict is chosen; no verdict text is."""
    shown = widget.material.value
    assert widget.result.value == "" and widget.choice.value is None
    for event in ("indonesia-africa-forum-2018", "ais-forum-manado-2018"):
        row = MILESTONES[event]
        assert html.escape(row["title_id"]) in shown
        assert html.escape(row["description_id"]) in shown
        assert factcheck.date_text(row["date_start"], row["date_end"]) in shown
        for url in _split(row["sources"]):
            assert f'href="{html.escape(url, quote=True)}"' in shown
            assert html.escape(PUBLISHERS[url]) in shown
    summit = FACTS["asian-african-summit-2015"]
    assert html.escape(summit["text_id"]) in shown and "105" in shown
    assert "10–11 April 2018" in shown and "1 November 2018" in shown
    assert "586,56" in shown and "Jusuf Kalla" in shown
    assert "Selandia Baru" in shown and "Inggris" in shown   # the AIS Forum is not South-South
    claim = next(r for r in CLAIMS if r["claim_id"] == "ktt-kss-2018")
    assert html.escape(claim["verdict_id"]) not in shown + widget.claim_html.value
    assert html.escape(t("factcheck.article")) in widget.claim_html.value   # the article, by title
    assert widget.answer("unverified") is True
    assert html.escape(claim["verdict_id"]) in widget.result.value
    assert widget.material.value == shown   # the material stays while the answer shows


def test_claims_without_material_show_none(widget):
    widget.choose("kss-definition")
    assert widget.material.value == ""
    widget.choose("ktt-2018-priorities")
    assert html.escape(MILESTONES["indonesia-africa-infrastructure-dialogue-2019"]["title_id"]) in widget.material.value
    assert "TANESCO" in widget.material.value   # energy deals: IAF 2024, not 2018


def test_the_verdicts_are_the_status_words(widget):
    """One term per concept: the learner's four verdicts read exactly like the four statuses."""
    labels = [label for label, _ in widget.choice.options]
    assert labels == [t(f"factcheck.status.{s}").split(" (")[0] for s in factcheck.STATUS_ORDER]


def test_dates_are_written_the_indonesian_way():
    assert factcheck.date_text("2018-04-10", "2018-04-11") == "10–11 April 2018"
    assert factcheck.date_text("2018-11-01") == "1 November 2018"
    assert factcheck.date_text("1954-04", "1954-05-02") == "April – 2 Mei 1954"
    assert factcheck.date_text("1981") == "1981"
    assert factcheck.date_text("2024-09-01", "2024-09-03") == "1–3 September 2024"


def test_related_events_exist_in_the_milestones():
    for claim_id, events in factcheck.RELATED_EVENTS.items():
        assert any(r["claim_id"] == claim_id for r in CLAIMS)
        for event in events:
            assert event in MILESTONES


def test_stepping_visits_every_claim_in_order_and_wraps(widget):
    ids = [r["claim_id"] for r in CLAIMS]
    widget.choose(ids[0])
    visited = [widget.claim_id]
    for _ in range(len(ids)):
        widget.next.click()
        visited.append(widget.claim_id)
    assert visited == ids + [ids[0]]
    widget.previous.click()
    assert widget.claim_id == ids[-1]


def test_changing_the_claim_clears_the_previous_answer(widget):
    widget.answer("true")
    assert widget.result.value
    widget.step(1)
    assert widget.result.value == "" and widget.choice.value is None and widget.outcome is None


def test_button_click_checks(widget):
    widget.choice.value = "unverified"
    widget.button.click()
    assert widget.outcome is True


def test_data_text_is_escaped(widget):
    widget.rows.loc[widget.rows["claim_id"] == "ktt-kss-2018", "verdict_id"] = "<script>x</script> & co"
    widget.answer("true")
    assert "<script>" not in widget.result.value
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in widget.result.value
