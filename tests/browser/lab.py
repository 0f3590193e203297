"""JupyterLab in Chromium for the browser tests: a hermetic server and the notebook checks.

The server (LabServer) runs `python -m jupyter lab` on 127.0.0.1 with every piece of
Jupyter state in a temporary folder and serves a *copy* of notebooks/ with autosave off,
so no test ever rewrites a committed notebook. It is stopped by its own process id.

check_notebook() opens one notebook at the path the README's Binder links use
(lab/tree/notebooks/<id|en>/<file>), waits for a connected idle kernel, runs all cells and
checks what a learner would see; then it drives every widget once. The driver finds the
buttons and answers by the kss labels (kss.labels.t) of the notebook's edition: while a
notebook of notebooks/en/ is checked, the test process's kss language is English (and set
back afterwards). Every problem is reported as "<file>, cell N (In [k]: first line): what went wrong", all problems of a
notebook together in one AssertionError.
"""
from __future__ import annotations

import ast
import html
import importlib
import inspect
import json
import os
import pkgutil
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# keep Chromium off the (closed) network; root in a container needs --no-sandbox
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
    "--no-first-run", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-default-apps", "--disable-extensions",
    "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
]
VIEWPORT = {"width": 1400, "height": 1000}
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
STDERR_MIME = "application/vnd.jupyter.stderr"
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

RUN_ALL_TIMEOUT = 240_000   # ms, the whole notebook
REDRAW_TIMEOUT = 20_000     # ms, one widget reaction


# ---------------------------------------------------------------- requirements

def chromium_path() -> str:
    return os.environ.get("KSS_CHROMIUM") or DEFAULT_CHROMIUM


def in_ci() -> bool:
    """CI is set: a browser test that cannot run fails instead of skipping."""
    return bool(os.environ.get("CI", "").strip())


def missing_requirement() -> str | None:
    """None if the browser test can run, else one sentence saying what is missing."""
    problems = []
    path = chromium_path()
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        problems.append(f"Chromium not found at {path} (install Debian's package: apt-get install chromium; "
                        "or point KSS_CHROMIUM at a Chromium binary)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the Python package playwright is not installed (pip install -r requirements-test.txt)")
    if not problems:
        return None
    return "browser test cannot run: " + "; ".join(problems)


# ---------------------------------------------------------------- the server

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    """Process ids whose parent is pid (read from /proc; empty where /proc is missing)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may contain spaces and parentheses
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is not alive
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]) != "Z"
    except OSError:
        return True


LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    # render every cell (no lazy windowing), so counting cells and reading outputs is exact
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


class LabServer:
    """JupyterLab on 127.0.0.1:<free port> serving a copy of notebooks/; all state in `workdir`."""

    def __init__(self, workdir: Path, notebooks: Path = REPO / "notebooks", extra_args=()):
        self.workdir = Path(workdir)
        self.extra_args = list(extra_args)     # more `jupyter lab` options (e.g. a settings folder)
        self.root = self.workdir / "root"
        self.state = self.workdir / "state"
        self.log_path = self.workdir / "lab.log"
        shutil.copytree(notebooks, self.root / "notebooks",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        s = self.state
        self.env = dict(os.environ,
                        JUPYTER_CONFIG_DIR=str(s / "config"), JUPYTER_DATA_DIR=str(s / "data"),
                        JUPYTER_RUNTIME_DIR=str(s / "runtime"),
                        JUPYTERLAB_SETTINGS_DIR=str(s / "user-settings"),
                        JUPYTERLAB_WORKSPACES_DIR=str(s / "workspaces"),
                        IPYTHONDIR=str(s / "ipython"), MPLCONFIGDIR=str(s / "mpl"),
                        HOME=str(s / "home"), XDG_CONFIG_HOME=str(s / "home/.config"),
                        XDG_CACHE_HOME=str(s / "home/.cache"), XDG_DATA_HOME=str(s / "home/.local/share"),
                        JUPYTER_PLATFORM_DIRS="1", MPLBACKEND="module://matplotlib_inline.backend_inline",
                        PYTHONDONTWRITEBYTECODE="1")
        for name, settings in LAB_SETTINGS.items():
            path = s / "user-settings" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(settings))
        for sub in ("config", "data", "runtime", "workspaces", "ipython", "mpl", "home"):
            (s / sub).mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.kernel_pids: set[int] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120) -> "LabServer":
        # matplotlib builds its font cache in the fresh MPLCONFIGDIR now, not in the first
        # kernel: a slow build there prints a warning to stderr, which would fail that lesson
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=self.env,
                       cwd=self.root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        last = ""
        for _attempt in range(3):          # a port taken between free_port() and bind: try another
            self.port = free_port()
            self._log = open(self.log_path, "ab")
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
                 "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}",
                 "--ServerApp.port_retries=0", "--IdentityProvider.token=", "--ServerApp.password=",
                 "--ServerApp.disable_check_xsrf=True", f"--ServerApp.root_dir={self.root}",
                 "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
                 "--ServerApp.open_browser=False", *self.extra_args],
                cwd=self.root, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    with urllib.request.urlopen(f"{self.url}/api/status", timeout=2) as r:
                        if r.status == 200:
                            return self
                except OSError:
                    pass
                time.sleep(0.25)
            last = self.log_tail()
            self.stop()
        raise RuntimeError(f"JupyterLab did not start; last lines of {self.log_path}:\n{last}")

    def log_tail(self, lines: int = 25) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(f"{self.url}{path}", method=method)
        with urllib.request.urlopen(request, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def remember_kernels(self) -> None:
        """Note the server's child processes (its kernels) so stop() can make sure they end."""
        if self.proc and self.proc.poll() is None:
            self.kernel_pids.update(_children(self.proc.pid))

    def shutdown_sessions(self, path: str, timeout: float = 15) -> None:
        """Shut down the kernel of every session open on `path` and wait until it is gone."""
        self.remember_kernels()
        kernels = []
        for session in self.api("/api/sessions"):
            if session.get("path") == path:
                kernels.append(session["kernel"]["id"])
                self.api(f"/api/sessions/{session['id']}", method="DELETE")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            running = {k["id"] for k in self.api("/api/kernels")}
            if not running & set(kernels):
                return
            time.sleep(0.2)
        raise AssertionError(f"kernel of {path} still running {timeout:.0f} s after shutdown")

    def stop(self) -> list[str]:
        """SIGTERM the server by its pid, wait, SIGKILL if needed; then make sure no kernel
        it started is left. Returns notes about anything that needed force."""
        notes = []
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            self.kernel_pids.update(_children(proc.pid))
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                notes.append(f"server {proc.pid} ignored SIGTERM for 20 s: SIGKILL")
                proc.kill()
                proc.wait(timeout=10)
        for pid in sorted(self.kernel_pids):
            deadline = time.monotonic() + 10
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            if _alive(pid):
                notes.append(f"kernel process {pid} outlived the server: SIGKILL")
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        self.kernel_pids.clear()
        if getattr(self, "_log", None):
            self._log.close()
        return notes


