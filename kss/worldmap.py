"""World maps in plain matplotlib from data/world-110m.geojson (Natural Earth 1:110m).

    ax = fig.add_subplot()
    draw_world(ax, {"IDN": "#D55E00", "IND": "#0072B2"})   # grey map, two countries coloured

Shapes are keyed by ISO3. Very small countries (e.g. Singapore, Bahrain, Maldives)
are not in the 1:110m shapes: `missing(codes)` says which, so a caller can name
them in words instead of silently dropping them.
"""
from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
from matplotlib.collections import PathCollection
from matplotlib.path import Path

from kss import data, style

LON_RANGE = (-180, 180)
LAT_RANGE = (-58, 84)   # Antarctica cropped: no lesson needs it


def _unwrap(ring):
    """Natural Earth rings cross the antimeridian (Russia, Fiji): make longitudes
    continuous, and add a copy shifted by 360 degrees so both halves show."""
    out, offset, prev = [], 0.0, None
    for lon, lat in ring:
        if prev is not None:
            if lon - prev > 180:
                offset -= 360
            elif lon - prev < -180:
                offset += 360
        prev = lon
        out.append((lon + offset, lat))
    lons = [p[0] for p in out]
    if min(lons) >= -180 and max(lons) <= 180:
        return [out]
    shift = 360 if min(lons) < -180 else -360
    return [out, [(x + shift, y) for x, y in out]]


@lru_cache(maxsize=1)
def shapes() -> dict[str | None, list[list[tuple[float, float]]]]:
    """{ISO3 or None: [exterior rings]}; None collects the shapes without an ISO code."""
    path = data.current_dir() / "world-110m.geojson"
    if not path.exists():
        raise data.DataError(f"data/{path.name}: berkas peta tidak ditemukan "
                             "(buat ulang dengan: python -m tools.build_map)")
    collection = json.loads(path.read_text(encoding="utf-8"))
    result: dict = {}
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = ([geometry["coordinates"]] if geometry["type"] == "Polygon"
                    else geometry["coordinates"])
        rings = result.setdefault(feature["properties"].get("iso3"), [])
        for polygon in polygons:
            rings.extend(_unwrap(polygon[0]))
    return result


def missing(codes) -> list[str]:
    """The ISO3 codes among `codes` that have no shape on the 1:110m map."""
    known = shapes()
    return [c for c in codes if c not in known]


@lru_cache(maxsize=256)
def centroid(iso3: str) -> tuple[float, float] | None:
    """(lon, lat) of the middle of a country's largest shape, or None if not on the map."""
    rings = shapes().get(iso3)
    if not rings:
        return None
    ring = max(rings, key=_area)
    # area-weighted polygon centroid (shoelace formula)
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-9:
        xs, ys = zip(*ring)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    x, y = cx / (3 * a), cy / (3 * a)
    return ((x + 180) % 360) - 180, y


def _area(ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


@lru_cache(maxsize=1)
def _paths() -> tuple[tuple[str | None, ...], tuple[Path, ...]]:
    """(ISO3 per ring, closed Path per ring), built once: making ~250 paths from the
    coordinate lists on every redraw cost an explorer several ms."""
    codes, paths = [], []
    for iso3, rings in shapes().items():
        for ring in rings:
            codes.append(iso3)
            paths.append(Path(np.asarray(ring + ring[:1], dtype=float), closed=True, readonly=True))
    return tuple(codes), tuple(paths)


def draw_world(ax, colours: dict[str, str] | None = None, *, default: str = style.GREY,
               edge: str = "white", linewidth: float = 0.4, extent=None) -> PathCollection:
    """Fill every country in `default` grey (gid "world"), then those in `colours`
    (ISO3 -> colour) on top (draw_countries). The grey map never changes, so an
    explorer keeps it in the figure it reuses (style.Reuse) and redraws only the colours."""
    codes, paths = _paths()
    collection = PathCollection(list(paths), facecolors=default, edgecolors=edge, linewidths=linewidth)
    collection.set_gid("world")
    ax.add_collection(collection, autolim=False)
    frame(ax, extent)
    if colours:
        draw_countries(ax, colours, edge=edge, linewidth=linewidth)
    return collection


def draw_countries(ax, colours: dict[str, str], *, edge: str = "white", linewidth: float = 0.4) -> PathCollection:
    """The countries in `colours` (ISO3 -> colour), over the grey map: one collection
    (gid "countries"), its ISO3 code per ring in `.kss_codes`."""
    codes, paths = _paths()
    chosen = [(iso3, path) for iso3, path in zip(codes, paths) if iso3 in colours]
    collection = PathCollection([path for _, path in chosen], facecolors=[colours[c] for c, _ in chosen],
                                edgecolors=edge, linewidths=linewidth)
    collection.set_gid("countries")
    collection.kss_codes = [c for c, _ in chosen]
    ax.add_collection(collection, autolim=False)
    return collection


def frame(ax, extent=None) -> None:
    """Map limits (lon0, lon1, lat0, lat1; default the whole map), equal aspect, no axis."""
    lon0, lon1, lat0, lat1 = extent or (LON_RANGE + LAT_RANGE)
    ax.set_xlim(lon0, lon1)
    ax.set_ylim(lat0, lat1)
    ax.set_aspect("equal")
    ax.set_axis_off()


def drawn_colours(ax) -> dict[str, str]:
    """{ISO3: colour as '#RRGGBB'} of every country as the map shows it: the grey of the
    map, or the colour of the last "countries" collection that fills it."""
    from matplotlib.colors import to_hex

    result = {}
    for collection in ax.collections:
        if collection.get_gid() == "world":
            codes = _paths()[0]
            faces = collection.get_facecolors()
            for i, code in enumerate(codes):
                result.setdefault(code, to_hex(faces[i if len(faces) > 1 else 0]).upper())
        elif collection.get_gid() == "countries":
            faces = collection.get_facecolors()
            for i, code in enumerate(collection.kss_codes):
                result[code] = to_hex(faces[i if len(faces) > 1 else 0]).upper()
    return result


def mark(ax, codes, *, marker: str, colour: str, size: float = 30, edge: str = "black",
         gid: str | None = None):
    """A marker at the middle of each country in `codes` (countries too small for the map
    are skipped): on a map coloured by category, the category's marker says the same as
    its colour, for readers who cannot tell the colours apart."""
    points = [p for p in (centroid(c) for c in sorted(set(codes))) if p is not None]
    if not points:
        return None
    xs, ys = zip(*points)
    # one Line2D of markers: several times cheaper to build than a scatter (explorer redraws)
    dots, = ax.plot(xs, ys, linestyle="", marker=marker, markersize=size ** 0.5, markerfacecolor=colour,
                    markeredgecolor=edge, markeredgewidth=0.8, zorder=4)
    if gid:
        dots.set_gid(gid)
    return dots
