"""Where the course's data tables are, however the course was installed.

The lesson notebooks, the data/ folder and the kss package do not always sit together:

| how the course is opened                         | where kss is            | where data/ is             |
|--------------------------------------------------|-------------------------|----------------------------|
| laptop, `make lab` (editable checkout)           | the repository          | the repository             |
| Binder (repo2docker: `pip install --no-deps .`)  | site-packages           | the repository (home)      |
| school JupyterHub, repository from nbgitpuller   | the hub's site-packages | ~/kss-notebooks/data       |
| Voila (`make app`), nbconvert, the benchmark     | either                  | the repository             |
| a wheel installed anywhere, lessons copied alone | site-packages           | only the copy in the wheel |

So the data folder is looked up, in this order (the first that holds the course's
`datapackage.json` wins; the order is documented here and on the maintainers' pages,
docs/id/pengelola.md and docs/en/maintainers.md, nowhere else):

1. `$KSS_DATA_DIR`, when set: an explicit choice (e.g. a hub admin's); if it does not hold
   the course's data package that is an error, never silently skipped.
2. The `data/` folder of the course repository the working directory sits in, found
   upward from the working directory (a kernel starts in its notebook's folder, so a
   lesson reads the data of the repository it was opened from: on Binder and on a hub
   that is the learner's own copy, which matches the lesson text they are reading).
3. The `data/` folder next to the kss package's source folder (an editable checkout used
   from elsewhere, e.g. `python -m tools.benchmark` from /tmp).
4. The copy of the tables shipped inside the package (`kss/_data`, package data of the
   wheel), so an installed package works with no repository at all.

A folder counts only if its datapackage.json carries the course's package name, so an
unrelated `data/` folder above the working directory is never picked up.
When nothing is found, DataError says in one Indonesian sentence what was looked for
and where.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

ENV_VAR = "KSS_DATA_DIR"
PACKAGE_FILE = "datapackage.json"
PACKAGE_NAME = "kss-teaching-data"      # the "name" in data/datapackage.json
PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_DATA = PACKAGE_DIR.parent / "data"
BUNDLED_DATA = PACKAGE_DIR / "_data"


class DataNotFound(Exception):
    """Raised (as kss.data.DataError) when no candidate holds the course's data."""


def is_course_data(folder: Path) -> bool:
    """True if `folder` holds the course's datapackage.json (checked by its name)."""
    path = folder / PACKAGE_FILE
    try:
        with path.open(encoding="utf-8") as f:
            # the name sits in the first lines: no need to parse 40 kB on every lookup
            head = f.read(400)
    except OSError:
        return False
    if f'"{PACKAGE_NAME}"' in head:
        return True
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("name") == PACKAGE_NAME
    except (OSError, ValueError):
        return False


def candidates(cwd: Path | None = None) -> list[tuple[str, Path]]:
    """[(where, folder)] in lookup order, without the environment variable."""
    cwd = Path(cwd) if cwd else Path.cwd()
    found = [("folder kerja", folder / "data") for folder in (cwd, *cwd.parents)]
    found.append(("repositori paket kss", SOURCE_DATA))
    found.append(("salinan di dalam paket kss", BUNDLED_DATA))
    return found


def find_data_dir(cwd: Path | None = None) -> Path:
    """The course's data folder (see the module docstring for the order)."""
    explicit = os.environ.get(ENV_VAR, "").strip()
    if explicit:
        folder = Path(explicit).expanduser()
        if is_course_data(folder):
            return folder.resolve()
        raise DataNotFound(
            f"Variabel lingkungan {ENV_VAR} menunjuk ke {folder}, tetapi di sana tidak ada "
            f"{PACKAGE_FILE} milik kursus ini (isi {ENV_VAR} dengan folder data/ kursus, "
            "atau kosongkan agar folder data dicari otomatis).")
    for _where, folder in candidates(cwd):
        if is_course_data(folder):
            return folder.resolve()
    cwd = Path(cwd) if cwd else Path.cwd()
    raise DataNotFound(
        f"Data kursus ({PACKAGE_FILE} bernama '{PACKAGE_NAME}') tidak ditemukan: sudah dicari "
        f"di variabel {ENV_VAR} (kosong), di folder data/ pada {cwd} dan setiap folder di "
        f"atasnya, di {SOURCE_DATA}, dan di salinan dalam paket ({BUNDLED_DATA}); buka "
        "pelajaran dari folder repositori kursus, atau isi KSS_DATA_DIR dengan folder data/-nya.")