# ---------------------------------------------------------------- what the kss package offers

WIDGET_CLASS_NAMES = {"Explorer", "Quiz", "SortActivity", "FactCheck"}
# CSS classes of the widgets check_notebook drives (kss/explorer.py, quiz.py, modality.py, factcheck.py)
DRIVEN_CLASSES = {"kss-explorer", "kss-quiz", "kss-activity", "kss-factcheck"}


_FACTORIES: set[str] | None = None


def widget_factories() -> set[str]:
    global _FACTORIES
    if _FACTORIES is None:
        _FACTORIES = _find_widget_factories()
    return _FACTORIES


def _find_widget_factories() -> set[str]:
    """Names of the kss functions that return a widget object (Explorer, Quiz, ...): a code
    cell whose last line calls one of them must show a widget."""
    import kss
    classes = set(WIDGET_CLASS_NAMES)
    modules = []
    for info in pkgutil.iter_modules(kss.__path__):
        try:
            modules.append(importlib.import_module(f"kss.{info.name}"))
        except Exception:  # a module being written: its own unit tests report it
            continue
    for module in modules:
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and "_repr_mimebundle_" in vars(obj):
                classes.add(name)
    names = set()
    for module in modules:
        for name, fn in vars(module).items():
            if inspect.isfunction(fn) and fn.__module__ == module.__name__:
                ret = fn.__annotations__.get("return")
                ret = getattr(ret, "__name__", ret)
                if isinstance(ret, str) and ret.split(".")[-1] in classes:
                    names.add(name)
    return names


