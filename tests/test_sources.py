"""Sources: no content farms or copies anywhere in data/ or in a lesson's Sumber; every
Sumber URL written as a reference (publisher, title, date, URL, kind); every cited URL
described in data/sources.csv with its kind; the fact-check decisions point at real rows.

The weak hosts and the reference pattern are written out here, apart from the code
(tools/references.py) that they check.
"""
import csv
import re
from pathlib import Path

import pytest

from kss import data
from kss.data import DataError
from notebook_utils import all_notebooks, ids, read
from table_edit import read_rows, set_cell

DATA = Path(__file__).resolve().parent.parent / "data"
NOTEBOOKS = all_notebooks()

# content farms, document-sharing copies, Wikipedia and its mirrors, blogs, exam-prep sites
WEAK_HOSTS = (
    "123dok.com", "studylibid.com", "scribd.com", "documents.pub", "doczz.net", "paperzz.com",
    "flipbuilder.com", "piglix.com", "wikisum.wiki", "yourafricawiki", "wikipedia.org",
    "alem.dynip.sapo.pt", "wiki-indonesia.club", "jawawa.id", "blogspot.com", "wordpress.com",
    "jagranjosh.com", "universalcurrentaffairs.com", "bestcurrentaffairs.com", "sagapedia.com",
    "berbagaireviews.com", "etudier.com", "paperai.life", "issuhub.com", "whlist.net",
    "newslines.org", "topnews.in", "latestly.com", "country-data.com", "ionglobaltrends.com",
    "zambianhistory.com", "docslib.org", "kipdf.com", "fdocuments", "docplayer", "kompasiana.com",
)
URL = re.compile(r"https?://[^\s;<>\]]+")
KIND_WORDS = {"primary": "sumber primer", "official": "sumber resmi", "press": "pers",
              "secondary": "sumber sekunder, lebih lemah"}
KIND_WORDS_EN = {"primary": "primary source", "official": "official source", "press": "press",
                 "secondary": "secondary source, weaker"}


def weak(url: str) -> bool:
    return any(host in url for host in WEAK_HOSTS)


def sumber_text(path) -> str:
    """The Sumber section (the English edition: Sources)."""
    from kss import editions
    nb = read(path)
    heading = f"## {editions.of(path).w('sources')}"
    return "\n".join(c.source for c in nb.cells
                     if c.cell_type == "markdown" and c.source.lstrip().startswith(heading))


def source_rows() -> dict[str, dict]:
    return {r["url"]: r for r in read_rows("sources.csv")}


def english_publishers() -> dict[str, str]:
    """{publisher: its English name} from data/publishers.csv."""
    return {r["publisher"]: r["publisher_en"] for r in read_rows("publishers.csv")}


def english_descriptions() -> dict[str, str]:
    """{url: the English description of its [described] title} from data/source_descriptions.csv."""
    return {r["url"]: r["title_en"] for r in read_rows("source_descriptions.csv")}


def bare_urls(text: str, sources: dict[str, dict], kinds: dict = KIND_WORDS) -> list[str]:
    """URLs of `text` not written as 'Publisher, *Title* (date). URL [kind]' with the
    publisher, title and kind that data/sources.csv gives for that URL. A title in square
    brackets is a description, not the page's own title, and is written without italics:
    'Publisher, [Description] (date). URL [kind]'."""
    problems = []
    # the English edition names publishers in English (data/publishers.csv) and gives
    # descriptions in English (data/source_descriptions.csv)
    names = english_publishers() if kinds is KIND_WORDS_EN else {}
    descriptions = english_descriptions() if kinds is KIND_WORDS_EN else {}
    for match in URL.finditer(text):
        url = match.group().rstrip(".,")
        while url.endswith(")") and url.count("(") < url.count(")"):
            url = url[:-1]
        row = sources.get(url)
        before, after = text[:match.start()], text[match.start() + len(url):]
        if row is None:
            problems.append(f"{url} (not in data/sources.csv)")
            continue
        head = re.search(r"(?:^|[:;(]\s|\n- )([^\n]+?), (?:\*([^*\n]+)\*|(\[[^\]\n]+\])) \(([^()\n]+)\)\. $",
                         before)
        tail = re.match(r" \[([^\]\n]+)\]", after)
        described = row["title"].startswith("[") and row["title"].endswith("]")
        title = (descriptions.get(url, row["title"]) if described else row["title"]).replace("$", "\\$")
        if not (head and tail and head.group(1).endswith(names.get(row["publisher"], row["publisher"]))
                and (head.group(3) if described else head.group(2)) == title
                and tail.group(1) == kinds[row["kind"]]):
            problems.append(url)
    return problems


