"""Root conftest: the whole test session runs offline (issue: "robust and fast", point 1).

Loaded by pytest before any test or notebook is collected, it
- installs the offline guard (tests/offline/kss_offline.py) in the pytest process;
- puts tests/offline first on PYTHONPATH and sets KSS_OFFLINE=1, so every Python child
  process (nbval's and nbclient's kernels, the JupyterLab server of the browser tests and
  its kernels) installs the same guard at start-up through tests/offline/sitecustomize.py;
- fails any test during which the guard refused a connection, even if the code under
  test caught the error (e.g. a library that silently falls back when offline).

Turn the guard off for one run with KSS_OFFLINE=0 (e.g. to debug); tests/test_offline.py
then skips. Loopback (127.0.0.0/8, ::1, localhost) and AF_UNIX always work.
nbval runs the notebooks as its documentation describes (pyproject.toml's addopts);
tests/test_reruns.py runs every lesson twice in one kernel with nbclient.
"""
import os
import sys
from pathlib import Path

import pytest

OFFLINE_DIR = Path(__file__).resolve().parent / "tests" / "offline"
sys.path.insert(0, str(OFFLINE_DIR))

import kss_offline  # noqa: E402

if kss_offline.enabled_by_environment():
    kss_offline.install()
    os.environ[kss_offline.ENV_FLAG] = "1"
    os.environ["PYTHONPATH"] = kss_offline.child_pythonpath(os.environ.get("PYTHONPATH"))


@pytest.fixture(autouse=True)
def _no_network_attempts():
    """A test during which the offline guard refused a connection fails, caught or not."""
    before = len(kss_offline.BLOCKED)
    yield
    attempts = kss_offline.BLOCKED[before:]
    if attempts:
        del kss_offline.BLOCKED[before:]
        pytest.fail("the test tried to reach the network (the course must work offline):\n  "
                    + "\n  ".join(attempts), pytrace=False)


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session):
    """A broken data table breaks almost every test; say so once, in words, and stop,
    instead of hundreds of failures repeating the same message (checked once, by the
    controller, not by each xdist worker)."""
    if hasattr(session.config, "workerinput"):
        return  # xdist worker: the controller checks
    from kss import data

    try:
        data.load_all()
    except data.DataError as exc:
        pytest.exit(f"data error, fix this first: {exc}", returncode=1)


# pytest explains a failed `==` between two long texts or sequences with difflib, which is
# quadratic where many lines differ: on two data tables of thousands of lines it ran for tens
# of minutes and a CI run timed out. Past this size, say where they first differ instead.
LONG_COMPARISON = 2000


def pytest_assertrepr_compare(op, left, right):
    if op != "==" or not all(isinstance(v, (str, bytes, list, tuple)) for v in (left, right)):
        return None
    if max(len(left), len(right)) <= LONG_COMPARISON:
        return None
    first = next((i for i, (a, b) in enumerate(zip(left, right)) if a != b), min(len(left), len(right)))
    return [f"{type(left).__name__} of {len(left)} != {type(right).__name__} of {len(right)} "
            f"(too long for a full diff); first difference at index {first}:",
            f"  left:  {left[max(0, first - 40):first + 80]!r}",
            f"  right: {right[max(0, first - 40):first + 80]!r}"]