def last_line(source: str) -> str:
    lines = [ln.strip() for ln in source.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    return lines[-1] if lines else ""


def is_widget_source(source: str, factories: set[str]) -> bool:
    m = re.match(r"^(?:[A-Za-z_][\w.]*\.)?([A-Za-z_]\w*)\s*\(", last_line(source))
    return bool(m and m.group(1) in factories)


# ---------------------------------------------------------------- JavaScript run in the page

JS_FIND_PANEL = """
window.__kssPanel = (path) => {
  const app = window.jupyterapp;
  if (!app) return null;
  for (const w of Array.from(app.shell.widgets('main'))) {
    if (w.context && w.context.path === path && w.content && w.sessionContext) return w;
  }
  return null;
};
"""

JS_KERNEL_READY = """(path) => {
  const p = window.__kssPanel && window.__kssPanel(path);
  const k = p && p.context.isReady && p.sessionContext.session && p.sessionContext.session.kernel;
  return !!k && k.status === 'idle' && k.connectionStatus === 'connected' && !p.sessionContext.isRestarting;
}"""

JS_KERNEL_STATE = """(path) => {
  const p = window.__kssPanel(path);
  if (!p) return 'notebook not open';
  const sc = p.sessionContext, s = sc.session, k = s && s.kernel;
  const dialogs = [...document.querySelectorAll('.jp-Dialog')].map(d => d.innerText.slice(0, 200));
  return JSON.stringify({contextReady: p.context.isReady, sessionReady: sc.isReady, kernelDisplay: sc.kernelDisplayName,
                         session: !!s, kernel: k ? {status: k.status, connection: k.connectionStatus} : null,
                         dialogs: dialogs});
}"""

JS_RUN_ALL = """(path) => {
  const app = window.jupyterapp;
  const p = window.__kssPanel(path);
  app.shell.activateById(p.id);
  window.__kssRun = 'running';
  app.commands.execute('notebook:clear-all-cell-outputs')
    .then(() => app.commands.execute('notebook:run-all-cells'))
    .then(ok => { window.__kssRun = 'done:' + ok; }, err => { window.__kssRun = 'error:' + err; });
}"""

JS_KERNEL_IDLE = """(path) => {
  const p = window.__kssPanel(path);
  const k = p && p.sessionContext.session && p.sessionContext.session.kernel;
  return !!k && k.status === 'idle';
}"""

# every cell: its number (1-based), type, source, prompt, outputs (from the model) and what
# the page shows (from the DOM); each cell node is tagged data-kss-cell=N for later lookups
JS_CELLS = """(path) => {
  const p = window.__kssPanel(path);
  return p.content.widgets.map((cell, i) => {
    cell.node.dataset.kssCell = String(i + 1);
    const m = cell.model;
    const outputs = m.type === 'code' ? m.outputs.toJSON() : [];
    const wrapper = cell.node.querySelector('.jp-Cell-outputWrapper');
    const views = [...cell.node.querySelectorAll('.jp-OutputArea-output[data-mime-type="%(widget)s"]')];
    return {
      index: i + 1, type: m.type, source: m.sharedModel.getSource(),
      count: m.type === 'code' ? m.executionCount : null,
      outputs: outputs.map(o => ({
        type: o.output_type, name: o.name || null, ename: o.ename || null, evalue: o.evalue || null,
        text: o.output_type === 'stream' ? String(Array.isArray(o.text) ? o.text.join('') : o.text).slice(0, 3000)
            : o.output_type === 'error' ? (o.traceback || []).join('\\n').slice(0, 6000) : '',
        mimes: o.data ? Object.keys(o.data) : []})),
      outText: wrapper ? wrapper.innerText : '',
      stderrShown: [...cell.node.querySelectorAll('[data-mime-type="%(stderr)s"]')].map(e => e.innerText.slice(0, 3000)),
      views: views.map(v => ({
        rendered: !!v.querySelector('.jupyter-widgets'),
        controls: v.querySelectorAll('select, input, button, textarea, .noUi-handle, .widget-readout').length,
        text: v.innerText.slice(0, 300),
        images: [...v.querySelectorAll('img')].map(im => ({src: !!im.getAttribute('src'),
                                                          loaded: im.complete && im.naturalWidth > 0})),
        kss: [...new Set([...v.querySelectorAll('[class*="kss-"]')].flatMap(e => [...e.classList])
                         .filter(c => c.startsWith('kss-')))]})),
    };
  });
}""" % {"widget": WIDGET_MIME, "stderr": STDERR_MIME}

JS_WIDGETS_SETTLED = """(path) => {
  const p = window.__kssPanel(path);
  const views = [...p.node.querySelectorAll('.jp-OutputArea-output[data-mime-type="%s"]')];
  const text = p.content.node.innerText;
  if (text.includes('Loading widget')) return false;
  return views.every(v => v.querySelector('.jupyter-widgets') || v.innerText.includes('Error displaying widget'))
    && [...p.node.querySelectorAll('img.widget-image')].every(im => im.complete);
}""" % WIDGET_MIME

# tag widgets of one kind (explorers, quizzes, ...) with data-kss-<kind>=i; return where they are
JS_TAG = """([path, selector, attr]) => {
  const p = window.__kssPanel(path);
  return [...p.content.node.querySelectorAll(selector)].map((el, i) => {
    el.setAttribute(attr, String(i));
    const cell = el.closest('[data-kss-cell]');
    return cell ? Number(cell.dataset.kssCell) : 0;
  });
}"""

# the controls of an explorer (children of its first HBox), tagged data-kss-control=j
JS_CONTROLS = """(sel) => {
  const ex = document.querySelector(sel);
  const box = [...ex.children].find(c => c.classList.contains('widget-hbox'));
  if (!box) return [];
  return [...box.children].map((c, j) => {
    c.setAttribute('data-kss-control', String(j));
    const cls = c.classList;
    const kind = cls.contains('kss-choices') ? 'choices'
      : cls.contains('widget-select-multiple') ? 'select-multiple'
      : cls.contains('widget-dropdown') ? 'dropdown'
      : (cls.contains('widget-slider') || c.querySelector('.noUi-handle')) ? 'slider'
      : cls.contains('widget-checkbox') ? 'checkbox'
      : cls.contains('widget-toggle-buttons') ? 'toggle-buttons'
      : cls.contains('widget-radio') ? 'radio'
      : (cls.contains('widget-text') || cls.contains('widget-textarea')) ? 'text'
      : 'other';
    const clean = t => (t || '').replace(/\u200b/g, '').trim();
    const label = c.querySelector('.widget-label');
    return {index: j, kind: kind, label: clean(label && label.innerText) || clean(c.innerText).slice(0, 40)};
  });
}"""

# what an explorer shows now: figure source, message, error message, panel
JS_EXPLORER_STATE = """(sel) => {
  const ex = document.querySelector(sel);
  const img = ex.querySelector(':scope > img, :scope > .widget-image');
  const html = [...ex.children].filter(c => c.classList.contains('widget-html'));
  const msg = ex.querySelector('.kss-message');
  const err = ex.querySelector('.kss-message-error');
  return {src: img ? img.getAttribute('src') || '' : '',
          loaded: !!img && img.complete && img.naturalWidth > 0,
          message: msg ? msg.innerText.trim() : '',
          error: err ? err.innerText.trim() : '',
          panel: html.length ? html[html.length - 1].innerHTML : ''};
}"""

JS_EXPLORER_REACTED = """([sel, before]) => {
  const ex = document.querySelector(sel);
  if (!ex) return true;
  if (ex.querySelector('.kss-message-error')) return true;
  const img = ex.querySelector(':scope > img, :scope > .widget-image');
  const src = img ? img.getAttribute('src') || '' : '';
  if (src !== before.src) return true;
  const html = [...ex.children].filter(c => c.classList.contains('widget-html'));
  const msg = ex.querySelector('.kss-message');
  return (msg ? msg.innerText.trim() : '') !== before.message
    || (html.length ? html[html.length - 1].innerHTML : '') !== before.panel;
}"""

JS_FULL_HEIGHT = """(path) => {
  const p = window.__kssPanel(path);
  // the element that scrolls the notebook (in JupyterLab 4: .jp-WindowedPanel-outer)
  let outer = p.content.node.querySelector('.jp-WindowedPanel-outer') || p.content.node;
  for (const el of [p.content.node, ...p.content.node.querySelectorAll('*')]) {
    if (el.scrollHeight - el.clientHeight > outer.scrollHeight - outer.clientHeight
        && /(auto|scroll)/.test(getComputedStyle(el).overflowY)) outer = el;
  }
  outer.scrollTop = 0;
  return {scroll: outer.scrollHeight, client: outer.clientHeight, window: window.innerHeight};
}"""


JS_TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"

# Time a learner waits, measured in the page: from the last input event on the explorer's
# controls (select, click, key, typing) before its figure changes, to the new image
# decoded and on screen (img.decode() resolved, then the next animation frame).
JS_REDRAW_TIMER_ARM = """(sel) => {
  const ex = document.querySelector(sel);
  const img = ex.querySelector(':scope > img, :scope > .widget-image');
  const timer = window.__kssRedraw = {t0: null, t1: null, changed: false};
  const mark = () => { if (!timer.changed) timer.t0 = performance.now(); };
  for (const type of ['input', 'change', 'keydown', 'click']) {
    ex.addEventListener(type, mark, {capture: true});
  }
  timer.disarm = () => { for (const type of ['input', 'change', 'keydown', 'click']) {
    ex.removeEventListener(type, mark, {capture: true}); } };
  if (!img) return false;
  const seen = new MutationObserver(() => {
    seen.disconnect();
    timer.changed = true;
    img.decode().catch(() => null).then(() => requestAnimationFrame(() => { timer.t1 = performance.now(); }));
  });
  seen.observe(img, {attributes: true, attributeFilter: ['src']});
  return true;
}"""

JS_REDRAW_TIMER_READ = """() => {
  const timer = window.__kssRedraw;
  if (!timer) return null;
  timer.disarm();
  return (timer.t0 !== null && timer.t1 !== null) ? timer.t1 - timer.t0 : null;
}"""


# ---------------------------------------------------------------- the check of one notebook

@dataclass
class Cell:
    index: int
    type: str
    source: str
    count: int | None
    outputs: list
    outText: str
    stderrShown: list
    views: list

    def where(self, notebook: str) -> str:
        prompt = f"In [{self.count}]" if self.count else "In [ ]"
        first = next((ln.strip() for ln in self.source.splitlines() if ln.strip()), "")
        if len(first) > 60:
            first = first[:59] + "…"
        return f"{notebook}, cell {self.index} ({prompt}: {first})"


@dataclass
class Report:
    notebook: str
    timings: dict = field(default_factory=dict)
    redraws: list = field(default_factory=list)   # [{explorer, control, ms}]: change -> image shown
    problems: list = field(default_factory=list)
    driven: list = field(default_factory=list)     # what was driven, for the log
    notes: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)

    def fail(self, text: str) -> None:
        self.problems.append(text)

    def raise_if_problems(self) -> None:
        if self.problems:
            raise AssertionError(f"{self.notebook}: {len(self.problems)} problem(s) in the browser\n  - "
                                 + "\n  - ".join(self.problems))


