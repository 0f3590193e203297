"""tools/ is a package run as `python -m tools.<name>`: no sys.path edits, no import cycle,
and the learner package kss/ does not depend on it (issue 26, item 4)."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"


def _modules(folder: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted(folder.glob("*.py")) if p.stem != "__init__"}


def tool_imports(path: Path) -> set[str]:
    """The tools modules `path` imports (at the top or inside a function)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "tools":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("tools."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("tools.")}
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, as the path that closes it (depth-first search)."""
    found, state = [], {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_tools():
    graph = {name: tool_imports(path) for name, path in _modules(TOOLS).items()}
    assert not cycles(graph), f"import cycles in tools/: {cycles(graph)}"


def test_no_sys_path_edits_in_tools():
    for name, path in _modules(TOOLS).items():
        text = path.read_text(encoding="utf-8")
        for edit in ("sys.path.insert", "sys.path.append", "sys.path[", "sys.path +="):
            assert edit not in text, f"tools/{name}.py edits sys.path: import other tools as `from tools import x`"


def test_learner_package_does_not_import_tools():
    for path in sorted((ROOT / "kss").rglob("*.py")):
        assert not tool_imports(path), f"{path.relative_to(ROOT)} imports tools/ (maintainers only)"
