"""Measure the course against its budgets and print one Markdown table (`make bench`).

    python -m tools.benchmark                 # everything (the test suite takes minutes)
    python -m tools.benchmark --quick         # lessons, explorers and sizes only
    python -m tools.benchmark --write         # also put the table into docs/id/pengelola.md
                                            # (the maintainers' page; --write-readme: the same)
    python -m tools.benchmark --skip-browser  # time the suite without the browser part

What is measured (budgets from the design brief, design.md "Budgets"), for
both editions (notebooks/id/ and the English notebooks/en/; each row says which: "id/..",
"en/.." or "(id)", "(en)"):
- each notebook's Run All: a kernel is started (nbclient, as tools/notebooks.py does),
  then the time to execute all cells is taken; kernel start is excluded (shown apart,
  with its median over all starts), and the kernel's resident memory (RSS) after Run All
  is read from /proc (the largest is reported, with its lesson: for hub sizing);
- each explorer of tools.catalog (every entry whose builder returns a kss.explorer.Explorer):
  the cold first view (building the explorer, its first figure included) apart, then
  CHANGES control changes cycling through each control's values: CPU time (and wall
  time) from setting `.value` to the new figure's PNG bytes in `explorer.image`
  (synchronous, in-process), median and 95th percentile, once in each language
  (kss.setup("id"), then kss.setup("en"): the English figures have English labels); and the bytes the kernel sends
  for each change: one update message per synced trait that changed on a widget of the
  view (observed with traitlets' observe; its state from Widget.get_state: JSON plus
  binary buffers, the PNG, plus an envelope), except the changed control's own echo (a
  change made in the browser is not sent back);
- in the browser (when tests/browser runs, i.e. not --quick / --skip-browser): the time
  from a control change in the page to the new image decoded and shown, recorded by the
  browser test for every explorer change it makes (artifacts/browser-timings.json); median,
  per edition;
- the test suite, as four pytest runs: unit (tests/test_core.py, per-topic tests, fuzz,
  offline guard), data (tests/test_data_*.py), notebooks (nbval over notebooks/, hygiene,
  content, reruns) and browser (tests/browser; skipped when Chromium is missing), then
  the suite without the browser part as `make test-fast` runs it (reported, no budget);
- each notebook's size, the repository (tracked files; .git pack) and the environment
  (du of sys.prefix);
- a school JupyterHub (not with --quick / --skip-browser): tests/delivery/test_hub.py runs a
  real hub with students in Chromium and writes what it measured (artifacts/hub.json): the
  time from a student's click on the link to the lesson shown, the memory of a student's
  server and of each kernel (psutil: RSS, PSS, USS), and from these the class sizing
  (class_sizing(): its docstring gives the arithmetic).
- the website (tools/bench_site.py, when build/site/ is built by `make site`): every lesson
  page's bytes and its first screen at 360 px under emulated slow 4G.

The figures depend on the machine and on what else runs on it: the header of the table
says where and when they were taken (CPU count, load average).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
PAGE = ROOT / "docs" / "id" / "pengelola.md"     # the maintainers' page of the website
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
BROWSER_TIMINGS = ROOT / "artifacts" / "browser-timings.json"   # written by tests/browser
CHANGES = 40                 # control changes per explorer (at least 30)

BUDGET_RUN_ALL = 1.0         # s per lesson, kernel start excluded
BUDGET_MEDIAN = 0.060        # s of CPU, control change -> new figure
BUDGET_P95 = 0.120
BUDGET_BYTES_MEDIAN = 40_000  # bytes the kernel sends per change
BUDGET_BYTES_MAX = 80_000
BUDGET_BROWSER = 0.250       # s, change in the page -> new image decoded and shown (median)
BUDGET_NOTEBOOK = 1_000_000  # bytes
BUDGET_REPO = 10_000_000     # bytes


@dataclass
class Row:
    section: str
    what: str
    value: str
    budget: str = ""
    ok: bool | None = None   # None: no budget

    @property
    def status(self) -> str:
        return "" if self.ok is None else ("PASS" if self.ok else "OVER")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _size(n: int) -> str:
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}"
    return f"{n} B"


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


# ---------------------------------------------------------------- lessons: Run All

LANGS = ("id", "en")         # the editions, notebooks/<lang>/ (Indonesian first)


def notebooks(lang: str | None = None) -> list[Path]:
    """The notebooks of one edition, or of both (notebooks/id/, then notebooks/en/)."""
    return [p for lg in ([lang] if lang else LANGS)
            for p in sorted((NOTEBOOKS / lg).glob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts]


def label(path: Path) -> str:
    """'id/00-mulai-di-sini.ipynb', 'en/00-start-here.ipynb': the notebook with its edition."""
    return f"{path.parent.name}/{path.name}"


def edition_of(name: str, entry: dict | None = None) -> str:
    """The edition of a notebook file name in artifacts/browser-timings.json (its "lang",
    or, in a file written before the English edition, the folder that holds that name)."""
    if isinstance(entry, dict) and entry.get("lang") in LANGS:
        return entry["lang"]
    return next((lg for lg in LANGS if (NOTEBOOKS / lg / name).is_file()), "id")


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) a process has used so far; None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


def _rss_bytes(pid: int | None) -> int | None:
    """Resident memory of a process (VmRSS); None where /proc is missing."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError, TypeError):
        return None
    return None


