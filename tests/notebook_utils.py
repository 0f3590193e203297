"""Shared helpers for the notebook tests: which notebooks exist and how to read them."""
import json
import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
LESSON_RE = re.compile(r"^(\d\d)-[a-z0-9-]+\.ipynb$")
ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,16}")       # as nbval-sanitize.cfg
MODEL_ID = re.compile(r"model_id='[0-9a-f]{32}'")
COMPARED = ("text/plain", "text/html", "image/png", "text/markdown", "text/latex", "image/svg+xml")


def all_notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOK_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def lesson_notebooks(lang: str | None = None) -> list[Path]:
    """The numbered lessons of one edition, or of both (notebooks/id/, then notebooks/en/)."""
    langs = [lang] if lang else ["id", "en"]
    return [p for lg in langs for p in all_notebooks() if LESSON_RE.match(p.name) and p.parent.name == lg]


def edition(path: Path):
    """kss.editions.Edition of a notebook (its folder): the words its skeleton uses."""
    from kss import editions
    return editions.of(path)


def read(path: Path):
    return nbformat.read(path, as_version=4)


def ids(paths):
    return [str(p.relative_to(NOTEBOOK_DIR)) for p in paths]


# ---------------------------------------------------------------- two runs of a notebook

def normalise(outputs) -> list:
    """What is compared between two runs of a cell."""
    result = []
    for out in outputs or []:
        kind = out["output_type"]
        if kind == "stream":
            result.append(("stream", out["name"], ADDRESS.sub("0xADDRESS", out["text"])))
        elif kind == "error":
            result.append(("error", out["ename"], out["evalue"]))
        else:
            data = out.get("data", {})
            result.append((kind, {mime: MODEL_ID.sub("model_id=…", ADDRESS.sub("0xADDRESS", value))
                                  if isinstance(value, str) else json.dumps(value, sort_keys=True)
                                  for mime, value in data.items() if mime in COMPARED}))
    return result


def differences(first, second) -> list[str]:
    """What differs between two runs of the code cells of a notebook ([] if nothing): one
    line per cell that shows an error in either run or whose outputs differ."""
    problems = []
    for number, ((source, a), (_, b)) in enumerate(zip(first, second), start=1):
        where = f"code cell {number} ({(source.splitlines() or [''])[0]!r})"
        errors = [o for o in a + b if o[0] == "error"]
        if errors:
            problems.append(f"{where}: error {errors[0][1:]}")
        elif a != b:
            mimes = sorted({m for x, y in zip(a, b) if x != y and isinstance(x[1], dict) and isinstance(y[1], dict)
                            for m in set(x[1]) | set(y[1]) if x[1].get(m) != y[1].get(m)})
            what = (", ".join(mimes) if mimes else f"{len(a)} outputs, then {len(b)}" if len(a) != len(b)
                    else "stream text or output kind")
            problems.append(f"{where}: the second run differs from the first ({what})")
    return problems
