import { describe, expect, it } from "vitest";
import type { Scenario } from "../core/scenarios";
import { DEFAULT_FESC } from "./fesc-slice";
import { fescFromUrlParams, fescToUrlParams } from "./fesc-url";

const SCENARIO: Scenario = {
  name: "Año 2024",
  method: { kind: "budget", budgetCents: 25_200_000_000, mode: "both" },
  filters: { excludeCovered: true },
  methodology: { weights: { population: 1 } },
  selection: [
    { ubigeo: "150132", amountCents: 700_000_000 },
    { ubigeo: "150135", amountCents: 500_000_000 },
  ],
};

describe("FESC URL state", () => {
  it("writes nothing for the defaults", () => {
    const p = fescToUrlParams({ fesc: DEFAULT_FESC, fescScenarios: [], fescCompare: [null, null] });
    expect(p.toString()).toBe("");
    expect(fescFromUrlParams(p)).toEqual({ patch: {}, issues: [] });
  });

  it("round-trips changed parameters, scenarios and the compared pair", () => {
    const fesc = {
      ...DEFAULT_FESC,
      rule: "thresholds" as const,
      conditions: [
        { indicatorId: "poverty_pct", op: ">=" as const, value: 40.5 },
        { indicatorId: "idh", op: "<=" as const, value: 0.4 },
      ],
      amounts: "tiers" as const,
      budgetSoles: 1_000_000.5,
      mode: "risk" as const,
      floorSoles: 100,
      capSoles: 9_000_000,
      tiers: [
        { label: "Grupo A", kind: "rank" as const, fromRank: 1, toRank: 5, amountCents: 123_456 },
        { label: "Muy alto", kind: "class" as const, classIndex: 4, amountCents: 50_000_000 },
      ],
      departments: ["15", "07"],
      minPopulation: 20000,
      excludeCovered: true,
    };
    const other = { ...SCENARIO, name: "Otro", selection: SCENARIO.selection.slice(0, 1) };
    const params = fescToUrlParams({
      fesc,
      fescScenarios: [SCENARIO, other],
      fescCompare: ["Otro", "Año 2024"],
    });
    const back = fescFromUrlParams(new URLSearchParams(params.toString()));
    expect(back.issues).toEqual([]);
    expect(back.patch.fesc).toEqual(fesc);
    expect(back.patch.fescScenarios).toEqual([SCENARIO, other]);
    expect(back.patch.fescCompare).toEqual(["Otro", "Año 2024"]);
  });

  it("writes a class tier as name~c~class 1–5~soles and refuses class 6", () => {
    const tiers = [{ label: "Alto", kind: "class" as const, classIndex: 3, amountCents: 250_050 }];
    const params = fescToUrlParams({
      fesc: { ...DEFAULT_FESC, tiers },
      fescScenarios: [],
      fescCompare: [null, null],
    });
    expect(params.get("ft")).toBe("Alto~c~4~2500.5");
    const bad = fescFromUrlParams(new URLSearchParams("ft=Alto~c~6~100"));
    expect(bad.patch.fesc?.tiers).toBeUndefined();
    expect(bad.issues.join(" ")).toMatch(/ft/);
  });

  it("rejects bad values with a Spanish issue naming the parameter and keeps the rest", () => {
    const back = fescFromUrlParams(new URLSearchParams("fn=-3&fm=luck&fd=15,lima&fb=500&fs=%%%"));
    expect(back.patch.fesc?.n).toBe(DEFAULT_FESC.n);
    expect(back.patch.fesc?.mode).toBe(DEFAULT_FESC.mode);
    expect(back.patch.fesc?.departments).toEqual([]);
    expect(back.patch.fesc?.budgetSoles).toBe(500);
    expect(back.issues.filter((i) => i.startsWith('Enlace: el parámetro "fn"'))).toHaveLength(1);
    expect(back.issues.some((i) => i.includes('"fm"'))).toBe(true);
    expect(back.issues.some((i) => i.includes('"fd"'))).toBe(true);
    expect(back.issues.some((i) => i.startsWith("Enlace: escenario 1 descartado."))).toBe(true);
    expect(back.patch.fescScenarios).toEqual([]);
  });
});
