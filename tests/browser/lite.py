"""The in-browser edition (JupyterLite) under test: build it, serve it, keep the browser offline.

Used by tests/browser/test_lite.py and tools/bench_lite.py:
- missing_requirement(): None, or one sentence saying what the lite test lacks (the build
  venv .venv-lite from `make setup-lite`, its Pyodide wheels, the Pyodide folder);
- build_site(): tools/build_lite.py in .venv-lite, into a folder of the caller's;
- StaticServer: `python -m http.server` on 127.0.0.1 (what the teachers' page tells a teacher to run),
  stopped by its own process id;
- CountingProxy + guard(): every request for a non-loopback address is refused and counted,
  twice over: Playwright routing (a regex, matched inside the browser, so loopback requests
  are not slowed down) refuses the page's and its workers' requests, and the browser
  context's proxy is a local socket that answers 403 to anything that still gets past
  (Chromium bypasses its proxy for loopback only);
- LiteSite: what lab.NotebookCheck needs of a "server" (its URL; a JupyterLite kernel is a
  Web Worker of the page, so closing the page ends it).
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from tests.browser import lab

REPO = lab.REPO
LITE_VENV = REPO / ".venv-lite"
LITE_PYTHON = LITE_VENV / "bin" / "python"
WHEELS = LITE_VENV / "pyodide-wheels"
BUILD_TIMEOUT = 900   # s

LOOPBACK_HOSTS = (r"127\.\d{1,3}\.\d{1,3}\.\d{1,3}", "localhost", r"\[::1\]")
# a host name that is not localhost, resolved to 127.0.0.1 inside Chromium only: the site as
# the class sees it on the teacher's laptop (http://<address>:8000: not a secure context)
CLASSROOM_HOST = "kss-kelas.test"


def not_loopback(local_hosts: tuple[str, ...] = ()) -> re.Pattern:
    """A URL of a real network address: anything with a scheme and "//" except loopback
    (and `local_hosts`, names the test maps to 127.0.0.1)."""
    hosts = "|".join((*LOOPBACK_HOSTS, *(re.escape(h) for h in local_hosts)))
    return re.compile(rf"^(?!(?:https?|wss?)://(?:{hosts})(?::\d+)?(?:[/?#]|$))[a-zA-Z][a-zA-Z0-9+.-]*://")


NOT_LOOPBACK = not_loopback()


def _build_tool():
    from tools import build_lite
    return build_lite


def pyodide_folder() -> Path | None:
    """The shared Pyodide 0.27.7 folder ($KSS_PYODIDE, or shared/pyodide-0.27.7/dist beside the clone)."""
    folder = _build_tool().shared_pyodide()
    return folder if folder and folder.is_dir() else None


def missing_requirement() -> str | None:
    problems = []
    if not LITE_PYTHON.is_file():
        problems.append(f"the build venv {LITE_VENV.name}/ is missing (run `make setup-lite`)")
    elif not any(WHEELS.glob("*.whl")):
        problems.append(f"no Pyodide wheels in {WHEELS.relative_to(REPO)} (run `make setup-lite`)")
    if pyodide_folder() is None:
        problems.append("no Pyodide 0.27.7 folder (shared/pyodide-0.27.7/dist beside the repository, "
                        "or set KSS_PYODIDE to a Pyodide distribution folder)")
    return "in-browser edition test cannot run: " + "; ".join(problems) if problems else None


def build_site(out: Path, work: Path) -> float:
    """Build the site into `out` from the shared Pyodide folder; returns the seconds it took."""
    t0 = time.monotonic()
    done = subprocess.run([str(LITE_PYTHON), "-m", "tools.build_lite", "--pyodide", str(pyodide_folder()),
                           "--out", str(out), "--work", str(work)],
                          cwd=REPO, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    if done.returncode != 0:
        raise AssertionError(f"tools/build_lite.py failed ({done.returncode}):\n{done.stdout[-3000:]}\n"
                             f"{done.stderr[-3000:]}")
    return time.monotonic() - t0


def site_size(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


class StaticServer:
    """python -m http.server on 127.0.0.1:<free port> serving `site`."""

    def __init__(self, site: Path):
        self.site = Path(site)
        self.proc: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20) -> "StaticServer":
        for _attempt in range(3):
            self.port = lab.free_port()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(self.port),
                 "--directory", str(self.site)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    with urllib.request.urlopen(f"{self.url}/jupyter-lite.json", timeout=2) as r:
                        if r.status == 200:
                            return self
                except OSError:
                    time.sleep(0.2)
            self.stop()
        raise RuntimeError(f"python -m http.server did not serve {self.site}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


class CountingProxy:
    """A local 'proxy' that refuses everything: each connection's first line is recorded."""

    def __init__(self):
        self.attempts: list[str] = []
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    first = conn.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                except OSError:
                    first = "(no request line)"
                if self._stop:
                    return
                self.attempts.append(f"proxy: {first}")
                try:
                    conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._stop = True
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            pass
        self._sock.close()
        self._thread.join(timeout=5)


def new_context(browser, proxy: CountingProxy, attempts: list[str], local_hosts: tuple[str, ...] = (),
                **options):
    """A browser context whose every non-loopback request is refused and appended to `attempts`."""
    pattern = not_loopback(local_hosts)
    context = browser.new_context(viewport=lab.VIEWPORT,
                                  proxy={"server": f"http://127.0.0.1:{proxy.port}",
                                         "bypass": ",".join(("127.0.0.1", "localhost", "[::1]", *local_hosts))},
                                  **options)

    def refuse(route):
        attempts.append(f"routed: {route.request.method} {route.request.url}")
        route.abort("blockedbyclient")

    context.route(pattern, refuse)
    context.on("websocket", lambda ws: attempts.append(f"websocket: {ws.url}")
               if pattern.match(ws.url) else None)
    return context


