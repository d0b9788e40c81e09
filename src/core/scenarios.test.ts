import { describe, expect, it } from "vitest";
import { decodeScenario, diffScenarios, encodeScenario, type Scenario } from "./scenarios";

const base: Scenario = {
  name: "FESC 2024 – población",
  method: { kind: "budget", budgetCents: 1000, mode: "population", floorCents: 100 },
  filters: { departments: ["15"], excludeCovered: true },
  methodology: { weights: { population: 1, poverty_pct: 0.5 } },
  selection: [
    { ubigeo: "150101", amountCents: 500 },
    { ubigeo: "150132", amountCents: 300 },
    { ubigeo: "150110", amountCents: 200 },
  ],
};

describe("diffScenarios", () => {
  it("lists entered, left and changed amounts", () => {
    const b: Scenario = {
      ...base,
      name: "FESC 2024 – riesgo",
      selection: [
        { ubigeo: "150132", amountCents: 450 }, // +150
        { ubigeo: "150101", amountCents: 480 }, // −20
        { ubigeo: "150142", amountCents: 70 }, // entered
      ],
    };
    const d = diffScenarios(base, b);
    expect(d.entered).toEqual([{ ubigeo: "150142", amountCents: 70 }]);
    expect(d.left).toEqual([{ ubigeo: "150110", amountCents: 200 }]);
    // sorted by |delta| desc: 150 then −20
    expect(d.changed).toEqual([
      { ubigeo: "150132", from: 300, to: 450, delta: 150 },
      { ubigeo: "150101", from: 500, to: 480, delta: -20 },
    ]);
    // (450 + 480 + 70) − (500 + 300 + 200) = 1000 − 1000 = 0
    expect(d.totalDeltaCents).toBe(0);
    expect(d.unchanged).toBe(0);
  });

  it("counts unchanged members and treats null amounts as 0", () => {
    const a: Scenario = {
      ...base,
      method: { kind: "top-n", n: 2 },
      selection: [{ ubigeo: "150101", amountCents: null }],
    };
    const b: Scenario = {
      ...a,
      selection: [
        { ubigeo: "150101", amountCents: null },
        { ubigeo: "150102", amountCents: null },
      ],
    };
    const d = diffScenarios(a, b);
    expect(d.unchanged).toBe(1);
    expect(d.entered.map((e) => e.ubigeo)).toEqual(["150102"]);
    expect(d.totalDeltaCents).toBe(0);
  });
});

describe("encodeScenario / decodeScenario", () => {
  it("round-trips through a URL-safe string", () => {
    const text = encodeScenario(base);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    const { scenario, issues } = decodeScenario(text);
    expect(issues).toEqual([]);
    expect(scenario).toEqual(base);
  });

  it("round-trips thresholds, tiers and a methodology snapshot", () => {
    const s: Scenario = {
      name: "Tramos ñandú",
      method: {
        kind: "tiers",
        tiers: [
          { label: "A", kind: "rank", fromRank: 1, toRank: 10, amountCents: 100 },
          { label: "B", kind: "class", classIndex: 3, amountCents: 50 },
        ],
      },
      methodology: { snapshotId: "m-2024-01" },
      selection: [{ ubigeo: "010101", amountCents: 100 }],
    };
    expect(decodeScenario(encodeScenario(s)).scenario).toEqual(s);
    const t: Scenario = {
      ...s,
      method: { kind: "thresholds", conditions: [{ indicatorId: "idh", op: "<=", value: 0.4 }] },
    };
    expect(decodeScenario(encodeScenario(t)).scenario).toEqual(t);
  });

  const encodeRaw = (obj: unknown) =>
    btoa(JSON.stringify(obj)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const good = { v: 1, n: "x", m: { kind: "top-n", n: 1 }, y: { s: "id" }, u: "010101", a: [null] };

  it("rejects text that is not an encoded scenario", () => {
    expect(decodeScenario("no es válido!").issues[0]).toEqual({ code: "encoding" });
    expect(decodeScenario(encodeRaw(good)).scenario?.selection).toEqual([
      { ubigeo: "010101", amountCents: null },
    ]);
  });

  it("rejects a bad version, method, ubigeo list, amount or duplicate", () => {
    expect(decodeScenario(encodeRaw({ ...good, v: 9 })).issues[0]).toEqual({
      code: "version",
      version: "9",
    });
    expect(decodeScenario(encodeRaw({ ...good, m: { kind: "lottery" } })).issues[0]).toEqual({
      code: "method",
    });
    expect(decodeScenario(encodeRaw({ ...good, u: "01010" })).issues[0]).toEqual({
      code: "ubigeoList",
    });
    expect(decodeScenario(encodeRaw({ ...good, a: [1.5] })).issues[0]).toEqual({
      code: "amount",
      ubigeo: "010101",
      value: "1.5",
    });
    expect(decodeScenario(encodeRaw({ ...good, a: [] })).issues[0]).toEqual({
      code: "amountsMisaligned",
    });
    const dup = decodeScenario(encodeRaw({ ...good, u: "010101010101", a: [null, null] }));
    expect(dup.scenario).toBeNull();
    expect(dup.issues[0]).toEqual({ code: "duplicateUbigeo", ubigeo: "010101" });
  });

  const tiers = (t: unknown) => ({ ...good, m: { kind: "tiers", tiers: [t] } });
  const tier = { label: "A", kind: "class", classIndex: 4, amountCents: 100 };

  it("accepts a class tier 1–5 (classIndex 0–4) and a whole rank range", () => {
    expect(decodeScenario(encodeRaw(tiers(tier))).scenario?.method).toEqual({
      kind: "tiers",
      tiers: [tier],
    });
    const rank = { label: "B", kind: "rank", fromRank: 1, toRank: 12, amountCents: 5 };
    expect(decodeScenario(encodeRaw(tiers(rank))).issues).toEqual([]);
  });

  it("rejects a tier class outside 1–5 and ranks that are not whole 1 ≤ from ≤ to, naming them", () => {
    const first = (t: unknown) => decodeScenario(encodeRaw(tiers(t))).issues[0];
    expect(first({ ...tier, classIndex: 1e9 })).toEqual({
      code: "tier",
      index: 1,
      field: "classIndex",
      value: "1000000000",
    });
    expect(first({ ...tier, classIndex: 5 })).toMatchObject({ field: "classIndex", value: "5" });
    expect(first({ ...tier, classIndex: 1.5 })).toMatchObject({ field: "classIndex" });
    const rank = { label: "B", kind: "rank", fromRank: 3, toRank: 12, amountCents: 5 };
    expect(first({ ...rank, fromRank: 0 })).toMatchObject({ field: "fromRank", value: "0" });
    expect(first({ ...rank, fromRank: 2.5 })).toMatchObject({ field: "fromRank" });
    expect(first({ ...rank, toRank: 2 })).toMatchObject({ field: "toRank", value: "2" });
    expect(first({ ...rank, amountCents: 1e30 })).toMatchObject({ field: "amountCents" });
    expect(decodeScenario(encodeRaw(tiers({ ...tier, classIndex: 9 }))).scenario).toBeNull();
  });

  it("rejects a top-n that is not a safe whole number", () => {
    const topN = (n: unknown) => decodeScenario(encodeRaw({ ...good, m: { kind: "top-n", n } }));
    expect(topN(1e30).issues[0]).toEqual({ code: "method" });
    expect(topN(2.5).scenario).toBeNull();
    expect(topN(1891).scenario?.method).toEqual({ kind: "top-n", n: 1891 });
  });
});
