"""The website's and the release's machinery without a browser (tools/site.py, tools/release.py,
README as the landing page, the GitHub workflows). The site itself is built and read on a phone
by tests/browser/test_site.py."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from tools import navigation, release, site

ROOT = Path(__file__).resolve().parent.parent
README_BUDGET = 10_000          # bytes: the landing page a teacher reads in two minutes


def test_readme_is_a_landing_page_under_10_kb():
    size = len((ROOT / "README.md").read_bytes())
    assert size <= README_BUDGET, f"README.md is {size} bytes; at most {README_BUDGET} (move details to docs/)"


def test_readme_links_every_lesson_to_the_site_the_browser_and_binder():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    owner, name = project["urls"]["Repository"].removeprefix("https://github.com/").split("/")
    pages = f"https://{owner.lower()}.github.io/{name}/"
    for lang in ("id", "en"):
        for nb in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb")):
            folder = "" if lang == "id" else "en/"
            assert f"]({pages}{folder}{nb.stem}.html)" in text, f"README: no website link for {lang}/{nb.name}"
            assert f"]({pages}lite/lab/tree/notebooks/{lang}/{nb.name})" in text, f"README: no browser link for {lang}/{nb.name}"
            assert (f"](https://mybinder.org/v2/gh/{owner}/{name}/v{project['version']}"
                    f"?urlpath=lab/tree/notebooks/{lang}/{nb.name})") in text, f"README: no Binder link for {lang}/{nb.name}"


def _tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    found = []
    for rel in listed:
        path = ROOT / rel
        if path.suffix in {".py", ".md", ".toml", ".yml", ".yaml", ".txt", ".cfg", ".json", ".ipynb", ".html", ".j2",
                           ".css", ".js", ""} and path.is_file() and not path.is_symlink():
            found.append(path)
    return found


def test_the_repository_address_is_written_in_one_place():
    """[project.urls] Repository in pyproject.toml; README's generated tables are made from it."""
    repo = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]["Repository"]
    owner_name = repo.removeprefix("https://github.com/").rstrip("/")
    owner = owner_name.split("/")[0]
    pattern = re.compile(rf"{re.escape(owner_name)}|{re.escape(owner.lower())}\.github\.io", re.I)
    offenders = []
    for path in _tracked_text_files():
        rel = path.relative_to(ROOT).as_posix()
        if rel == "pyproject.toml":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if rel == "README.md":          # only inside the blocks tools/navigation.py writes
            for start, end in navigation.README_MARKS.values():
                text = text[:text.index(start)] + text[text.index(end):] if start in text and end in text else text
        for i, line in enumerate(text.splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{rel}:{i}: {line.strip()[:100]}")
    assert not offenders, "the repository's address written outside pyproject.toml:\n  " + "\n  ".join(offenders)


def _downloads() -> site.Downloads:
    found = site.Downloads(bundles={"lite": "downloads/kss-lite.zip"}, lite_download=60_000_000)
    found.sizes["downloads/kss-lite.zip"] = 39_000_000
    return found


def test_every_placeholder_in_the_pages_is_known():
    for lang in ("id", "en"):
        for page in sorted((ROOT / "docs" / lang).glob("*.md")):
            filled = site.page_text(page, _downloads())       # as the build fills it, per edition
            assert "{{" not in filled, f"{page}: a placeholder left"


def test_an_unknown_placeholder_is_named_with_its_page():
    with pytest.raises(site.SiteError, match=r"docs/id/guru\.md: unknown placeholder \{\{ repositori \}\}"):
        site.fill("Lihat {{ repositori }}.", site.placeholders("id", _downloads()), "docs/id/guru.md")


def test_every_edition_has_the_same_pages():
    for lang, names in navigation.DOC_PAGES.items():
        assert sorted(p.stem for p in (ROOT / "docs" / lang).glob("*.md")) == sorted(names), lang


def test_sizes_are_written_for_each_language():
    assert site.human_size(1_234_567, "id") == "1,2 MB"
    assert site.human_size(1_234_567, "en") == "1.2 MB"
    assert site.human_size(38_800_000, "en") == "39 MB"
    assert site.human_size(412_300, "id") == "412 kB"


def test_a_missing_kit_says_which_make_target_builds_it(tmp_path):
    done = subprocess.run([sys.executable, "-m", "tools.site", "--out", str(tmp_path / "site"),
                           "--handouts", str(tmp_path / "no-handouts"), "--check-inputs"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert "make handouts" in done.stderr and "Traceback" not in done.stderr, done.stderr


def _fake_site(root: Path) -> Path:
    out = root / "site"
    (out / "downloads").mkdir(parents=True)
    (out / "index.html").write_text("<html></html>")
    (out / "en").mkdir()
    (out / "en" / "index.html").write_text("<html lang=en></html>")
    for name in release.ASSETS:
        (out / "downloads" / name).write_bytes(name.encode() * 100)
    return out


def test_release_writes_the_assets_and_their_sums(tmp_path):
    out = _fake_site(tmp_path)
    dist = tmp_path / "dist"
    assert release.main(["--site", str(out), "--dist", str(dist)]) == 0
    sums = dict(reversed(line.split("  ", 1)) for line in (dist / "SHA256SUMS").read_text().splitlines())
    for name in release.ASSETS:
        assert sums[name] == hashlib.sha256((out / "downloads" / name).read_bytes()).hexdigest()
    assert sums["site/en/index.html"] == hashlib.sha256(b"<html lang=en></html>").hexdigest()
    assert release.check(dist) == []
    (dist / "kss-lite.zip").write_bytes(b"changed")
    assert release.check(dist) == ["kss-lite.zip: SHA-256 differs"]


def test_release_without_a_built_site_says_so(tmp_path, capsys):
    assert release.main(["--site", str(tmp_path / "nothing"), "--dist", str(tmp_path / "dist")]) == 1
    assert "make site" in capsys.readouterr().err


def test_workflows_run_the_same_make_targets():
    flows = ROOT / ".github" / "workflows"
    test = yaml.safe_load((flows / "test.yml").read_text())
    rel = yaml.safe_load((flows / "release.yml").read_text())
    on_test = test.get("on", test.get(True))          # YAML 1.1 reads a bare `on` as True
    on_rel = rel.get("on", rel.get(True))
    assert "push" in on_test and "workflow_call" in on_test
    runs = [s.get("run", "") for s in test["jobs"]["test"]["steps"]]
    assert any(r.strip() == ".ci/run" for r in runs), runs
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert on_rel["push"]["tags"] == ["v*"]
    assert rel["jobs"]["test"]["uses"] == "./.github/workflows/test.yml"
    steps = rel["jobs"]["release"]["steps"]
    assert any(s.get("run", "").strip() == "make release" for s in steps)
    assert any(s.get("with", {}).get("path") == "dist/site" for s in steps)
    assert any("deploy-pages" in s.get("uses", "") for s in rel["jobs"]["pages"]["steps"])
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^site: .*\bhandouts\b.*\bslides\b.*\blite\b", makefile, re.M)
    assert re.search(r"^release: site$", makefile, re.M)


def test_binder_opens_the_release_tag():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert navigation.binder_url("notebooks/id/x.ipynb").split("?")[0].endswith(f"/v{version}")


def test_a_page_reads_as_the_site_shows_it_without_the_kit(tmp_path):
    """site.page_text (what tests that read the pages use): placeholders filled as in the build;
    without the kit, the sizes measured on it stay as written."""
    page = tmp_path / "id" / "x.md"
    page.parent.mkdir()
    page.write_text("{{ repository }} {{ hub_folder }} ({{ lite_zip_size }})", encoding="utf-8")
    repo = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]["Repository"]
    assert site.page_text(page) == f"{repo} {repo.rsplit('/', 1)[-1]} ({{{{ lite_zip_size }}}})"
    assert site.page_text(page, _downloads()) == f"{repo} {repo.rsplit('/', 1)[-1]} (39 MB)"
    page.write_text("{{ repositori }}", encoding="utf-8")
    with pytest.raises(site.SiteError, match=r"x\.md: unknown placeholder \{\{ repositori \}\}"):
        site.page_text(page)
