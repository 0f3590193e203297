"""kss/quiet.py: the font-cache notice of matplotlib (printed at every kernel start in the
in-browser edition) is dropped; every other record of that logger still shows."""
import logging

import kss  # noqa: F401  (installs the filter)
from kss import quiet


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_importing_kss_drops_only_the_font_cache_notice():
    logger = logging.getLogger("matplotlib.font_manager")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        # the exact call of matplotlib 3.8's FontManager.__init__ (Pyodide's matplotlib)
        logger.warning("Matplotlib is building the font cache; this may take a moment.")
        logger.warning("findfont: Font family 'Nope' not found.")
        logger.error("Failed to open font file %s: %s", "x.ttf", "broken")
    finally:
        logger.removeHandler(handler)
    assert handler.messages == ["findfont: Font family 'Nope' not found.",
                                "Failed to open font file x.ttf: broken"]


def test_the_filter_is_installed_once():
    quiet.quiet_font_cache()
    quiet.quiet_font_cache()
    logger = logging.getLogger(quiet.FONT_LOGGER)
    assert sum(isinstance(f, quiet.FontCacheNotice) for f in logger.filters) == 1
