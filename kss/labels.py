"""All words the helpers show, in Indonesian ('id') and English ('en'), read from the locale files.

One file per language, kss/locales/<lang>.yml, with the same keys: `t(key)` looks a key up in
the current language; the English edition only calls set_language("en"). A key's name is its
path in the file joined by dots: t("timeline.title") is `title` under `timeline:`. A file is
read the first time one of its words is asked for. Adding a language is adding its file
(CONTRIBUTING.md, "Adding a third language"); tests/test_locales.py checks the files.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import yaml

LOCALES = Path(__file__).resolve().parent / "locales"
SOURCE = "id"   # the source edition: its file has every key, the others follow it
LANGUAGES = (SOURCE, *sorted(p.stem for p in LOCALES.glob("*.yml") if p.stem != SOURCE))

_LANG = SOURCE


class LocaleError(ValueError):
    """A locale file that cannot be read, said with the file and the key or line."""


def locale_file(lang: str) -> Path:
    return LOCALES / f"{lang}.yml"


def _where(path: Path) -> str:
    try:
        return path.relative_to(LOCALES.parent.parent).as_posix()
    except ValueError:
        return str(path)


# libyaml's parser where it is installed (CPython); the pure-Python one otherwise (Pyodide).
# The base loader reads every value as text: yes, no, 25 or 2019-03 stay words, never a
# boolean, a number or a date, so a translator never has to think of YAML's types.
_BASE = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


class _Loader(_BASE):
    """The base loader, but a key given twice in one mapping is an error, not a silent overwrite."""


def _unique_mapping(loader, node):
    seen = {}
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice (first on line {seen[key] + 1})", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node)


yaml.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping, Loader=_Loader)


def _flatten(tree, where: str, prefix: str = "") -> Iterator[tuple[str, object]]:
    if not isinstance(tree, dict):
        raise LocaleError(f"{where}: {prefix or 'the file'} must be a mapping of names to texts")
    for name, value in tree.items():
        if not isinstance(name, str) or not name:
            raise LocaleError(f"{where}, under '{prefix or '(top)'}': the name {name!r} must be a word")
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):
            yield from _flatten(value, where, key)
        elif (isinstance(value, str) and value) or (isinstance(value, list) and value
                                                  and all(isinstance(v, str) and v for v in value)):
            yield key, value
        else:
            raise LocaleError(f"{where}, key {key}: needs a text (or a list of texts), not {value!r}")


def read(path: Path) -> dict[str, str | list[str]]:
    """{full key: text} of one locale file; LocaleError names the file and the line or key."""
    where = _where(path)
    try:
        tree = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LocaleError(f"{where}{line}: not valid YAML ({problem})") from None
    except OSError as exc:
        raise LocaleError(f"{where}: cannot be read ({exc.strerror})") from None
    table: dict[str, str | list[str]] = {}
    for key, value in _flatten(tree, where):
        if key in table:
            raise LocaleError(f"{where}, key {key}: given twice (once as a dotted name, once nested)")
        table[key] = value
    return table


class _Tables(Mapping):
    """LABELS[lang]: {key: text} of each language, read from its file when first needed."""

    def __init__(self):
        self._read: dict[str, dict] = {}

    def __getitem__(self, lang: str) -> dict:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        if lang not in self._read:
            self._read[lang] = read(locale_file(lang))
        return self._read[lang]

    def __iter__(self):
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


LABELS = _Tables()


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    global _LANG
    _LANG = lang


def language() -> str:
    return _LANG


def t(key: str, lang: str | None = None, **values):
    """The label `key` in the current (or given) language, with {placeholders} filled
    (a list of texts, e.g. a table's column heads, comes back as a list, each filled)."""
    lang = lang or _LANG
    table = LABELS[lang]
    if key not in table:
        raise KeyError(f"no label '{key}' for language '{lang}' in {_where(locale_file(lang))}")
    text = table[key]
    if not values:
        return list(text) if isinstance(text, list) else text
    if isinstance(text, list):
        return [part.format(**values) for part in text]
    return text.format(**values)


def section(prefix: str, lang: str | None = None) -> dict:
    """{name: text} of the keys under `prefix` (e.g. "edition"), names relative to it, unfilled."""
    start = prefix + "."
    return {key[len(start):]: value for key, value in LABELS[lang or _LANG].items() if key.startswith(start)}
