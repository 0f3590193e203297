"""Load any table of the data package by name, typed by its schema.

    from kss import data
    delegasi = data.load("delegations")      # a pandas DataFrame

The schema lives in data/datapackage.json (Frictionless Table Schema). This loader
reads each CSV itself, cell by cell, so that bad data is reported as ONE clear
message naming the file, the line and the column, never as a pandas traceback:

    DataError: data/examples.csv, baris 7, kolom 'partners': kode ISO3 'XXX' tidak
    dikenal (tidak ada di data/countries.csv)

"baris" counts lines of the file as an editor shows them (the header is line 1).
The tests also validate the package with the frictionless library; this loader is
the fast path the notebooks use (no heavy dependency in the learners' kernel).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from kss import paths

PACKAGE_FILE = paths.PACKAGE_FILE
# DATA_DIR (read as kss.data.DATA_DIR) is found by kss.paths.find_data_dir(): environment
# variable, the repository around the working directory, the source checkout, or the copy
# inside the package, in that order. Tests may set kss.data.DATA_DIR to a scratch copy.

TRUE_VALUES = {"true"}
FALSE_VALUES = {"false"}


class DataError(ValueError):
    """A problem in a data file, described in words (file, line, column, what is wrong)."""


def current_dir() -> Path:
    """The course's data folder: kss.data.DATA_DIR if a test set it, else the lookup of
    kss.paths (cached per working directory and KSS_DATA_DIR value)."""
    override = globals().get("DATA_DIR")
    if override is not None:
        return Path(override)
    return _found(os.getcwd(), os.environ.get(paths.ENV_VAR, ""))


@lru_cache(maxsize=16)
def _found(cwd: str, env_value: str) -> Path:
    try:
        return paths.find_data_dir(Path(cwd))
    except paths.DataNotFound as exc:
        raise DataError(str(exc)) from None


def __getattr__(name: str):
    if name == "DATA_DIR":   # read lazily, so importing kss never fails
        return current_dir()
    raise AttributeError(f"module 'kss.data' has no attribute {name!r}")


def _where(path: Path, line: int | None = None, column: str | None = None) -> str:
    parts = [_show(path)]
    if line is not None:
        parts.append(f"baris {line}")
    if column is not None:
        parts.append(f"kolom '{column}'")
    return ", ".join(parts)


def _show(path: Path) -> str:
    """Path as a maintainer would type it: relative to the repository when possible."""
    try:
        folder = current_dir()
    except DataError:
        return str(path)
    if folder.name != "data":      # the copy inside the package: show the whole path
        return str(path)
    try:
        return str(path.resolve().relative_to(folder.parent.resolve()))
    except ValueError:
        return str(path)


def read_package(data_dir: Path | str | None = None) -> dict:
    """The parsed datapackage.json (resources keyed by name under 'by_name')."""
    data_dir = Path(data_dir) if data_dir else current_dir()
    path = data_dir / PACKAGE_FILE
    if not path.exists():
        raise DataError(f"{_show(path)}: berkas tidak ditemukan (file not found)")
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{_show(path)}: bukan JSON yang sah ({exc})") from None
    package["by_name"] = {r["name"]: r for r in package.get("resources", [])}
    return package


def table_names(data_dir: Path | str | None = None) -> list[str]:
    """Names of the tabular resources, in the order of datapackage.json."""
    package = read_package(data_dir)
    return [r["name"] for r in package["resources"] if "schema" in r]


def load(name: str, data_dir: Path | str | None = None) -> pd.DataFrame:
    """Return table `name` as a typed DataFrame; raise DataError on any problem."""
    data_dir = Path(data_dir) if data_dir else current_dir()
    # cache on the files' modification times: a maintainer's edit is picked up at once
    return _load_cached(name, str(data_dir.resolve()), version(data_dir)).copy()


def version(data_dir: Path | str | None = None) -> tuple:
    """Names and modification times of the data files: changes whenever data/ is edited,
    so helpers can cache what they compute from the tables (see kss.development)."""
    data_dir = Path(data_dir) if data_dir else current_dir()
    # os.scandir, not Path.glob: every load() asks, and glob was most of its time
    with os.scandir(data_dir) as entries:
        return tuple(sorted((e.name, e.stat().st_mtime_ns) for e in entries
                            if e.name.endswith((".csv", ".json"))))


@lru_cache(maxsize=64)
def _load_cached(name: str, data_dir: str, stamp: tuple) -> pd.DataFrame:
    data_dir = Path(data_dir)
    package = read_package(data_dir)
    resource = package["by_name"].get(name)
    if resource is None or "schema" not in resource:
        known = ", ".join(table_names(data_dir))
        raise DataError(f"tabel '{name}' tidak ada di {_show(data_dir / PACKAGE_FILE)} "
                        f"(tabel yang ada: {known})")
    path = data_dir / resource["path"]
    schema = resource["schema"]
    records = _read_rows(path, schema)
    _check_keys(path, schema, records)
    for fk in schema.get("foreignKeys", []):
        _check_foreign_key(path, schema, records, fk, data_dir, name)
    return _to_frame(records, schema)


# ---------------------------------------------------------------- reading and casting

def _read_rows(path: Path, schema: dict) -> list[tuple[int, dict]]:
    """[(line number, {field: typed value})] for every data row of the CSV."""
    if not path.exists():
        raise DataError(f"{_show(path)}: berkas tidak ditemukan (file not found)")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(f"{_where(path, line)}: bukan teks UTF-8 yang sah (byte "
                        f"{raw[exc.start:exc.start + 1]!r}); simpan berkas sebagai UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM written by spreadsheet programs is harmless
    control = _CONTROL_RE.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise DataError(f"{_where(path, line)}: CSV rusak: ada karakter kontrol tak terlihat "
                        f"({control.group()!r}); ketik ulang baris itu")
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(f"{_show(path)}: berkas kosong (tidak ada baris judul kolom)") from None
    except csv.Error as exc:
        raise DataError(f"{_where(path, 1)}: CSV rusak ({exc})") from None
    header = [h.strip() for h in header]
    duplicates = sorted({h for h in header if header.count(h) > 1})
    if duplicates:
        raise DataError(f"{_where(path, 1)}: nama kolom ganda {duplicates}")
    missing = [n for n in names if n not in header]
    extra = [h for h in header if h not in names]
    if missing or extra:
        problems = []
        if missing:
            problems.append(f"kolom hilang {missing}")
        if extra:
            problems.append(f"kolom tak dikenal {extra}")
        raise DataError(f"{_where(path, 1)}: {'; '.join(problems)} "
                        f"(lihat schema '{path.stem}' di data/{PACKAGE_FILE})")
    by_name = {f["name"]: _Field(f) for f in fields}
    plan = [(column, by_name[column]) for column in header]
    records = []
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise DataError(f"{_where(path, line)}: CSV rusak ({exc}); periksa tanda kutip") from None
        line = reader.line_num  # a quoted cell may span lines: report where the row ends
        if not row or all(not c.strip() for c in row):
            raise DataError(f"{_where(path, line)}: baris kosong; hapus baris itu")
        if len(row) != len(header):
            raise DataError(
                f"{_where(path, line)}: ada {len(row)} sel, seharusnya {len(header)} "
                "(teks yang memuat koma harus diapit tanda kutip \"...\")")
        values = {}
        for (column, field), cell in zip(plan, row):
            values[column] = _cast(path, line, field, cell)
        records.append((line, values))
    return records


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_INT_RE = re.compile(r"[+-]?\d+")
_URL_RE = re.compile(r"^https?://\S+$")


class _Field:
    """A schema field, with what casting one of its cells needs looked up once per table
    (a setup cell casts about 60,000 cells: per-cell dictionary lookups and regular
    expressions compiled from the schema were most of its time)."""

    __slots__ = ("name", "kind", "required", "delimiter", "item", "min_items", "max_items",
                 "enum", "enum_set", "pattern", "pattern_re", "minimum", "maximum", "max_length",
                 "checked")

    def __init__(self, field: dict):
        self.name = field["name"]
        self.kind = field.get("type", "string")
        constraints = field.get("constraints", {})
        self.required = bool(constraints.get("required"))
        self.delimiter = self.item = self.min_items = self.max_items = None
        if self.kind == "list":
            self.delimiter = field.get("delimiter", ",")
            # Table Schema v2 puts item rules in "itemConstraints"
            self.item = _Field({"name": self.name, "type": field.get("itemType", "string"),
                                "constraints": field.get("itemConstraints", {})})
            self.min_items = constraints.get("minLength")
            self.max_items = constraints.get("maxLength")
            constraints = {}     # the list's own constraints are about its length (above)
        self.enum = constraints.get("enum")
        self.enum_set = set(self.enum) if self.enum is not None else None
        self.pattern = constraints.get("pattern")
        self.pattern_re = re.compile(self.pattern) if self.pattern is not None else None
        self.minimum = constraints.get("minimum")
        self.maximum = constraints.get("maximum")
        self.max_length = constraints.get("maxLength") if self.kind == "string" else None
        self.checked = any(v is not None for v in (self.enum, self.pattern, self.minimum,
                                                   self.maximum, self.max_length))


def _cast(path: Path, line: int, field: _Field, cell: str):
    cell = cell.strip()
    if cell == "":
        if field.required:
            raise DataError(f"{_where(path, line, field.name)}: sel kosong, padahal wajib diisi")
        return [] if field.kind == "list" else None
    if field.kind == "list":
        items = [i.strip() for i in cell.split(field.delimiter)]
        if any(i == "" for i in items):
            raise DataError(f"{_where(path, line, field.name)}: daftar '{cell}' memuat butir kosong "
                            f"(pemisah '{field.delimiter}' ganda atau di ujung)")
        if field.name == "sources":
            for v in items:
                if not _URL_RE.match(v):
                    raise DataError(f"{_where(path, line, field.name)}: sumber '{v}' bukan alamat "
                                    "http(s) yang utuh")
        values = [_cast_scalar(path, line, field.item, i) for i in items]
        if field.min_items is not None and len(values) < field.min_items:
            raise DataError(f"{_where(path, line, field.name)}: perlu sedikitnya {field.min_items} butir")
        if field.max_items is not None and len(values) > field.max_items:
            raise DataError(f"{_where(path, line, field.name)}: paling banyak {field.max_items} butir")
        return values
    return _cast_scalar(path, line, field, cell)


def _cast_scalar(path: Path, line: int, field: _Field, cell: str):
    kind = field.kind
    if kind == "string":
        value = cell
    elif kind == "integer":
        if not _INT_RE.fullmatch(cell):
            raise DataError(f"{_where(path, line, field.name)}: '{cell}' bukan bilangan bulat")
        value = int(cell)
    elif kind == "number":
        try:
            value = float(cell)
        except ValueError:
            raise DataError(f"{_where(path, line, field.name)}: '{cell}' bukan angka (pakai titik "
                            "sebagai pemisah desimal, tanpa pemisah ribuan)") from None
    elif kind == "boolean":
        if cell in TRUE_VALUES:
            value = True
        elif cell in FALSE_VALUES:
            value = False
        else:
            raise DataError(f"{_where(path, line, field.name)}: '{cell}' bukan nilai benar/salah "
                            "(tulis true atau false)")
    elif kind == "date":
        if not _DATE_RE.match(cell):
            raise DataError(f"{_where(path, line, field.name)}: '{cell}' bukan tanggal berformat YYYY-MM-DD")
        try:
            value = date.fromisoformat(cell)
        except ValueError:
            raise DataError(f"{_where(path, line, field.name)}: '{cell}' bukan tanggal yang ada") from None
    else:
        value = cell
    if field.checked:
        _check_constraints(path, line, field, cell, value)
    return value


def _check_constraints(path: Path, line: int, field: _Field, cell: str, value) -> None:
    problem = None
    if field.enum_set is not None and value not in field.enum_set:
        problem = f"nilai '{cell}' tidak termasuk pilihan yang sah {field.enum}"
    elif field.pattern_re is not None and not field.pattern_re.fullmatch(cell):
        problem = f"'{cell}' tidak sesuai pola {field.pattern!r}"
    elif field.minimum is not None and value < field.minimum:
        problem = f"{cell} lebih kecil dari batas bawah {field.minimum}"
    elif field.maximum is not None and value > field.maximum:
        problem = f"{cell} lebih besar dari batas atas {field.maximum}"
    elif field.max_length is not None and len(cell) > field.max_length:
        problem = f"teks lebih panjang dari {field.max_length} huruf"
    if problem:
        raise DataError(f"{_where(path, line, field.name)}: {problem}")


_DTYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}


def _to_frame(records: list[tuple[int, dict]], schema: dict) -> pd.DataFrame:
    columns = {}
    for field in schema["fields"]:
        name, kind = field["name"], field.get("type", "string")
        values = [r[name] for _, r in records]
        dtype = _DTYPES.get(kind)
        if dtype:
            columns[name] = pd.Series(values, dtype=dtype)
        else:  # list and date columns hold Python objects
            columns[name] = pd.Series(values, dtype="object")
    return pd.DataFrame(columns)


# ---------------------------------------------------------------- keys

def _as_list(spec) -> list[str]:
    return [spec] if isinstance(spec, str) else list(spec)


def _check_keys(path: Path, schema: dict, records) -> None:
    key_sets = []
    if "primaryKey" in schema:
        key_sets.append((_as_list(schema["primaryKey"]), "kunci utama (primary key)"))
    for field in schema["fields"]:
        if field.get("constraints", {}).get("unique"):
            key_sets.append(([field["name"]], "nilai unik"))
    for fields, what in key_sets:
        seen: dict[tuple, int] = {}
        for line, record in records:
            key = tuple(record[f] for f in fields)
            if key in seen:
                shown = key[0] if len(key) == 1 else key
                raise DataError(f"{_where(path, line, ', '.join(fields))}: '{shown}' sudah dipakai "
                                f"di baris {seen[key]} ({what} harus unik)")
            seen[key] = line


def _check_foreign_key(path: Path, schema: dict, records, fk: dict,
                       data_dir: Path, own_name: str) -> None:
    fields = _as_list(fk["fields"])
    ref = fk["reference"]
    ref_name = ref.get("resource") or own_name
    ref_fields = _as_list(ref["fields"])
    if ref_name == own_name:
        known = {tuple(r[f] for f in ref_fields) for _, r in records}
    else:
        target = _load_cached(ref_name, str(data_dir.resolve()), ())
        known = set(zip(*(target[f].tolist() for f in ref_fields)))
    ref_path = data_dir / read_package(data_dir)["by_name"][ref_name]["path"]
    types = {f["name"]: f.get("type") for f in schema["fields"]}
    for line, record in records:
        if len(fields) == 1 and types[fields[0]] == "list":
            candidates = [(v,) for v in record[fields[0]]]
        else:
            value = tuple(record[f] for f in fields)
            if any(v is None for v in value):
                continue
            candidates = [value]
        for candidate in candidates:
            if candidate not in known:
                shown = candidate[0] if len(candidate) == 1 else candidate
                if ref_name == "sources":
                    raise DataError(f"{_where(path, line, ', '.join(fields))}: sumber '{shown}' "
                                    f"belum dicatat di {_show(ref_path)} (tambahkan satu baris: "
                                    "url, kind, publisher, title, date)")
                label = "kode ISO3" if ref_fields == ["iso3"] else "nilai"
                raise DataError(f"{_where(path, line, ', '.join(fields))}: {label} '{shown}' "
                                f"tidak dikenal (tidak ada di {_show(ref_path)})")


def load_all(data_dir: Path | str | None = None) -> dict[str, pd.DataFrame]:
    """Every table, loaded and checked (the notebooks' setup cell calls this once)."""
    return {name: load(name, data_dir) for name in table_names(data_dir)}


def ssc_milestones(data_dir: Path | str | None = None) -> pd.DataFrame:
    """The rows of milestones.csv that are milestones of South-South cooperation: every row
    except those of category 'context' (events kept only as source material for a fact-check,
    such as a forum with developed-country members). Timelines and counts use these."""
    table = load("milestones", data_dir)
    return table[table["category"] != "context"].reset_index(drop=True)


def country_names(lang: str = "id", data_dir: Path | str | None = None) -> dict[str, str]:
    """{ISO3: country name} in Indonesian ('id') or English ('en')."""
    folder = Path(data_dir) if data_dir else current_dir()
    return dict(_country_names(lang, str(folder.resolve()), version(folder)))


@lru_cache(maxsize=16)
def _country_names(lang: str, folder: str, stamp: tuple) -> tuple:
    # many helpers ask for the names at every redraw; cached like the tables themselves
    countries = load("countries", folder)
    return tuple(zip(countries["iso3"], countries[f"name_{lang}"]))


# ---------------------------------------------------------------- sources and their kinds

KINDS = ("primary", "official", "press", "secondary")   # strongest first


def source_kinds(urls, data_dir: Path | str | None = None) -> list[str]:
    """The kind of each source URL (as listed in data/sources.csv), in the same order:
    source_kinds(row["sources"]) is the row's kinds, parallel to its sources."""
    kinds = dict(zip(*(load("sources", data_dir)[c] for c in ("url", "kind"))))
    return [kinds[u] for u in urls]


def best_kind(urls, data_dir: Path | str | None = None) -> str:
    """The strongest kind among a row's sources: 'secondary' means the row rests only on
    secondary (weaker) sources, and lessons say so."""
    return min(source_kinds(urls, data_dir), key=KINDS.index)


def publisher_name(publisher: str, lang: str = "id", data_dir: Path | str | None = None) -> str:
    """A publisher of data/sources.csv as a reader of edition `lang` cites it: the English
    edition gets its English name from data/publishers.csv ('Kementerian Luar Negeri RI' ->
    'Ministry of Foreign Affairs of Indonesia'); a publisher not listed there is the same in
    both editions."""
    if lang != "en":
        return publisher
    names = load("publishers", data_dir)
    return dict(zip(names["publisher"], names["publisher_en"])).get(publisher, publisher)


def source_title(url: str, title: str, lang: str = "id", data_dir: Path | str | None = None) -> str:
    """The title of a source of data/sources.csv as a reader of edition `lang` sees it. A real
    title is the page's own and the same in both editions; a title not yet confirmed is an
    Indonesian description in [brackets], and the English edition gets its English description
    from data/source_descriptions.csv ('[Berita ANTARA tentang ...]' -> '[ANTARA report on ...]').
    A description not listed there stays as it is."""
    if lang != "en" or not (title.startswith("[") and title.endswith("]")):
        return title
    described = load("source_descriptions", data_dir)
    return dict(zip(described["url"], described["title_en"])).get(url, title)