class NotebookCheck:
    """One notebook in one new page: open, Run All, check outputs and widgets, drive widgets."""

    def __init__(self, server: LabServer, context, path: str, shots: Path | None = None):
        """context: a Playwright BrowserContext (one per session: the page assets stay cached)."""
        self.server, self.context, self.path = server, context, path
        self.name = Path(path).name
        self.lang = notebook_language(path)
        self.shots = shots
        self.report = Report(self.name)
        self.t0 = time.monotonic()
        self.cells: list[Cell] = []
        self.page = None

    # -- small helpers
    def mark(self, what: str) -> None:
        self.report.timings[what] = round(time.monotonic() - self.t0, 1)

    def cell(self, index: int) -> Cell | None:
        return next((c for c in self.cells if c.index == index), None)

    def where(self, index: int) -> str:
        c = self.cell(index)
        return c.where(self.name) if c else f"{self.name}, cell ?"

    # -- the whole check
    def run(self) -> Report:
        self.page = page = self.context.new_page()
        page.set_viewport_size(VIEWPORT)
        page.set_default_timeout(30_000)
        page.on("console", lambda m: self.report.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.report.console_errors.append(f"pageerror: {e}"))
        from kss import labels
        before = labels.language()
        # the labels, quiz questions, cards and claims the driver looks for (t(...), kss.modality,
        # kss.factcheck, kss.examples) in the notebook's language, as its setup() chose
        labels.set_language(self.lang)
        try:
            self.open()
            self.run_all()
            self.check_outputs()
            self.screenshot_notebook()
            self.drive_widgets()
        finally:
            labels.set_language(before)
            try:
                page.close()
            finally:
                self.server.shutdown_sessions(self.path)
                self.mark("closed")
        return self.report

    def open(self) -> None:
        page = self.page
        # the same URL path as the README's Binder links; ?reset: no saved layout from earlier pages
        page.goto(f"{self.server.url}/lab/tree/{self.path}?reset", wait_until="domcontentloaded")
        page.wait_for_function("() => !!window.jupyterapp && window.jupyterapp.started !== undefined",
                               timeout=60_000)
        self.mark("lab_loaded")
        page.evaluate(JS_FIND_PANEL)
        page.wait_for_function(f"() => !!window.__kssPanel({json.dumps(self.path)})", timeout=60_000)
        self.mark("notebook_open")
        # PITFALL (toolchain.md 8.8): the toolbar says "idle" before there is a kernel: wait
        # for a *connected* idle kernel, or Run All never finishes
        try:
            page.wait_for_function(JS_KERNEL_READY, arg=self.path, timeout=60_000)
        except Exception:
            raise AssertionError(f"{self.name}: no connected idle kernel after 60 s: "
                                 f"{page.evaluate(JS_KERNEL_STATE, self.path)}; server log:\n"
                                 + _indent(self.server.log_tail(15))) from None
        page.evaluate("() => window.jupyterapp.shell.collapseLeft && window.jupyterapp.shell.collapseLeft()")
        self.mark("kernel_ready")

    def run_all(self) -> None:
        page = self.page
        page.evaluate(JS_RUN_ALL, self.path)   # fire and poll: evaluate() itself has no timeout
        page.wait_for_function("() => window.__kssRun !== 'running'", timeout=RUN_ALL_TIMEOUT, polling=200)
        state = page.evaluate("() => window.__kssRun")
        page.wait_for_function(JS_KERNEL_IDLE, arg=self.path, timeout=60_000)
        self.mark("run_all")
        try:
            page.wait_for_function(JS_WIDGETS_SETTLED, arg=self.path, timeout=30_000, polling=200)
        except Exception:
            self.report.notes.append("widgets still loading after 30 s")
        self.cells = [Cell(**c) for c in page.evaluate(JS_CELLS, self.path)]
        if not state.startswith("done"):
            self.report.fail(f"Run All did not finish normally: {state}")
        self.mark("widgets_rendered")

    def check_outputs(self) -> None:
        factories = widget_factories()
        code = [c for c in self.cells if c.type == "code" and c.source.strip()]
        for c in code:
            where = c.where(self.name)
            if c.count is None:
                self.report.fail(f"{where}: not executed by Run All (an earlier cell failed?)")
            for o in c.outputs:
                if o["type"] == "error":
                    self.report.fail(f"{where}: raised {o['ename']}: {o['evalue']}\n"
                                     + _indent(ANSI.sub("", o["text"])))
                elif o["type"] == "stream" and o["name"] == "stderr":
                    self.report.fail(f"{where}: wrote to stderr:\n" + _indent(o["text"]))
            if not any(o["type"] in ("error", "stream") for o in c.outputs):
                for text in c.stderrShown:   # e.g. inside an Output widget
                    self.report.fail(f"{where}: shows error output:\n" + _indent(text))
            for phrase in ("Traceback", "Error displaying widget", "Loading widget"):
                if phrase in c.outText and not any(o["type"] == "error" for o in c.outputs):
                    line = next((ln for ln in c.outText.splitlines() if phrase in ln), phrase)
                    self.report.fail(f"{where}: shows {phrase!r}: {line.strip()[:300]}")
            has_view = any(WIDGET_MIME in o["mimes"] for o in c.outputs)
            if is_widget_source(c.source, factories) and not has_view and c.count is not None:
                self.report.fail(f"{where}: should show a widget but shows none")
            for v in c.views:
                if not v["rendered"]:
                    self.report.fail(f"{where}: widget not rendered: {v['text'][:200]!r}")
                elif v["controls"] == 0:
                    self.report.fail(f"{where}: widget shows no controls")
                for im in v["images"]:
                    if not (im["src"] and im["loaded"]):
                        self.report.fail(f"{where}: a widget figure did not load")
                if v["rendered"] and not set(v["kss"]) & DRIVEN_CLASSES:
                    self.report.notes.append(f"{where}: widget without a known kss class "
                                             f"({', '.join(v['kss']) or 'none'}): rendered, not driven")
        self.mark("outputs_checked")

    def screenshot_notebook(self) -> None:
        if not self.shots:
            return
        page = self.page
        self.shots.mkdir(parents=True, exist_ok=True)
        sizes = page.evaluate(JS_FULL_HEIGHT, self.path)
        height = min(30_000, sizes["window"] - sizes["client"] + sizes["scroll"] + 20)
        page.set_viewport_size({"width": VIEWPORT["width"], "height": max(VIEWPORT["height"], height)})
        page.evaluate(JS_FULL_HEIGHT, self.path)   # back to the top after the resize
        page.evaluate(JS_TWO_FRAMES)
        page.screenshot(path=str(self.shots / f"{Path(self.name).stem}.png"))
        page.set_viewport_size(VIEWPORT)
        page.evaluate(JS_TWO_FRAMES)
        self.mark("screenshot")

    def screenshot_element(self, sel: str, path: Path) -> None:
        """A widget taller than the window: grow the window first (the notebook scrolls inside)."""
        page = self.page
        height = page.locator(sel).bounding_box()["height"]
        if height > VIEWPORT["height"] - 200:
            page.set_viewport_size({"width": VIEWPORT["width"], "height": min(8000, int(height) + 300)})
            page.evaluate(JS_TWO_FRAMES)
        page.locator(sel).scroll_into_view_if_needed()
        page.locator(sel).screenshot(path=str(path))
        page.set_viewport_size(VIEWPORT)

    # -- widgets
    def drive_widgets(self) -> None:
        page = self.page
        self.drive_explorers()
        for i, index in enumerate(page.evaluate(JS_TAG, [self.path, ".kss-quiz", "data-kss-quiz"])):
            self._guard(index, "quiz", lambda: self.drive_quiz(f'[data-kss-quiz="{i}"]', index))
        for i, index in enumerate(page.evaluate(JS_TAG, [self.path, ".kss-activity", "data-kss-activity"])):
            self._guard(index, "activity", lambda: self.drive_sort_activity(f'[data-kss-activity="{i}"]', index))
        for i, index in enumerate(page.evaluate(JS_TAG, [self.path, ".kss-factcheck", "data-kss-factcheck"])):
            self._guard(index, "fact check", lambda: self.drive_factcheck(f'[data-kss-factcheck="{i}"]', index))
        self.mark("widgets_driven")

    def _guard(self, index: int, what: str, action) -> None:
        try:
            action()
        except AssertionError as exc:
            self.report.fail(f"{self.where(index)}: {what}: {exc}")
        except Exception as exc:  # a Playwright timeout: the widget did not react
            self.report.fail(f"{self.where(index)}: {what}: {type(exc).__name__}: {str(exc).splitlines()[0]}")

    def drive_explorers(self) -> None:
        page = self.page
        where_cells = page.evaluate(JS_TAG, [self.path, ".kss-explorer", "data-kss-explorer"])
        for i, index in enumerate(where_cells):
            sel = f'[data-kss-explorer="{i}"]'
            controls = page.evaluate(JS_CONTROLS, sel)
            by_kind: dict[str, list] = {}
            for c in controls:
                by_kind.setdefault(c["kind"], []).append(c)
            state = page.evaluate(JS_EXPLORER_STATE, sel)
            if state["error"]:
                self.report.fail(f"{self.where(index)}: explorer shows an error before any change: {state['error']}")
                continue
            if not controls:
                self.report.fail(f"{self.where(index)}: explorer has no controls")
            for kind, group in by_kind.items():
                # each kind once; prefer a control that changes the figure: if the first one
                # legitimately leaves it alone (only message/panel change), try the next one
                for c in group:
                    outcome = []
                    self._guard(index, f"explorer control {c['label'] or '#' + str(c['index'] + 1)!r} ({kind})",
                                lambda: outcome.append(self.change_control(sel, c)))
                    if outcome != ["figure unchanged, message/panel changed"]:
                        break
            labels = {c["label"] for c in controls}
            if _examples_labels() <= labels:
                self._guard(index, "examples explorer, filters with no match",
                            lambda: self.drive_examples_empty(sel, controls))
            if self.shots:
                self.screenshot_element(sel, self.shots / f"{Path(self.name).stem}-cell{index:02d}-explorer.png")

    def change_control(self, sel: str, c: dict) -> str | None:
        page = self.page
        control = page.locator(f'{sel} [data-kss-control="{c["index"]}"]')
        control.scroll_into_view_if_needed()
        before = page.evaluate(JS_EXPLORER_STATE, sel)
        page.evaluate(JS_REDRAW_TIMER_ARM, sel)
        kind = c["kind"]
        if kind == "dropdown":
            select = control.locator("select")
            current = select.evaluate("s => s.selectedIndex")
            count = select.evaluate("s => s.options.length")
            assert count > 1, "dropdown has only one option"
            select.select_option(index=1 if current == 0 else 0)
        elif kind == "select-multiple":
            select = control.locator("select")
            chosen = select.evaluate("s => [...s.options].map((o, i) => o.selected ? i : -1).filter(i => i >= 0)")
            count = select.evaluate("s => s.options.length")
            extra = next(i for i in range(count) if i not in chosen)
            select.select_option(index=chosen + [extra])
        elif kind == "choices":       # kss.controls.Choices: tap one more checkbox (no Ctrl-click)
            control.locator("input[type=checkbox]:not(:checked)").first.click()
        elif kind == "slider":
            self._move_slider(control)
        elif kind == "checkbox":
            control.locator("input[type=checkbox]").click()
        elif kind == "text":
            box = control.locator("input, textarea").first
            box.fill("Uji peramban")
            box.press("Enter")
        elif kind == "toggle-buttons":
            control.locator("button:not(.mod-active)").first.click()
        elif kind == "radio":
            control.locator("label:not(:has(input:checked))").first.click()
        else:
            self.report.notes.append(f"{self.where(0)}: control of unknown kind not driven: {c}")
            return
        after = self.wait_for_redraw(sel, before)
        if after == "figure changed":
            page.wait_for_function("() => !window.__kssRedraw || window.__kssRedraw.t1 !== null", timeout=5_000)
        waited = page.evaluate(JS_REDRAW_TIMER_READ)
        if after == "figure changed" and waited is not None:
            self.report.redraws.append({"explorer": sel, "control": f"{kind} {c['label']}", "ms": round(waited, 1)})
        self.report.driven.append(f"explorer {sel} {kind} {c['label']!r}: {after}"
                                  + (f" ({waited:.0f} ms to the new image)" if waited is not None else ""))
        return after

    def _move_slider(self, control) -> None:
        handle = control.locator(".noUi-handle").first
        readout = control.locator(".widget-readout").first
        before = readout.inner_text()
        handle.focus()
        for key in ("ArrowRight", "ArrowLeft", "ArrowLeft"):   # at the maximum: go left instead
            handle.press(key)
            try:
                self.page.wait_for_function("([el, old]) => el.innerText !== old",
                                            arg=[readout.element_handle(), before], timeout=1500)
                return
            except Exception:
                continue
        raise AssertionError(f"slider did not move with the arrow keys (readout stays {before!r})")

    def wait_for_redraw(self, sel: str, before: dict) -> str:
        page = self.page
        try:
            page.wait_for_function(JS_EXPLORER_REACTED, arg=[sel, before], timeout=REDRAW_TIMEOUT, polling=100)
        except Exception:
            raise AssertionError(f"nothing changed within {REDRAW_TIMEOUT // 1000} s (figure, message and panel "
                                 "stay the same; is the callback connected?)") from None
        state = page.evaluate(JS_EXPLORER_STATE, sel)
        if state["src"] == before["src"] and not state["error"]:
            # message/panel first: the figure may still be on its way
            try:
                page.wait_for_function(
                    "([sel, old]) => { const i = document.querySelector(sel + ' > img, ' + sel + ' > .widget-image');"
                    " return !!i && i.getAttribute('src') !== old; }", arg=[sel, before["src"]], timeout=700)
            except Exception:
                pass
            state = page.evaluate(JS_EXPLORER_STATE, sel)
        if state["error"]:
            raise AssertionError(f"the explorer shows an error instead of a figure: {state['error']!r}")
        if state["src"] != before["src"]:
            page.wait_for_function(
                "(sel) => { const i = document.querySelector(sel + ' > img, ' + sel + ' > .widget-image');"
                " return !!i && i.complete && i.naturalWidth > 0; }", arg=sel, timeout=10_000)
            return "figure changed"
        return "figure unchanged, message/panel changed"

    def drive_examples_empty(self, sel: str, controls: list) -> None:
        """Set the examples explorer's filters to a combination with no example: it says so in words."""
        from kss.labels import t
        combo = examples_empty_combination()
        assert combo, "every combination of two filters matches some example: no empty case to try"
        by_label = {c["label"]: c for c in controls}
        for name, value, option_label in combo:
            c = by_label[t(f"examples.{name}")]
            select = self.page.locator(f'{sel} [data-kss-control="{c["index"]}"] select')
            before = self.page.evaluate(JS_EXPLORER_STATE, sel)
            current = select.evaluate("s => s.options[s.selectedIndex].text")
            if current != option_label:
                select.select_option(label=option_label)
                self.wait_for_redraw(sel, before)
        state = self.page.evaluate(JS_EXPLORER_STATE, sel)
        expected = t("examples.empty")
        settings = ", ".join(f"{t('examples.' + n)} {lbl}" for n, _v, lbl in combo)
        assert state["message"] == expected, (f"with {settings} the message should be {expected!r}, "
                                              f"it is {state['message']!r}")
        # in words of the notebook's language (not only equal to the label, which could be empty)
        words = {"id": "Tidak ada contoh", "en": "No example"}[self.lang]
        assert words in state["message"], f"the message is not in the lesson's language: {state['message']!r}"
        self.report.driven.append(f"examples explorer empty case ({settings}): {state['message']!r}")

    # -- quiz
    def drive_quiz(self, sel: str, index: int) -> None:
        from kss.labels import t
        page = self.page
        quiz = page.locator(sel)
        question_box = quiz.locator(".widget-vbox").filter(has=page.locator(".widget-radio-box")).first
        question_box.scroll_into_view_if_needed()
        text = question_box.inner_text()
        question = find_question(text, self.lang)
        assert question, f"question 1 of the quiz is not in kss/quizzes ({self.lang}): {text[:120]!r}"
        score_box = quiz.locator(".kss-feedback-score").last
        score_re = _template_regex(t("quiz.score"), "correct")
        before = _parse(score_re, score_box.inner_text())
        wrong = next(o for i, o in enumerate(question.options) if i != question.answer)
        right = question.options[question.answer]
        button = question_box.locator("button", has_text=t("quiz.check"))

        _choose(question_box, wrong)
        button.click()
        _await_feedback(question_box, "wrong", f"after checking the wrong option {wrong!r}")
        page.wait_for_timeout(100)
        after_wrong = _parse(score_re, score_box.inner_text())
        assert after_wrong == before, f"a wrong answer changed the score's correct count {before} -> {after_wrong}"

        _choose(question_box, right)
        button.click()
        _await_feedback(question_box, "right", f"after checking the right option {right!r}")
        _await_text(score_box, _with_number(score_re, before + 1),
                    f"the score after the right answer (correct count {before} -> {before + 1})")
        self.report.driven.append(f"quiz in cell {index}: wrong -> right, score {before} -> {before + 1}")

    # -- lesson 01: sort examples by form
    def drive_sort_activity(self, sel: str, index: int) -> None:
        from kss import modality
        from kss.labels import t
        page = self.page
        box = page.locator(sel)
        if box.locator(".widget-toggle-buttons").count() == 0:
            self.report.notes.append(f"{self.where(index)}: .kss-activity without toggle buttons: not driven")
            return
        box.scroll_into_view_if_needed()
        # the card set and seed this cell asks for (lesson 01 has the core set and, in its
        # Pengayaan, cards="more"): same data, same arguments, the same first card
        cell = self.cell(index)
        arguments = sort_activity_arguments(cell.source if cell else "")
        activity = modality.SortActivity(**arguments)
        row = activity.current
        card = box.locator(".kss-card").first
        card_text = card.inner_text()
        assert row[f"title_{modality.language()}"] in card_text, \
            f"first card is not the expected one of {arguments}: {card_text[:80]!r}"
        right = t(f"modality.{row['modality']}")
        wrong = next(t(f"modality.{m}") for m in modality.MODALITIES if m != row["modality"])
        score = box.locator(":scope > .widget-html").last
        check = box.locator("button", has_text=t("modality.sort.check"))
        box.locator(".widget-toggle-buttons button", has_text=_exact(wrong)).click()
        check.click()
        _await_feedback(box, "wrong", f"after sorting the card as {wrong!r}")
        score_after_wrong = score.inner_text()
        box.locator(".widget-toggle-buttons button", has_text=_exact(right)).click()
        check.click()
        _await_feedback(box, "right", f"after sorting the card as {right!r}")
        box.locator("button", has_text=t("modality.sort.next")).click()
        # re-queried on every poll: the HTML widget replaces the card element itself
        page.wait_for_function("([sel, old]) => { const c = document.querySelector(sel + ' .kss-card');"
                               " return !!c && c.innerText !== old; }",
                               arg=[sel, card_text], timeout=REDRAW_TIMEOUT)
        self.report.driven.append(f"sort activity in cell {index}: wrong, right, next card ({score_after_wrong})")

    # -- lesson 05: fact check
    def drive_factcheck(self, sel: str, index: int) -> None:
        from kss import factcheck
        from kss.labels import t
        page = self.page
        box = page.locator(sel)
        box.scroll_into_view_if_needed()
        shown = box.locator("select").first.evaluate("s => s.options[s.selectedIndex].text")
        number = int(re.match(r"\s*(\d+)\.", shown).group(1))
        row = factcheck.claims().iloc[number - 1]
        expected = factcheck.EXPECTED[row["status"]]
        right = t(f"factcheck.verdict.{expected}")
        wrong = t(f"factcheck.verdict.{next(v for v in factcheck.VERDICTS if v != expected)}")
        check = box.locator("button", has_text=t("factcheck.check"))
        _choose(box, wrong)
        check.click()
        _await_feedback(box, "wrong", f"after the verdict {wrong!r}")
        _choose(box, right)
        check.click()
        _await_feedback(box, "right", f"after the verdict {right!r}")
        claim_before = box.locator("select").first.evaluate("s => s.value")
        box.locator("button", has_text=t("factcheck.next")).click()
        page.wait_for_function("([sel, old]) => { const s = document.querySelector(sel + ' select');"
                               " return !!s && s.value !== old; }",
                               arg=[sel, claim_before], timeout=REDRAW_TIMEOUT)
        box.locator(".kss-feedback-right").wait_for(state="detached", timeout=REDRAW_TIMEOUT)
        self.report.driven.append(f"fact check in cell {index}: claim {number} wrong, right, next claim")


