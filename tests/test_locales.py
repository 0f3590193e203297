"""The locale files, kss/locales/<lang>.yml: one per language, the words every helper and tool shows.

Checked here, each with a message naming the file and the key (or line):
- every file is valid YAML whose every key holds a text (or a list of texts), no key twice;
- every language has exactly the keys of the source edition's file (kss/locales/id.yml):
  none missing, none extra;
- a text has the same {placeholders} in every language (the code fills them by name);
- no key is unused: its full name is a string in the code of kss/, tools/ or the notebooks,
  or the code builds it from parts (f"modality.{m}") and DYNAMIC below says which values those
  parts take, derived from the data package's enums or the modules' own constants. A key the
  code builds that DYNAMIC does not declare fails, so does a declaration no code uses any more,
  and so does a declared key that has no text. The lessons' skeleton words (`edition:`) are read
  by name (Edition.w("setup"), words["about"]), in tests too: a word is used when its name is a
  string in kss/, tools/ or tests/.
The checks are functions, so each is also shown failing on a small broken example.
"""
from __future__ import annotations

import ast
import itertools
import json
import string
from pathlib import Path

import pytest

from kss import labels

ROOT = Path(__file__).resolve().parent.parent
LOCALES = labels.LOCALES
SOURCE = labels.SOURCE
FILES = sorted(LOCALES.glob("*.yml"))


def where(lang: str) -> str:
    return f"kss/locales/{lang}.yml"


# ---------------------------------------------------------------- same keys, same placeholders

def key_problems(tables: dict[str, dict]) -> list[str]:
    """Keys one language has and the source edition's file has not, or the other way round."""
    source = tables[SOURCE]
    problems = []
    for lang, table in tables.items():
        if lang == SOURCE:
            continue
        problems += [f"{where(lang)}: missing key {k} (it is in {where(SOURCE)})" for k in source if k not in table]
        problems += [f"{where(lang)}: key {k} is not in {where(SOURCE)} (a typo, or add it there too)"
                     for k in table if k not in source]
    return problems


def placeholders(text: str) -> set[str]:
    """The {names} str.format fills in `text`; ValueError for a stray { or }."""
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def placeholder_problems(tables: dict[str, dict]) -> list[str]:
    """Texts whose {placeholders} differ from the source edition's (or do not parse)."""
    problems = []
    for lang, table in tables.items():
        for key, value in table.items():
            parts = value if isinstance(value, list) else [value]
            for k, part in enumerate(parts):
                try:
                    placeholders(part)
                except ValueError as exc:
                    problems.append(f"{where(lang)}, key {key}: a {{ or }} that is not a placeholder ({exc}); "
                                    "write {{ or }} for a brace")
        if lang == SOURCE:
            continue
        for key, value in table.items():
            original = tables[SOURCE].get(key)
            if original is None:
                continue
            if isinstance(original, list) != isinstance(value, list) or (
                    isinstance(value, list) and len(value) != len(original)):
                problems.append(f"{where(lang)}, key {key}: a list of {len(original) if isinstance(original, list) else 1} "
                                f"text(s) in {where(SOURCE)}, not {len(value) if isinstance(value, list) else 1}")
                continue
            for part, source_part in zip(value if isinstance(value, list) else [value],
                                         original if isinstance(original, list) else [original]):
                try:
                    mine, theirs = placeholders(part), placeholders(source_part)
                except ValueError:
                    continue   # said above
                if mine != theirs:
                    problems.append(f"{where(lang)}, key {key}: placeholders {sorted(mine)} but {where(SOURCE)} "
                                    f"has {sorted(theirs)}")
    return problems


def all_tables() -> dict[str, dict]:
    return {path.stem: labels.read(path) for path in FILES}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_locale_file_is_valid(path):
    labels.read(path)      # LocaleError says the file, the line or the key


def test_every_language_has_the_keys_of_the_source_edition():
    assert len(FILES) >= 2 and (LOCALES / f"{SOURCE}.yml") in FILES
    problems = key_problems(all_tables())
    assert not problems, "\n".join(problems)


def test_placeholders_are_the_same_in_every_language():
    problems = placeholder_problems(all_tables())
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- every key used

def _enum(resource: str, field: str) -> list:
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    schema = next(r["schema"] for r in package["resources"] if r["name"] == resource)
    return next(f["constraints"]["enum"] for f in schema["fields"] if f["name"] == field)


