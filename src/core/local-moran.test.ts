import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildLisaGraph,
  computeLisa,
  computeLocalMoran,
  DEFAULT_LISA_OPTIONS,
  fdrThreshold,
  lisaQuadrant,
} from "./local-moran";

/** Reads an input CSV of test/reference/lisa (id,ubigeo,irs,neighbors). */
function readInput(name: string) {
  const text = readFileSync(new URL(`../../test/reference/lisa/${name}`, import.meta.url), "utf8");
  const rows = text.trim().split("\n").slice(1);
  const ubigeo: string[] = [];
  const values: (number | null)[] = [];
  const neighbours: number[][] = [];
  for (const r of rows) {
    const [, u = "", v = "", nb = ""] = r.split(",");
    ubigeo.push(u);
    values.push(v === "NA" ? null : Number(v));
    neighbours.push(nb.trim() === "" ? [] : nb.trim().split(" ").map(Number));
  }
  return { ubigeo, values, neighbours };
}

/** Reads an R output CSV (ubigeo,Ii,class,p). */
function readReference(name: string) {
  const text = readFileSync(new URL(`../../test/reference/lisa/${name}`, import.meta.url), "utf8");
  return new Map(
    text
      .trim()
      .split("\n")
      .slice(1)
      .map((r) => {
        const [u = "", ii = "", cls = "", p = ""] = r.split(",");
        return [u, { ii: Number(ii), cls, p: Number(p) }] as const;
      }),
  );
}

describe("buildLisaGraph", () => {
  it("drops districts without a value and islands, and reports why", () => {
    const g = buildLisaGraph([1, null, 3, 4], [[2], [0], [0], []]);
    expect(g.ids).toEqual([0, 2]);
    expect(g.neighbours).toEqual([[1], [0]]);
    expect(g.excluded.get(1)).toBe("no-value");
    expect(g.excluded.get(3)).toBe("no-neighbours");
  });

  it("drops a district whose only neighbour has no value", () => {
    const g = buildLisaGraph([1, null], [[1], [0]]);
    expect(g.ids).toEqual([]);
    expect(g.excluded.get(0)).toBe("no-neighbours");
  });
});

describe("computeLocalMoran", () => {
  it("is (z_i / m2) · mean of neighbours' z with row-standardised weights (hand-computed)", () => {
    // x = 1, 2, 3 on a path 0–1–2: mean 2, z = −1, 0, 1, m2 = 2/3.
    const s = computeLocalMoran({
      values: Float64Array.of(1, 2, 3),
      neighbours: [[1], [0, 2], [1]],
    });
    expect(Array.from(s.lag, (v) => v + 0)).toEqual([0, 0, 0]);
    expect(Array.from(s.ii, (v) => v + 0)).toEqual([0, 0, 0]);
    const t = computeLocalMoran({
      values: Float64Array.of(1, 1, 4),
      neighbours: [[1], [0, 2], [1]],
    });
    // mean 2, z = −1, −1, 2, m2 = 2; I_0 = (−1/2)·(−1) = 0.5; I_1 = (−1/2)·(0.5) = −0.25; I_2 = (2/2)·(−1) = −1.
    expect(Array.from(t.ii)).toEqual([0.5, -0.25, -1]);
  });

  it("gives 0 everywhere when all values are equal (zero variance)", () => {
    const s = computeLocalMoran({ values: Float64Array.of(5, 5), neighbours: [[1], [0]] });
    expect(Array.from(s.ii)).toEqual([0, 0]);
  });
});

describe("lisaQuadrant and fdrThreshold", () => {
  it("names quadrants from the signs of z and its lag", () => {
    expect([
      lisaQuadrant(1, 1),
      lisaQuadrant(-1, -1),
      lisaQuadrant(1, -1),
      lisaQuadrant(-1, 1),
    ]).toEqual(["HH", "LL", "HL", "LH"]);
  });

  it("applies Benjamini–Hochberg", () => {
    // m = 4, alpha 0.05: cuts 0.0125, 0.025, 0.0375, 0.05 → p_(2) = 0.02 is the largest under its cut.
    expect(fdrThreshold([0.01, 0.02, 0.04, 0.5], 0.05)).toBe(0.02);
    expect(fdrThreshold([0.2, 0.3], 0.05)).toBe(0);
  });
});

describe("computeLisa", () => {
  it("is deterministic for a seed", () => {
    const g = buildLisaGraph([1, 2, 3, 9, 8, 7], [[1], [0, 2], [1, 3], [2, 4], [3, 5], [4]]);
    const a = computeLisa(g, { ...DEFAULT_LISA_OPTIONS, permutations: 99 });
    const b = computeLisa(g, { ...DEFAULT_LISA_OPTIONS, permutations: 99 });
    expect(Array.from(a.pseudoP)).toEqual(Array.from(b.pseudoP));
  });

  it("marks nothing significant under FDR when no p passes its cut", () => {
    const g = buildLisaGraph([1, 2, 3], [[1], [0, 2], [1]]);
    const r = computeLisa(g, { ...DEFAULT_LISA_OPTIONS, permutations: 9, correction: "fdr" });
    expect(r.classes).toEqual(["ns", "ns", "ns"]);
  });
});

/**
 * Against R spdep localmoran_perm (test/reference/lisa/lisa_reference.R, outputs committed).
 * I_i must agree to 1e-9. Pseudo-p come from different PRNGs, and spdep 1.2-7 draws the
 * neighbours' values with replacement where the app draws without (the textbook conditional
 * permutation): on 1,837 districts the two agree, on the 9-district fixture (k of 8 others) they do
 * not, so there only I_i is compared. With 999 permutations the p of one district has a standard
 * error of about 0.007 near 0.05, so classes are compared only where R's p < 0.03 or p > 0.08.
 */
describe("against R spdep (reference)", () => {
  for (const [input, output, classes] of [
    ["fixture-input.csv", "fixture-lisa.csv", false],
    ["irs-input.csv", "irs-lisa.csv", true],
  ] as const) {
    it(`matches I_i (and the clear classes: ${classes}) of ${output}`, () => {
      const inp = readInput(input);
      const ref = readReference(output);
      const g = buildLisaGraph(inp.values, inp.neighbours);
      const r = computeLisa(g);
      expect(r.ids.length).toBe(ref.size);
      let compared = 0;
      let maxDiff = 0;
      r.ids.forEach((id, k) => {
        const e = ref.get(inp.ubigeo[id] ?? "");
        expect(e, inp.ubigeo[id]).toBeDefined();
        if (!e) return;
        maxDiff = Math.max(maxDiff, Math.abs((r.ii[k] ?? NaN) - e.ii));
        expect(Math.abs((r.ii[k] ?? NaN) - e.ii)).toBeLessThan(1e-9);
        if (classes && (e.p < 0.03 || e.p > 0.08)) {
          compared++;
          expect(r.classes[k], inp.ubigeo[id]).toBe(e.cls);
        }
      });
      expect(maxDiff).toBeLessThan(1e-9);
      if (classes) expect(compared).toBeGreaterThan(ref.size * 0.8);
    });
  }
});