# ---------------------------------------------------------------- helpers using the kss package

def _indent(text: str, limit: int = 1500) -> str:
    text = text.strip()
    if len(text) > limit:
        text = text[:limit] + " …"
    return "\n".join("      " + ln for ln in text.splitlines())


def _squash(text: str) -> str:
    """Whitespace as Playwright's text assertions see it (runs collapsed, ends trimmed)."""
    return re.sub(r"\s+", " ", text).strip()


def _choose(box, option: str) -> None:
    """Tick the radio button labelled `option`, and make sure it is ticked before going on.

    Playwright's check() clicks and then verifies the state: a click lost to a layout shift
    (a figure above still redrawing) fails here, by name, instead of as a missing feedback later."""
    box.locator(".widget-radio-box label").filter(has_text=_exact(option)).locator("input").check(
        timeout=REDRAW_TIMEOUT)


def _await_feedback(box, kind: str, step: str) -> None:
    """Wait for a .kss-feedback-<kind> box; on a timeout say what the widget shows instead."""
    try:
        box.locator(f".kss-feedback-{kind}").first.wait_for(timeout=REDRAW_TIMEOUT)
    except Exception:
        shown = [_squash(x)[:160] for x in box.locator(".kss-feedback").all_inner_texts()]
        ticked = box.locator("input[type=radio]:checked").evaluate_all(
            "els => els.map(e => e.parentElement.innerText.trim())")
        raise AssertionError(f"{step}: no {kind} feedback within {REDRAW_TIMEOUT // 1000} s; "
                             f"ticked {ticked!r}, feedback shown {shown!r}") from None