def _kernel_pid(client) -> int | None:
    process = getattr(getattr(client.km, "provisioner", None), "process", None)
    return getattr(process, "pid", None)


def run_all(path: Path) -> tuple[float, float, float | None, int, int | None]:
    """(kernel start s, Run All s, kernel CPU s during Run All, error outputs, kernel RSS
    bytes after Run All) in a fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True, shutdown_kernel="immediate",
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.perf_counter()
    with client.setup_kernel(stderr=subprocess.DEVNULL):
        ready = time.perf_counter()
        pid = _kernel_pid(client)
        cpu_before = _cpu_seconds(pid)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)
        done = time.perf_counter()
        cpu_after = _cpu_seconds(pid)
        rss = _rss_bytes(pid)
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    errors = sum(1 for c in nb.cells if c.cell_type == "code"
                 for o in c.outputs if o.get("output_type") == "error")
    return ready - started, done - ready, cpu, errors, rss


def bench_lessons() -> list[Row]:
    rows = []
    paths = notebooks()
    if not paths:
        return [Row("Run All", "(no notebook in notebooks/id/ or notebooks/en/)", "–")]
    starts, memory = [], []
    for path in paths:
        try:
            start, elapsed, cpu, errors, rss = run_all(path)
        except Exception as exc:  # a broken or half-written lesson must not stop the benchmark
            rows.append(Row("Run All", label(path), f"failed: {type(exc).__name__}: {str(exc)[:80]}",
                            f"≤ {BUDGET_RUN_ALL:.0f} s", False))
            continue
        starts.append(start)
        if rss is not None:
            memory.append((rss, label(path)))
        note = f" ({errors} error output{'s' if errors != 1 else ''})" if errors else ""
        cpu_text = f" (kernel CPU {_s(cpu)})" if cpu is not None else ""
        rows.append(Row("Run All", f"{label(path)} (kernel start {_s(start)}, not counted)",
                        _s(elapsed) + cpu_text + note, f"≤ {BUDGET_RUN_ALL:.0f} s",
                        elapsed <= BUDGET_RUN_ALL and not errors))
    if starts:
        rows.append(Row("Kernel", f"start (median of {len(starts)} starts, one per notebook above, both editions)",
                        f"{_s(statistics.median(starts))} (range {_s(min(starts))}–{_s(max(starts))})"))
    if memory:
        rss, name = max(memory)
        rows.append(Row("Kernel", f"resident memory (RSS) after Run All, largest of {len(memory)} notebooks",
                        f"{rss / 1e6:.0f} MB ({name}; smallest {min(memory)[0] / 1e6:.0f} MB)"))
    return rows


# ---------------------------------------------------------------- explorers: interaction

def value_cycle(control) -> list:
    """Values a learner can give this control, to cycle through (current value excluded later)."""
    import ipywidgets as w
    from kss.controls import Choices, option_values

    if isinstance(control, (w.SelectMultiple, Choices)):
        values = option_values(control)
        subsets = [tuple(values[i:i + k]) for k in (1, 2, 3) for i in range(0, min(len(values), 12), k)]
        return subsets + [(), tuple(values[:5])]
    if isinstance(control, (w.Dropdown, w.RadioButtons, w.ToggleButtons, w.Select, w.SelectionSlider)):
        return option_values(control)
    if isinstance(control, w.IntRangeSlider):
        lo, hi, step = control.min, control.max, control.step or 1
        span = hi - lo
        return [(lo, hi), (lo, lo + span // 2), (lo + span // 2, hi), (lo + span // 4, hi - span // 4),
                (lo, lo + step), (hi - step, hi)]
    if isinstance(control, (w.IntSlider, w.FloatSlider)):
        return [control.min, (control.min + control.max) / 2 if isinstance(control, w.FloatSlider)
                else (control.min + control.max) // 2, control.max]
    if isinstance(control, w.Checkbox):
        return [True, False]
    if isinstance(control, (w.Text, w.Textarea)):
        return ["Proyek padi Indonesia–Tanzania", "", "Jerman <b>&</b> JICA", "Pelatihan guru $2"]
    return []


class SentBytes:
    """Counts what the kernel would send to the browser for a change, with ipywidgets'
    public API: every synced trait (Widget.keys) of every widget of the view's tree is
    observed, and a change costs one update message with that trait's state as
    Widget.get_state gives it: binary values (the PNG of an image) as buffers (their
    bytes), the rest as JSON (its UTF-8 bytes), plus the message's envelope (ENVELOPE)."""

    ENVELOPE = 200   # bytes: header, parent header, metadata and comm id of one comm message

    def __init__(self, root):
        self.root = root
        self.changes: list[tuple[object, str]] = []
        self._watched: list = []

    def __enter__(self):
        for widget in self.widgets(self.root):
            names = [name for name in widget.keys if not name.startswith("_")]
            widget.observe(self._changed, names=names)
            self._watched.append((widget, names))
        return self

    def __exit__(self, *exc):
        for widget, names in self._watched:
            widget.unobserve(self._changed, names=names)

    @staticmethod
    def widgets(root) -> list:
        """The widgets of a view: its boxes' children, their layouts and styles."""
        import ipywidgets

        found, stack = [], [root]
        while stack:
            widget = stack.pop()
            if not isinstance(widget, ipywidgets.Widget) or any(w is widget for w in found):
                continue
            found.append(widget)
            stack += list(getattr(widget, "children", ()))
            stack += [getattr(widget, "layout", None), getattr(widget, "style", None)]
        return found

    def _changed(self, change) -> None:
        self.changes.append((change["owner"], change["name"]))

    @staticmethod
    def size(state) -> int:
        """Bytes of a state dict sent as JSON with its binary values as buffers."""
        buffers = 0

        def strip(value):
            nonlocal buffers
            if isinstance(value, (bytes, bytearray, memoryview)):
                buffers += memoryview(value).nbytes
                return None
            if isinstance(value, dict):
                return {k: strip(v) for k, v in value.items()}
            if isinstance(value, (list, tuple)):
                return [strip(v) for v in value]
            return value

        text = json.dumps(strip(state), separators=(",", ":"), default=str)
        return len(text.encode()) + buffers

    def take(self, control) -> int:
        """Bytes sent since the last take, without the changed control's own echo (a change
        made in the browser is not sent back)."""
        total = sum(self.ENVELOPE + self.size({"method": "update", "state": widget.get_state(name)})
                    for widget, name in self.changes if widget is not control)
        self.changes.clear()
        return total