# ---------------------------------------------------------------- weak hosts

def data_urls() -> list[tuple[str, str]]:
    found = []
    for path in sorted(DATA.glob("*.csv")) + [DATA / "datapackage.json", DATA / "README.md"]:
        for url in URL.findall(path.read_text(encoding="utf-8")):
            found.append((path.name, url))
    return found


def test_no_weak_host_anywhere_in_data():
    bad = [(name, url) for name, url in data_urls() if weak(url)]
    assert not bad, f"weak hosts in data/: {bad[:10]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_no_weak_host_in_a_lessons_sumber(path):
    bad = [u for u in URL.findall(sumber_text(path)) if weak(u)]
    assert not bad, f"{path.name}: weak hosts in Sumber: {bad}"


def test_the_weak_host_check_catches_a_copy():
    assert weak("https://scribd.com/document/500667174/Bandung")
    assert weak("https://pureindonesia.blogspot.com/2009/08/gedung-merdeka.html")
    assert not weak("http://worldjpn.grips.ac.jp/documents/texts/docs/19550424.D1E.html")


# ---------------------------------------------------------------- Sumber as references

@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_every_sumber_url_is_written_as_a_reference(path):
    text = sumber_text(path)
    assert text, f"{path.name}: no Sumber section"
    kinds = KIND_WORDS_EN if path.parent.name == "en" else KIND_WORDS
    problems = bare_urls(text, source_rows(), kinds)
    assert not problems, (f"{path.name}: Sumber entries that are not full references "
                          f"(run python -m tools.references {path.name}): {problems}")


def test_a_bare_url_is_caught():
    sources = source_rows()
    url = "https://undocs.org/A/78/290"
    row = sources[url]
    written = f"- Laporan: {row['publisher']}, *{row['title']}* ({row['date']}). {url} [sumber primer]"
    assert bare_urls(written, sources) == []
    assert bare_urls(f"- Laporan: {url}", sources) == [url]
    assert bare_urls(f"- Laporan: {row['publisher']}. {url} [sumber primer]", sources) == [url]
    assert bare_urls(written.replace("sumber primer", "pers"), sources) == [url]   # wrong kind
    assert bare_urls("- https://example.org/x", sources) == ["https://example.org/x (not in data/sources.csv)"]


def test_a_described_title_is_written_without_italics():
    sources = source_rows()
    # a made-up row: the reference check reads a [description] the way tools/references.py
    # writes one
    url = "https://example.org/berita"
    row = {"url": url, "kind": "press", "publisher": "Contoh", "title": "[Berita tentang sesuatu]", "date": ""}
    sources = {**sources, url: row}
    plain = f"- {row['publisher']}, {row['title']} (x). {url} [{KIND_WORDS[row['kind']]}]"
    assert bare_urls(plain, sources) == []
    assert bare_urls(plain.replace(row["title"], f"*{row['title']}*"), sources) == [url]
    real_url, real = next((u, r) for u, r in sources.items() if not r["title"].startswith("[")
                          and "$" not in r["title"])
    italic = f"- {real['publisher']}, *{real['title']}* (x). {real_url} [{KIND_WORDS[real['kind']]}]"
    assert bare_urls(italic, sources) == []
    assert bare_urls(italic.replace(f"*{real['title']}*", f"[{real['title']}]"), sources) == [real_url]


# ---------------------------------------------------------------- titles are titles

def slug_title(title: str, url: str) -> bool:
    """A title that is only the words of a segment of its URL, lower-cased after the first
    letter ('Govt widen road transhipment'): made from the address, not read from the page."""
    if title.startswith("[") or title[1:] != title[1:].lower():
        return False
    words = " ".join(re.findall(r"[a-z0-9]+", title.lower()))
    if words.count(" ") < 2:
        return False
    path = re.sub(r"^https?://[^/]+", "", re.sub(r"[?#].*", "", url))
    return any(words in " ".join(re.findall(r"[a-z0-9]+", segment.lower()))
               for segment in path.split("/") if segment)


