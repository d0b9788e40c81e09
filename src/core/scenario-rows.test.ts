import { describe, expect, it } from "vitest";
import { scenarioComparisonRows } from "./scenario-rows";
import type { Scenario } from "./scenarios";

const scenario = (name: string, selection: Scenario["selection"]): Scenario => ({
  name,
  method: { kind: "top-n", n: selection.length },
  methodology: { weights: { population: 1 } },
  selection,
});

describe("scenarioComparisonRows", () => {
  const a = scenario("antes", [
    { ubigeo: "150132", amountCents: 300 },
    { ubigeo: "150101", amountCents: 500 },
    { ubigeo: "150110", amountCents: 200 },
    { ubigeo: "010101", amountCents: 100 },
  ]);
  const b = scenario("después", [
    { ubigeo: "150101", amountCents: 480 },
    { ubigeo: "150132", amountCents: 450 },
    { ubigeo: "150142", amountCents: 70 },
    { ubigeo: "010101", amountCents: 100 },
  ]);

  it("lists entered, left, changed then unchanged, one row per district", () => {
    expect(scenarioComparisonRows(a, b)).toEqual([
      { ubigeo: "150142", change: "entered", fromCents: null, toCents: 70, deltaCents: 70 },
      { ubigeo: "150110", change: "left", fromCents: 200, toCents: null, deltaCents: -200 },
      { ubigeo: "150132", change: "changed", fromCents: 300, toCents: 450, deltaCents: 150 },
      { ubigeo: "150101", change: "changed", fromCents: 500, toCents: 480, deltaCents: -20 },
      { ubigeo: "010101", change: "unchanged", fromCents: 100, toCents: 100, deltaCents: 0 },
    ]);
  });

  it("treats a missing amount as 0 in the difference", () => {
    const plain = scenario("sin montos", [{ ubigeo: "150132", amountCents: null }]);
    expect(scenarioComparisonRows(plain, a)[3]).toEqual({
      ubigeo: "150132",
      change: "changed",
      fromCents: null,
      toCents: 300,
      deltaCents: 300,
    });
  });

  it("counts a duplicated ubigeo once (its first entry)", () => {
    const dup = scenario("dup", [
      { ubigeo: "150101", amountCents: 1 },
      { ubigeo: "150101", amountCents: 2 },
    ]);
    expect(scenarioComparisonRows(dup, dup)).toEqual([
      { ubigeo: "150101", change: "unchanged", fromCents: 1, toCents: 1, deltaCents: 0 },
    ]);
  });
});
