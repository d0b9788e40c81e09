import { describe, expect, it } from "vitest";
import { orderByRank, rankDistricts, rankInto } from "./rank";

describe("rankDistricts", () => {
  it("gives rank 1 to the highest IRS", () => {
    expect(rankDistricts([10, 90, 50])).toEqual([3, 1, 2]);
  });
  it("lets ties share the lowest number (competition ranking)", () => {
    // 80, 80 → both 1; 60 → 3 (two districts are above it); null → null
    expect(rankDistricts([60, 80, null, 80])).toEqual([3, 1, null, 1]);
  });
});

describe("rankInto", () => {
  it("matches rankDistricts on a Float64Array with NaN as missing (rank 0)", () => {
    const out = new Uint32Array(4);
    const m = rankInto(Float64Array.from([60, 80, NaN, 80]), out);
    expect(Array.from(out)).toEqual([3, 1, 0, 1]);
    expect(m).toBe(3);
  });
  it("orders negative, zero and fractional values like a numeric sort", () => {
    // descending: 2.5 (1), 0.25 (2), 0 and −0 tie (3, 3), −0.5 (5), −3 (6)
    const v = Float64Array.from([-0.5, 0, 2.5, -3, 0.25, -0]);
    const out = new Uint32Array(6);
    rankInto(v, out);
    expect(Array.from(out)).toEqual([5, 3, 1, 6, 2, 3]);
  });
  it("agrees with rankDistricts on many random values", () => {
    // values drawn from a small set so that ties occur
    const xs = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 97) / 7 - 5);
    const out = new Uint32Array(xs.length);
    rankInto(Float64Array.from(xs), out);
    expect(Array.from(out)).toEqual(rankDistricts(xs));
  });
  it("separates values that differ only in the low 32 bits of the double", () => {
    // 1 + k·2⁻⁴⁰ share the high word; shuffled order k = 3, 0, 2, 1 → ranks 1, 4, 2, 3
    const xs = [3, 0, 2, 1].map((k) => 1 + k * 2 ** -40);
    const out = new Uint32Array(4);
    rankInto(Float64Array.from(xs), out);
    expect(Array.from(out)).toEqual([1, 4, 2, 3]);
  });
});

describe("orderByRank", () => {
  it("breaks ties by ubigeo and puts missing last", () => {
    // ids 0..3: IRS 50 (150102), null (010101), 50 (010201), 70 (200101)
    expect(orderByRank([50, null, 50, 70], ["150102", "010101", "010201", "200101"])).toEqual([
      3, 2, 0, 1,
    ]);
  });
});
