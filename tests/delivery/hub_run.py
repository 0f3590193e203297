"""A real JupyterHub on loopback for tests/delivery/test_hub.py, and the course served by git.

- `pip_environ()`, `run_step()` and `freeze()` replay the hub recipe's lines (the hub
  admins' page, docs/id/hub.md) offline from build/hub/wheels (tests/delivery/hub_env.py fetched
  them at set-up) and read what an environment holds.
- `course_repository()` makes a git repository of the course under test (its tracked files
  as the working tree holds them, one commit on `main`), `GitDaemon` serves a folder of such
  repositories over git:// (what nbgitpuller clones from, as from GitHub).
- `Hub` runs JupyterHub (DummyAuthenticator, SimpleLocalProcessSpawner, the proxy from npm)
  with every piece of state in a temporary folder, and a service token to drive its API.
- `Student` is one learner in Chromium (Playwright): logs in, follows a link, waits for the
  lesson, adds a cell, saves.

Every process is started here and stopped by its own process id.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import scratch
import hub_env

ROOT = scratch.ROOT
SERVICE = "kss-test"
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "Guru KSS", "GIT_AUTHOR_EMAIL": "guru@example.org",
                "GIT_COMMITTER_NAME": "Guru KSS", "GIT_COMMITTER_EMAIL": "guru@example.org"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{what} is not listening on port {port} after {timeout:.0f} s")


def stop_process(proc: subprocess.Popen | None, timeout: float = 20) -> str | None:
    """SIGTERM by pid, wait, SIGKILL if needed; a note when force was needed."""
    if proc is None or proc.poll() is not None:
        return None
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
        return None
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        return f"process {proc.pid} ignored SIGTERM for {timeout:.0f} s: SIGKILL"


def offline_guard_path() -> str:
    """PYTHONPATH for the hub's processes: only the offline guard (tests/offline), never the
    source tree, so that they import the course package the recipe installed."""
    return os.pathsep.join(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p.endswith("offline"))


# ---------------------------------------------------------------- the hub's environment

def pip_environ(where: Path) -> dict:
    """pip offline from build/hub/wheels, no machine-wide pip configuration."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV", "JUPYTER", "IPYTHON"))}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(hub_env.wheels()),
               PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_CACHE_DIR="1", PIP_NO_INPUT="1",
               PYTHONPATH=offline_guard_path(), HOME=str(where / "admin-home"))
    (where / "admin-home").mkdir(parents=True, exist_ok=True)
    return env


def run_step(command: str, env: dict, cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    result = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"hub recipe step failed: {command}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return result


def freeze(python: Path, env: dict) -> dict[str, str]:
    """{normalised name: version} of every distribution in the environment."""
    out = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], env=env, capture_output=True,
                         text=True, check=True).stdout
    return {re.sub(r"[-_.]+", "-", d["name"]).lower(): d["version"] for d in json.loads(out)}


# ---------------------------------------------------------------- the course, served by git

def git(repo: Path, *args: str, check: bool = True) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_IDENTITY, GIT_CONFIG_NOSYSTEM="1", HOME=str(repo.parent))
    result = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} in {repo}: {result.stderr}")
    return result.stdout


def course_repository(dest: Path) -> Path:
    """The course under test as a git repository on branch main (one commit): the files git
    tracks (and new ones it does not ignore), as the working tree holds them."""
    scratch.copy_tracked(dest)
    git(dest, "init", "--quiet", "-b", "main")
    git(dest, "add", "-A")
    git(dest, "commit", "--quiet", "-m", "Kursus KSS")
    return dest


class GitDaemon:
    """`git daemon` on 127.0.0.1 serving every repository under `base` read-only."""

    def __init__(self, base: Path, log: Path):
        self.base, self.log_path = base, log
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def start(self) -> "GitDaemon":
        self.port = free_port()
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            ["git", "daemon", "--reuseaddr", "--listen=127.0.0.1", f"--port={self.port}",
             f"--base-path={self.base}", "--export-all", "--informative-errors", str(self.base)],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_for_port(self.port, self.proc, "git daemon")
        return self

    def url(self, name: str) -> str:
        return f"git://127.0.0.1:{self.port}/{name}"

    def stop(self) -> str | None:
        note = stop_process(self.proc)
        self.proc = None
        if getattr(self, "_log", None):
            self._log.close()
        return note


# ---------------------------------------------------------------- JupyterHub

CONFIG = """\
# JupyterHub for tests/delivery/test_hub.py: loopback only, state in {state}
c = get_config()  # noqa: F821
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = {proxy_command!r}
c.ConfigurableHTTPProxy.pid_file = "{state}/proxy.pid"
c.JupyterHub.db_url = "sqlite:///{state}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{state}/jupyterhub_cookie_secret"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = "{homes}/{{username}}"
c.Spawner.default_url = "/lab"
c.Spawner.args = {spawner_args!r}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.services = [{{"name": "{service}", "api_token": "{token}"}}]
c.JupyterHub.load_roles = [{{
    "name": "{service}", "services": ["{service}"],
    "scopes": ["admin:users", "admin:servers", "admin:server_state", "access:servers", "tokens",
               "read:users", "list:users"],
}}]
"""


