"""The offline guard: a Python process that installs it cannot reach the network.

Every non-loopback network use from Python code is refused with NetworkBlocked:
    socket.socket.connect / connect_ex / sendto / sendmsg   (AF_INET, AF_INET6)
    socket.getaddrinfo / gethostbyname / gethostbyname_ex (names needing DNS) / gethostbyaddr
Allowed: 127.0.0.0/8, ::1 (also as ::ffff:127.x.x.x), "localhost" (and *.localhost),
the unspecified addresses 0.0.0.0 and :: (Linux delivers those to this machine),
getaddrinfo(None, ...) (a passive/bind lookup) and every AF_UNIX socket. So Jupyter's
kernels (ZeroMQ on 127.0.0.1), the JupyterLab server and Playwright keep working.

NetworkBlocked is an OSError (errno ENETUNREACH), so libraries behave as they would
offline, and its message names the guard and the address. Every refusal is also
recorded in BLOCKED and printed as one line on stderr: the root conftest.py fails the
test during which it happened; in a kernel the stderr line becomes a cell output that
nbval and tools/notebooks.py report. Code that bypasses Python's socket module (C
libraries opening their own sockets) is not covered; `make test` as root also runs the
tests in a network namespace without any interface but lo (see the Makefile).

Who installs it: the root conftest.py, in the pytest process; tests/offline/sitecustomize.py,
in every Python child process (kernels, the JupyterLab server and its kernels), because
the root conftest.py puts tests/offline first on PYTHONPATH. KSS_OFFLINE=0 turns it off.
"""
from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sys
import threading

ENV_FLAG = "KSS_OFFLINE"
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
INET_FAMILIES = {socket.AF_INET, socket.AF_INET6}
BLOCKED: list[str] = []          # one line per refused attempt, in order
_lock = threading.Lock()
_originals: dict[tuple[object, str], object] = {}


class NetworkBlocked(OSError):
    """Raised instead of reaching the network while the offline guard is installed."""

    def __init__(self, what: str):
        super().__init__(errno.ENETUNREACH,
                         f"KSS offline guard: network access refused ({what}). The course and its "
                         f"tests must work without internet; only 127.0.0.1, ::1 and localhost are "
                         f"allowed")
        self.what = what


def enabled_by_environment() -> bool:
    return os.environ.get(ENV_FLAG, "1").strip() not in ("0", "false", "no")


def is_local_host(host) -> bool:
    """True for loopback / unspecified addresses and localhost names."""
    if host is None:
        return True
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii", "replace")
    host = str(host).strip().strip("[]")
    if host == "":
        return True
    name = host.rstrip(".").lower()
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False            # any other host name would need DNS, i.e. the network
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_unspecified


def _refuse(what: str):
    line = f"KSS offline guard: refused {what}"
    with _lock:
        BLOCKED.append(line)
    try:
        sys.stderr.write(line + "\n")
    except Exception:  # pragma: no cover - stderr closed
        pass
    raise NetworkBlocked(what)


def _check_address(sock, address, action: str) -> None:
    try:
        family = sock.family
    except Exception:  # pragma: no cover
        return
    if family not in INET_FAMILIES:
        return                  # AF_UNIX, AF_NETLINK ...: not the network
    host = address[0] if isinstance(address, tuple) and address else address
    if not is_local_host(host):
        port = address[1] if isinstance(address, tuple) and len(address) > 1 else "?"
        _refuse(f"{action} to {host}:{port}")


def _guard_connect(original):
    def connect(self, address):
        _check_address(self, address, "connect")
        return original(self, address)
    return connect


def _guard_connect_ex(original):
    def connect_ex(self, address):
        _check_address(self, address, "connect")
        return original(self, address)
    return connect_ex


def _guard_sendto(original):
    def sendto(self, data, *args):
        if args:
            _check_address(self, args[-1], "sendto")
        return original(self, data, *args)
    return sendto


def _guard_sendmsg(original):
    def sendmsg(self, buffers, *args):
        if len(args) >= 3 and args[2] is not None:
            _check_address(self, args[2], "sendmsg")
        return original(self, buffers, *args)
    return sendmsg


def _is_numeric(host) -> bool:
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii", "replace")
    try:
        ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _guard_lookup(original, name):
    # a numeric address needs no DNS (connect() then decides), except a reverse lookup
    numeric_is_offline = name != "gethostbyaddr"

    def lookup(host, *args, **kwargs):
        if not is_local_host(host) and not (numeric_is_offline and _is_numeric(host)):
            _refuse(f"{name}({host!r})")
        return original(host, *args, **kwargs)
    lookup.__name__ = name
    lookup.__doc__ = original.__doc__
    return lookup


_SOCKET_METHODS = {"connect": _guard_connect, "connect_ex": _guard_connect_ex,
                   "sendto": _guard_sendto, "sendmsg": _guard_sendmsg}
_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr")


def installed() -> bool:
    return bool(_originals)


def install() -> bool:
    """Install the guard in this process (idempotent); True if it is installed now."""
    if _originals:
        return True
    for name, wrap in _SOCKET_METHODS.items():
        original = getattr(socket.socket, name, None)
        if original is None:  # pragma: no cover - sendmsg is missing on Windows
            continue
        _originals[(socket.socket, name)] = original
        setattr(socket.socket, name, wrap(original))
    for name in _LOOKUPS:
        original = getattr(socket, name)
        _originals[(socket, name)] = original
        setattr(socket, name, _guard_lookup(original, name))
    return True


def uninstall() -> None:
    """Undo install() (for the guard's own tests)."""
    for (owner, name), original in _originals.items():
        setattr(owner, name, original)
    _originals.clear()


def child_pythonpath(existing: str | None = None) -> str:
    """PYTHONPATH for child processes: this folder first (its sitecustomize.py installs the guard)."""
    here = os.path.dirname(os.path.abspath(__file__))
    parts = [p for p in (existing or "").split(os.pathsep) if p and os.path.abspath(p) != here]
    return os.pathsep.join([here] + parts)
