"""The website's lesson pages on a slow phone connection (budgets: at most 1 MB loaded, the first
screen within 3 s under emulated slow 4G).

    python -m tools.bench_site                    # build/site/ (make site), every lesson page
    python -m tools.bench_site --site /tmp/site --pages 02 en/02

Each lesson page of both editions is opened in a fresh Chromium context (empty cache: a
learner's first visit) at 360 x 800 CSS pixels, from a plain static server on 127.0.0.1
(Python's http.server, as a school's or GitHub Pages would serve the files, without
compression), with Chromium's own network emulation (DevTools protocol,
Network.emulateNetworkConditions) set to "slow 4G": 150 ms round trip, 1.6 Mbit/s down,
750 kbit/s up. Measured per page:
- bytes: everything the page loaded until its load event (Network.loadingFinished's
  encodedDataLength: headers and bodies as they came over the wire);
- first screen: the largest contentful paint (the moment the largest text block or image of
  the first screen is drawn), with the first contentful paint and the load event beside it.
Every request for a non-loopback address is refused and counted (there must be none).

rows() returns the figures as dicts (section, what, value, budget, ok) for tools/benchmark.py.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import re
import socket
import statistics
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--disable-quic"]
PHONE = {"width": 360, "height": 800}
# "slow 4G" as Chromium's DevTools and Lighthouse define it
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
BUDGET_BYTES = 1_000_000
BUDGET_FIRST_SCREEN = 3.0      # s
NOT_LOOPBACK = re.compile(r"^(?!(?:https?|wss?)://(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?(?:[/?#]|$))"
                          r"[a-zA-Z][a-zA-Z0-9+.-]*://")

JS_PAINTS = """() => new Promise(resolve => {
  const found = {fcp: null, lcp: null};
  for (const e of performance.getEntriesByType('paint'))
    if (e.name === 'first-contentful-paint') found.fcp = e.startTime;
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) found.lcp = e.startTime;
  }).observe({type: 'largest-contentful-paint', buffered: true});
  const nav = performance.getEntriesByType('navigation')[0];
  found.load = nav ? nav.loadEventEnd : null;
  setTimeout(() => resolve(found), 100);
})"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path):
    """Python's http.server on 127.0.0.1 (a free port) serving `site`, in a thread; yields its URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def lesson_pages(site: Path) -> list[str]:
    """Every lesson page of both editions, as paths in the site: NN-x.html, en/NN-x.html."""
    pages = [p.name for p in sorted(site.glob("[0-9][0-9]-*.html"))]
    return pages + [f"en/{p.name}" for p in sorted((site / "en").glob("[0-9][0-9]-*.html"))]


@dataclass
class PageLoad:
    page: str
    bytes: int
    requests: int
    fcp: float          # s
    lcp: float          # s
    load: float         # s
    outside: list[str]


def measure(browser, base_url: str, page_path: str, network: dict | None = SLOW_4G) -> PageLoad:
    """Open one page in a fresh context (empty cache) with `network` emulated; what it loaded."""
    outside: list[str] = []
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    context.route(NOT_LOOPBACK, lambda route: (outside.append(route.request.url), route.abort("blockedbyclient")))
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        if network:
            cdp.send("Network.emulateNetworkConditions", network)
        sizes: dict[str, float] = {}
        cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
        page.goto(f"{base_url}/{page_path}", wait_until="load", timeout=120_000)
        paints = page.evaluate(JS_PAINTS)
        page.wait_for_timeout(200)          # the last loadingFinished events
        return PageLoad(page_path, int(sum(sizes.values())), len(sizes), (paints["fcp"] or 0) / 1000,
                        (paints["lcp"] or paints["fcp"] or 0) / 1000, (paints["load"] or 0) / 1000, outside)
    finally:
        context.close()


def measure_all(site: Path, pages: list[str] | None = None) -> list[PageLoad]:
    from playwright.sync_api import sync_playwright

    pages = pages or lesson_pages(site)
    with serve(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            return [measure(browser, url, page) for page in pages]
        finally:
            browser.close()


def _row(what: str, value: str, budget: str = "", ok: bool | None = None) -> dict:
    return {"section": "Website", "what": what, "value": value, "budget": budget, "ok": ok}


def rows(site: Path = SITE, pages: list[str] | None = None) -> list[dict]:
    if not (site / "index.html").is_file():
        return [_row("lesson pages", f"not measured: {site} is not built (make site)")]
    if not Path(CHROMIUM).exists():
        return [_row("lesson pages", f"not measured: no Chromium at {CHROMIUM}")]
    found = []
    loads = measure_all(site, pages)
    for load in loads:
        found.append(_row(f"{load.page} at 360 px, slow 4G (150 ms, 1.6 Mbit/s): loaded "
                          f"({load.requests} requests, from a plain static server)",
                          f"{load.bytes / 1e3:.0f} kB", f"≤ {BUDGET_BYTES / 1e6:.0f} MB", load.bytes <= BUDGET_BYTES))
        found.append(_row(f"{load.page}: first screen shown (largest contentful paint; first paint "
                          f"{load.fcp:.2f} s, load event {load.load:.2f} s)",
                          f"{load.lcp:.2f} s", f"≤ {BUDGET_FIRST_SCREEN:.0f} s", load.lcp <= BUDGET_FIRST_SCREEN))
    outside = [u for load in loads for u in load.outside]
    found.append(_row("lesson pages: requests that tried to leave the machine", str(len(outside)), "0", not outside))
    if loads:
        found.append(_row("lesson pages: median", f"{statistics.median(x.bytes for x in loads) / 1e3:.0f} kB, "
                          f"first screen {statistics.median(x.lcp for x in loads):.2f} s"))
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, default=SITE, help="the built website (default build/site)")
    ap.add_argument("--pages", nargs="*", help="lesson numbers (02) or edition/number (en/02); default all")
    args = ap.parse_args(argv)
    pages = None
    if args.pages:
        every = lesson_pages(args.site)
        pages = []
        for wanted in args.pages:
            lang, _, number = wanted.rpartition("/")
            match = [p for p in every if p.startswith(f"{lang}/" if lang else "") and
                     Path(p).name.startswith(number) and (lang or "/" not in p)]
            if not match:
                print(f"error: no lesson page {wanted!r} in {args.site}", file=sys.stderr)
                return 2
            pages += match
    for r in rows(args.site, pages):
        status = "" if r["ok"] is None else ("PASS" if r["ok"] else "OVER")
        print(f"| {r['section']} | {r['what']} | {r['value']} | {r['budget']} | {status} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