class Hub:
    """JupyterHub from the hub environment at `prefix`, on 127.0.0.1, state in `where`."""

    def __init__(self, where: Path, prefix: Path):
        self.where, self.prefix = where, prefix
        self.state = where / "state"
        self.homes = where / "homes"
        self.log_path = where / "jupyterhub.log"
        for folder in (self.state, self.homes):
            folder.mkdir(parents=True, exist_ok=True)
        self.token = secrets.token_hex(32)
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.seen_pids: set[int] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environ(self) -> dict:
        keep = ("LANG", "LC_ALL", "TZ", "KSS_OFFLINE", "CI")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(PATH=f"{self.prefix / 'bin'}:/usr/local/bin:/usr/bin:/bin", HOME=str(self.state),
                   PYTHONPATH=offline_guard_path(), LANG=env.get("LANG", "C.UTF-8"))
        return env

    def start(self, timeout: float = 120) -> "Hub":
        last = ""
        for _attempt in range(3):           # a port taken meanwhile: try others
            self.port, hub_port, api_port = free_port(), free_port(), free_port()
            config = self.state / "jupyterhub_config.py"
            config.write_text(CONFIG.format(
                state=self.state, homes=self.homes, port=self.port, hub_port=hub_port,
                proxy_api_port=api_port, proxy_command=hub_env.proxy_command(), service=SERVICE,
                token=self.token, spawner_args=["--allow-root"] if os.getuid() == 0 else []), encoding="utf-8")
            self._log = open(self.log_path, "ab")
            self.proc = subprocess.Popen([str(self.prefix / "bin" / "jupyterhub"), "-f", str(config)],
                                         cwd=self.state, env=self.environ(), stdout=self._log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    self.version = self.api("GET", "/")["version"]    # through the proxy
                    return self
                except (OSError, urllib.error.HTTPError):
                    time.sleep(0.25)
            last = self.log_tail()
            self.stop()
        raise RuntimeError(f"JupyterHub did not start; last lines of {self.log_path}:\n{last}")

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def api(self, method: str, path: str, data=None, token: str | None = None):
        body = json.dumps(data).encode() if data is not None else None
        request = urllib.request.Request(f"{self.url}/hub/api{path}", data=body, method=method,
                                         headers={"Authorization": f"token {token or self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def server_pid(self, user: str) -> int:
        """The process id of a user's single-user server (from the spawner's state)."""
        model = self.api("GET", f"/users/{user}")
        pid = model["servers"][""]["state"]["pid"]
        self.seen_pids.add(pid)
        return pid

    def user_api(self, user: str, method: str, path: str, data=None):
        """A request to a user's own Jupyter server, through the proxy, with the service's token."""
        body = json.dumps(data).encode() if data is not None else None
        request = urllib.request.Request(f"{self.url}/user/{user}/api{path}", data=body, method=method,
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def kernel_state(self, user: str, path: str) -> str | None:
        """The execution state the user's server knows for the kernel of the notebook at
        `path` ('starting' until the kernel has answered, then 'idle' or 'busy')."""
        for session in self.user_api(user, "GET", "/sessions"):
            if session.get("path") == path and session.get("kernel"):
                return session["kernel"].get("execution_state")
        return None

    def remember_processes(self) -> None:
        """Note every process below the hub (proxy, servers, kernels) so stop() can see them end."""
        import psutil
        if self.proc and self.proc.poll() is None:
            try:
                self.seen_pids.update(p.pid for p in psutil.Process(self.proc.pid).children(recursive=True))
            except psutil.NoSuchProcess:
                pass

    def stop(self) -> list[str]:
        """Stop the hub by its pid (it stops the proxy and every server it spawned); then wait
        for each process it had started to end, SIGKILL by pid where one outlives it."""
        import psutil
        self.remember_processes()
        notes = [n for n in [stop_process(self.proc, timeout=60)] if n]
        self.proc = None
        for pid in sorted(self.seen_pids):
            try:
                process = psutil.Process(pid)
                process.wait(timeout=20)
            except psutil.NoSuchProcess:
                continue
            except psutil.TimeoutExpired:
                notes.append(f"process {pid} ({' '.join(process.cmdline())[:80]}) outlived the hub: SIGKILL")
                try:
                    process.kill()
                except psutil.NoSuchProcess:
                    pass
        self.seen_pids.clear()
        if getattr(self, "_log", None):
            self._log.close()
        return notes


# ---------------------------------------------------------------- a student in Chromium

# the notebook panel JupyterLab shows (the current tab of the main area)
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"


class Student:
    """One learner: a browser context of their own (cookies), one page."""

    def __init__(self, browser, hub: Hub, name: str, viewport: dict):
        self.hub, self.name = hub, name
        self.context = browser.new_context(viewport=viewport)
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"[:300])
                     if m.type == "error" else None)
        # leaving JupyterLab for the link again: "Leave page?" is answered as a student would
        # (the test saves first, so nothing is lost)
        self.page.on("dialog", lambda dialog: dialog.accept())

    @property
    def home(self) -> Path:
        return self.hub.homes / self.name

    def settings(self, plugin: str, values: dict) -> None:
        """A JupyterLab user setting in the student's home (before the server starts)."""
        path = self.home / ".jupyter" / "lab" / "user-settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")

    def follow_first_time(self, link: str, title: str, timeout: float = 180) -> float:
        """Open the link, sign in on the hub's login page (any password: DummyAuthenticator);
        seconds from pressing "Sign in" to the lesson's title shown in JupyterLab."""
        self.page.goto(link, wait_until="domcontentloaded")
        self.page.wait_for_selector("#username_input", timeout=60_000)
        self.page.fill("#username_input", self.name)
        self.page.fill("#password_input", "rahasia")
        start = time.perf_counter()
        self.page.click("#login_submit")
        self.wait_for_lesson(title, timeout)
        return time.perf_counter() - start

    def follow(self, link: str, title: str, timeout: float = 180) -> float:
        """Open the link again (signed in): seconds until the lesson's title is shown."""
        start = time.perf_counter()
        self.page.goto(link, wait_until="domcontentloaded")
        self.wait_for_lesson(title, timeout)
        return time.perf_counter() - start

    def open(self, relpath: str, title: str, timeout: float = 120) -> None:
        """Open a notebook of the student's copy in JupyterLab (as from the file browser)."""
        self.page.goto(f"{self.hub.url}/user/{self.name}/lab/tree/{relpath}", wait_until="domcontentloaded")
        self.wait_for_lesson(title, timeout)

    def wait_for_lesson(self, title: str, timeout: float) -> None:
        try:
            self.page.locator(f"{PANEL} .jp-RenderedMarkdown h1", has_text=title).first.wait_for(
                state="visible", timeout=timeout * 1000)
        except Exception as exc:
            raise AssertionError(f"{self.name}: the lesson {title!r} did not open within {timeout:.0f} s "
                                 f"(page at {self.page.url}; browser console errors: {self.console[-5:]}); "
                                 f"hub log:\n{self.hub.log_tail()}") from exc

    def wait_for_kernel_idle(self, timeout: float = 120) -> None:
        """The notebook's kernel started and is idle (status shown in JupyterLab's toolbar)."""
        self.page.locator(f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']").first.wait_for(
            state="attached", timeout=timeout * 1000)

    def add_markdown_cell_after(self, cell_index: int, text: str, timeout: float = 60) -> None:
        """Select a cell (0-based), insert a Markdown cell below it with `text`, render it,
        then save with Ctrl+S, all with JupyterLab's own keyboard shortcuts; each step is
        waited for in the page (a busy machine may lag behind the keys)."""
        page = self.page
        cells = page.locator(f"{PANEL} .jp-Notebook .jp-Cell")
        before = cells.count()
        cell = cells.nth(cell_index)
        cell.scroll_into_view_if_needed()
        cell.locator(".jp-Cell-inputWrapper").first.click(position={"x": 5, "y": 5})
        page.keyboard.press("Escape")
        page.locator(f"{PANEL} .jp-Notebook.jp-mod-commandMode").wait_for(timeout=timeout * 1000)
        page.keyboard.press("b")
        wait_until(lambda: cells.count() == before + 1, timeout, "JupyterLab inserted a cell (B)")
        new = cells.nth(cell_index + 1)
        page.keyboard.press("m")
        wait_until(lambda: "jp-MarkdownCell" in (new.get_attribute("class") or ""), timeout,
                   "the new cell became a Markdown cell (M)")
        page.keyboard.press("Enter")
        page.locator(f"{PANEL} .jp-Notebook.jp-mod-editMode").wait_for(timeout=timeout * 1000)
        page.keyboard.type(text)
        page.keyboard.press("Shift+Enter")
        new.locator(".jp-RenderedMarkdown", has_text=text[:30]).wait_for(timeout=timeout * 1000)
        page.keyboard.press("Escape")
        page.keyboard.press("Control+s")

    def screenshot(self, name: str) -> Path:
        """A picture of the page for a failure message (artifacts/, git-ignored)."""
        path = ROOT / "artifacts" / "hub" / f"{self.name}-{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.page.screenshot(path=str(path))
        except Exception:       # the page is gone: the message says what failed anyway
            pass
        return path

    def toasts(self) -> str:
        """The text of every notification JupyterLab shows (its toasts)."""
        return self.page.evaluate(
            "() => [...document.querySelectorAll('.Toastify__toast')].map(t => t.innerText).join('\\n')")

    def close(self) -> None:
        self.context.close()


def wait_until(predicate, timeout: float, what: str, step: float = 0.25, detail=None):
    """Poll until predicate() is true; else fail saying what did not happen (and detail())."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"{what}: not after {timeout:.0f} s" + (f" ({detail()})" if detail else ""))
