import { describe, expect, it } from "vitest";
import {
  allocateBudget,
  allocateTiers,
  allocationWeight,
  solesToCents,
  type AllocationDistrict,
} from "./allocation";

const d = (ubigeo: string, population: number | null, irs: number | null): AllocationDistrict => ({
  ubigeo,
  population,
  irs,
});
const cents = (r: ReturnType<typeof allocateBudget>) =>
  r.ok ? r.lines.map((l) => l.cents) : r.code;

describe("allocationWeight", () => {
  it("uses pop, irs or pop·irs", () => {
    const x = d("010101", 200, 40);
    expect(allocationWeight(x, "population")).toBe(200);
    expect(allocationWeight(x, "risk")).toBe(40);
    expect(allocationWeight(x, "both")).toBe(8000); // 200 × 40
    expect(allocationWeight(d("010101", null, 40), "both")).toBeNull();
  });
});

describe("allocateBudget", () => {
  it("splits proportionally to IRS (risk mode)", () => {
    // 10 000 × 60/100, × 30/100, × 10/100
    const r = allocateBudget([d("010101", 1, 60), d("010102", 1, 30), d("010103", 1, 10)], {
      budgetCents: 10_000,
      mode: "risk",
    });
    expect(cents(r)).toEqual([6000, 3000, 1000]);
  });

  it("weights pop·irs in 'both' mode", () => {
    // weights 100·50 = 5000 and 200·50 = 10 000 → 900 × 1/3 = 300, 900 × 2/3 = 600
    const r = allocateBudget([d("010101", 100, 50), d("010102", 200, 50)], {
      budgetCents: 900,
      mode: "both",
    });
    expect(cents(r)).toEqual([300, 600]);
  });

  it("gives the rounding céntimo by largest remainder, ties to the lowest ubigeo", () => {
    // 1000 / 3 = 333.33 each → 333 × 3 = 999; the 1 left goes to 010101 (input order reversed)
    const r = allocateBudget([d("010103", 5, 1), d("010102", 5, 1), d("010101", 5, 1)], {
      budgetCents: 1000,
      mode: "population",
    });
    expect(cents(r)).toEqual([333, 333, 334]);
  });

  it("gives the remainder to the largest fractional part first", () => {
    // weights 1, 2, 4 of 100: 14.2857, 28.5714, 57.1429 → 14 + 28 + 57 = 99; fractions .29 .57 .14
    // → the 1 left goes to 010102 (fraction .57)
    const r = allocateBudget([d("010101", 1, 1), d("010102", 2, 1), d("010103", 4, 1)], {
      budgetCents: 100,
      mode: "population",
    });
    expect(cents(r)).toEqual([14, 29, 57]);
  });

  it("applies floor and cap with water-filling", () => {
    // floor 1000 each → rest 10 000 − 3000 = 7000 by pop 1:1:8 → 700, 700, 5600
    // 1000 + 5600 = 6600 ≥ cap 5000 → capped; rest 7000 − 4000 = 3000 → 1500 each → 2500, 2500, 5000
    const r = allocateBudget([d("010101", 1, 0), d("010102", 1, 0), d("010103", 8, 0)], {
      budgetCents: 10_000,
      mode: "population",
      floorCents: 1000,
      capCents: 5000,
    });
    expect(cents(r)).toEqual([2500, 2500, 5000]);
    expect(r.ok && r.lines.map((l) => l.capped)).toEqual([false, false, true]);
  });

  it("re-caps in several rounds", () => {
    // pop 1:3:6 of 1000 → 100, 300, 600; 600 ≥ 400 → cap; 600 left by 1:3 → 150, 450; 450 ≥ 400 →
    // cap; 200 left → 200. Result 200, 400, 400.
    const r = allocateBudget([d("010101", 1, 0), d("010102", 3, 0), d("010103", 6, 0)], {
      budgetCents: 1000,
      mode: "population",
      capCents: 400,
    });
    expect(cents(r)).toEqual([200, 400, 400]);
  });

  it("gives the floor to a district with a missing weight", () => {
    // floor 100 each → rest 700 all to 010101 (010102 has no population)
    const r = allocateBudget([d("010101", 10, 1), d("010102", null, 1)], {
      budgetCents: 900,
      mode: "population",
      floorCents: 100,
    });
    expect(cents(r)).toEqual([800, 100]);
    expect(r.ok && r.lines[1]?.missingWeight).toBe(true);
  });

  it("splits equally when every weight is zero", () => {
    const r = allocateBudget([d("010101", 0, 0), d("010102", 0, 0)], {
      budgetCents: 10,
      mode: "risk",
    });
    expect(cents(r)).toEqual([5, 5]);
    expect(r.ok && r.equalSplit).toBe(true);
  });

  it("rejects n·floor > B", () => {
    // 3 × 400 = 1200 > 1000
    const r = allocateBudget([d("010101", 1, 1), d("010102", 1, 1), d("010103", 1, 1)], {
      budgetCents: 1000,
      mode: "population",
      floorCents: 400,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe("infeasible-floor");
    expect(!r.ok && [r.n, r.floorCents, r.budgetCents]).toEqual([3, 400, 1000]);
  });

  it("rejects n·cap < B", () => {
    // 3 × 300 = 900 < 1000
    const r = allocateBudget([d("010101", 1, 1), d("010102", 1, 1), d("010103", 1, 1)], {
      budgetCents: 1000,
      mode: "population",
      capCents: 300,
    });
    expect(!r.ok && r.code).toBe("infeasible-cap");
  });

  it("rejects non-integer céntimos, floor > cap and duplicates", () => {
    const one = [d("010101", 1, 1)];
    expect(allocateBudget(one, { budgetCents: 10.5, mode: "risk" }).ok).toBe(false);
    const r = allocateBudget(one, { budgetCents: 10, mode: "risk", floorCents: 5, capCents: 4 });
    expect(!r.ok && r.code).toBe("floor-above-cap");
    expect(!r.ok && [r.floorCents, r.capCents]).toEqual([5, 4]);
    const dup = allocateBudget([d("010101", 1, 1), d("010101", 1, 1)], {
      budgetCents: 10,
      mode: "risk",
    });
    expect(!dup.ok && dup.code).toBe("duplicate-ubigeo");
  });

  it("splits S/ 252 000 000 equally among 36 equal districts: S/ 7 000 000 each", () => {
    // fixture: 36 districts with the same population; 252 000 000 / 36 = 7 000 000
    const list = Array.from({ length: 36 }, (_, i) =>
      d(`1501${String(i + 1).padStart(2, "0")}`, 1000, 50),
    );
    const r = allocateBudget(list, { budgetCents: solesToCents(252_000_000), mode: "population" });
    expect(r.ok && r.lines.every((l) => l.cents === 700_000_000)).toBe(true);
  });

  it("sums S/ 252 000 000 exactly among 36 districts with floor and cap", () => {
    // fixture: populations 1..36 (× 10 000), IRS 40..75; floor S/ 2 000 000, cap S/ 9 000 000
    const list = Array.from({ length: 36 }, (_, i) =>
      d(`1501${String(i + 1).padStart(2, "0")}`, (i + 1) * 10_000, 40 + i),
    );
    const floor = solesToCents(2_000_000);
    const cap = solesToCents(9_000_000);
    const r = allocateBudget(list, {
      budgetCents: 25_200_000_000,
      mode: "both",
      floorCents: floor,
      capCents: cap,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lines.reduce((s, l) => s + l.cents, 0)).toBe(25_200_000_000);
    expect(r.totalCents).toBe(25_200_000_000);
    expect(
      r.lines.every((l) => Number.isInteger(l.cents) && l.cents >= floor && l.cents <= cap),
    ).toBe(true);
    expect(r.lines.some((l) => l.capped)).toBe(true);
    // larger pop·irs never gets less
    for (let i = 1; i < r.lines.length; i++) {
      expect(r.lines[i]!.cents).toBeGreaterThanOrEqual(r.lines[i - 1]!.cents);
    }
  });
});

describe("solesToCents", () => {
  it("converts and rounds", () => {
    expect(solesToCents(252_000_000)).toBe(25_200_000_000);
    // 1234.56 × 100 = 123455.99999999999 in floats → rounded to 123456
    expect(solesToCents(1234.56)).toBe(123_456);
  });
});

describe("allocateTiers", () => {
  it("gives one amount per tier and totals it", () => {
    // ranks 1–2 → 1000, 3–4 → 500; rank 5 unassigned. Total 2×1000 + 2×500 = 3000
    const ds = [1, 2, 3, 4, 5].map((rank) => ({ ubigeo: `01010${rank}`, rank, classIndex: null }));
    const r = allocateTiers(ds, [
      { label: "A", kind: "rank", fromRank: 1, toRank: 2, amountCents: 1000 },
      { label: "B", kind: "rank", fromRank: 3, toRank: 4, amountCents: 500 },
    ]);
    expect(r.totalCents).toBe(3000);
    expect(r.unassigned).toEqual(["010105"]);
    expect(r.byTier.map((t) => [t.label, t.districts, t.subtotalCents])).toEqual([
      ["A", 2, 2000],
      ["B", 2, 1000],
    ]);
  });

  it("matches class tiers and reports overlaps (first tier wins)", () => {
    const r = allocateTiers(
      [{ ubigeo: "010101", rank: 1, classIndex: 4 }],
      [
        { label: "muy alto", kind: "class", classIndex: 4, amountCents: 700 },
        { label: "top", kind: "rank", fromRank: 1, toRank: 10, amountCents: 100 },
      ],
    );
    expect(r.lines).toEqual([{ ubigeo: "010101", tier: "muy alto", cents: 700 }]);
    expect(r.overlaps).toEqual(["010101"]);
  });
});