def time_explorer(explorer, changes: int = CHANGES, sent: SentBytes | None = None
                  ) -> tuple[list[float], list[float], list[int]]:
    """Seconds (wall clock, CPU) from setting a control's value to the new PNG bytes, and
    the bytes sent for each change (with `sent`; else an empty list)."""
    cycles = {name: value_cycle(c) for name, c in explorer.controls.items()}
    names = [n for n, values in cycles.items() if len(values) > 1]
    positions = dict.fromkeys(names, 0)
    timings, cpu, sizes, attempts = [], [], [], 0
    while len(timings) < changes and attempts < changes * 10 and names:
        name = names[attempts % len(names)]
        attempts += 1
        control, values = explorer.controls[name], cycles[name]
        value = values[positions[name] % len(values)]
        positions[name] += 1
        if value == control.value:
            continue
        before, redraws = explorer.image.value, explorer.redraws
        if sent is not None:
            sent.take(None)
        start, cpu_start = time.perf_counter(), time.process_time()
        control.value = value
        elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu_start
        if explorer.error is not None:
            raise RuntimeError(f"{name}={value!r}: {explorer.error!r}")
        if explorer.redraws > redraws and explorer.image.value != before:
            timings.append(elapsed)
            cpu.append(cpu_elapsed)
            if sent is not None:
                sizes.append(sent.take(control))
    return timings, cpu, sizes


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def bench_explorers(changes: int = CHANGES) -> list[Row]:
    """Every explorer in Indonesian, then every explorer in English (rows marked (id), (en))."""
    from kss import setup
    rows = []
    try:
        for lang in LANGS:
            setup(lang)
            rows += _bench_explorers(changes, lang)
    finally:
        setup("id")
    return rows


