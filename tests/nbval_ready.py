"""nbval's kernels are ready when they answer, not after 0.2 s of silence.

nbval starts each notebook's kernel with its own start_new_kernel (nbval/kernel.py), which
calls jupyter_client's KernelClient.wait_for_ready. That waits for the kernel_info reply on
the shell channel, and then reads the IOPub channel until nothing has come for 0.2 s. nbval
then checks IOPub itself, without a timer (RunningKernel._ensure_iopub_up: a kernel_info
request, then IOPub read until the kernel's idle status for that request; retried if IOPub
was not yet connected), and it keeps only the IOPub messages of the cell it runs (their
parent's msg_id). So the 0.2 s of silence buys nothing here, and it is paid by every
notebook: twenty kernels, about 5 s of the suite's time in which nothing runs.

This module gives nbval a start_new_kernel that waits for the kernel_info reply (as
wait_for_ready does first: the kernel is up and its shell answers), then for the first sign
that IOPub is connected (the kernel's iopub_welcome, or a status message about that
request), and leaves the rest to nbval's own check. Everything else is nbval's: the kernel
manager, its kernelspec manager, what happens when the kernel does not answer. Kernels that the tests start like nbclient or
JupyterLab do (tests/test_offline.py, tests/test_reruns.py, tests/delivery/) keep
jupyter_client's wait.
"""
from __future__ import annotations

import time
from queue import Empty

NAME = "kss-answering-kernel"
IOPUB_TIMEOUT = 2.0     # seconds; nbval waits 1 s per try, 30 tries


def wait_for_answer(kc, timeout: float) -> tuple[dict, set[str]]:
    """Send kernel_info until the kernel's reply to one of them comes back on the shell
    channel (RuntimeError if the kernel dies or `timeout` seconds pass); returns the reply
    and the ids of the requests sent."""
    deadline = time.monotonic() + timeout
    sent: set[str] = set()
    while True:
        msg_id = kc.kernel_info()
        sent.add(msg_id)
        try:
            while True:     # replies to earlier requests of this loop are skipped
                msg = kc.get_shell_msg(timeout=1)
                if msg["parent_header"].get("msg_id") == msg_id:
                    break
        except Empty:
            pass
        else:
            if msg["msg_type"] == "kernel_info_reply":
                kc._handle_kernel_info_reply(msg)   # as wait_for_ready does (protocol version)
                return msg, sent
        if not kc.is_alive():
            raise RuntimeError("Kernel died before replying to kernel_info")
        if time.monotonic() > deadline:
            raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")


def wait_for_iopub(kc, requests: set[str], timeout: float = IOPUB_TIMEOUT) -> bool:
    """True as soon as IOPub is seen connected: the kernel's iopub_welcome (ipykernel sends
    one to each new subscriber) or a message about one of `requests`. False after `timeout`
    seconds without either; nbval's own check then asks again (see the module's text).

    Without this wait a kernel that starts fast can answer on the shell channel before the
    IOPub subscription has reached it; the idle status nbval waits for is then lost, and
    nbval asks again only after 1 s."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            msg = kc.get_iopub_msg(timeout=left)
        except Empty:
            return False
        if msg["msg_type"] == "iopub_welcome" or msg["parent_header"].get("msg_id") in requests:
            return True
    return False


def install() -> None:
    """nbval starts its kernels with start_new_kernel below (idempotent)."""
    from nbval import kernel as nbval_kernel

    if getattr(nbval_kernel.start_new_kernel, "kss_name", None) == NAME:
        return

    def start_new_kernel(startup_timeout=60, kernel_name="python", **kwargs):
        """nbval.kernel.start_new_kernel, with wait_for_answer for wait_for_ready."""
        km = nbval_kernel.KernelManager(kernel_name=kernel_name,
                                        kernel_spec_manager=nbval_kernel.NbvalKernelspecManager())
        km.start_kernel(**kwargs)
        kc = km.client()
        kc.start_channels()
        try:
            _, requests = wait_for_answer(kc, startup_timeout)
            wait_for_iopub(kc, requests)
        except RuntimeError:
            nbval_kernel.logger.exception('Failure starting kernel "%s"', kernel_name)
            kc.stop_channels()
            km.shutdown_kernel()
            raise
        return km, kc

    start_new_kernel.kss_name = NAME
    nbval_kernel.start_new_kernel = start_new_kernel