# A headline that happens to be word for word its URL's slug, read on the page itself: where
# it was read. (The slug check cannot tell it from a title made from the address.)
HEADLINE_IS_THE_SLUG = {
    "https://vietnamnews.vn/world/466412/haitian-anti-graft-protesters-demand-probe-into-oil-fund-scandal.html":
        "the stored page opens with this headline, dated September 24, 2018 (AFP)",
}


def test_no_title_is_made_from_its_url():
    made = [r["url"] for r in read_rows("sources.csv")
            if slug_title(r["title"], r["url"]) and r["url"] not in HEADLINE_IS_THE_SLUG]
    assert not made, ("titles in data/sources.csv that are the URL's words, not the page's title "
                      f"(write the real title, or a description in [brackets]): {made}")


def described_or_slug(title: str, url: str) -> bool:
    """A title that is not the document's own: a description in [brackets], the URL's words
    (slug_title), or a hyphen-joined word run with no spaces ('kalla-officialy-open') that
    stands in the last part of the URL's path."""
    if title.lstrip().startswith("[") or slug_title(title, url):
        return True
    path = re.sub(r"^https?://[^/]+", "", re.sub(r"[?#].*", "", url)).rstrip("/")
    last = path.rsplit("/", 1)[-1].lower()
    return any(re.fullmatch(r"[\w.]+(?:-[\w.]+){2,}", token) and token.lower() in last
               for token in title.split())


# Titles that could not yet be confirmed stay visibly marked as descriptions, in [brackets]
# (the references print them without italics, so no learner takes one for the document's own
# title). Their number may only go down: a new source gets its real title.
DESCRIBED_TITLES_AT_MOST = 62


def test_every_title_is_a_real_title_or_a_marked_description():
    """Issue 21: every title in data/sources.csv is the document's own title, never words
    taken from the URL; a title not yet confirmed is a [description], and there are no more
    of those than there were when the rule came in."""
    rows = list(enumerate(read_rows("sources.csv"), start=2))
    slugs = [f"data/sources.csv, baris {number}, kolom 'title': {row['title']!r} ({row['url']})"
             for number, row in rows
             if described_or_slug(row["title"], row["url"]) and not row["title"].lstrip().startswith("[")
             and row["url"] not in HEADLINE_IS_THE_SLUG]
    assert not slugs, "titles made from the URL (write the page's own title):\n" + "\n".join(slugs)
    described = [row["url"] for _, row in rows if row["title"].lstrip().startswith("[")]
    assert len(described) <= DESCRIBED_TITLES_AT_MOST, (
        f"{len(described)} sources have a [description] instead of their title, more than "
        f"{DESCRIBED_TITLES_AT_MOST}: give a new source its real title")


def test_no_title_writes_money_with_a_dollar_sign():
    """data/README.md: a '$' in a page's title is written 'USD', as everywhere in the course.
    Two '$' in one Sumber list are maths to MathJax in a static page (nbconvert, GitHub,
    nbviewer): tests/delivery/test_static_html.py finds that only after the notebooks are
    re-executed; this says so at the row."""
    found = [f"data/sources.csv, baris {number}, kolom 'title': {row['title']!r}"
             for number, row in enumerate(read_rows("sources.csv"), start=2) if "$" in row["title"]]
    assert not found, "write USD for '$' in a title:\n" + "\n".join(found)


def test_the_title_check_catches_a_description_and_a_slug():
    url = "http://en.metrotvnews.com/national-en/dN6EjdaK-kalla-officialy-open-indonesia-africa-forum-2018"
    assert described_or_slug("[Berita tentang pembukaan Indonesia-Africa Forum 2018]", url)
    assert described_or_slug("dN6EjdaK-kalla-officialy-open-indonesia-africa-forum-2018", url)
    assert described_or_slug("Kalla officialy open indonesia africa forum 2018", url)
    assert not described_or_slug("Kalla Officially Opens Indonesia-Africa Forum 2018", url)
    assert not described_or_slug("Asian-African Conference timeline",
                                 "https://www.thejakartapost.com/news/2015/04/23/asian-african-conference-timeline.html")