def _bench_explorers(changes: int, lang: str) -> list[Row]:
    from tools import catalog
    from kss.explorer import Explorer

    rows = []
    for entry in catalog.entries():
        if entry.kind == "quiz":
            continue
        where = f"{entry.name} (lesson {entry.lesson}, {lang})"
        try:
            start, cpu_start = time.perf_counter(), time.process_time()
            view = entry.build()
            cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu_start
        except Exception as exc:
            rows.append(Row("Interaction", where, f"failed to build: {type(exc).__name__}: {str(exc)[:80]}", "", False))
            continue
        if not isinstance(view, Explorer):
            continue          # activities without a figure (buttons and HTML only)
        try:
            with SentBytes(view.widget) as sent:
                timings, cpu, sizes = time_explorer(view, changes, sent)
        except Exception as exc:
            rows.append(Row("Interaction", where, f"failed: {str(exc)[:100]}", "", False))
            continue
        rows.append(Row("Cold view", where, f"{_ms(cold_cpu)} CPU ({_ms(cold)} wall): build the explorer "
                        "and draw its first figure"))
        if not timings:
            rows.append(Row("Interaction", where, "no control changes the figure", "", None))
            continue
        median, high = statistics.median(cpu), p95(cpu)
        rows.append(Row("Interaction", f"{where}: CPU per change, warm ({len(cpu)} changes)",
                        f"median {_ms(median)}, p95 {_ms(high)} (wall median {_ms(statistics.median(timings))})",
                        f"median ≤ {_ms(BUDGET_MEDIAN)}, p95 ≤ {_ms(BUDGET_P95)}",
                        median <= BUDGET_MEDIAN and high <= BUDGET_P95))
        middle, most = statistics.median(sizes), max(sizes)
        rows.append(Row("Bytes", f"{where}: sent per change ({len(sizes)} changes)",
                        f"median {_size(int(middle))}, max {_size(most)}",
                        f"median ≤ {_size(BUDGET_BYTES_MEDIAN)}, max ≤ {_size(BUDGET_BYTES_MAX)}",
                        middle <= BUDGET_BYTES_MEDIAN and most <= BUDGET_BYTES_MAX))
    return rows


# ---------------------------------------------------------------- the browser

def bench_browser(since: float) -> list[Row]:
    """The browser test's change -> image shown times (written by tests/browser after `since`)."""
    if not BROWSER_TIMINGS.exists() or BROWSER_TIMINGS.stat().st_mtime < since:
        return [Row("Browser", "change -> new image shown", "not measured (the browser test did not run)",
                    f"median ≤ {_ms(BUDGET_BROWSER)}", None)]
    found = json.loads(BROWSER_TIMINGS.read_text(encoding="utf-8"))
    rows = []
    for lang in LANGS:
        lessons = {name: entry for name, entry in found.items()
                   if isinstance(entry, dict) and edition_of(name, entry) == lang}
        waits = [r["ms"] / 1000 for entry in lessons.values() for r in entry.get("redraws", [])]
        if not waits:
            rows.append(Row("Browser", f"change -> new image shown ({lang})",
                            "no explorer change recorded" if lessons else "not measured (no notebook of this edition ran)",
                            f"median ≤ {_ms(BUDGET_BROWSER)}", False if lessons else None))
            continue
        with_redraws = sum(1 for entry in lessons.values() if entry.get("redraws"))
        median = statistics.median(waits)
        rows.append(Row("Browser", f"change in the page -> new image decoded and shown ({lang}: {len(waits)} changes, "
                        f"{with_redraws} lessons, JupyterLab in Chromium)",
                        f"median {_ms(median)}, p95 {_ms(p95(waits))}, max {_ms(max(waits))}",
                        f"median ≤ {_ms(BUDGET_BROWSER)}", median <= BUDGET_BROWSER))
    return rows


# ---------------------------------------------------------------- the test suite

