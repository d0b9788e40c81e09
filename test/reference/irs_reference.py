#!/usr/bin/env python3
"""
Independent reference implementation of the IRS (Índice de Riesgo Sociodelictivo) for the
8-district index fixture test/fixtures/index/table.json (invented data).

Python 3 standard library only. It does NOT import, port or run the app's code: every step
below was written from the methodology as documented in the doc comments of the TypeScript
sources (the "spec"). Each step cites the doc comment it follows, e.g. [spec composite.ts
computeIrsValues]. The only project files read at run time are the fixture and
data/presets.json (the preset weights are data, not code). The indicator definitions
(src/config/indicators.ts, src/config/indicators-fiscal.ts, data/sidpol-families.json v2) are
written out by hand below; data/sidpol-families.json is read only to warn if the family list
changed.

Usage:
    python3 test/reference/irs_reference.py            # writes test/reference/irs-fixture.json
    python3 test/reference/irs_reference.py --out FILE # writes elsewhere
    python3 test/reference/irs_reference.py --print    # also prints a summary

The hand check of one district (Ficticio Theta, default methodology) is in test/reference/README.md,
sections "Independent reference: IRS on the index fixture" and "Hand check".
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from bisect import bisect_right

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURE = os.path.join(REPO, "test", "fixtures", "index", "table.json")
PRESETS = os.path.join(REPO, "data", "presets.json")
FAMILIES = os.path.join(REPO, "data", "sidpol-families.json")
OUT = os.path.join(HERE, "irs-fixture.json")

# ---------------------------------------------------------------------------------------------
# Indicator definitions, written by hand from the spec.
# [spec src/config/indicators.ts]: one rate per SIDPOL crime family (order of
# data/sidpol-families.json v2: robbery, theft, fraud, extortion, homicide, family, other),
# "reports per 10 000 inhabitants" = crime_<family> / population × 10 000, direction +1, weight
# CRIME_FAMILY_WEIGHTS (robbery 2, homicide 2, extortion 1.5, theft 1, family 1, fraud 0.5,
# other 0.5); then crime_total_rate (rate, weight 0, summary), crime_total_count (series
# crime_total, weight 0, summary), population (1), density (0.5), poverty_pct (1),
# extreme_poverty_pct (0), idh (direction −1, 0.5), food_vulnerability (0),
# police_per_10k (rate police_officers / population × 10 000, direction −1, 0.5), then
# [spec src/config/indicators-fiscal.ts] muni_spending_pc and muni_budget_pc (rates per 1
# inhabitant, direction −1, weight 0).
# ---------------------------------------------------------------------------------------------

FAMILY_ORDER = ["robbery", "theft", "fraud", "extortion", "homicide", "family", "other"]
CRIME_FAMILY_WEIGHTS = {
    "robbery": 2.0,
    "homicide": 2.0,
    "extortion": 1.5,
    "theft": 1.0,
    "family": 1.0,
    "fraud": 0.5,
    "other": 0.5,
}


def _rate(id_, numerator, denominator, per, direction, weight, crime=False, summary=False):
    return {
        "id": id_,
        "formula": {"kind": "rate", "numerator": numerator, "denominator": denominator, "per": per},
        "direction": direction,
        "defaultWeight": weight,
        "crime": crime,
        "summary": summary,
    }


def _series(id_, key, direction, weight, crime=False, summary=False):
    return {
        "id": id_,
        "formula": {"kind": "series", "key": key},
        "direction": direction,
        "defaultWeight": weight,
        "crime": crime,
        "summary": summary,
    }


INDICATORS = (
    [
        _rate(f"crime_{f}_rate", f"crime_{f}", "population", 10_000, 1, CRIME_FAMILY_WEIGHTS[f], crime=True)
        for f in FAMILY_ORDER
    ]
    + [
        _rate("crime_total_rate", "crime_total", "population", 10_000, 1, 0.0, crime=True, summary=True),
        _series("crime_total_count", "crime_total", 1, 0.0, crime=True, summary=True),
        _series("population", "population", 1, 1.0),
        {
            "id": "density",
            "formula": {"kind": "density", "numerator": "population"},
            "direction": 1,
            "defaultWeight": 0.5,
            "crime": False,
            "summary": False,
        },
        _series("poverty_pct", "poverty_pct", 1, 1.0),
        _series("extreme_poverty_pct", "extreme_poverty_pct", 1, 0.0),
        _series("idh", "idh", -1, 0.5),
        _series("food_vulnerability", "food_vulnerability", 1, 0.0),
        _rate("police_per_10k", "police_officers", "population", 10_000, -1, 0.5),
        _rate("muni_spending_pc", "muni_devengado", "population", 1, -1, 0.0),
        _rate("muni_budget_pc", "muni_pim", "population", 1, -1, 0.0),
        # [spec src/config/indicators-fiscal.ts] security_spending_pc: imported security spending
        # (PP 0030…) per inhabitant; weight 0; absent unless a file is imported.
        _rate("security_spending_pc", "security_spending", "population", 1, -1, 0.0),
    ]
)

# [spec src/core/composite.ts defaultMethodology / DEFAULT_METHODOLOGY] and
# [spec src/core/indicator-values.ts DEFAULT_CRIME_WINDOW = 3].
DEFAULT_METHODOLOGY = {
    "smoothing": "eb-global",
    "logTransform": False,
    "winsorP": 0.01,
    "normalization": "minmax",
    "aggregation": "arithmetic",
    "missing": "reweight",
    "classMethod": "quantile",
    "classCount": 5,
    "year": None,
    "crimeWindow": 3,
    "annualise": True,
}
# The spec changed while this reference was written: treatColumns first smoothed every rate column
# (police_per_10k included), then only crime rates. True restores the earlier reading.
SMOOTH_NON_CRIME_RATES = False
# [spec composite.ts MIN_WEIGHT_COVERAGE]
MIN_WEIGHT_COVERAGE = 0.5


# ---------------------------------------------------------------------------------------------
# Step 1: indicator values. [spec src/core/indicator-values.ts]
# ---------------------------------------------------------------------------------------------


def is_partial(s):
    """[spec isPartialSeries] counted by month and covering 1..11 months."""
    months = s.get("months")
    return months is not None and 0 < len(months) < 12


def year_key(s):
    """Series without a year rank below any dated one [spec pickSeries]."""
    return -math.inf if s.get("year") is None else s["year"]


def pick_series(series, key, year):
    """[spec pickSeries] exactly `year`; else latest year ≤ `year`; else latest available.
    year None → the latest COMPLETE year, or the latest year when every year is partial."""
    cands = [s for s in series if s["key"] == key]
    if not cands:
        return None
    latest = max(cands, key=year_key)  # max keeps the first of equal years
    if year is None:
        complete = [s for s in cands if not is_partial(s)]
        return max(complete, key=year_key) if complete else latest
    exact = [s for s in cands if s.get("year") == year]
    if exact:
        return exact[-1]
    below = [s for s in cands if year_key(s) < year]
    if below:
        return max(below, key=year_key)
    return latest


def pick_nearest_series(series, key, year):
    """[spec pickNearestSeries] year nearest to `year`, ties → the later year; year None → latest."""
    if year is None:
        return pick_series(series, key, None)
    cands = [s for s in series if s["key"] == key]
    if not cands:
        return None

    def dist(s):
        return math.inf if s.get("year") is None else abs(s["year"] - year)

    # smallest distance, then the later year
    return sorted(cands, key=lambda s: (dist(s), -year_key(s)))[0]


def window_series(series, key, end, window):
    """[spec windowSeries] `end` alone if window ≤ 1, undated or partial; else every complete year in
    [end.year − window + 1, end.year] present in the table, ascending."""
    if window <= 1 or end.get("year") is None or is_partial(end):
        return [end]
    lo = end["year"] - window + 1
    out = [
        s
        for s in series
        if s["key"] == key
        and s.get("year") is not None
        and lo <= s["year"] <= end["year"]
        and not is_partial(s)
    ]
    return sorted(out, key=lambda s: s["year"])


def num(v):
    """A finite number, else None (the fixture's nulls)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v) if math.isfinite(v) else None


def resolve_columns(table, defs, period):
    """[spec resolveIndicatorColumns]
    series : value of the picked series; crime: mean per pooled year Σ_y v_y / |years|.
    rate   : count / population × per, population = series nearest to each numerator year;
             crime pooled: Σ_y count_y / Σ_y pop_y × per. Counts and populations kept for EB.
             Population ≤ 0 or missing, or count missing → null.
    density: numerator / areaKm2; area ≤ 0 → null.
    Crime indicators use the window; a partial year is annualised (exposure = months/12).
    Absent series → all null, listed in missingIndicators."""
    n = len(table["districts"])
    series = table["series"]
    cols, missing = {}, []
    for d in defs:
        f = d["formula"]
        key = f["key"] if f["kind"] == "series" else f["numerator"]
        main = pick_series(series, key, period["year"])
        if main is None:
            missing.append(d["id"])
            cols[d["id"]] = {"values": [None] * n}
            continue
        pooled = window_series(series, key, main, period["window"]) if d["crime"] else [main]
        partial = is_partial(main)
        months = len(main.get("months") or []) if partial else 12
        exposure = 1.0 if (partial and not period["annualise"]) else months / 12.0

        def count_sum(i):
            tot = 0.0
            for s in pooled:
                v = num(s["values"][i])
                if v is None:
                    return None
                tot += v
            return tot

        if f["kind"] == "series":
            vals = []
            for i in range(n):
                c = count_sum(i)
                vals.append(None if c is None else c / len(pooled) / exposure)
            cols[d["id"]] = {"values": vals, "years": [s["year"] for s in pooled]}
        elif f["kind"] == "density":
            vals = []
            for i, dist in enumerate(table["districts"]):
                c = count_sum(i)
                area = num(dist.get("areaKm2"))
                vals.append(None if c is None or area is None or not area > 0 else c / area)
            cols[d["id"]] = {"values": vals, "years": [main["year"]]}
        else:  # rate
            dens = [pick_nearest_series(series, f["denominator"], s.get("year")) for s in pooled]
            if any(x is None for x in dens):
                missing.append(d["id"])
                cols[d["id"]] = {"values": [None] * n}
                continue
            counts, pops, vals = [], [], []
            for i in range(n):
                c = count_sum(i)
                p = 0.0
                for ds in dens:
                    pv = num(ds["values"][i])
                    if pv is None:
                        p = None
                        break
                    p += pv
                if p is not None:
                    p *= exposure
                counts.append(c)
                pops.append(p)
                vals.append(None if c is None or p is None or p <= 0 else c / p * f["per"])
            cols[d["id"]] = {
                "values": vals,
                "counts": counts,
                "populations": pops,
                "per": f["per"],
                "years": [s["year"] for s in pooled],
                "populationYears": sorted({ds["year"] for ds in dens if ds.get("year") is not None}),
            }
    return cols, missing


# ---------------------------------------------------------------------------------------------
# Step 2: empirical-Bayes smoothing, global prior. [spec src/core/smoothing.ts, Marshall 1991]
#   b  = ΣO / ΣP;  s² = Σ P_i (r_i − b)² / ΣP;  a = max(0, s² − b / (ΣP / n));
#   w_i = a / (a + b / P_i);  r̂_i = w_i r_i + (1 − w_i) b, then × per.
#   Invalid pair (O or P missing, P ≤ 0, O < 0) → left out of the prior, stays null.
# ---------------------------------------------------------------------------------------------


def eb_global(counts, pops, per):
    valid = {}
    for i, (o, p) in enumerate(zip(counts, pops)):
        if o is None or p is None or not (math.isfinite(o) and math.isfinite(p)) or p <= 0 or o < 0:
            continue
        valid[i] = (o, p)
    if not valid:
        return [None] * len(counts), None
    sum_o = sum(o for o, _ in valid.values())
    sum_p = sum(p for _, p in valid.values())
    m = len(valid)
    b = sum_o / sum_p
    s2 = sum(p * (o / p - b) ** 2 for o, p in valid.values()) / sum_p
    a = max(0.0, s2 - b / (sum_p / m))
    out = []
    for i in range(len(counts)):
        if i not in valid:
            out.append(None)
            continue
        o, p = valid[i]
        denom = a + b / p
        if denom == 0:  # a = 0 and b = 0: all rates 0
            out.append(b * per)
            continue
        w = a / denom
        out.append((w * (o / p) + (1 - w) * b) * per)
    # prior reported in rate units (b × per, a and s² × per²) so 6-decimal rounding keeps it
    return out, {"bPer": b * per, "s2Per2": s2 * per * per, "aPer2": a * per * per, "n": m}


# ---------------------------------------------------------------------------------------------
# Step 3: winsorising. [spec src/core/treatment.ts winsorize; stats.ts quantileSorted]
#   type-7 quantile: h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
#   values < Q(p) → Q(p), values > Q(1 − p) → Q(1 − p); p ≤ 0 → unchanged; p capped at 0.5.
# ---------------------------------------------------------------------------------------------


def quantile7(sorted_vals, p):
    n = len(sorted_vals)
    if n == 0:
        return math.nan
    h = (n - 1) * min(1.0, max(0.0, p))
    lo = math.floor(h)
    if lo >= n - 1:
        return sorted_vals[lo]
    return sorted_vals[lo] + (h - lo) * (sorted_vals[lo + 1] - sorted_vals[lo])


def winsorize(values, p):
    if not p > 0:
        return list(values), 0, None
    q = min(p, 0.5)
    present = sorted(v for v in values if v is not None)
    if not present:
        return list(values), 0, None
    lo, hi = quantile7(present, q), quantile7(present, 1 - q)
    out, clipped = [], 0
    for v in values:
        if v is None:
            out.append(None)
        elif v < lo:
            out.append(lo)
            clipped += 1
        elif v > hi:
            out.append(hi)
            clipped += 1
        else:
            out.append(v)
    return out, clipped, (lo, hi)


# ---------------------------------------------------------------------------------------------
# Step 4: min-max normalisation. [spec src/core/normalize.ts normalizeMinMax]
#   x' = (x − min)/(max − min); direction −1 → 1 − x'; zero range → 0.5.
# ---------------------------------------------------------------------------------------------


def minmax(values, direction):
    present = [v for v in values if v is not None]
    if not present:
        return [None] * len(values)
    lo, hi = min(present), max(present)
    rng = hi - lo
    out = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        x = (v - lo) / rng if rng > 0 else 0.5
        out.append(x if direction == 1 else 1 - x)
    return out


# ---------------------------------------------------------------------------------------------
# Step 6 helpers: ranking and classes.
# ---------------------------------------------------------------------------------------------


def competition_rank(irs):
    """[spec src/core/rank.ts rankDistricts] rank_i = 1 + #{j : irs_j > irs_i}; null → null."""
    present = [v for v in irs if v is not None]
    return [None if v is None else 1 + sum(1 for u in present if u > v) for v in irs]


def listing_order(irs, ubigeos):
    """[spec rank.ts orderByRank] IRS descending, ties by ubigeo ascending, no IRS last."""
    return sorted(
        range(len(irs)),
        key=lambda i: (irs[i] is None, -(irs[i] or 0.0) if irs[i] is not None else 0.0, ubigeos[i]),
    )


def quantile_classes(irs, k):
    """[spec src/core/classify.ts classify "quantile"] breaks = the k − 1 type-7 quantiles at c/k of
    the present values; class = number of breaks ≤ v (a value equal to a break goes up)."""
    present = sorted(v for v in irs if v is not None)
    if not present:
        return [], [None] * len(irs)
    breaks = [quantile7(present, c / k) for c in range(1, k)]
    return breaks, [None if v is None else bisect_right(breaks, v) for v in irs]


# ---------------------------------------------------------------------------------------------
# The composite. [spec src/core/composite.ts treatColumns → prepareMatrix → computeIrsValues →
# rankDistricts → classify, decomposition in computeComposite]
# ---------------------------------------------------------------------------------------------


def compute(table, cols, weights, meth):
    n = len(table["districts"])
    defs = {d["id"]: d for d in INDICATORS}

    # treatColumns: weight > 0 only; weight > 0 without any value → withoutData.
    used, without, treated, masks, missing_counts, clipped_counts, eb_priors, winsor_bounds = (
        [], [], {}, {}, {}, {}, {}, {}
    )
    for d in INDICATORS:
        iid = d["id"]
        if not weights.get(iid, 0.0) > 0:
            continue
        col = cols[iid]
        if all(v is None for v in col["values"]):
            without.append(iid)
            continue
        vals = col["values"]
        # (1) EB smoothing of CRIME rate columns only [spec treatColumns, as of 2026-11-28 04:48:
        # "empirical-Bayes smoothing of crime rates ... other rates are not event counts"], so
        # police_per_10k and the fiscal per-capita rates are NOT smoothed.
        smooth_this = "counts" in col and (d["crime"] or SMOOTH_NON_CRIME_RATES)
        if meth["smoothing"] == "eb-global" and smooth_this:
            vals, prior = eb_global(col["counts"], col["populations"], col["per"])
            eb_priors[iid] = prior
        elif meth["smoothing"] not in ("none", "eb-global"):
            raise SystemExit("reference implements smoothing none / eb-global only")
        # (2) log1p: off in the default methodology and in every preset.
        if meth["logTransform"]:
            raise SystemExit("reference does not implement logTransform")
        # (3) winsorise.
        vals, clipped, bounds = winsorize(vals, meth["winsorP"])
        winsor_bounds[iid] = bounds
        # (4) missing rule "reweight": nulls stay null, no imputation.
        if meth["missing"] != "reweight":
            raise SystemExit("reference implements missing = reweight only")
        masks[iid] = [v is None for v in vals]
        missing_counts[iid] = sum(masks[iid])
        clipped_counts[iid] = clipped
        treated[iid] = vals
        used.append(iid)

    # No crime record, no IRS [spec treatColumns]: a district missing EVERY used (weighted) crime
    # indicator is emptied in every indicator.
    crime_used = [u for u in used if defs[u]["crime"]]
    emptied = []
    if crime_used:
        for i in range(n):
            if all(masks[u][i] for u in crime_used):
                emptied.append(i)
                for u in used:
                    treated[u][i] = None
                    masks[u][i] = True

    # prepareMatrix: min-max oriented so that higher = more risk.
    if meth["normalization"] != "minmax" or meth["aggregation"] != "arithmetic":
        raise SystemExit("reference implements minmax + arithmetic only")
    x = {u: minmax(treated[u], defs[u]["direction"]) for u in used}

    # computeIrsValues (arithmetic): W_i = Σ_{j present} w_j, A_i = Σ w_j x_ij / W_i;
    # W_i = 0 or W_i < MIN_WEIGHT_COVERAGE·Σ_j w_j → no IRS.
    total_w = sum(weights[u] for u in used)
    agg, wsum = [], []
    for i in range(n):
        W = sum(weights[u] for u in used if x[u][i] is not None)
        wsum.append(W)
        # tolerance 1e-12 on the threshold, as a floating-point guard only
        if W > 0 and W >= MIN_WEIGHT_COVERAGE * total_w - 1e-12:
            agg.append(sum(weights[u] * x[u][i] for u in used if x[u][i] is not None) / W)
        else:
            agg.append(None)
    present = [a for a in agg if a is not None]
    lo = min(present) if present else None
    hi = max(present) if present else None
    R = (hi - lo) if present else None
    # IRS_i = 100 (A_i − min A)/(max A − min A); all equal → 50.
    irs = [None if a is None else (100 * (a - lo) / R if R > 0 else 50.0) for a in agg]

    ranks = competition_rank(irs)
    breaks, classes = quantile_classes(irs, meth["classCount"])

    # Decomposition (arithmetic) [spec computeComposite]: c_ij = (100/R)·w̃_ij·(x_ij − min A),
    # w̃_ij = w_j / W_i; R = 0 → c_ij = 50·w̃_ij. Missing indicators get no contribution.
    # Σ_j c_ij = (100/R)(Σ_j w̃_ij x_ij − min A) = IRS_i. Computed directly here (the app gives
    # the floating-point remainder to the last indicator; the difference is ~1e-14).
    scores = []
    for i, dist in enumerate(table["districts"]):
        contrib = {}
        if irs[i] is not None:
            for u in used:
                if x[u][i] is None:
                    continue
                wt = weights[u] / wsum[i]
                contrib[u] = 50 * wt if not R > 0 else 100 / R * wt * (x[u][i] - lo)
            assert abs(sum(contrib.values()) - irs[i]) < 1e-9, (dist["ubigeo"], contrib, irs[i])
        scores.append(
            {
                "id": i,
                "ubigeo": dist["ubigeo"],
                "name": dist["name"],
                "irs": irs[i],
                "aggregate": agg[i],
                "rank": ranks[i],
                "classIndex": classes[i],
                "weightCoverage": wsum[i] / total_w if total_w > 0 else None,
                "missing": [u for u in used if masks[u][i]],
                "contributions": contrib,
            }
        )

    order = listing_order(irs, [d["ubigeo"] for d in table["districts"]])
    return {
        "indicatorsUsed": used,
        # [spec weights.ts normalizeWeights] w̃_j = w_j / Σ_{used} w_k
        "weightsUsed": {u: weights[u] / total_w for u in used} if total_w > 0 else {},
        "indicatorsWithoutData": without,
        "missingCounts": missing_counts,
        "clippedCounts": clipped_counts,
        # The rule looks at the used crime indicators (weighted AND with data); with none, it does
        # not apply (see README: the doc's wording would empty every district in that case).
        "noCrimeRecordRule": {
            "crimeIndicatorsChecked": crime_used,
            "districtsEmptied": [table["districts"][i]["ubigeo"] for i in emptied],
        },
        "districtsScored": sum(1 for v in irs if v is not None),
        "districtsWithoutIrs": sum(1 for v in irs if v is None),
        "aggregateRange": [lo, hi] if present else None,
        "breaks": breaks,
        "ebPriors": eb_priors,
        "winsorBounds": {k: (list(v) if v else None) for k, v in winsor_bounds.items()},
        "normalized": x,
        "scores": scores,
        "ranking": [
            {"rank": ranks[i], "ubigeo": table["districts"][i]["ubigeo"],
             "name": table["districts"][i]["name"], "irs": irs[i]}
            for i in order
        ],
    }


def preset_weights(preset):
    """[spec data/presets.json $comment, weights.ts applyPreset] rule "equal" → 1 (0 for summary
    indicators: crime totals); rule "default" → defaultWeight; else preset.weights[id], absent → 0."""
    out = {}
    for d in INDICATORS:
        if preset.get("rule") == "equal":
            out[d["id"]] = 0.0 if d["summary"] else 1.0
        elif preset.get("rule") == "default":
            out[d["id"]] = d["defaultWeight"]
        else:
            out[d["id"]] = float((preset.get("weights") or {}).get(d["id"], 0.0))
    return out


def clean(v):
    """Round floats to 6 decimals (no −0) for a stable JSON file."""
    if isinstance(v, float):
        if not math.isfinite(v):
            return None
        r = round(v, 6)
        return 0.0 if r == 0 else r
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    return v


def _scalar(v):
    if isinstance(v, float):
        # fixed notation, no trailing zeros: 100.0 → 100, 5e-06 → 0.000005 (already rounded)
        t = f"{v:.6f}".rstrip("0").rstrip(".")
        return "0" if t in ("-0", "") else t
    return json.dumps(v, ensure_ascii=False)


def to_json(v, indent=0, prefix=0, comma=False):
    """Pretty JSON with sorted keys, laid out as prettier (printWidth 100) lays out a JSON file:
    objects expanded, arrays of scalars on one line when the line fits in 100 columns."""
    pad = " " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = sorted(v.items())
        lines = []
        for k, (key, val) in enumerate(items):
            head = f"{pad}  {json.dumps(key, ensure_ascii=False)}: "
            last = k == len(items) - 1
            lines.append(head + to_json(val, indent + 2, len(head), not last) + ("" if last else ","))
        return "{\n" + "\n".join(lines) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(not isinstance(x, (dict, list)) for x in v):
            inline = "[" + ", ".join(_scalar(x) for x in v) + "]"
            if prefix + len(inline) + (1 if comma else 0) <= 100:
                return inline
        lines = []
        for k, x in enumerate(v):
            last = k == len(v) - 1
            lines.append(pad + "  " + to_json(x, indent + 2, indent + 2, not last) + ("" if last else ","))
        return "[\n" + "\n".join(lines) + "\n" + pad + "]"
    return _scalar(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--print", action="store_true")
    ap.add_argument("--table", default=FIXTURE,
                    help="district table (default: the fixture; e.g. public/data/districts.json)")
    ap.add_argument("--top", type=int, default=0,
                    help="with --table: write only the top N ubigeos and IRS per preset")
    args = ap.parse_args()

    with open(args.table, encoding="utf-8") as fh:
        table = json.load(fh)
    with open(PRESETS, encoding="utf-8") as fh:
        presets = json.load(fh)["presets"]
    try:
        with open(FAMILIES, encoding="utf-8") as fh:
            fams = [f["id"] for f in json.load(fh)["families"]]
        if fams != FAMILY_ORDER:
            print(f"WARNING: data/sidpol-families.json families {fams} != reference {FAMILY_ORDER}",
                  file=sys.stderr)
    except OSError:
        pass

    # [spec composite.ts methodologyPeriod] year null, window = crimeWindow, annualise.
    period = {
        "year": DEFAULT_METHODOLOGY["year"],
        "window": DEFAULT_METHODOLOGY["crimeWindow"],
        "annualise": DEFAULT_METHODOLOGY["annualise"],
    }
    cols, missing = resolve_columns(table, INDICATORS, period)

    default_weights = {d["id"]: d["defaultWeight"] for d in INDICATORS}
    runs = {"default": compute(table, cols, default_weights, DEFAULT_METHODOLOGY)}
    runs["default"]["weightsRaw"] = default_weights
    runs["default"]["winsorP"] = DEFAULT_METHODOLOGY["winsorP"]
    preset_runs = {}
    for p in presets:
        w = preset_weights(p)
        meth = dict(DEFAULT_METHODOLOGY)
        # Preset winsorP when present (WeightPreset.winsorP: "absent = the methodology default").
        if "winsorP" in p:
            meth["winsorP"] = p["winsorP"]
        r = compute(table, cols, w, meth)
        r["weightsRaw"] = w
        r["winsorP"] = meth["winsorP"]
        preset_runs[p["id"]] = r

    if args.top > 0:
        def top(run):
            return [
                {"ubigeo": r["ubigeo"], "irs": r["irs"]}
                for r in run["ranking"][: args.top]
            ]
        compact = {
            "$comment": (
                "Generated by test/reference/irs_reference.py --table "
                f"{os.path.relpath(args.table, REPO)} --top {args.top} (independent Python "
                "reference of the documented methodology, not the app's code). Do not edit by hand."
            ),
            "default": top(runs["default"]),
            "presets": {k: top(v) for k, v in preset_runs.items()},
        }
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(to_json(clean(compact)) + "\n")
        return

    result = {
        "$comment": (
            "Generated by test/reference/irs_reference.py (independent Python stdlib reference, "
            "written from the documented methodology). Fixture: test/fixtures/index/table.json "
            "(invented data). Floats rounded to 6 decimals. Do not edit by hand."
        ),
        "fixture": "test/fixtures/index/table.json",
        "methodology": dict(
            DEFAULT_METHODOLOGY,
            minWeightCoverage=MIN_WEIGHT_COVERAGE,
            smoothNonCrimeRates=SMOOTH_NON_CRIME_RATES,
        ),
        "missingIndicators": missing,
        "columns": {
            k: {kk: vv for kk, vv in c.items()} for k, c in cols.items() if k not in missing
        },
        "default": runs["default"],
        "presets": preset_runs,
    }
    text = to_json(clean(result)) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)

    if args.print:
        print("missingIndicators:", missing)
        print("default:")
        for s in result["default"]["ranking"]:
            print(f"  {s['rank']}  {s['ubigeo']}  {s['name']:<18} IRS {s['irs']}")
        for pid, r in preset_runs.items():
            top = [(s["rank"], s["ubigeo"], s["name"], s["irs"]) for s in r["ranking"][:3]]
            print(f"preset {pid}: used {r['indicatorsUsed']}")
            for t in top:
                print("   ", t)


if __name__ == "__main__":
    main()
