"""The world outline for the map: Natural Earth countries from the pinned npm package ``world-atlas``.

``make install`` runs ``npm install --prefix .venv/share/dyad world-atlas@2.0.2``; the package's
``countries-110m.json`` (TopoJSON, Natural Earth 1:110m, public domain) is decoded here into one SVG path per
country in an equirectangular projection (``x = lon + 180``, ``y = 90 - lat``, view box 360 x 180), so the
browser draws it without any library and never fetches anything from elsewhere.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

WORLD_ATLAS_VERSION = "2.0.2"
# where ``make install`` puts the npm packages the server reads (the world outline, Swagger UI for /docs)
NPM_MODULES = Path(sys.prefix) / "share" / "dyad" / "node_modules"
INSTALL_HINT = (f"npm install --prefix {NPM_MODULES.parent} --no-save --ignore-scripts "
                f"world-atlas@{WORLD_ATLAS_VERSION}")


def atlas_path() -> Path:
    """Where set-up installs ``world-atlas``: the environment's ``share/dyad/node_modules``."""
    return NPM_MODULES / "world-atlas" / "countries-110m.json"


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs as (lon, lat) points: quantized arcs are delta-encoded, then scaled and translated."""
    transform = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy, *_ in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from arc indexes; ``~i`` (a negative index) is arc ``i`` reversed; shared end points appear once."""
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        coords = [f"{lon + 180:.2f},{90 - lat:.2f}" for lon, lat in ring]
        if len(coords) > 2:
            parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def decode(topology: dict[str, Any], name: str = "countries") -> list[dict[str, str]]:
    """One ``{"name", "id", "d"}`` per geometry of object ``name``; ``d`` is an SVG path in the 360 x 180 box."""
    arcs = _arcs(topology)
    shapes = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        shapes.append({"name": (geometry.get("properties") or {}).get("name", ""), "id": str(geometry.get("id", "")),
                       "d": _path(rings)})
    return shapes


@functools.lru_cache(maxsize=1)
def outline() -> dict[str, Any]:
    """The decoded countries, or ``{"countries": [], "missing": hint}`` when set-up has not installed them."""
    path = atlas_path()
    if not path.exists():
        return {"countries": [], "missing": f"world outline not installed: run {INSTALL_HINT}"}
    return {"countries": decode(json.loads(path.read_text(encoding="utf-8"))),
            "source": f"Natural Earth 1:110m via world-atlas {WORLD_ATLAS_VERSION}"}