def test_the_slug_check_catches_a_slug():
    url = "https://www.thedailystar.net/business/govt-widen-road-transhipment-1423741?amp"
    assert slug_title("Govt widen road transhipment", url)
    assert not slug_title("Govt to widen road for transhipment", url)
    assert not slug_title("[Berita tentang pelebaran jalan]", url)
    assert not slug_title("Indonesia and Brazil to cooperate on biofuel",
                          "https://www.rnz.co.nz/news/world/2989/indonesia-and-brazil-to-cooperate-on-biofuel")


def test_the_reference_tool_changes_nothing_twice():
    from tools.references import rewrite
    for path in NOTEBOOKS:
        text = sumber_text(path)
        assert rewrite(text, lang=path.parent.name) == text, path.name


def test_a_title_confirmed_since_replaces_the_english_description():
    """`python -m tools.references --was REV` after a [description] became a real title: the
    English edition had written the English description of REV (source_descriptions.csv
    then), and that reference must give way to the new one, not keep it beside the new one."""
    from tools.references import reference, rewrite
    url = next(iter(HEADLINE_IS_THE_SLUG))
    row = source_rows()[url]
    assert not row["title"].startswith("["), "this test needs a source whose title is confirmed"
    then = dict(row, title="[Berita AFP tentang unjuk rasa di Haiti]", title_en="[AFP report on protests in Haiti]")
    old = f"- {row['publisher']}, [AFP report on protests in Haiti] (24 September 2018). {url} [press]"
    assert rewrite(old, [then], "en") == f"- {reference(url, 'en')}"


# ---------------------------------------------------------------- sources.csv and kinds

FACT_TABLES = ("delegations", "principles", "nairobi", "milestones", "examples", "claims", "facts", "decisions",
               "misconceptions")


def test_every_cited_url_is_described_with_a_kind():
    sources = source_rows()
    for name in FACT_TABLES:
        for row in read_rows(f"{name}.csv"):
            for url in row["sources"].split(";"):
                assert url in sources, (name, url)
    assert {r["kind"] for r in sources.values()} <= set(KIND_WORDS)
    for row in sources.values():
        assert row["publisher"].strip() and row["title"].strip(), row["url"]


def test_every_described_source_is_cited_somewhere():
    cited = {u for name in FACT_TABLES for r in read_rows(f"{name}.csv") for u in r["sources"].split(";")}
    for path in NOTEBOOKS:
        cited |= set(URL.findall(sumber_text(path)))
    unused = sorted(set(source_rows()) - cited)
    assert not unused, f"sources.csv rows cited nowhere: {unused}"


def test_source_kinds_are_parallel_to_sources():
    sources = source_rows()
    facts = data.load("facts")
    for fact_id, urls in zip(facts["fact_id"], facts["sources"]):
        kinds = data.source_kinds(urls)
        assert kinds == [sources[u]["kind"] for u in urls], fact_id
    order = ["primary", "official", "press", "secondary"]
    row = next(r for r in read_rows("facts.csv") if r["fact_id"] == "kaa-opening")
    assert data.best_kind(row["sources"].split(";")) == min(
        (sources[u]["kind"] for u in row["sources"].split(";")), key=order.index) == "primary"


def test_a_url_missing_from_sources_csv_is_named(data_copy):
    set_cell(data_copy / "facts.csv", 2, "sources", "https://example.org/not-listed")
    with pytest.raises(DataError) as info:
        data.load("facts", data_copy)
    message = str(info.value)
    assert "facts.csv, baris 2, kolom 'sources'" in message
    assert "https://example.org/not-listed" in message and "sources.csv" in message


def test_an_unknown_kind_is_named(data_copy):
    set_cell(data_copy / "sources.csv", 3, "kind", "blog")
    with pytest.raises(DataError) as info:
        data.load("sources", data_copy)
    assert "sources.csv, baris 3, kolom 'kind'" in str(info.value) and "blog" in str(info.value)


