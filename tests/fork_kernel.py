"""nbval's kernels, forked from a template process that has done a kernel start's imports.

Starting an IPython kernel (`python -m ipykernel_launcher`) costs about 0.8 s of CPU here,
and most of it is imports: ipykernel and IPython, then the course package with pandas and
matplotlib, which the kss.hints extension imports at every kernel start (kss/hints.py,
installed by `make setup`). nbval starts one kernel per notebook: twenty notebooks, twenty
times the same imports, about 16 s of the suite's CPU time.

So each pytest worker keeps one template process, the standard library's multiprocessing
forkserver, which imports what a kernel start imports (tests/fork_kernel_template.py:
ipykernel and IPython; matplotlib, with the MPLBACKEND ipykernel sets before the
extensions import it; pandas, with what it reads of IPython at import answered as in a
kernel; and kss.setup, which the kss.hints extension imports) and runs no code of a lesson. nbval's kernels are forked from it (ForkProvisioner below, a
jupyter_client kernel provisioner). Each forked kernel then runs ipykernel's own start-up,
IPKernelApp with the connection file jupyter_client wrote (sockets, shell, the inline
backend, the extensions with the hint), in the notebook's folder, with the environment
jupyter_client gives a kernel and the sys.path of `python -m ipykernel_launcher`. What
differs from a kernel process is only that some imported modules are already in memory. tests/test_fork_kernel.py
compares a forked kernel with a real one.

A kernel started as a process, as JupyterLab, Binder and a hub start it, is still tested:
tests/test_offline.py (started like nbclient), tests/test_reruns.py (the hint from the
first cell), tests/delivery/ (Binder, the wheel, a pulled repository) and the browser test.
KSS_FORK_KERNELS=0 gives nbval kernel processes again (to compare, or to rule this out).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from importlib.metadata import EntryPoint
from pathlib import Path

from jupyter_client.provisioning import LocalProvisioner
from jupyter_client.provisioning.factory import KernelProvisionerFactory

NAME = "kss-fork-provisioner"
ENV_FLAG = "KSS_FORK_KERNELS"
TEMPLATE = "fork_kernel_template"     # tests/fork_kernel_template.py: the imports
HERE = Path(__file__).resolve().parent

_context = None
_template_env: dict = {}     # the environment the template started with (PYTHONPATH as kernels get it)


def comparable(env: dict) -> dict:
    """What of an environment a kernel start could read: all but jupyter_client's JPY_*
    and pytest's name of the running test (PYTEST_CURRENT_TEST, new for every test)."""
    return {k: v for k, v in env.items() if not k.startswith("JPY_") and k != "PYTEST_CURRENT_TEST"}


def enabled() -> bool:
    return os.environ.get(ENV_FLAG, "1") != "0" and sys.platform.startswith("linux")


def context():
    """The worker's forkserver context, its template started on first use."""
    global _context
    if _context is None:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([TEMPLATE])
        # the template finds this folder on its sys.path; the forked kernels' sys.path is
        # then set as `python -m` sets it (_run_kernel), without this folder
        saved = os.environ.get("PYTHONPATH")
        _template_env.update(comparable(os.environ))
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), saved]))
        try:
            from multiprocessing import forkserver
            forkserver.ensure_running()
        finally:
            if saved is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = saved
        _context = ctx
    return _context


def _run_kernel(argv: list[str], cwd: str, env: dict, stdout_null: bool, stderr_null: bool) -> None:
    """In the forked child: become what `python -m ipykernel_launcher <argv>` would be, and
    run ipykernel's start-up (this returns when the kernel stops)."""
    os.setsid()                      # jupyter_client starts kernels in a new session
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    if stdout_null or stderr_null:
        null = os.open(os.devnull, os.O_WRONLY)
        for fd, wanted in ((1, stdout_null), (2, stderr_null)):
            if wanted:
                os.dup2(null, fd)
        os.close(null)
    from importlib.util import find_spec

    from ipykernel import kernelapp

    import fork_kernel_template

    # multiprocessing has given this child the pytest worker's sys.path; a kernel has the
    # interpreter's own, as the template had it at start, without the working directory
    # (ipykernel_launcher takes it off; IPython's init_path puts '' back, before
    # site-packages), the template's '' (of `-c`) and this folder (there to find the template)
    sys.path[:] = [p for p in fork_kernel_template.SYS_PATH if p not in ("", str(HERE))]
    sys.argv = [find_spec("ipykernel_launcher").origin, *argv]
    # the kernel watches its parent and stops if it goes: here that is the template, which
    # stops when the pytest worker does (jupyter_client would name the worker, via
    # JPY_PARENT_PID, which is not this process's parent)
    os.environ["JPY_PARENT_PID"] = str(os.getppid())
    kernelapp.IPKernelApp.parent_handle.default_value = os.getppid()
    kernelapp.launch_new_instance()


