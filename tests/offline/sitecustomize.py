"""Installs the offline guard (kss_offline.py, next to this file) at Python start-up.

Python imports `sitecustomize` at start-up from the first folder of sys.path that has
one; the root conftest.py puts this folder first on PYTHONPATH for every child process
of the test session (nbval's and nbclient's kernels, the JupyterLab server and its
kernels). Any other sitecustomize that this one shadows (e.g. the system Python's) is
run afterwards, so nothing else changes. KSS_OFFLINE=0 turns the guard off.
"""
import importlib.machinery
import importlib.util
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))

if _HERE not in sys.path:  # imported by path (e.g. from a test): make kss_offline importable
    sys.path.insert(0, _HERE)

import kss_offline  # noqa: E402

if kss_offline.enabled_by_environment():
    kss_offline.install()


def _run_shadowed_sitecustomize() -> None:
    path = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", path)
    if spec is None or spec.origin is None or os.path.dirname(os.path.abspath(spec.origin)) == _HERE:
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


try:
    _run_shadowed_sitecustomize()
except Exception as exc:  # pragma: no cover - never break interpreter start-up
    sys.stderr.write(f"tests/offline/sitecustomize.py: the shadowed sitecustomize failed: {exc!r}\n")
