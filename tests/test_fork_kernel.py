"""A kernel nbval forks from the template (tests/fork_kernel.py) is what a kernel process
would be: the same working directory, sys.path, argv, backend, extensions and hint, the
same modules loaded at start (nothing a lesson would import later), its own session, the
offline guard, pandas' display options and their defaults (pandas looks at IPython when
imported), matplotlib's settings, IPython's output formatters, the course's language and
the environment jupyter_client gives a kernel. One forked kernel and one kernel process are
started (the process because its environment differs from the template's: the fallback
tests/fork_kernel.py takes then), and what a probe cell reports in each is compared."""
from __future__ import annotations

import json
import os

import pytest
from jupyter_client import KernelManager
from nbval.kernel import CURRENT_ENV_KERNEL_NAME, NbvalKernelspecManager

import fork_kernel
from notebook_utils import NOTEBOOK_DIR

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not fork_kernel.enabled(), reason="KSS_FORK_KERNELS=0 or not Linux")]

PROBE = r"""
import json, os, sys, matplotlib, pandas
ip = get_ipython()
print(json.dumps({
    "cwd": os.getcwd(),
    "path": sys.path,
    "argv0": os.path.basename(sys.argv[0]),
    "MPLBACKEND": os.environ.get("MPLBACKEND"),
    "backend": [str(dict.__getitem__(matplotlib.rcParams, "backend")), matplotlib.get_backend()],
    "extensions": sorted(ip.extension_manager.loaded),
    "custom_exceptions": [e.__name__ for e in ip.custom_exceptions],
    "own_session": os.getsid(0) == os.getpid(),
    "pandas_display": [pandas.get_option(o) for o in ("display.max_columns", "display.width")],
    # every display option, its value and the default pandas registered at import
    "pandas_options": {k: [repr(pandas.get_option(k)), repr(o.defval)]
                       for k, o in pandas._config.config._registered_options.items() if k.startswith("display.")},
    "rcparams": {k: repr(v) for k, v in dict.items(matplotlib.rcParams) if k != "backend"},
    "formatters": sorted(m for m, f in ip.display_formatter.formatters.items() if f.enabled),
    "language": __import__("kss.labels").labels.language(),
    "offline_guard": __import__("kss_offline").installed(),
    "env": sorted(k for k in os.environ if not k.startswith(("JPY_", "PYTEST_")) and k != "KSS_FORK_KERNEL_TEST"),
    "modules": sorted(m for m in sys.modules if not m.startswith("_")),
}))
"""
HINT = "undefined_name_in_a_lesson"


OTHER = "KSS_FORK_KERNEL_TEST"     # set only for the kernel process (the probe leaves it out of "env")


def probe(other_environment: bool) -> tuple[dict, str]:
    """(the probe's report, the output of a cell using an undefined name) in a kernel
    started the way nbval starts its kernels: with the test process's environment it is
    forked; with one more variable it must be started as a process (the template imported
    matplotlib and the rest under the environment it started with)."""
    env = dict(os.environ, **({OTHER: "1"} if other_environment else {}))
    km = KernelManager(kernel_name=CURRENT_ENV_KERNEL_NAME, kernel_spec_manager=NbvalKernelspecManager())
    try:
        km.start_kernel(cwd=str(NOTEBOOK_DIR / "id"), stderr=open(os.devnull, "w"), env=env)
        forked = isinstance(km.provisioner.process, fork_kernel.ForkedProcess)
        assert forked != other_environment, \
            f"environment {'changed' if other_environment else 'as the template had it'}, but forked={forked}"
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            texts = []
            kc.execute_interactive(PROBE, timeout=60, output_hook=lambda m: texts.append(m["content"].get("text", "")))
            report = json.loads("".join(texts))
            hint = []
            kc.execute_interactive(HINT, timeout=60,
                                   output_hook=lambda m: hint.append(m["content"].get("text", "")
                                                                     or m["content"].get("evalue", "")))
            return report, "".join(hint)
        finally:
            kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kernels():
    return {"forked": probe(False), "process": probe(True)}


@pytest.mark.parametrize("key", ["cwd", "path", "argv0", "MPLBACKEND", "backend", "extensions",
                                 "custom_exceptions", "own_session", "pandas_display", "pandas_options",
                                 "rcparams", "formatters", "language", "offline_guard", "env"])
def test_a_forked_kernel_is_set_up_like_a_kernel_process(kernels, key):
    forked, process = kernels["forked"][0], kernels["process"][0]
    assert forked[key] == process[key], f"{key}: forked {forked[key]!r}, process {process[key]!r}"


def test_the_template_loads_only_what_a_kernel_start_loads(kernels):
    """Nothing a lesson would import later (ipywidgets, say, registers its comm target only
    when imported inside a kernel) is already loaded in a forked kernel."""
    forked, process = set(kernels["forked"][0]["modules"]), set(kernels["process"][0]["modules"])
    extra = sorted(m for m in forked - process
                   if m.split(".")[0] not in ("multiprocessing", fork_kernel.TEMPLATE, "fork_kernel")
                   and m != "gc")   # the template's gc.freeze()
    assert not extra, f"modules in a forked kernel that a kernel process has not loaded: {extra[:20]}"
    assert "kss" in forked and "ipywidgets" not in forked


def test_the_hint_is_the_same(kernels):
    forked, process = kernels["forked"][1], kernels["process"][1]
    assert HINT in process and forked == process

