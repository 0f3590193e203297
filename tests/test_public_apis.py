"""No code of ours reaches into another package's internals (issue 26, item 1).

Other packages' private names (`_x`: nbval, jupyter_client, ipykernel, pandas, matplotlib,
ipywidgets ...) change without notice in any release, so kss/, tools/, tests/ and the root
conftest.py use public APIs only. An AST scan of every Python file there flags
- `from pkg import _name`, and `import pkg._mod` / `from pkg._mod import x`, for a package
  that is not ours;
- an attribute access `x._name` (or `getattr`/`setattr`/`hasattr`/`delattr`/
  `monkeypatch.setattr` with the string "_name") unless `x` is `self`, `cls`, `super()` or a
  module of ours (kss, tools, tests and the test helper modules beside the tests).
Python's dunder names and IPython's public display protocols (`_repr_html_`,
`_repr_mimebundle_`, `_ipython_display_` ...) are public, not private.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("kss", "tools", "tests")
# Top-level packages of ours, plus the helper modules the tests import by their own name
# (pytest puts each test folder on sys.path): every .py file under tests/ is ours.
OURS = {"kss", "tools", "tests"} | {p.stem for p in (ROOT / "tests").rglob("*.py")}
DISPLAY_PROTOCOL = re.compile(r"^_(repr_[a-z_]+|ipython_[a-z_]+)_$")   # _repr_html_, _ipython_display_ ...
ATTRIBUTE_FUNCTIONS = {"getattr", "setattr", "hasattr", "delattr"}


def python_files() -> list[Path]:
    files = [ROOT / "conftest.py"]
    for folder in FOLDERS:
        files += sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def is_private(name: str) -> bool:
    return (name.startswith("_") and name != "_" and not (name.startswith("__") and name.endswith("__"))
            and not DISPLAY_PROTOCOL.match(name))


def _our_names(tree: ast.AST) -> set[str]:
    """Names this file binds to a module of ours (import kss.style as s, from kss import style ...)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in OURS:
                    names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level or (node.module or "").split(".")[0] in OURS:
                names.update(alias.asname or alias.name for alias in node.names)
    return names


def _root(node: ast.AST):
    """The name an attribute chain starts from (`a` of a.b.c), or None."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _ours(base: ast.AST, our_names: set[str]) -> bool:
    if isinstance(base, ast.Call) and isinstance(base.func, ast.Name) and base.func.id == "super":
        return True
    root = _root(base)
    return root in ("self", "cls") or root in our_names


def private_uses(source: str, where: str = "<text>") -> list[str]:
    """Every use of another package's private name in a Python source, as 'file:line: what'."""
    tree = ast.parse(source)
    our_names = _our_names(tree)
    found = []

    def flag(node, what):
        found.append(f"{where}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level:
            module = node.module or ""
            if module.split(".")[0] in OURS:
                continue
            if any(is_private(part) for part in module.split(".")):
                flag(node, f"from {module} import ...")
            for alias in node.names:
                if is_private(alias.name):
                    flag(node, f"from {module} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] not in OURS and any(is_private(p) for p in parts):
                    flag(node, f"import {alias.name}")
        elif isinstance(node, ast.Attribute) and is_private(node.attr):
            if not _ours(node.value, our_names):
                flag(node, f"{ast.unparse(node)}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in ATTRIBUTE_FUNCTIONS or len(node.args) < 2:
                continue
            if isinstance(func, ast.Attribute) and name != "setattr":
                continue   # obj.getattr(...) is some method, not the builtin
            attribute = node.args[1]
            if (isinstance(attribute, ast.Constant) and isinstance(attribute.value, str)
                    and is_private(attribute.value) and not _ours(node.args[0], our_names)):
                flag(node, f"{name}({ast.unparse(node.args[0])}, {attribute.value!r})")
    return found


def test_the_scan_finds_private_names_of_other_packages():
    source = """
import ipywidgets as w
import matplotlib.pyplot as plt
from nbval.kernel import _private
from pandas._config import config
import jupyter_client._version
from kss import style
def f(self, fig, ax, legend, widget):
    fig._suptitle
    ax._set_position(None)
    legend._ncols
    getattr(fig, "_suptitle", None)
    monkeypatch.setattr(w.Widget, "_send", None)
    self._mine
    super()._mine()
    style._LAYOUTS
    fig.__class__
    widget._repr_mimebundle_()
    widget._ipython_display_()
"""
    found = sorted(line.split(": ", 1)[1] for line in private_uses(source))
    assert found == sorted(["from nbval.kernel import _private", "from pandas._config import ...", "import jupyter_client._version",
                     "fig._suptitle", "ax._set_position", "legend._ncols", "getattr(fig, '_suptitle')",
                            "setattr(w.Widget, '_send')"]), found


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_name_of_another_package(path):
    found = private_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, ("private names of other packages (use their public API):\n  " + "\n  ".join(found))
