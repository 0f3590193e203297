"""Root conftest: the whole test session runs offline (issue: "robust and fast", point 1).

Loaded by pytest before any test or notebook is collected, it
- installs the offline guard (tests/offline/kss_offline.py) in the pytest process;
- puts tests/offline first on PYTHONPATH and sets KSS_OFFLINE=1, so every Python child
  process (nbval's and nbclient's kernels, the JupyterLab server of the browser tests and
  its kernels) installs the same guard at start-up through tests/offline/sitecustomize.py;
- fails any test during which the guard refused a connection, even if the code under
  test caught the error (e.g. a library that silently falls back when offline).

It also loads tests/nbval_rerun.py, which adds a second run of every notebook cell in
nbval's kernel (the second run must look like the first and like the stored outputs).
Turn the guard off for one run with KSS_OFFLINE=0 (e.g. to debug); tests/test_offline.py
then skips. Loopback (127.0.0.0/8, ::1, localhost) and AF_UNIX always work.
"""
import gc
import os
import sys
from pathlib import Path

import pytest

OFFLINE_DIR = Path(__file__).resolve().parent / "tests" / "offline"
sys.path.insert(0, str(OFFLINE_DIR))
sys.path.insert(0, str(OFFLINE_DIR.parent))   # tests/: nbval_rerun and the test helpers

pytest_plugins = ("nbval_rerun",)

import fork_kernel  # noqa: E402
import kss_offline  # noqa: E402
import nbval_ready  # noqa: E402

if kss_offline.enabled_by_environment():
    kss_offline.install()
    os.environ[kss_offline.ENV_FLAG] = "1"
    os.environ["PYTHONPATH"] = kss_offline.child_pythonpath(os.environ.get("PYTHONPATH"))

# nbval's kernels fork from a template that has done a kernel start's imports (tests/fork_kernel.py)
fork_kernel.use_for_nbval()
# and are ready when they answer, without jupyter_client's 0.2 s of IOPub silence (tests/nbval_ready.py)
nbval_ready.install()


# A test process holds matplotlib, pandas, Jupyter's packages and the course; the explorer
# tests then make and drop thousands of artists per test. With Python's default threshold
# (a collection every 700 new objects) the collector ran about 2,600 times in the explorer
# and figure tests of one worker, 2.6 s of CPU, most of it in full passes over that whole
# heap; with a tenth as many collections, and what is loaded by the end of collection
# frozen (never garbage, never scanned again: pytest_collection_finish below), 0.8 s.
# The peak memory of those tests is the same within 2 MB (315 MB).
gc.set_threshold(7000, 20, 10)


def pytest_collection_finish(session):
    gc.collect()
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session):
    """pytest collects the garbage twice at the end (unraisableexception: once in
    pytest_unconfigure, once in its cleanup), each a full pass over what the tests left in
    memory: about 0.5 s each, while the other worker has finished and waits. One pass
    here, with pytest's unraisable-exception hook still installed (so a finaliser that
    fails is still reported), then freeze: pytest's two passes find nothing to scan."""
    gc.collect()
    gc.freeze()


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
    instead of hundreds of failures repeating the same message.

    Checked by the controller while the xdist workers start and collect (this hook runs
    after pytest-xdist has started them in pytest_sessionstart; checking there, before
    them, kept both workers waiting for it: about 0.9 s)."""
    if hasattr(session.config, "workerinput"):
        return  # xdist worker: the controller checks
    from kss import data

    try:
        data.load_all()
    except data.DataError as exc:
        pytest.exit(f"data error, fix this first: {exc}", returncode=1)


def _weight(item) -> int:
    """Heaviest first: browser tests, then tests that start kernels or build environments
    (marked slow), then the notebooks (nbval), then the unit tests that draw many views
    (marked heavy), then the rest: the small files last, so that both workers end together."""
    if item.get_closest_marker("browser"):
        return 0
    if item.get_closest_marker("slow"):
        return 1
    if item.nodeid.split("::")[0].endswith(".ipynb"):
        return 2
    if item.get_closest_marker("heavy"):
        return 3
    return 4


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session, config, items):
    """Order the test files heaviest first, items inside a file unchanged. With
    `--dist loadfile` each file goes to one worker in this order (pyproject sets
    --no-loadscope-reorder; xdist would otherwise order files by their number of tests,
    which put the few long delivery tests last, one worker busy while the other idled)."""
    first_index = {}
    for index, item in enumerate(items):
        first_index.setdefault(item.nodeid.split("::")[0], (index, _weight(item)))
    items.sort(key=lambda item: (first_index[item.nodeid.split("::")[0]][1],
                                 first_index[item.nodeid.split("::")[0]][0]))
