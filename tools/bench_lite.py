"""The in-browser edition's size and first-open wait (budgets: site ≤ 70 MB, a lesson fully
run ≤ 30 s after opening it).

    python -m tools.bench_lite                      # build a site into a temp folder, measure
    python -m tools.bench_lite --site build/lite/site --lessons 00 04 en/00

A lesson is its number ("04": notebooks/id/) or edition/number ("en/04": notebooks/en/);
the default opens lessons 00 and 04 of both editions.

Run with the test venv's Python (.venv: playwright); the site is built with .venv-lite
(`make setup-lite`) from the shared Pyodide folder, as the browser test does
(tests/browser/lite.py). Each lesson is opened in a fresh browser context (empty cache: a
learner's first visit) at lab/tree/notebooks/<id|en>/<file>, served by `python -m http.server`
on 127.0.0.1, every non-loopback request refused and counted. Timings, from the moment the
address is opened: JupyterLab shown (site load), kernel ready, Run All done (every cell run,
outputs shown). CPU is the processor time the browser's processes used meanwhile (less
sensitive to other load on the machine than the wall-clock figures).

rows() returns the figures as dicts (section, what, value, budget, ok) for tools/benchmark.py.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from tests.browser import lab, lite

BUDGET_SITE = 70_000_000      # bytes
BUDGET_FIRST_RUN = 30.0       # s from opening a lesson to all its cells run
DEFAULT_LESSONS = ("00", "04", "en/00", "en/04")


def _row(what: str, value: str, budget: str = "", ok: bool | None = None) -> dict:
    return {"section": "In-browser edition", "what": what, "value": value, "budget": budget, "ok": ok}


def _cpu_ticks(root: int) -> dict[int, int]:
    """{pid: utime + stime (clock ticks)} of every process below `root` (the browser's)."""
    found, todo = {}, [root]
    while todo:
        pid = todo.pop()
        for child in lab._children(pid):
            if child in found:
                continue
            todo.append(child)
            try:
                fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
                found[child] = int(fields[11]) + int(fields[12])
            except (OSError, IndexError, ValueError):
                found[child] = 0
    return found


def _cpu_since(before: dict[int, int]) -> float:
    """Seconds of CPU the browser's processes used since `before` (processes that ended
    meanwhile are not counted: the page's own processes live until it is closed)."""
    now = _cpu_ticks(os.getpid())
    return sum(t - before.get(pid, 0) for pid, t in now.items()) / os.sysconf("SC_CLK_TCK")


def lesson_paths(lessons) -> dict[str, str | None]:
    """{"00": "id/00-mulai-di-sini.ipynb", "en/04": "en/04-benefits-of-ssc.ipynb", ...}: each
    requested lesson ("NN" in notebooks/id/, "lang/NN" in notebooks/<lang>/), None if missing."""
    found = {}
    for token in lessons:
        lang, _, number = token.rpartition("/")
        lang = lang or "id"
        folder = ROOT / "notebooks" / lang
        match = sorted(folder.glob(f"{number}-*.ipynb")) if lang in ("id", "en") and number else []
        found[token] = f"{lang}/{match[0].name}" if match else None
    return found


def first_open(browser, server, proxy, attempts, lesson_file: str) -> dict:
    """Open one lesson ("id/<file>" or "en/<file>") in a fresh context; seconds to site
    load, kernel ready, Run All done."""
    context = lite.new_context(browser, proxy, attempts)
    try:
        check = lite.LiteNotebookCheck(lite.LiteSite(server), context, f"notebooks/{lesson_file}")
        check.page = page = context.new_page()
        page.set_viewport_size(lab.VIEWPORT)
        ticks = _cpu_ticks(os.getpid())
        check.t0 = time.monotonic()
        check.open()
        check.run_all()
        check.check_outputs()
        cpu = _cpu_since(ticks)
        page.close()
        t = check.report.timings
        return {"site": t["lab_loaded"], "kernel": t["kernel_ready"], "run_all": t["run_all"],
                "cpu": cpu, "problems": check.report.problems}
    finally:
        context.close()


def rows(site: Path | None = None, lessons=DEFAULT_LESSONS) -> list[dict]:
    reason = lab.missing_requirement() or (None if site else lite.missing_requirement())
    if reason:
        return [_row("site and first open", f"skipped: {reason}")]
    out: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="kss-bench-lite-") as tmp:
        if site is None:
            site = Path(tmp) / "site"
            seconds = lite.build_site(site, Path(tmp) / "stage")
            out.append(_row("build (tools/build_lite.py, shared Pyodide folder)", f"{seconds:.0f} s"))
        size = lite.site_size(site)
        pyodide = lite.site_size(site / "static" / "pyodide")
        out.append(_row(f"site size (Pyodide and packages {pyodide / 1e6:.1f} MB)", f"{size / 1e6:.1f} MB",
                        f"≤ {BUDGET_SITE / 1e6:.0f} MB", size <= BUDGET_SITE))
        from playwright.sync_api import sync_playwright
        server = lite.StaticServer(site).start()
        proxy, attempts = lite.CountingProxy(), []
        playwright = sync_playwright().start()
        try:
            browser = lite.launch(playwright, Path(tmp) / "home")
            names = lesson_paths(lessons)
            for nn in lessons:
                if names[nn] is None:
                    out.append(_row(f"lesson {nn}", "no such lesson"))
                    continue
                try:
                    r = first_open(browser, server, proxy, attempts, names[nn])
                except Exception as exc:  # a timeout: say so in the table
                    out.append(_row(f"first open of {names[nn]}", f"failed: {str(exc).splitlines()[0][:100]}",
                                    f"≤ {BUDGET_FIRST_RUN:.0f} s", False))
                    continue
                note = f"; {len(r['problems'])} problem(s)" if r["problems"] else ""
                out.append(_row(f"first open of {names[nn]}: site load {r['site']:.1f} s, kernel ready "
                                f"{r['kernel']:.1f} s, Run All done (browser CPU {r['cpu']:.1f} s){note}",
                                f"{r['run_all']:.1f} s", f"≤ {BUDGET_FIRST_RUN:.0f} s",
                                r["run_all"] <= BUDGET_FIRST_RUN and not r["problems"]))
            browser.close()
        finally:
            playwright.stop()
            server.stop()
            proxy.close()
        left = attempts + proxy.attempts
        out.append(_row("requests that tried to leave the machine", str(len(left)), "0", not left))
    return out


def table(found: list[dict]) -> str:
    lines = ["| Bagian | Yang diukur | Hasil | Anggaran | Status |", "|---|---|---|---|---|"]
    for r in found:
        status = "" if r["ok"] is None else ("PASS" if r["ok"] else "FAIL")
        lines.append(f"| {r['section']} | {r['what']} | {r['value']} | {r['budget']} | {status} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", type=Path, help="a built site (default: build one into a temp folder)")
    ap.add_argument("--lessons", nargs="*", default=list(DEFAULT_LESSONS),
                    help="lessons to open: NN (notebooks/id/) or en/NN (notebooks/en/)")
    args = ap.parse_args(argv)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"_{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · {os.cpu_count()} CPU · load {load}_\n")
    found = rows(args.site.resolve() if args.site else None, args.lessons)
    print(table(found))
    return 0 if all(r["ok"] is not False for r in found) else 1


if __name__ == "__main__":
    sys.exit(main())
