"""The Indonesian NameError hint from a kernel's very first cell (IPython extension).

kss.setup.setup() installs the hint (kss.setup.install_hints), so a learner who runs a
cell before the cell that defines its names sees "Petunjuk: nama 'delegasi' belum
dikenal ..." instead of a traceback. But after a kernel restart, until the setup cell
runs again, nothing installs it. Loading this extension in every kernel of the course's
environment closes that gap:

    python -m kss.hints install     # writes <sys.prefix>/etc/ipython/ipython_kernel_config.py
    python -m kss.hints status      # is it installed in this environment?

IPython reads <sys.prefix>/etc/ipython/ at every kernel start of that environment, so
this is one line in `make setup` (after pip install) and in Binder's postBuild. The
extension itself only calls kss.setup.install_hints(); kss is imported at kernel start
(about 0.8 s, which the lesson's setup cell then no longer spends).
"""
from __future__ import annotations

import sys
from pathlib import Path

KERNEL_CONFIG = """\
# Written by `python -m kss.hints install` (KSS course): the Indonesian NameError hint
# from the first cell of every kernel of this environment (see kss/hints.py).
c = get_config()  # noqa: F821
c.InteractiveShellApp.extensions.append("kss.hints")
"""
MARK = "python -m kss.hints install"


def load_ipython_extension(ip) -> None:
    from kss.setup import install_hints
    install_hints()


def config_path(prefix: str | None = None) -> Path:
    return Path(prefix or sys.prefix) / "etc" / "ipython" / "ipython_kernel_config.py"


def installed(prefix: str | None = None) -> bool:
    path = config_path(prefix)
    return path.exists() and MARK in path.read_text(encoding="utf-8")


def install(prefix: str | None = None) -> Path:
    """Write (or extend) the environment's kernel config; idempotent."""
    path = config_path(prefix)
    if installed(prefix):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(old + ("\n" if old and not old.endswith("\n") else "") + KERNEL_CONFIG, encoding="utf-8")
    return path


def main(argv=None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["install"]:
        print(f"installed: {install()}")
        return 0
    if args == ["status"]:
        print(f"{'installed' if installed() else 'not installed'}: {config_path()}")
        return 0 if installed() else 1
    print("usage: python -m kss.hints install|status", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
