"""The lessons as an app (`make app`): Voila, no code shown, starting at the lessons' index.

    python tools/app.py                  # serve notebooks/id on http://localhost:8866/
    python tools/app.py --no-browser --port 8870

One place for the command, so `make app` and the browser test (tests/browser/test_app.py)
start Voila the same way:
- the template app/voila/templates/kss (Voila's lab template without the stylesheets it
  loads from a CDN; found through JUPYTER_PATH), so the app works with no internet;
- the notebook 7 front-end extension left out: it is built for a newer JupyterLab core
  than the one inside Voila 0.5 and only logs errors there;
- each visitor gets a kernel of their own that runs the lesson from its folder, so the
  lessons read the repository's data/ (kss/paths.py).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "notebooks" / "id"
TEMPLATES = ROOT / "app"
DENY = ["@jupyter-notebook/lab-extension"]


def command(extra: list[str] | None = None) -> list[str]:
    return [sys.executable, "-m", "voila", str(LESSONS), "--template=kss",
            f"--VoilaConfiguration.extension_denylist={DENY!r}", *(extra or [])]


def environment(base: dict | None = None) -> dict:
    env = dict(os.environ if base is None else base)
    env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(TEMPLATES), env.get("JUPYTER_PATH", "")]))
    return env


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.execve(sys.executable, command(args), environment())
    return 0   # not reached


if __name__ == "__main__":
    sys.exit(main())
