"""What a kernel start imports, imported once in the template process nbval's kernels are
forked from (tests/fork_kernel.py): ipykernel with IPython, then, as ipykernel's start-up
does, the inline matplotlib backend named in MPLBACKEND before the extensions run, and the
parts of matplotlib (with numpy and Pillow) that the kss.hints extension's import of kss
loads. Nothing here runs code of a lesson or reads the course's data.

Not pandas, nor kss (which imports it): pandas decides at import whether it runs in a
terminal or in a Jupyter kernel (is_terminal(), from get_ipython()), and sets
display.max_columns by that (0, fit to the terminal, outside a kernel; 20 inside). Imported
here, before a kernel exists, every DataFrame a lesson shows would be printed differently.
tests/test_fork_kernel.py compares that option and the rest with a kernel process. A module
added here must not look at IPython, the terminal or the kernel when it is imported."""
import os
import sys

SYS_PATH = list(sys.path)   # the interpreter's own (a forked child is given its parent's)

from ipykernel import kernelapp  # noqa: E402,F401

# as IPKernelApp.init_gui_pylab does before init_extensions (only if not set already)
if not os.environ.get("MPLBACKEND"):
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"

import matplotlib  # noqa: E402,F401
import numpy  # noqa: E402,F401
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402,F401
from matplotlib.figure import Figure  # noqa: E402,F401
from matplotlib.layout_engine import ConstrainedLayoutEngine  # noqa: E402,F401
from PIL import Image  # noqa: E402,F401
