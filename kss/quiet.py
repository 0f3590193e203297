"""Keep notices that are not errors out of a learner's output.

In the in-browser edition (Pyodide) matplotlib has no font cache at kernel start and logs
"Matplotlib is building the font cache; this may take a moment." to stderr at its first
import, every time: learners would see it as a red box above the first figure. This filter
drops exactly that record of matplotlib's font manager logger, nothing else (a real
warning or error of the same logger still shows). kss/__init__.py installs it before
anything imports matplotlib.
"""
from __future__ import annotations

import logging

FONT_CACHE_NOTICE = "Matplotlib is building the font cache"
FONT_LOGGER = "matplotlib.font_manager"


class FontCacheNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith(FONT_CACHE_NOTICE))


def quiet_font_cache() -> None:
    """Install the filter once (idempotent)."""
    logger = logging.getLogger(FONT_LOGGER)
    if not any(isinstance(f, FontCacheNotice) for f in logger.filters):
        logger.addFilter(FontCacheNotice())