def _categories():
    from kss import development, modality, project
    return (("sector", sorted(set(_enum("examples", "sector")) | set(project.SECTORS))),
            ("region", _enum("examples", "region")),
            ("modality", sorted(set(_enum("examples", "modality")) | set(modality.MODALITIES))),
            ("benefit", sorted(set(development.BENEFITS) | set(project.BENEFITS))))


def _south(part):
    from kss import south
    return list(south.GROUPINGS) if part == "groupings" else [c for cs in south.GROUPINGS.values() for c in cs]


def _markers():
    from kss import bandung, examples, indonesia, style, timeline
    return sorted(set(style.MARKERS) | set(bandung.CATEGORY_MARKERS.values()) | set(examples.MODALITY_MARKERS.values())
                  | set(indonesia.CATEGORY_MARKERS.values()) | set(indonesia.PARTNER_MARKERS.values())
                  | set(timeline.CATEGORY_MARKERS.values()))


def _module(name):
    import importlib
    return importlib.import_module(name)


# A key the code builds from parts -> the values the parts take (a tuple per key for two parts).
DYNAMIC = {
    "continent.{}": lambda: _enum("delegations", "continent"),
    "role.{}": lambda: _enum("delegations", "role"),
    "sector.{}": lambda: dict(_categories())["sector"],
    "region.{}": lambda: dict(_categories())["region"],
    "modality.{}": lambda: dict(_categories())["modality"],
    "benefit.{}": lambda: dict(_categories())["benefit"],
    "{}.{}": lambda: [(kind, value) for kind, values in _categories() for value in values],   # examples, worksheets
    "indicator.{}": lambda: _enum("indicator_sources", "indicator"),
    "intro.continent.{}": lambda: _enum("delegations", "continent"),   # kss.intro.delegations_table
    "intro.role.{}": lambda: _enum("delegations", "role"),
    "alt.marker.{}": _markers,
    "modality.why.{}": lambda: _module("kss.modality").MODALITIES,
    "modality.alt.form.{}": lambda: _module("kss.modality").MODALITIES,
    "bandung.cat.{}": lambda: list(_module("kss.bandung").CATEGORY_COLOURS),
    "bandung.alt.mark_{}": lambda: list(_module("kss.bandung").CATEGORY_COLOURS),
    "bandung.alt.from_{}": lambda: _enum("delegations", "continent"),
    "bandung.sel.{}": lambda: _enum("delegations", "continent") + _enum("delegations", "role"),
    "timeline.category.{}": lambda: _enum("milestones", "category"),
    "timeline.count.{}": lambda: [m for m, _n in _module("kss.timeline").PARTICIPATION],
    "development.short.{}": lambda: _enum("indicator_sources", "indicator"),
    "indicators.name.{}": lambda: _enum("indicator_sources", "indicator"),
    "indonesia.category.{}": lambda: _enum("milestones", "category"),
    "factcheck.section.{}": lambda: _enum("claims", "article_section"),
    "factcheck.status.{}": lambda: _enum("claims", "status"),
    "factcheck.alt.hatch.{}": lambda: _enum("claims", "status"),
    "factcheck.verdict.{}": lambda: _module("kss.factcheck").VERDICTS,
    "examples.{}": lambda: _module("kss.examples").FILTERS,
    "examples.alt.line.{}": lambda: _module("kss.examples").MODALITY_ORDER,
    "challenges.kind.{}": lambda: sorted({kind for _f, kind, _e in _module("kss.challenges").DOCUMENTED}),
    "south.grouping.{}": lambda: _south("groupings"),
    "south.map.title.{}": lambda: _south("groupings"),
    "south.map.source.{}": lambda: _south("groupings"),
    "south.map.about.{}": lambda: _south("groupings"),
    "south.cat.{}": lambda: _south("categories"),
    "south.short.{}": lambda: [c for g in ("g77_oecd", "income") for c in _module("kss.south").GROUPINGS[g]],
    "south.status.{}": lambda: _enum("memberships", "status"),
    "project.ms.{}": lambda: _module("kss.project").JOURNEY_LABELS,
    "project.alt.hatch.{}": lambda: [str(i) for i in range(len(_module("kss.project").MODALITIES))],
    "project.inspiration_{}": lambda: ("same_both", "same_sector", "same_modality"),   # kss.project.inspiration
    "project.check.{}": lambda: ("no_provider", "no_partner", "overlap"),   # tools.worksheets.project_form
    "guide.status.{}": lambda: _enum("claims", "status"),
    "guide.term.{}": lambda: _module("kss.guide").TERMS,
    "guide.rubric.{}": lambda: _module("kss.guide").RUBRIC_CRITERIA,
    "guide.rubric.level{}": lambda: [str(n) for n in _module("kss.guide").RUBRIC_LEVELS],
    "guide.rubric.{}.{}": lambda: list(itertools.product(_module("kss.guide").RUBRIC_CRITERIA,
                                                          [str(n) for n in _module("kss.guide").RUBRIC_LEVELS])),
    "tools.handouts.folder.{}": lambda: _module("tools.handouts").KIT,
    "tools.handouts.{}_label": lambda: ("student", "teacher"),   # tools.handouts.jobs_for
    "tools.references.kind.{}": lambda: _enum("sources", "kind"),
    "tools.screenshots.{}": lambda: _module("tools.screenshots").names(),
    "tools.worksheets.explorer.{}": lambda: sorted({name for views in _module("tools.worksheets").SHOWS.values()
                                                    for name, _v, _c in views}),
}
# Strings shaped like a built key that are not label keys.
NOT_KEYS = {"quiz.l{}": "a quiz widget's name (quiz.l03), tools/catalog.py and tools/printing.py"}


