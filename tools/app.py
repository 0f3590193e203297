"""The lessons as an app (`make app`): Voila, no code shown, starting at the lessons' index.

    python -m tools.app                  # serve notebooks/id on http://localhost:8866/
    python -m tools.app --lang en        # the English edition, notebooks/en
    python -m tools.app --no-browser --port 8870
    make app VOILA_ARGS=--lang=en

--lang id|en (default id) chooses the edition whose folder is the app's index; every other
option goes to Voila unchanged.

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
LANGS = ("id", "en")
LESSONS = ROOT / "notebooks" / "id"          # the default edition
TEMPLATES = ROOT / "app"
DENY = ["@jupyter-notebook/lab-extension"]


def lessons(lang: str = "id") -> Path:
    if lang not in LANGS:
        raise ValueError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return ROOT / "notebooks" / lang


def split_lang(args: list[str]) -> tuple[str, list[str]]:
    """('en', rest) from [..., '--lang', 'en', ...] or [..., '--lang=en', ...]; 'id' without it."""
    lang, rest, i = "id", [], 0
    while i < len(args):
        if args[i] == "--lang" and i + 1 < len(args):
            lang, i = args[i + 1], i + 2
            continue
        if args[i].startswith("--lang="):
            lang = args[i].split("=", 1)[1]
        else:
            rest.append(args[i])
        i += 1
    return lang, rest


def command(extra: list[str] | None = None, lang: str = "id") -> list[str]:
    return [sys.executable, "-m", "voila", str(lessons(lang)), "--template=kss",
            f"--VoilaConfiguration.extension_denylist={DENY!r}", *(extra or [])]


def environment(base: dict | None = None) -> dict:
    env = dict(os.environ if base is None else base)
    env["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(TEMPLATES), env.get("JUPYTER_PATH", "")]))
    return env


def main(argv: list[str] | None = None) -> int:
    lang, args = split_lang(sys.argv[1:] if argv is None else argv)
    try:
        cmd = command(args, lang)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    os.execve(sys.executable, cmd, environment())
    return 0   # not reached


if __name__ == "__main__":
    sys.exit(main())
