"""tests/nbval_ready.py: nbval's kernels are ready when they answer kernel_info."""
from __future__ import annotations

from queue import Empty

import pytest

import nbval_ready


class FakeClient:
    """A kernel client whose shell channel replies as scripted: each kernel_info() request
    is answered by the next entry of `answers` (None: no answer within the timeout;
    "late": the answer to the previous request comes now, this one's never)."""

    def __init__(self, answers, alive=True):
        self.answers = list(answers)
        self.alive = alive
        self.sent: list[str] = []
        self.queue: list[dict] = []
        self.handled = None
        self.iopub: list[dict] = []

    def kernel_info(self):
        msg_id = f"req-{len(self.sent)}"
        self.sent.append(msg_id)
        answer = self.answers.pop(0) if self.answers else None
        if answer == "reply":
            self.queue.append(self._reply(msg_id))
        elif answer == "late" and len(self.sent) > 1:
            self.queue.append(self._reply(self.sent[-2]))
        return msg_id

    @staticmethod
    def _reply(parent):
        return {"msg_type": "kernel_info_reply", "parent_header": {"msg_id": parent},
                "content": {"protocol_version": "5.3"}}

    def get_iopub_msg(self, timeout=None):
        if not self.iopub:
            raise Empty
        return self.iopub.pop(0)

    def get_shell_msg(self, timeout=None):
        if not self.queue:
            raise Empty
        return self.queue.pop(0)

    def is_alive(self):
        return self.alive

    def _handle_kernel_info_reply(self, msg):
        self.handled = msg


def test_ready_at_the_first_reply():
    kc = FakeClient(["reply"])
    msg, sent = nbval_ready.wait_for_answer(kc, timeout=5)
    assert msg["parent_header"]["msg_id"] == "req-0" and kc.handled is msg and kc.sent == ["req-0"]
    assert sent == {"req-0"}


def test_a_late_reply_to_an_earlier_request_is_not_taken_for_this_one():
    kc = FakeClient([None, "late", "reply"])
    msg, sent = nbval_ready.wait_for_answer(kc, timeout=5)
    assert msg["parent_header"]["msg_id"] == "req-2" and sent == {"req-0", "req-1", "req-2"}


def test_a_dead_kernel_is_reported():
    with pytest.raises(RuntimeError, match="died"):
        nbval_ready.wait_for_answer(FakeClient([None], alive=False), timeout=5)


def test_a_silent_kernel_times_out():
    with pytest.raises(RuntimeError, match="didn't respond"):
        nbval_ready.wait_for_answer(FakeClient([]), timeout=0)


def iopub(kind, parent=None):
    return {"msg_type": kind, "parent_header": {"msg_id": parent} if parent else {}, "content": {}}


@pytest.mark.parametrize("messages, connected", [
    ([iopub("iopub_welcome")], True),                                  # the subscription reached the kernel
    ([iopub("status", "other"), iopub("status", "req-1")], True),     # a status about our request
    ([iopub("status", "other"), iopub("stream", "other")], False),    # only others': not proof
    ([], False),
])
def test_iopub_is_connected_once_the_kernel_says_so(messages, connected):
    kc = FakeClient([])
    kc.iopub = list(messages)
    assert nbval_ready.wait_for_iopub(kc, {"req-0", "req-1"}, timeout=1) is connected


def test_nbval_starts_its_kernels_with_it():
    from nbval import kernel as nbval_kernel
    from nbval import plugin

    assert getattr(nbval_kernel.start_new_kernel, "kss_name", None) == nbval_ready.NAME
    # RunningKernel looks the function up in nbval.kernel when it starts a kernel
    assert plugin.RunningKernel.__init__.__globals__ is vars(nbval_kernel)
