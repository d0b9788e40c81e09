#!/usr/bin/env python3
"""
Independent reference for the points import (issue #17), written OUTSIDE the app's code: Python 3,
standard library only. It decodes the app's boundaries (public/data/boundaries.topo.json: TopoJSON,
quantised, delta-encoded arcs) itself, assigns each point of the fixture CSV to a district by ray
casting, and measures the area share of each district covered by the fixture GeoJSON's polygons
by sampling a fine grid of points (a different method from the app's scanlines).

Rule (the one the app states in its report):
  - a point within 1e-6 degrees (planar distance) of any edge of a district is "border", counted in
    the touched district with the lowest id (rows are sorted by ubigeo);
  - else the district whose rings contain it (even-odd rule);
  - else "outside"; a cell that is not a number is "invalid".

Usage (from the repository root):
  python3 test/reference/points/points_reference.py > test/reference/points/points_reference.json
"""
import csv
import json
import math
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TOPO = os.path.join(ROOT, "public", "data", "boundaries.topo.json")
DISTRICTS = os.path.join(ROOT, "public", "data", "districts.json")
FIX = os.path.join(ROOT, "test", "fixtures", "points")
TOL = 1e-6
GRID = 300  # samples per axis for the area share


def decode_arcs(topo):
    """Absolute coordinates of every arc: cumulative sums of the deltas, then scale + translate."""
    kx, ky = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            x += p[0]
            y += p[1]
            pts.append((x * kx + tx, y * ky + ty))
        out.append(pts)
    return out


def ring_coords(arcs, idxs):
    """A ring from arc indices (~i = arc i reversed); consecutive arcs share their end point."""
    pts = []
    for i in idxs:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def district_rings(topo):
    arcs = decode_arcs(topo)
    out = {}
    for g in topo["objects"]["districts"]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        out[g["id"]] = [ring_coords(arcs, r) for poly in polys for r in poly]
    return out


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    t = 0.0 if l2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / l2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def locate(x, y, rings):
    """'edge', 'in' or 'out' (even-odd ray casting towards +x)."""
    inside = False
    for r in rings:
        n = len(r)
        for k in range(n):
            ax, ay = r[k - 1]
            bx, by = r[k]
            if seg_dist(x, y, ax, ay, bx, by) <= TOL:
                return "edge"
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
    return "in" if inside else "out"


def bbox(rings):
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return min(xs), min(ys), max(xs), max(ys)


def coord(cell):
    s = cell.strip().replace("\u2212", "-").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def assign(x, y, rings, boxes):
    edge, inside = None, None
    for i in sorted(rings):
        b = boxes[i]
        if x < b[0] - TOL or x > b[2] + TOL or y < b[1] - TOL or y > b[3] + TOL:
            continue
        loc = locate(x, y, rings[i])
        if loc == "edge" and edge is None:
            edge = i
        elif loc == "in" and inside is None:
            inside = i
    if edge is not None:
        return "border", edge
    if inside is not None:
        return "inside", inside
    return "outside", None


def polygon_rings(geom):
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    return [[tuple(p[:2]) for p in ring] for poly in polys for ring in poly]


def inside_rings(x, y, rings):
    inside = False
    for r in rings:
        for k in range(len(r)):
            ax, ay = r[k - 1]
            bx, by = r[k]
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
    return inside


def main():
    topo = json.load(open(TOPO, encoding="utf-8"))
    rows = json.load(open(DISTRICTS, encoding="utf-8"))["districts"]
    ubigeo = {r["id"]: r["ubigeo"] for r in rows}
    rings = district_rings(topo)
    boxes = {i: bbox(r) for i, r in rings.items()}

    # Points.
    points = []
    counts = {}
    with open(os.path.join(FIX, "points.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        header = [h.strip().lower() for h in next(reader)]
        ilat, ilon = header.index("latitud"), header.index("longitud")
        for n, cells in enumerate(reader, start=2):
            lat, lon = coord(cells[ilat]), coord(cells[ilon])
            if lat is None or lon is None:
                points.append({"row": n, "status": "invalid", "ubigeo": None})
                continue
            status, d = assign(lon, lat, rings, boxes)
            u = ubigeo[d] if d is not None else None
            points.append({"row": n, "status": status, "ubigeo": u})
            if u is not None:
                counts[u] = counts.get(u, 0) + 1

    # Polygons: share of each district's area inside the union, by sampling a GRID x GRID lattice
    # of cell centres over the district's box, each weighted by cos(latitude).
    gj = json.load(open(os.path.join(FIX, "areas.geojson"), encoding="utf-8"))
    polys = [polygon_rings(f["geometry"]) for f in gj["features"]]
    pboxes = [bbox(p) for p in polys]
    shares = {}
    for i in sorted(rings):
        b = boxes[i]
        over = [p for p, pb in zip(polys, pboxes) if pb[0] <= b[2] and b[0] <= pb[2] and pb[1] <= b[3] and b[1] <= pb[3]]
        if not over:
            continue
        tot = cov = 0.0
        for r in range(GRID):
            y = b[1] + (r + 0.5) * (b[3] - b[1]) / GRID
            w = math.cos(math.radians(y))
            for c in range(GRID):
                x = b[0] + (c + 0.5) * (b[2] - b[0]) / GRID
                if not inside_rings(x, y, rings[i]):
                    continue
                tot += w
                if any(inside_rings(x, y, p) for p in over):
                    cov += w
        if cov > 0:
            shares[ubigeo[i]] = round(100 * cov / tot, 2)

    json.dump(
        {
            "note": "Reference computed by test/reference/points/points_reference.py from the test fixtures in test/fixtures/points (not real data).",
            "tolerance_deg": TOL,
            "area_grid": GRID,
            "points": points,
            "counts": dict(sorted(counts.items())),
            "area_share_pct": dict(sorted(shares.items())),
        },
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
