"""The offline guard (conftest.py + tests/offline/) works: in this process, in a child
Python process (like the JupyterLab server), and inside real kernels started the way
nbval and nbclient start them; loopback and AF_UNIX keep working."""
import contextlib
import json
import os
import socket
import subprocess
import sys
import textwrap
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import kss_offline  # on sys.path through the root conftest.py

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
TEST_NET = "192.0.2.1"            # RFC 5737 documentation address: never a real host
TEST_NET6 = "2001:db8::1"         # RFC 3849

pytestmark = pytest.mark.skipif(not kss_offline.installed(),
                                reason="offline guard turned off (KSS_OFFLINE=0)")


@contextlib.contextmanager
def refused(expected: str):
    """The block must raise NetworkBlocked naming `expected`; the record is cleared after."""
    before = len(kss_offline.BLOCKED)
    with pytest.raises(OSError) as info:
        yield info
    assert isinstance(info.value, kss_offline.NetworkBlocked) or \
        isinstance(getattr(info.value, "reason", None), kss_offline.NetworkBlocked), repr(info.value)
    assert "KSS offline guard" in str(info.value) and expected in str(info.value)
    assert len(kss_offline.BLOCKED) > before, "refusal not recorded"
    del kss_offline.BLOCKED[before:]


# ---------------------------------------------------------------- in the pytest process

def test_dns_lookup_is_refused():
    with refused("example.com"):
        socket.getaddrinfo("example.com", 443)
    with refused("example.org"):
        socket.gethostbyname("example.org")


def test_tcp_connect_to_an_outside_address_is_refused():
    with refused(f"connect to {TEST_NET}:80"):
        socket.create_connection((TEST_NET, 80), timeout=2)
    with socket.socket() as s, refused(TEST_NET):
        s.connect_ex((TEST_NET, 443))


def test_ipv6_and_udp_to_the_outside_are_refused():
    if socket.has_ipv6:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s, refused(TEST_NET6):
            s.connect((TEST_NET6, 80, 0, 0))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s, refused(f"sendto to {TEST_NET}:53"):
        s.sendto(b"x", (TEST_NET, 53))


def test_urllib_gets_a_clear_error():
    with refused("example.com") as info:
        urllib.request.urlopen("https://example.com/data.csv", timeout=2)
    assert isinstance(info.value, urllib.error.URLError)


def test_pandas_reading_a_url_is_refused():
    import pandas as pd
    with refused("example.com"):
        pd.read_csv("http://example.com/table.csv")


def test_loopback_unix_and_localhost_still_work():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        for host in ("127.0.0.1", "localhost"):
            with socket.create_connection((host, port), timeout=5):
                conn, _ = server.accept()
                conn.close()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver, \
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        receiver.bind(("127.0.0.1", 0))
        sender.sendto(b"ping", receiver.getsockname())
        assert receiver.recv(4) == b"ping"
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"ok")
    assert b.recv(2) == b"ok"
    a.close(), b.close()
    assert socket.getaddrinfo(None, 0)            # passive lookup (binding a server)


@pytest.mark.parametrize("host, local", [
    ("127.0.0.1", True), ("127.5.6.7", True), ("::1", True), ("::ffff:127.0.0.1", True),
    ("localhost", True), ("LOCALHOST.", True), ("kernel.localhost", True), ("0.0.0.0", True),
    ("", True), (None, True), (b"127.0.0.1", True),
    ("10.0.0.1", False), ("192.168.1.1", False), ("8.8.8.8", False), ("2001:db8::1", False),
    ("::ffff:8.8.8.8", False), ("pypi.org", False), ("localhost.example.com", False),
])
def test_which_hosts_count_as_local(host, local):
    assert kss_offline.is_local_host(host) is local