def test_a_weaker_row_is_visible():
    # facts resting only on secondary sources exist, and each such URL is labelled weaker
    sources = source_rows()
    secondary = [r["fact_id"] for r in read_rows("facts.csv")
                 if all(sources[u]["kind"] == "secondary" for u in r["sources"].split(";"))]
    assert secondary, "expected some facts that rest on secondary sources only"
    assert KIND_WORDS["secondary"].endswith("lebih lemah")


# ---------------------------------------------------------------- decisions

def test_decisions_point_at_rows():
    keys = {}
    # a decision may also rest on a membership note or a country's grouping (the LDC list, lesson 01)
    for name in FACT_TABLES[:-1] + ("memberships", "groupings"):
        with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            keys[name] = {row[0] for row in reader}
    decisions = read_rows("decisions.csv")
    assert len(decisions) >= 15
    for d in decisions:
        for ref in d["rows"].split(";"):
            table, key = ref.split(":", 1)
            removed = d["outcome"] == "removed"
            assert (key in keys[table]) != removed, (d["decision_id"], ref)
        assert d["lessons"] and d["sources"], d["decision_id"]
    outcomes = {d["decision_id"]: d["outcome"] for d in decisions}
    assert outcomes["ktt-2018"] == "changed" and outcomes["nepal-first-road"] == "removed"


# ---------------------------------------------------------------- publishers in English

# words that mark a publisher's name as Indonesian: such a publisher needs its English name
# in data/publishers.csv for the English edition's references
INDONESIAN_WORDS = ("Kementerian", "Pemerintah", "Perserikatan", "Sekretariat", "Badan", "Sekolah",
                    "Ketua", "Gerakan", "Museum Konperensi", "situs", "mengutip", "penerbit", "dari",
                    "dan", "Uni Eropa", "teks", "RI")


