"""The data package: valid against its schema (frictionless), sourced, and the counts hold."""
import json
import shutil

import pytest

from kss import data, worldmap

ROOT_DATA = data.DATA_DIR


@pytest.fixture(scope="module")
def tables():
    return data.load_all()


def test_package_validates_with_frictionless(tmp_path):
    frictionless = pytest.importorskip("frictionless", reason="test extra: pip install -r requirements-test.txt")
    target = tmp_path / "data"
    shutil.copytree(ROOT_DATA, target)
    descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    # frictionless 5 cannot check foreign keys on list fields (it crashes hashing the
    # list); kss.data checks those item by item (tests/test_data_loader.py), so they are
    # left out of this copy only.
    for resource in descriptor["resources"]:
        schema = resource.get("schema")
        if not schema:
            continue
        lists = {f["name"] for f in schema["fields"] if f.get("type") == "list"}
        schema["foreignKeys"] = [fk for fk in schema.get("foreignKeys", [])
                                 if not set([fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]) & lists]
    (target / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = frictionless.validate(str(target / "datapackage.json"))
    problems = report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    assert report.valid, problems[:20]


def test_every_resource_is_described(tables):
    package = data.read_package()
    for resource in package["resources"]:
        assert resource.get("licenses"), f"{resource['name']}: no licence"
        assert resource.get("title"), f"{resource['name']}: no title"
        assert (ROOT_DATA / resource["path"]).exists(), resource["path"]
    described = {r["path"] for r in package["resources"]} | {"datapackage.json", "README.md"}
    on_disk = {p.name for p in ROOT_DATA.iterdir() if p.is_file()}
    assert on_disk <= described, f"files in data/ without a resource: {on_disk - described}"


def test_every_fact_row_has_a_source(tables):
    for name, frame in tables.items():
        if name in ("countries", "sources"):
            continue  # reference tables: the ISO codes (source given by the resource) and the sources themselves
        assert "sources" in frame.columns, f"{name}: no sources column"
        empty = [i for i, s in enumerate(frame["sources"]) if not s]
        assert not empty, f"{name}: rows without a source: {empty[:5]}"
        for sources in frame["sources"]:
            assert all(u.startswith(("http://", "https://")) for u in sources)


def test_delegations_counts(tables):
    d = tables["delegations"]
    assert len(d) == 29
    assert (d["role"] == "sponsor").sum() == 5
    assert set(d.loc[d["role"] == "sponsor", "iso3"]) == {"MMR", "LKA", "IND", "IDN", "PAK"}
    assert (d["continent"] == "asia").sum() == 23
    assert (d["continent"] == "africa").sum() == 6
    assert d["iso3"].nunique() == 28
    assert (d["iso3"] == "VNM").sum() == 2
    assert set(d.loc[~d["independent_1955"].astype(bool), "iso3"]) == {"GHA", "SDN"}
    assert sorted(d["order"]) == list(range(1, 30))


def test_principles(tables):
    p = tables["principles"]
    assert sorted(p["number"]) == list(range(1, 11))
    for column in ("text_id", "text_en", "question_id", "question_en"):
        assert p[column].str.len().min() > 10


def test_milestones(tables):
    m = tables["milestones"]
    assert len(m) >= 20
    assert m["year"].min() <= 1955 and m["year"].max() >= 2019
    years = set(m["year"])
    for year in (1955, 1961, 1964, 1974, 1978, 2009, 2015, 2019):
        assert year in years, f"no milestone in {year}"
    assert m["indonesia"].astype(bool).sum() >= 5
    for start, year in zip(m["date_start"], m["year"]):
        assert start.startswith(str(year)), (start, year)


def test_examples(tables):
    e = tables["examples"]
    assert len(e) >= 19
    assert e["from_article"].astype(bool).sum() >= 3
    assert set(e["modality"]) == {"bilateral", "regional", "multilateral", "triangular"}
    assert e["region"].nunique() >= 5
    assert e["sector"].nunique() >= 7
    benefits = {b for items in e["benefits"] for b in items}
    assert benefits == {"economic_social", "institutional_capacity", "national_resilience", "relations"}
    article = " ".join(e.loc[e["from_article"].astype(bool), "title_en"]).lower()
    for needle in ("nepal", "bangladesh", "brazil", "africa"):
        assert needle in article, f"the article's example about {needle} is missing"
    ended = e.dropna(subset=["end_year"])
    assert (ended["end_year"] >= ended["start_year"]).all()


def test_claims(tables):
    c = tables["claims"]
    assert len(c) >= 8
    summit = c[c["claim_id_text"].str.contains("2018")]
    assert len(summit) >= 1 and set(summit["status"]) == {"unverified"}   # not found, not disproved
    verdict = " ".join(summit["verdict_id"])
    assert "KTT Asia-Afrika" in verdict and "2015" in verdict   # the real summit it was likely confused with
    assert "Forum Indonesia" in verdict or "Indonesia–Afrika" in verdict or "Indonesia-Afrika" in verdict


def test_indicators(tables):
    i = tables["indicators"]
    assert sorted(set(i["year"])) == list(range(1952, 2008, 5))
    assert i["iso3"].nunique() == 142
    idn = i[(i["iso3"] == "IDN") & (i["year"] == 2007)].iloc[0]
    assert round(idn["life_exp"], 2) == 70.65
    delegations = set(tables["delegations"]["iso3"])
    assert len(delegations & set(i["iso3"])) >= 24


def test_every_iso3_is_a_real_code(tables):
    known = set(tables["countries"]["iso3"])
    assert len(known) == 249
    for name, frame in tables.items():
        for column in frame.columns:
            if column == "iso3" or column in ("providers", "partners", "supporters"):
                values = frame[column].dropna()
                codes = {c for v in values for c in (v if isinstance(v, list) else [v])}
                assert codes <= known, f"{name}.{column}: {codes - known}"


def test_world_map():
    shapes = worldmap.shapes()
    assert sum(1 for k in shapes if k) >= 170
    for iso3 in ("IDN", "IND", "CHN", "EGY", "BRA", "TZA"):
        assert iso3 in shapes
    lon, lat = worldmap.centroid("IDN")
    assert 95 < lon < 141 and -11 < lat < 6      # inside Indonesia's bounding box
    assert worldmap.missing(["SGP", "IDN"]) == ["SGP"]
