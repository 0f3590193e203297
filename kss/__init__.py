"""Helper package for the KSS (Kerja Sama Selatan-Selatan) teaching notebooks.

The notebooks hold narrative and short calls; everything else lives here:
data loading (kss.data), figure style (kss.style), maps (kss.worldmap), widgets
(kss.explorer and one module per lesson topic), quizzes (kss.quiz) and labels
(kss.labels).
"""
from kss.quiet import quiet_font_cache as _quiet_font_cache

# before kss.setup imports matplotlib: no font-cache notice on stderr (kss/quiet.py)
_quiet_font_cache()

from kss.setup import install_hints as _install_hints  # noqa: E402
from kss.setup import setup  # noqa: E402

# Every lesson cell imports what it uses from kss, so importing kss is the earliest
# moment to install the Indonesian NameError hint (a no-op outside IPython).
_install_hints()

__all__ = ["setup"]