class ForkedProcess:
    """The subset of subprocess.Popen that LocalProvisioner uses, for a forked kernel."""

    stdin = stdout = stderr = None

    def __init__(self, process):
        self._process = process
        self.pid = process.pid
        self.returncode = None

    def poll(self):
        if self.returncode is None and not self._process.is_alive():
            self.returncode = self._process.exitcode
        return self.returncode

    def wait(self, timeout=None):
        self._process.join(timeout)
        return self.poll()

    def send_signal(self, signum):
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def ipykernel_arguments(cmd: list[str]) -> list[str] | None:
    """The arguments after `<python> -m ipykernel_launcher` in cmd, or None for another
    kind of kernel command (which is then started as a process)."""
    if len(cmd) >= 3 and Path(cmd[0]).resolve() == Path(sys.executable).resolve() \
            and cmd[1:3] == ["-m", "ipykernel_launcher"]:
        return cmd[3:]
    return None


class ForkProvisioner(LocalProvisioner):
    """LocalProvisioner whose ipykernel kernels are forked from the worker's template."""

    async def launch_kernel(self, cmd, **kwargs):
        argv = ipykernel_arguments(cmd)
        if argv is None or not enabled():
            return await super().launch_kernel(cmd, **kwargs)
        env = dict(kwargs.get("env") or os.environ)
        cwd = str(kwargs.get("cwd") or os.getcwd())
        ctx = context()
        if comparable(env) != _template_env:
            # what the template imported may have read the environment (MPLBACKEND, say):
            # a kernel asked for with another one is started as a process
            return await super().launch_kernel(cmd, **kwargs)
        null = os.devnull

        def to_null(stream) -> bool:
            return getattr(stream, "name", None) == null

        process = ctx.Process(target=_run_kernel, daemon=False, name="kss-forked-kernel",
                              args=(argv, cwd, env, to_null(kwargs.get("stdout")),
                                    to_null(kwargs.get("stderr"))))
        process.start()
        self.process = ForkedProcess(process)
        self.pid = process.pid
        # signals go to the kernel alone: its process group would only be its own once the
        # child has called setsid, and the template's group is the pytest worker's
        self.pgid = None
        self.cwd = cwd
        return self.connection_info


def register() -> None:
    """Make the provisioner known to jupyter_client in this process (an entry point would
    need an installed package; this is test machinery, not part of the course)."""
    factory = KernelProvisionerFactory.instance()
    factory.provisioners[NAME] = EntryPoint(name=NAME, value=f"{__name__}:ForkProvisioner",
                                            group="jupyter_client.kernel_provisioners")


def use_for_nbval() -> None:
    """nbval's kernels (the current environment's kernel, --nbval-current-env) are forked."""
    if not enabled():
        return
    from nbval import kernel as nbval_kernel

    register()
    manager = nbval_kernel.NbvalKernelspecManager
    if getattr(manager, "_kss_forked", False):
        return
    original = manager.get_kernel_spec

    def get_kernel_spec(self, kernel_name):
        spec = original(self, kernel_name)
        if kernel_name == nbval_kernel.CURRENT_ENV_KERNEL_NAME:
            spec.metadata = {**spec.metadata, "kernel_provisioner": {"provisioner_name": NAME}}
        return spec

    manager.get_kernel_spec = get_kernel_spec
    manager._kss_forked = True