def _await_text(locator, pattern: re.Pattern, what: str) -> None:
    """Wait until `locator` (re-queried on every poll) has text matching `pattern`.

    Not an element handle: an ipywidgets HTML widget replaces its inner elements on every
    update, so a handle taken before the update stays on the old, detached element."""
    from playwright.sync_api import expect
    try:
        expect(locator).to_have_text(pattern, use_inner_text=True, timeout=REDRAW_TIMEOUT)
    except AssertionError:
        raise AssertionError(f"{what}: not shown within {REDRAW_TIMEOUT // 1000} s; the text is "
                             f"{_squash(locator.inner_text())[:160]!r}, expected /{pattern.pattern}/") from None


def _with_number(pattern: re.Pattern, n: int) -> re.Pattern:
    """A _template_regex pattern with its group fixed to the number n."""
    return re.compile(pattern.pattern.replace(r"(\d+)", rf"(?<!\d){n}(?!\d)", 1))


def sort_activity_arguments(source: str) -> dict:
    """The arguments a cell's `modality.sort_activity(...)` (or `SortActivity(...)`) call passes,
    by name ({} for the defaults); an AssertionError when the cell has no such call with literal
    arguments (the driver cannot know which cards the activity shows)."""
    from kss import modality
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise AssertionError(f"the activity's cell is not Python: {exc}") from None
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("sort_activity", "SortActivity")]
    if len(calls) != 1:
        raise AssertionError(f"the activity's cell has {len(calls)} calls of modality.sort_activity(...), not one")
    call = calls[0]
    try:
        args = [ast.literal_eval(a) for a in call.args]
        kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        return dict(inspect.signature(modality.SortActivity).bind(*args, **kwargs).arguments)
    except (ValueError, TypeError) as exc:
        raise AssertionError(f"cannot read the arguments of {ast.unparse(call)}: {exc}") from None


