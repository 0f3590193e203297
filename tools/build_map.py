"""Write data/world-110m.geojson: Natural Earth 1:110m country shapes with ISO3 codes.

Run:  python -m tools.build_map      (needs npm and network access to the npm registry, once)

Source: the npm package world-atlas@2.0.2 (ISC licence, Mike Bostock), which packs
Natural Earth's 1:110m admin-0 countries (public domain) as TopoJSON whose ids are
ISO 3166-1 numeric codes. We decode the TopoJSON in plain Python (no node at run
time), attach ISO3 codes from data/countries.csv and round coordinates to 0.01
degree, which is finer than the 1:110m scale can show.
"""
import csv
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-110m.json"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "world-110m.geojson"


def decode_topojson(topo: dict, object_name: str = "countries") -> list[dict]:
    """TopoJSON (quantized, delta-encoded arcs) -> GeoJSON features."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices):
        points = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return [[round(lon, 2), round(lat, 2)] for lon, lat in points]

    features = []
    for geom in topo["objects"][object_name]["geometries"]:
        if geom["type"] == "Polygon":
            coords = [ring(r) for r in geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            coords = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "id": geom.get("id"),
                         "properties": dict(geom.get("properties", {})),
                         "geometry": {"type": geom["type"], "coordinates": coords}})
    return features


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        tgz = next(Path(tmp).glob("world-atlas-*.tgz"))
        with tarfile.open(tgz) as tar:
            topo = json.load(tar.extractfile(MEMBER))
    countries = list(csv.DictReader((ROOT / "data" / "countries.csv").open(encoding="utf-8")))
    by_numeric = {r["iso_numeric"]: r["iso3"] for r in countries}
    features = decode_topojson(topo)
    for f in features:
        numeric = f.pop("id", None)
        # three shapes have no ISO code (N. Cyprus, Somaliland, Kosovo): kept, drawn grey
        f["properties"] = {"iso3": by_numeric.get(numeric) if numeric else None,
                           "iso_numeric": numeric, "name": f["properties"].get("name")}
    collection = {"type": "FeatureCollection",
                  "source": f"Natural Earth 1:110m via npm {PACKAGE} (countries-110m.json)",
                  "features": features}
    OUT.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n",
                   encoding="utf-8")
    missing = [f["properties"]["name"] for f in features if not f["properties"]["iso3"]]
    print(f"wrote {OUT.relative_to(ROOT)}: {len(features)} shapes, "
          f"{OUT.stat().st_size // 1024} KB; without ISO3: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
