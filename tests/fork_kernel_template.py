"""What a kernel start imports, imported once in the template process nbval's kernels are
forked from (tests/fork_kernel.py): ipykernel with IPython; then, as ipykernel's start-up
does, the inline matplotlib backend named in MPLBACKEND before the extensions run; then
what the kss.hints extension imports at every kernel start of this environment (kss.setup:
the course package with pandas, matplotlib, numpy and Pillow). Nothing here runs code of a
lesson or reads the course's data.

pandas decides at import whether it runs in a terminal or in a Jupyter kernel
(is_terminal(), from the get_ipython builtin that only a kernel's shell defines) and
registers display.max_columns by that: 0 (fit to the terminal) outside a kernel, 20
inside; and display.encoding from sys.stdout, which in a kernel is ipykernel's OutStream.
Every child of this template becomes a kernel, so while pandas is imported both answer as
in one; without that, every DataFrame a lesson shows was printed differently (strict nbval
caught it). kss looks at IPython when imported too, to install the hint: here it finds no
shell and does nothing, and in each kernel the extension installs the hint, as in a kernel
process. tests/test_fork_kernel.py compares pandas'
display options, matplotlib's settings, IPython's formatters and the loaded modules with
a kernel process. A module added here must not read the terminal, the working directory
or the kernel when it is imported.

Last, the objects made so far are moved out of the garbage collector's sight (gc.freeze,
as the documentation advises before forking): each kernel's full collections then skip
these modules' objects, which no kernel frees anyway (about 0.05 s of CPU per lesson).
"""
import builtins
import gc
import os
import sys

SYS_PATH = list(sys.path)   # the interpreter's own (a forked child is given its parent's)

from ipykernel import kernelapp  # noqa: E402,F401

# as IPKernelApp.init_gui_pylab does before init_extensions (only if not set already)
if not os.environ.get("MPLBACKEND"):
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"


from ipykernel.iostream import OutStream  # noqa: E402


class _KernelShell:
    """What pandas' is_terminal() asks of get_ipython(): a shell with a kernel."""
    kernel = True


class _KernelStdout:
    """What pandas reads of sys.stdout at import (display.encoding): the encoding of the
    OutStream a kernel's sys.stdout is."""
    encoding = OutStream.encoding

    def __init__(self, real):
        self._real = real

    def write(self, text):
        return self._real.write(text)

    def flush(self):
        self._real.flush()


_stdout = sys.stdout
builtins.get_ipython = _KernelShell
sys.stdout = _KernelStdout(_stdout)
try:
    import pandas  # noqa: E402,F401
finally:
    del builtins.get_ipython
    sys.stdout = _stdout

import kss.setup  # noqa: E402,F401  (what the kss.hints extension imports)

gc.collect()
gc.freeze()