def _exact(text: str) -> re.Pattern:
    return re.compile(rf"^\s*{re.escape(text)}\s*$")


def _template_regex(template: str, group: str) -> re.Pattern:
    """'Skor: {correct} benar dari {total} soal' -> a regex whose group 1 is {correct}."""
    parts = re.split(r"(\{\w+\})", template)
    out = []
    for part in parts:
        if part == "{" + group + "}":
            out.append(r"(\d+)")
        elif re.fullmatch(r"\{\w+\}", part):
            out.append(r"\d+")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out))


def _parse(pattern: re.Pattern, text: str) -> int:
    m = pattern.search(text)
    assert m, f"score text {text!r} does not match {pattern.pattern!r}"
    return int(m.group(1))


def notebook_language(path) -> str:
    """'id' or 'en': the edition of a notebook path such as notebooks/en/<file> (its folder);
    a notebook outside notebooks/id/ and notebooks/en/: the test process's current language."""
    from kss import editions
    from kss.labels import language
    try:
        return editions.of(path).lang
    except ValueError:
        return language()


def find_question(shown_text: str, lang: str = "id"):
    """The kss.quiz Question whose text is shown (searching every lesson's quiz file in `lang`)."""
    from kss import quiz
    for nn in quiz.lessons():
        try:
            questions = quiz.questions_for(nn, lang)
        except Exception:
            continue
        for q in questions[:1]:
            if q.text in shown_text or html.unescape(q.text) in shown_text:
                return q
    return None


def _examples_labels() -> set[str]:
    try:
        from kss import examples
        from kss.labels import t
        return {t(f"examples.{name}") for name in examples.FILTERS}
    except Exception:
        return {"\0never"}


def examples_empty_combination() -> list[tuple[str, object, str]]:
    """The first pair of filters (in the explorer's order) whose values match no example:
    [(filter, value, visible label), ...] computed from data/examples.csv."""
    from kss import examples
    options = examples.filter_options()
    rows = examples.load()
    for a, b in combinations(examples.FILTERS, 2):
        for va in options[a]:
            for vb in options[b]:
                if examples.select(rows, **{a: va, b: vb}).empty:
                    return [(a, va, examples._option_label(a, va)), (b, vb, examples._option_label(b, vb))]
    return []
