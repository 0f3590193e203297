"""All words the helpers show, in Indonesian ('id') and English ('en'), in one place.

Each module in this package holds two dicts, ID and EN, with the same keys
(prefixed by the module's topic, e.g. "timeline.title"). `t(key)` looks a key up
in the current language; the English edition only calls set_language("en").
"""
from __future__ import annotations

import importlib
import pkgutil

_LANG = "id"
LANGUAGES = ("id", "en")


def _collect() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {"id": {}, "en": {}}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for lang, table in (("id", getattr(module, "ID", {})), ("en", getattr(module, "EN", {}))):
            for key, value in table.items():
                if key in merged[lang]:
                    raise KeyError(f"label '{key}' defined twice (second time in kss/labels/{info.name}.py)")
                merged[lang][key] = value
    return merged


LABELS = _collect()


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
    global _LANG
    _LANG = lang


def language() -> str:
    return _LANG


def t(key: str, lang: str | None = None, **values) -> str:
    """The label `key` in the current (or given) language, with {placeholders} filled."""
    table = LABELS[lang or _LANG]
    if key not in table:
        raise KeyError(f"no label '{key}' for language '{lang or _LANG}' in kss/labels/")
    text = table[key]
    return text.format(**values) if values else text
