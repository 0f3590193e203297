"""Execute and normalise the lesson notebooks (the only way their outputs change).

    python -m tools.notebooks                 # re-execute every notebook in notebooks/
    python -m tools.notebooks notebooks/id/03-dari-bandung-ke-bapa40.ipynb
    python -m tools.notebooks --check         # only check that stored notebooks are normalised

Each notebook runs top to bottom in a fresh kernel (from its own folder, like a
learner's), then is normalised:
- outputs kept (text and PNG figures), so GitHub, nbviewer and print show every figure;
- widget-view outputs and the notebook's widget state removed: opened without a kernel
  they would show "Error displaying widget: model not found". What kss shows beside the
  widget (a static view: texts, choices and the starting figure; kss/static.py) is kept,
  so GitHub, nbviewer, nbconvert and print show something useful. Such a cell gets the
  tag `nbval-ignore-output`, so nbval executes it but does not compare its outputs;
- no per-cell timing metadata, one kernelspec, and the kernel's own `language_info` as the
  run filled it in (the same a kernel fills in when a learner opens the lesson);
- an error or stderr output stops the tool with the notebook and cell named;
- stored exactly as Jupyter's own writer stores it (`nbformat.write`: sorted keys, one space
  of indent, each source and text output as a list of lines). JupyterLab saves through the
  same writer, so a learner who opens a lesson and lets it autosave changes at most the
  kernel's version line; on a hub, nbgitpuller's merge then still brings the teacher's later
  fixes (it keeps the learner's side only where both touched the same lines).
"""
from __future__ import annotations

import argparse
import copy
import platform
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
IGNORE_TAG = "nbval-ignore-output"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
# What ipykernel reports in its kernel_info reply (and JupyterLab writes into an opened
# notebook); only "version" is added from the Python that runs the kernel.
LANGUAGE_INFO = {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                 "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                 "pygments_lexer": "ipython3"}


def lesson_paths(root: Path = NOTEBOOKS) -> list[Path]:
    return sorted(p for p in root.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def normalise(nb) -> list[str]:
    """Normalise in place; return problems (errors, stderr) found in the outputs."""
    problems = []
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    info = copy.deepcopy(LANGUAGE_INFO)
    info["version"] = platform.python_version()
    info.update(nb.metadata.get("language_info", {}))   # a run's own report wins
    nb.metadata["language_info"] = info
    code_no = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type != "code":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            continue
        code_no += 1
        kept = []
        had_widget = False
        for out in cell.outputs:
            if out.get("output_type") == "error":
                problems.append(f"code cell {code_no}: {out.get('ename')}: {out.get('evalue')}")
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                problems.append(f"code cell {code_no}: stderr: {out.get('text', '')[:300]}")
            if WIDGET_MIME in out.get("data", {}):
                # keep the static view kss puts beside the widget (kss/static.py), drop the
                # widget view itself: without a kernel it could only show an error
                had_widget = True
                out["data"].pop(WIDGET_MIME)
                if not out["data"]:
                    continue
            out.get("metadata", {}).pop("execution", None)
            kept.append(out)
        cell.outputs = kept
        tags = list(cell.metadata.get("tags", []))
        if had_widget and IGNORE_TAG not in tags:
            tags.append(IGNORE_TAG)
        if tags:
            cell.metadata["tags"] = tags
    return problems


def execute(path: Path, timeout: int = 180) -> list[str]:
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            record_timing=False, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    problems = normalise(nb)
    nbformat.validate(nb)
    write(nb, path)
    return problems


def dumps(nb) -> str:
    """The text Jupyter's own writer stores for `nb` (what JupyterLab's save writes)."""
    text = nbformat.writes(nb, version=nbformat.NO_CONVERT)
    return text if text.endswith("\n") else text + "\n"


def write(nb, path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(nb))


def check(path: Path) -> list[str]:
    """Problems that make a stored notebook differ from its normalised form, stored byte
    for byte as Jupyter's writer stores it."""
    stored = path.read_text(encoding="utf-8")
    nb = nbformat.reads(stored, as_version=4)
    problems = normalise(nb)
    if dumps(nb) != stored:
        problems.append("not normalised or not stored as Jupyter writes it (run: python -m tools.notebooks "
                        + str(path.relative_to(ROOT)) + ")")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="check only, do not execute")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths] or lesson_paths()
    failed = False
    for path in paths:
        problems = check(path) if args.check else execute(path)
        status = "ok" if not problems else "PROBLEM"
        print(f"{status:8} {path.relative_to(ROOT)}")
        for problem in problems:
            print(f"         {problem}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