def suite_parts() -> dict[str, list[str]]:
    tests = sorted(p for p in (ROOT / "tests").glob("test_*.py"))
    data = [p for p in tests if p.name.startswith("test_data_")]
    notebook_tests = [p for p in tests if p.name in ("test_notebook_hygiene.py", "test_content.py",
                                                     "test_reruns.py")]
    unit = [p for p in tests if p not in data and p not in notebook_tests]
    return {
        "unit": [_rel(p) for p in unit],
        "data": [_rel(p) for p in data],
        "notebooks": ["notebooks"] + [_rel(p) for p in notebook_tests],
        "browser": ["tests/browser"],
    }


def chromium_missing() -> str | None:
    path = os.environ.get("KSS_CHROMIUM") or "/usr/bin/chromium"
    return None if os.access(path, os.X_OK) else f"Chromium not found at {path}"


def run_pytest(args: list[str], marker: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", marker, *args],
                          cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    lines = [l for l in done.stdout.strip().splitlines() if l.strip()]
    summary = lines[-1].strip("= ") if lines else f"exit {done.returncode}"
    return elapsed, summary


PARALLEL = ["-n", "auto", "--dist", "loadscope"]   # as `make test` runs the suite


def bench_suite(skip_browser: bool) -> list[Row]:
    """Each part alone on one worker (where the time goes), then the suite without the
    browser part as `make test-fast` runs it (one worker per CPU): reported, no budget."""
    rows = []
    for part, args in suite_parts().items():
        if part == "browser":
            reason = "--skip-browser" if skip_browser else chromium_missing()
            if reason:
                rows.append(Row("Test suite", "browser (tests/browser)", f"skipped: {reason}"))
                continue
            elapsed, summary = run_pytest(args, "browser")
            rows.append(Row("Test suite", f"browser (tests/browser), one worker: {summary}", _s(elapsed)))
            continue
        elapsed, summary = run_pytest(args, "not browser")
        rows.append(Row("Test suite", f"{part}, one worker: {summary}", _s(elapsed)))
    elapsed, summary = run_pytest(PARALLEL, "not browser")
    rows.append(Row("Test suite", f"without the browser part, as `make test-fast` runs it "
                    f"({os.cpu_count()} workers): {summary}", _s(elapsed)))
    return rows


# ---------------------------------------------------------------- sizes

def du(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total


def bench_sizes() -> list[Row]:
    rows = []
    for path in notebooks():      # notebooks/id/, then notebooks/en/
        size = path.stat().st_size
        rows.append(Row("Size", _rel(path), _size(size), f"< {_size(BUDGET_NOTEBOOK)}", size < BUDGET_NOTEBOOK))
    try:
        # tracked files plus files not yet added that git does not ignore (what a commit would hold)
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                cwd=ROOT, capture_output=True, check=True).stdout
        files = [ROOT / f for f in listed.decode().split("\0") if f]
        tracked = sum(f.stat().st_size for f in files if f.is_file())
        rows.append(Row("Size", f"repository: {len(files)} files (git ls-files, incl. not yet added)", _size(tracked),
                        f"< {_size(BUDGET_REPO)}", tracked < BUDGET_REPO))
        # the history as a clone receives it (Binder, nbgitpuller, a teacher's git clone):
        # the current branch cloned bare over file:// (packed, as over the network) into a
        # temporary folder. du of this checkout's .git/objects counted loose objects and
        # other branches too (76 MB here, against 22 MB cloned).
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(["git", "clone", "--quiet", "--bare", "--single-branch", "--no-local",
                            ROOT.as_uri(), str(Path(scratch) / "clone.git")], check=True, capture_output=True)
            pack = du(Path(scratch) / "clone.git" / "objects")
        rows.append(Row("Size", "repository: history as a clone receives it (git clone --bare, packed)",
                        _size(pack), f"< {_size(BUDGET_REPO)}", pack < BUDGET_REPO))
    except (OSError, subprocess.CalledProcessError) as exc:
        rows.append(Row("Size", "repository", f"git failed: {exc}"))
    rows.append(Row("Size", f"installed environment (du of sys.prefix, {Path(sys.prefix).name})",
                    _size(du(Path(sys.prefix)))))
    return rows


# ---------------------------------------------------------------- a school JupyterHub

# Written by tests/delivery/test_hub.py: a real JupyterHub on loopback (the hub recipe's
# environment, nbgitpuller, configurable-http-proxy), students in Chromium. The test takes
# these figures with the functions below and asserts nothing about them.
HUB_FIGURES = ROOT / "artifacts" / "hub.json"
HUB_CLASS = 36               # a class in a school lab (design brief)
HUB_LESSONS_OPEN = 3         # lessons a student may leave open (one kernel each)
HUB_HEADROOM = 1.25          # on the per-student limit: an explorer used adds ~15 MB per kernel
MB = 1_000_000


def process_memory(pid: int) -> dict:
    """Resident memory of one process, in bytes: RSS (all its resident pages, shared
    libraries included), PSS (shared pages divided among the processes that map them) and
    USS (pages no other process maps: what it alone costs)."""
    import psutil
    info = psutil.Process(pid).memory_full_info()
    return {"pid": pid, "rss": info.rss, "pss": getattr(info, "pss", None), "uss": info.uss}


def hub_memory(server_pid: int) -> dict:
    """One student's single-user server and its kernels (the server's child processes
    running ipykernel), each as process_memory() gives it."""
    import psutil
    server = psutil.Process(server_pid)
    kernels = [p for p in server.children(recursive=True)
               if any("ipykernel" in part for part in p.cmdline())]
    return {"server": process_memory(server_pid), "kernels": [process_memory(k.pid) for k in kernels]}


def hub_own_memory(hub_pid: int) -> dict:
    """The hub process and its proxy (configurable-http-proxy, the hub's child running node)."""
    import psutil
    proxies = [p for p in psutil.Process(hub_pid).children()
               if any("configurable-http-proxy" in part for part in p.cmdline())]
    return {"hub": process_memory(hub_pid), "proxy": process_memory(proxies[0].pid) if proxies else None}


def class_sizing(server: dict, kernel: dict, students: int = HUB_CLASS,
                 lessons: int = HUB_LESSONS_OPEN) -> dict:
    """The arithmetic of the hub recipe, from one server's and one kernel's memory (bytes).

    On one machine (TLJH, a plain JupyterHub) the students' processes share the pages of
    the same libraries: what each adds is its USS, the shared part (RSS - USS of one server
    and one kernel) is paid once. With one lesson open per student:
        total = students * (USS_server + USS_kernel) + (RSS_server - USS_server) + (RSS_kernel - USS_kernel)
    and with RSS alone (every process paying its own libraries) as the upper bound.
    A per-student limit (Zero to JupyterHub's singleuser.memory.limit, a container of its
    own, so no sharing between students) must hold the server and `lessons` kernels at
    their RSS, with headroom for the explorers a student uses:
        limit = HUB_HEADROOM * (RSS_server + lessons * RSS_kernel)
    and the guarantee (what one lesson needs) = RSS_server + RSS_kernel."""
    shared = (server["rss"] - server["uss"]) + (kernel["rss"] - kernel["uss"])
    per_student_unique = server["uss"] + kernel["uss"]
    return {
        "students": students, "lessons_open": lessons,
        "per_student_rss": server["rss"] + kernel["rss"],
        "per_student_unique": per_student_unique,
        "class_shared_once": students * per_student_unique + shared,
        "class_rss": students * (server["rss"] + kernel["rss"]),
        "extra_lesson_rss": kernel["rss"], "extra_lesson_unique": kernel["uss"],
        "limit": HUB_HEADROOM * (server["rss"] + lessons * kernel["rss"]),
        "guarantee": server["rss"] + kernel["rss"],
    }


def _mb(n: float | None) -> str:
    return "n/a" if n is None else f"{n / MB:.0f} MB"


def _mem(m: dict) -> str:
    return f"RSS {_mb(m['rss'])} (PSS {_mb(m.get('pss'))}, USS {_mb(m['uss'])})"


def bench_hub(since: float, run: bool = True) -> list[Row]:
    """Run the hub test (tests/delivery/test_hub.py) and report what it measured."""
    if run:
        elapsed, summary = run_pytest(["tests/delivery/test_hub.py"], "slow")
        rows = [Row("Hub", f"tests/delivery/test_hub.py, one worker: {summary}", _s(elapsed))]
    else:
        rows = []
    if not HUB_FIGURES.exists() or HUB_FIGURES.stat().st_mtime < since:
        return rows + [Row("Hub", "JupyterHub + nbgitpuller", "not measured (the hub test did not run)")]
    found = json.loads(HUB_FIGURES.read_text(encoding="utf-8"))
    for what, seconds in found.get("link_to_lesson", {}).items():
        rows.append(Row("Hub", f"link -> lesson shown: {what}", _s(seconds)))
    for what, memory in found.get("memory", {}).items():
        rows.append(Row("Hub", f"student server, {what}", _mem(memory["server"])))
        for number, kernel in enumerate(memory["kernels"], start=1):
            rows.append(Row("Hub", f"kernel {number}, {what}", _mem(kernel)))
    for what, memory in found.get("hub_itself", {}).items():
        if memory:
            rows.append(Row("Hub", f"{what} process", _mem(memory)))
    sizing = found.get("sizing")
    if sizing:
        rows += [
            Row("Hub", "one student with one lesson open: server + kernel (RSS)", _mb(sizing["per_student_rss"])),
            Row("Hub", f"a class of {sizing['students']} on one machine, one lesson each "
                       "(unique memory per student, shared libraries once; RSS sum as upper bound)",
                f"{sizing['class_shared_once'] / 1e9:.1f} GB (upper bound {sizing['class_rss'] / 1e9:.1f} GB)"),
            Row("Hub", "each further lesson a student keeps open", f"{_mb(sizing['extra_lesson_rss'])} RSS "
                       f"({_mb(sizing['extra_lesson_unique'])} unique)"),
            Row("Hub", f"suggested per-student limit: server + {sizing['lessons_open']} kernels, "
                       f"x{HUB_HEADROOM} (guarantee: one lesson)",
                f"limit {_mb(sizing['limit'])}, guarantee {_mb(sizing['guarantee'])}"),
        ]
    return rows


# ---------------------------------------------------------------- report

def machine() -> str:
    load = "n/a"
    if hasattr(os, "getloadavg"):
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} CPU · "
            f"load {load} · Python {platform.python_version()} · {platform.system()}")