def indonesian(publisher: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", publisher) for w in INDONESIAN_WORDS)


def test_every_indonesian_publisher_has_an_english_name():
    names = english_publishers()
    missing = sorted({r["publisher"] for r in read_rows("sources.csv")
                      if indonesian(r["publisher"]) and r["publisher"] not in names})
    assert not missing, ("publishers of data/sources.csv with no English name in "
                         f"data/publishers.csv (add a row: publisher,publisher_en): {missing}")
    untranslated = [p for p, en in names.items() if indonesian(en)]
    assert not untranslated, f"data/publishers.csv: English names still in Indonesian: {untranslated}"


def test_every_english_name_belongs_to_a_publisher():
    used = {r["publisher"] for r in read_rows("sources.csv")}
    stale = sorted(set(english_publishers()) - used)
    assert not stale, f"data/publishers.csv names publishers that sources.csv no longer has: {stale}"


def test_the_publisher_checks_catch_an_indonesian_name():
    assert indonesian("Kementerian Luar Negeri RI") and indonesian("HM Soeharto (situs keluarga)")
    assert not indonesian("Ministry of Foreign Affairs of Indonesia")
    assert not indonesian("Danish Refugee Council") and not indonesian("Ministry of Foreign Affairs of Japan")


def test_the_english_edition_names_publishers_in_english():
    from tools.references import reference
    url = next(r["url"] for r in read_rows("sources.csv") if r["publisher"] == "Kementerian Luar Negeri RI")
    assert reference(url, "en").startswith("Ministry of Foreign Affairs of Indonesia, ")
    assert reference(url, "id").startswith("Kementerian Luar Negeri RI, ")


# ---------------------------------------------------------------- descriptions in English

# words that mark a [description] as Indonesian; an English description has none of them
INDONESIAN_DESCRIPTION_WORDS = ("tentang", "Berita", "Halaman", "versi", "Artikel", "Siaran", "Bab",
                                "Catatan", "Ringkasan", "Analisis", "hlm", "situs", "dan", "di",
                                "yang", "pada", "untuk", "oleh", "bahasa")


def indonesian_description(text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in INDONESIAN_DESCRIPTION_WORDS)


def test_every_described_title_has_one_english_description():
    """The English edition prints a [described] title in English: data/source_descriptions.csv
    has exactly one row for every source of data/sources.csv whose title is in [brackets]."""
    described = [r["url"] for r in read_rows("sources.csv") if r["title"].startswith("[")]
    counted = {}
    for row in read_rows("source_descriptions.csv"):
        counted[row["url"]] = counted.get(row["url"], 0) + 1
    missing = [u for u in described if u not in counted]
    assert not missing, ("sources with a [described] title and no English description in "
                         f"data/source_descriptions.csv (add a row: url,title_en): {missing}")
    twice = sorted(u for u, n in counted.items() if n > 1)
    assert not twice, f"data/source_descriptions.csv: more than one row for {twice}"


def test_no_english_description_for_a_real_title():
    """A confirmed title replaces the description in both editions: its row in
    data/source_descriptions.csv goes."""
    titles = {r["url"]: r["title"] for r in read_rows("sources.csv")}
    stale = [u for u in english_descriptions() if not titles.get(u, "").startswith("[")]
    assert not stale, ("data/source_descriptions.csv describes sources whose title in "
                       f"data/sources.csv is real (or that are not there): remove their rows: {stale}")


def test_english_descriptions_are_english_and_bracketed():
    titles = {r["url"]: r["title"] for r in read_rows("sources.csv")}
    for line, row in enumerate(read_rows("source_descriptions.csv"), start=2):
        where = f"data/source_descriptions.csv, baris {line}, kolom 'title_en'"
        english = row["title_en"]
        assert english.startswith("[") and english.endswith("]"), f"{where}: not in [brackets]: {english!r}"
        assert english != titles.get(row["url"]), f"{where}: the Indonesian description, not translated"
        assert not indonesian_description(english), f"{where}: Indonesian words: {english!r}"


def test_the_description_checks_catch_indonesian():
    assert indonesian_description("[Berita ANTARA tentang pelatihan konstruksi]")
    assert indonesian_description("[Halaman proyek PetroCaribe di situs CARICOM]")
    assert indonesian_description("Life expectancy at birth, versi 15")
    assert not indonesian_description("[ANTARA report on construction training for Palestinians]")
    assert not indonesian_description("Life expectancy at birth, v15")


def test_gapminder_titles_write_their_version_without_an_indonesian_word():
    """A Gapminder dataset's version is written as Gapminder writes it ('v15'), the same in
    both editions, not with the Indonesian 'versi'."""
    rows = [r for r in read_rows("sources.csv") if r["publisher"].startswith("Gapminder")]
    assert rows
    bad = [r["title"] for r in rows if re.search(r"(?<!\w)vers(i|ion)(?!\w)", r["title"])]
    assert not bad, f"data/sources.csv: write the version as 'v15', 'v2.0.0': {bad}"


EN_NOTEBOOKS = [p for p in NOTEBOOKS if p.parent.name == "en"]


@pytest.mark.parametrize("path", EN_NOTEBOOKS, ids=ids(EN_NOTEBOOKS))
def test_no_english_sources_section_shows_an_indonesian_description(path):
    """Every [bracketed] text of an English Sources section (descriptions and kinds) is English:
    none is an Indonesian description of data/sources.csv, none has Indonesian words."""
    indonesian = {r["title"] for r in read_rows("sources.csv") if r["title"].startswith("[")}
    bracketed = re.findall(r"\[[^\[\]\n]+\]", sumber_text(path))
    bad = [b for b in bracketed if b in indonesian or indonesian_description(b)]
    assert not bad, (f"{path.name}: Indonesian descriptions in the Sources section (add them to "
                     f"data/source_descriptions.csv, then python -m tools.references): {bad}")


def test_the_english_edition_gives_descriptions_in_english():
    from tools.references import reference
    english = english_descriptions()
    url, row = next((u, r) for u, r in source_rows().items() if r["title"].startswith("[") and u in english)
    assert f", {english[url]} (" in reference(url, "en") and f"*{english[url]}*" not in reference(url, "en")
    assert f", {row['title']} (" in reference(url, "id")


def test_a_description_of_an_unknown_source_is_named(data_copy):
    set_cell(data_copy / "source_descriptions.csv", 2, "url", "https://example.org/not-listed")
    with pytest.raises(DataError) as info:
        data.load("source_descriptions", data_copy)
    message = str(info.value)
    assert "source_descriptions.csv, baris 2, kolom 'url'" in message
    assert "https://example.org/not-listed" in message and "sources.csv" in message
