"""A cited source written as a reference a student can copy: publisher, title, date, URL
and what kind of source it is. The details come from data/sources.csv.

    from kss.references import reference
    reference("https://undocs.org/A/78/290")
    # 'Perserikatan Bangsa-Bangsa, *State of South-South cooperation: ...* (2023).
    #  https://undocs.org/A/78/290 [sumber primer]'

Every URL in a lesson's Sumber section is written this way (tools/references.py does it;
tests/test_sources.py checks it). Secondary sources are labelled as weaker.

A title is the page's own title, in the page's own language, and is set in italics. Where a
page has no usable title of its own (or its title could not be checked), data/sources.csv gives
a short description in square brackets instead, "[Berita tentang ...]"; a described title is
written as it is, in brackets and not in italics, so a reader can tell it from a real title:

    ANTARA, [Berita ANTARA tentang ...] (2017). https://... [pers]
"""
from __future__ import annotations

from functools import lru_cache

from kss import data

MONTHS = {"id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                 "September", "Oktober", "November", "Desember"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December")}
KIND_LABELS = {"id": {"primary": "sumber primer", "official": "sumber resmi", "press": "pers",
                      "secondary": "sumber sekunder, lebih lemah"},
               "en": {"primary": "primary source", "official": "official source", "press": "press",
                      "secondary": "secondary source, weaker"}}
NO_DATE = {"id": "tanpa tanggal", "en": "no date"}


def written_date(value: str | None, lang: str = "id") -> str:
    """'2015-04-23' -> '23 April 2015'; '2019-03' -> 'Maret 2019'; '' -> 'tanpa tanggal'."""
    if not value:
        return NO_DATE[lang]
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[lang][int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def described(title: str) -> bool:
    """True for a description in square brackets, not the page's own title."""
    return title.startswith("[") and title.endswith("]")


def reference(url: str, lang: str = "id") -> str:
    """The reference for `url`; a DataError names data/sources.csv when it is not listed."""
    folder = data.current_dir()
    rows = _rows_by_url(str(folder.resolve()), data.version(folder))
    if url not in rows:
        raise data.DataError(f"sumber '{url}' belum dicatat di data/sources.csv (tambahkan satu "
                             "baris: url, kind, publisher, title, date)")
    return written(url, rows[url], lang)


@lru_cache(maxsize=4)
def _rows_by_url(folder: str, stamp: tuple) -> dict:
    """{url: row of data/sources.csv}, per data version (a Sumber list asks once per URL)."""
    table = data.load("sources", folder)
    return {row["url"]: row for row in table.to_dict("records")}


def written(url: str, row, lang: str = "id") -> str:
    """The reference for `url` from one row of data/sources.csv (publisher, title, date, kind)."""
    date = row["date"] if isinstance(row["date"], str) and row["date"] else None
    title = row["title"].replace("$", "\\$")   # a '$' would start MathJax maths in Jupyter
    if not described(title):
        title = f"*{title}*"
    return (f"{row['publisher']}, {title} ({written_date(date, lang)}). {url} "
            f"[{KIND_LABELS[lang][row['kind']]}]")