def table(rows: list[Row], header: str) -> str:
    lines = [f"_{header}_", "", "| Bagian | Yang diukur | Hasil | Anggaran | Status |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.section} | {r.what} | {r.value} | {r.budget} | {r.status} |".replace("||", "| |"))
    return "\n".join(lines)


def write_page(text: str) -> None:
    content = PAGE.read_text(encoding="utf-8")
    if START not in content or END not in content:
        raise SystemExit(f"{PAGE.relative_to(ROOT)} has no {START} ... {END} block")
    before, rest = content.split(START, 1)
    _, after = rest.split(END, 1)
    PAGE.write_text(f"{before}{START}\n{text}\n{END}{after}", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the test-suite timing")
    parser.add_argument("--skip-browser", action="store_true", help="do not time the browser tests")
    parser.add_argument("--changes", type=int, default=CHANGES, help="control changes per explorer (≥ 30)")
    parser.add_argument("--write", "--write-readme", dest="write", action="store_true",
                        help="replace the table in docs/id/pengelola.md (the maintainers' page)")
    args = parser.parse_args(argv)
    os.environ.setdefault("MPLBACKEND", "Agg")
    header = machine()
    started = time.time()
    rows: list[Row] = []
    print("lessons ...", file=sys.stderr, flush=True)
    rows += bench_lessons()
    print("explorers ...", file=sys.stderr, flush=True)
    rows += bench_explorers(max(30, args.changes))
    if not args.quick:
        print("test suite ...", file=sys.stderr, flush=True)
        rows += bench_suite(args.skip_browser)
        rows += bench_browser(started)
    rows += bench_sizes()
    if not args.quick and not args.skip_browser:
        print("school JupyterHub ...", file=sys.stderr, flush=True)
        rows += bench_hub(started)
    if not args.quick and not args.skip_browser:
        # the in-browser edition (tools/bench_lite.py): site size and first-open timings
        from tools import bench_lite
        print("in-browser edition ...", file=sys.stderr, flush=True)
        rows += [Row(**r) for r in bench_lite.rows()]
    # the website's lesson pages (tools/bench_site.py), when `make site` has built it
    from tools import bench_site
    print("website ...", file=sys.stderr, flush=True)
    rows += [Row(**r) for r in bench_site.rows()]
    if hasattr(os, "getloadavg"):
        header += f" · load at the end {os.getloadavg()[0]:.1f}"
    text = table(rows, header)
    print(text)
    if args.write:
        write_page(text)
        print(f"\n{PAGE.relative_to(ROOT)} updated ({START} ... {END})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