def test_a_caught_attempt_still_fails_the_test(pytester):
    """Code under test that swallows the error does not hide the attempt."""
    # the root conftest.py, loaded as a plugin (a second module named "conftest" would clash)
    pytester.makepyfile(offline_plugin=f"import runpy\nglobals().update(runpy.run_path({str(ROOT / 'conftest.py')!r}))\n")
    pytester.syspathinsert()
    pytester.makepyfile(test_swallow=textwrap.dedent("""
        import socket
        def test_swallows():
            try:
                socket.create_connection(("192.0.2.1", 80), timeout=1)
            except OSError:
                pass            # e.g. a library that falls back silently
        def test_local_only():
            socket.getaddrinfo("localhost", 80)
    """))
    result = pytester.runpytest_inprocess("-p", "offline_plugin", "-p", "no:nbval", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*tried to reach the network*", "*refused connect to 192.0.2.1:80*"])


# ---------------------------------------------------------------- child processes

PROBE = textwrap.dedent(f"""
    import json, socket, sys
    result = {{"guard": "kss_offline" in sys.modules and sys.modules["kss_offline"].installed()}}
    for key, action in (("connect", lambda: socket.create_connection(("{TEST_NET}", 80), timeout=2)),
                        ("dns", lambda: socket.getaddrinfo("example.com", 443))):
        try:
            action()
            result[key] = "REACHED THE NETWORK"
        except OSError as exc:
            result[key] = str(exc)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    socket.create_connection(("localhost", server.getsockname()[1]), timeout=5).close()
    server.close()
    result["loopback"] = "ok"
    print("PROBE " + json.dumps(result))
""")


def check_probe(text: str) -> None:
    line = next((l for l in text.splitlines() if l.startswith("PROBE ")), None)
    assert line, f"probe printed nothing: {text[-2000:]}"
    result = json.loads(line[len("PROBE "):])
    assert result["guard"] is True, result
    assert "KSS offline guard" in result["connect"] and TEST_NET in result["connect"], result
    assert "KSS offline guard" in result["dns"] and "example.com" in result["dns"], result
    assert result["loopback"] == "ok"


def test_child_python_processes_get_the_guard():
    """Like the JupyterLab server of the browser tests: a Python started with our environment."""
    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(ROOT / "tests" / "offline")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          cwd=ROOT / "notebooks" / "id")
    check_probe(done.stdout)
    assert "KSS offline guard: refused" in done.stderr


def test_the_system_sitecustomize_still_runs(tmp_path):
    """Our sitecustomize shadows any other; that one is run afterwards."""
    (tmp_path / "sitecustomize.py").write_text("import builtins\nbuiltins.KSS_CHAINED = True\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([os.environ["PYTHONPATH"], str(tmp_path)]))
    done = subprocess.run([sys.executable, "-c", "import builtins, socket, kss_offline;"
                           "print(getattr(builtins, 'KSS_CHAINED', False), kss_offline.installed())"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.stdout.split() == ["True", "True"], done.stderr


@pytest.mark.slow
def test_guard_inside_a_kernel_started_like_nbval():
    from nbval.kernel import CURRENT_ENV_KERNEL_NAME, RunningKernel

    kernel = RunningKernel(CURRENT_ENV_KERNEL_NAME, cwd=str(ROOT / "notebooks" / "id"))
    try:
        texts = []

        def hook(msg):
            if msg["msg_type"] == "stream":
                texts.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                texts.append("\n".join(msg["content"]["traceback"]))

        reply = kernel.kc.execute_interactive(PROBE, output_hook=hook, timeout=120)
        assert reply["content"]["status"] == "ok", texts
    finally:
        kernel.stop()
    check_probe("".join(texts))


@pytest.mark.slow
def test_guard_inside_a_kernel_started_like_nbclient():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(PROBE)])
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks" / "id")}}).execute()
    outputs = nb.cells[0].outputs
    check_probe("".join(o.get("text", "") for o in outputs if o.get("name") == "stdout"))
    # the refusal is also visible as a stderr output, which nbval and tools/notebooks.py report
    assert any(o.get("name") == "stderr" and "KSS offline guard" in o.get("text", "") for o in outputs)