def code_sources(folders=("kss", "tools"), notebooks=True):
    """(where, Python source) of every module in `folders` and every notebook code cell."""
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")
    if notebooks:
        for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            for number, cell in enumerate(cells, start=1):
                if cell["cell_type"] == "code":
                    source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
                    yield f"{path.relative_to(ROOT).as_posix()} cell {number}", "\n".join(lines)


def template(node) -> str | None:
    """An f-string or a + of strings as a template ("modality.{}"), a plain string as itself."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template(node.left), template(node.right)
        if left is None and right is None:
            return None
        return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def usage(sources, sections: set[str]) -> tuple[set[str], dict[str, list[str]]]:
    """The strings of the code, and the keys it builds from parts: {template: [where]}. A built
    key is the first argument of a t(...) call, or a template that starts with a top-level
    name of the locale files and a dot."""
    strings: set[str] = set()
    built: dict[str, list[str]] = {}
    for name, source in sources:
        tree = ast.parse(source, filename=name)
        arguments = {id(node.args[0]) for node in ast.walk(tree) if isinstance(node, ast.Call)
                     and isinstance(node.func, ast.Name) and node.func.id == "t" and node.args}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            if not isinstance(node, (ast.JoinedStr, ast.BinOp)):
                continue
            found = template(node)
            if found is None or "{}" not in found:
                continue
            if id(node) in arguments or (found.split(".", 1)[0] in sections and "." in found):
                built.setdefault(found, []).append(f"{name}:{node.lineno}")
    return strings, built


def expand(pattern: str, values) -> list[str]:
    return [pattern.format(*(v if isinstance(v, tuple) else (v,))) for v in values]


def unused_keys(keys, strings: set[str], built: dict, dynamic: dict, words: set[str]) -> list[str]:
    """Keys no code names, builds (as declared in `dynamic`) or, for edition.*, reads by name."""
    used = set(strings)
    for pattern in built:
        if pattern in dynamic:
            used.update(expand(pattern, dynamic[pattern]()))
    return [f"{where(SOURCE)}: key {key} is used by no code or notebook (kss/, tools/, notebooks/); "
            "remove it from every locale file, or name where it is used" for key in keys
            if key not in used and not (key.startswith("edition.") and key.split(".", 1)[1] in words)]


@pytest.fixture(scope="module")
def code_usage():
    sections = {key.split(".", 1)[0] for key in labels.LABELS[SOURCE]}
    return usage(code_sources(), sections)


def test_every_key_the_code_builds_is_declared(code_usage):
    _strings, built = code_usage
    undeclared = [f"{pattern} ({', '.join(places[:3])})" for pattern, places in sorted(built.items())
                  if pattern not in DYNAMIC and pattern not in NOT_KEYS]
    assert not undeclared, ("keys built from parts that tests/test_locales.py cannot check: add each to DYNAMIC "
                            "with the values its parts take\n" + "\n".join(undeclared))
    stale = sorted((set(DYNAMIC) | set(NOT_KEYS)) - set(built))
    assert not stale, f"declared in tests/test_locales.py but built by no code any more: {stale}"


def test_every_key_the_code_builds_has_a_text():
    table = labels.LABELS[SOURCE]
    missing = [f"{key} (from {pattern})" for pattern, values in DYNAMIC.items()
               for key in expand(pattern, values()) if key not in table]
    assert not missing, f"built by the code but not in {where(SOURCE)}:\n" + "\n".join(missing)


def test_no_key_is_unused(code_usage):
    strings, built = code_usage
    words, _built = usage(code_sources(("kss", "tools", "tests"), notebooks=False), set())
    problems = unused_keys(labels.LABELS[SOURCE], strings, built, DYNAMIC, words)
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- each check fails when it should

def test_the_checks_find_missing_extra_and_changed_placeholders():
    tables = {SOURCE: {"a.title": "Judul {n}", "a.cols": ["Satu", "Dua"], "a.only": "x"},
              "en": {"a.title": "Title", "a.cols": ["One"], "a.typo": "y"}}
    assert key_problems(tables) == [
        "kss/locales/en.yml: missing key a.only (it is in kss/locales/id.yml)",
        "kss/locales/en.yml: key a.typo is not in kss/locales/id.yml (a typo, or add it there too)"]
    found = placeholder_problems(tables)
    assert "kss/locales/en.yml, key a.title: placeholders [] but kss/locales/id.yml has ['n']" in found
    assert any(p.startswith("kss/locales/en.yml, key a.cols: a list of 2") for p in found)
    assert placeholder_problems({SOURCE: {"a": "Soal {i"}})[0].startswith("kss/locales/id.yml, key a: a {")


def test_the_unused_check_sees_built_keys_only_when_declared():
    source = ('from kss.labels import t\n'
              'def f(m, lang):\n'
              '    return t("x.title") + t(f"x.form.{m}") + t("x.status." + lang)\n')
    strings, built = usage([("example.py", source)], {"x"})
    assert set(built) == {"x.form.{}", "x.status.{}"} and built["x.form.{}"] == ["example.py:3"]
    keys = ["x.title", "x.form.a", "x.form.b", "x.status.ok", "x.gone", "edition.setup", "edition.old"]
    declared = {"x.form.{}": lambda: ["a"], "x.status.{}": lambda: ["ok"]}
    problems = unused_keys(keys, strings, built, declared, words={"setup"})
    assert [p.split(": key ")[1].split(" ")[0] for p in problems] == ["x.form.b", "x.gone", "edition.old"]


@pytest.mark.parametrize("text, expected", [
    ("timeline:\n  title: Judul\n  title: Lagi\n", "kss/locales/xx.yml line 3: not valid YAML (key 'title' given twice"),
    ("timeline:\n  title: 'Judul\n", "kss/locales/xx.yml line 3: not valid YAML"),
    ("static:\n  yes:\n", "kss/locales/xx.yml, key static.yes: needs a text (or a list of texts), not ''"),
    ("cols:\n  - Satu\n  - {a: b}\n", "kss/locales/xx.yml, key cols: needs a text (or a list of texts)"),
    ("timeline:\n  alt: x\ntimeline.alt: y\n", "kss/locales/xx.yml, key timeline.alt: given twice"),
    ("- a\n- b\n", "kss/locales/xx.yml: the file must be a mapping"),
])
def test_a_broken_locale_file_is_named_with_its_line_or_key(tmp_path, monkeypatch, text, expected):
    folder = tmp_path / "kss" / "locales"
    folder.mkdir(parents=True)
    (folder / "xx.yml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(labels, "LOCALES", folder)
    with pytest.raises(labels.LocaleError) as info:
        labels.read(folder / "xx.yml")
    assert str(info.value).startswith(expected), str(info.value)


def test_every_value_is_read_as_text(tmp_path):
    path = tmp_path / "xx.yml"
    path.write_text("static:\n  yes: no\n  on: 25\ndate: 2019-03-01\nempty: ~\n", encoding="utf-8")
    assert labels.read(path) == {"static.yes": "no", "static.on": "25", "date": "2019-03-01", "empty": "~"}


def test_an_unknown_key_names_the_key_and_the_file():
    with pytest.raises(KeyError, match=r"no label 'timeline\.tidak_ada' for language 'en' in kss/locales/en\.yml"):
        labels.t("timeline.tidak_ada", lang="en")