def launch(playwright, home: Path):
    """Debian's Chromium (no browser download), its profile in `home`."""
    return playwright.chromium.launch(
        executable_path=lab.chromium_path(), headless=True, args=lab.CHROMIUM_ARGS,
        env=dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                 XDG_CACHE_HOME=str(home / ".cache")))


def launch_classroom(browser):
    """A second Chromium (same Playwright) in which CLASSROOM_HOST resolves to 127.0.0.1."""
    return browser.browser_type.launch(
        executable_path=lab.chromium_path(), headless=True,
        args=[*lab.CHROMIUM_ARGS, f"--host-resolver-rules=MAP {CLASSROOM_HOST} 127.0.0.1"])


class LiteSite:
    """The 'server' lab.NotebookCheck drives: a static site has no sessions to shut down
    (a JupyterLite kernel is a Web Worker of the page and ends with it)."""

    def __init__(self, server: StaticServer, host: str = "127.0.0.1"):
        self.server, self.host = server, host

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.server.port}"

    def shutdown_sessions(self, path: str, timeout: float = 15) -> None:
        return None

    def log_tail(self, lines: int = 15) -> str:
        return "(static site: no server log)"


JS_KERNEL_PRINT = """async ([path, code]) => {
  const p = window.__kssPanel(path);
  const kernel = p.sessionContext.session.kernel;
  let text = '';
  const future = kernel.requestExecute({code: code, silent: false, store_history: false});
  future.onIOPub = (msg) => {
    const c = msg.content;
    if (msg.header.msg_type === 'stream') text += c.text;
    if (msg.header.msg_type === 'error') text += 'ERROR ' + c.ename + ': ' + c.evalue;
  };
  await future.done;
  return text;
}"""


def kernel_print(page, path: str, code: str) -> str:
    """Run `code` in the kernel of the open notebook `path`; what it printed (and any error)."""
    page.evaluate(lab.JS_FIND_PANEL)
    return page.evaluate(JS_KERNEL_PRINT, [path, code])


WHERE_CODE = ("import os, kss.data, kss.paths\n"
              "print(os.getcwd(), kss.data.current_dir(), kss.paths.BUNDLED_DATA, sep='\\n')")


# which control of an explorer to try first: the ones every explorer has, most reliable first
CONTROL_ORDER = ("dropdown", "toggle-buttons", "radio", "checkbox", "slider", "choices", "select-multiple", "text")


class LiteNotebookCheck(lab.NotebookCheck):
    """lab.NotebookCheck for the in-browser edition: open, Run All, check every output and
    widget as in the JupyterLab test; then (drive=True) only the lesson's first explorer is
    driven, control after control until one changes its picture (the JupyterLab test
    drives every widget; here each lesson's kernel start costs 10-30 s already), and
    (probe=code) `code` runs in the kernel, its printout in .probed.

    In JupyterLite 0.6 (JupyterLab 4.4) a slider handle does not move with the arrow keys
    (it does in the course's JupyterLab): when the keys do nothing the handle is dragged
    with the mouse, as a learner would."""

    def __init__(self, *args, drive: bool = True, probe: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.drive, self.probe, self.probed = drive, probe, None

    def drive_widgets(self) -> None:
        page = self.page
        if self.probe:
            self.probed = kernel_print(page, self.path, self.probe)
        where_cells = page.evaluate(lab.JS_TAG, [self.path, ".kss-explorer", "data-kss-explorer"])
        if self.drive and where_cells:
            sel, index = '[data-kss-explorer="0"]', where_cells[0]
            controls = page.evaluate(lab.JS_CONTROLS, sel)
            order = {kind: i for i, kind in enumerate(CONTROL_ORDER)}
            for c in sorted(controls, key=lambda c: order.get(c["kind"], len(order))):
                outcome = []
                self._guard(index, f"explorer control {c['label']!r} ({c['kind']})",
                            lambda: outcome.append(self.change_control(sel, c)))
                if outcome == ["figure changed"]:
                    break
            if self.shots:
                self.screenshot_element(sel, self.shots / f"{Path(self.name).stem}-cell{index:02d}-explorer.png")
        self.mark("widgets_driven")

    def _move_slider(self, control) -> None:
        try:
            super()._move_slider(control)
            return
        except AssertionError:
            pass
        handle = control.locator(".noUi-handle").first
        readout = control.locator(".widget-readout").first
        before = readout.inner_text()
        handle.scroll_into_view_if_needed()
        for dx in (60, -60):       # at the maximum: the other way
            box = handle.bounding_box()
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            self.page.mouse.move(x, y)
            self.page.mouse.down()
            self.page.mouse.move(x + dx, y, steps=5)
            self.page.mouse.up()
            try:
                self.page.wait_for_function("([el, old]) => el.innerText !== old",
                                            arg=[readout.element_handle(), before], timeout=3000)
                self.report.notes.append("slider moved with the mouse (the arrow keys do nothing in JupyterLite)")
                return
            except Exception:
                continue
        raise AssertionError(f"slider moved neither with the arrow keys nor with the mouse (readout stays {before!r})")
