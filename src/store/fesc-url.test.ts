import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LinkIssue } from "../core/link-issues";
import type { Scenario } from "../core/scenarios";
import { COPY } from "../i18n/copy";
import { DEFAULT_FESC, type FescParams } from "./fesc-slice";
import {
  fescFromUrlParams,
  fescToUrlParams,
  type FescUrlContext,
  type FescUrlState,
} from "./fesc-url";
import { joinParams } from "../core/link-codec";

/** Issues worded as the Spanish UI shows them (the decoder returns codes). */
const words = (issues: readonly LinkIssue[]) => issues.map((i) => COPY.es.linkIssue(i));

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
    expect(words(bad.issues).join(" ")).toMatch(/«ft»/);
  });

  it("rejects bad values with a Spanish issue naming the parameter and keeps the rest", () => {
    const back = fescFromUrlParams(new URLSearchParams("fn=-3&fm=luck&fd=15,lima&fb=500&fs=%%%"));
    expect(back.patch.fesc?.n).toBe(DEFAULT_FESC.n);
    expect(back.patch.fesc?.mode).toBe(DEFAULT_FESC.mode);
    expect(back.patch.fesc?.departments).toEqual([]);
    expect(back.patch.fesc?.budgetSoles).toBe(500);
    const issues = words(back.issues);
    expect(issues.filter((i) => i.startsWith("Enlace: el parámetro «fn»"))).toHaveLength(1);
    expect(issues.some((i) => i.includes("«fm»"))).toBe(true);
    expect(issues.some((i) => i.includes("«fd»"))).toBe(true);
    expect(issues.some((i) => i.startsWith("Enlace: escenario 1 descartado."))).toBe(true);
    expect(back.patch.fescScenarios).toEqual([]);
  });
});

/** The app's own path: params → joinParams (as written in location.hash) → URLSearchParams. */
const viaLink = (state: FescUrlState) =>
  new URLSearchParams(joinParams([...fescToUrlParams(state).entries()]));
const CTX: FescUrlContext = {
  ubigeos: new Set(["150132", "150135", "010101"]),
  departmentCodes: new Set(["15", "07", "01"]),
  indicatorIds: new Set(["poverty_pct", "idh"]),
};
const NONE = { fescScenarios: [], fescCompare: [null, null] as [null, null] };

describe("FESC link rules (issue 13)", () => {
  it("writes a budget of 1e30 in plain digits and reports it out of range instead of refusing its own link", () => {
    const params = viaLink({ fesc: { ...DEFAULT_FESC, budgetSoles: 1e30 }, ...NONE });
    expect(params.get("fb")).toBe("1000000000000000019884624838656");
    const back = fescFromUrlParams(params);
    expect(back.patch.fesc).toBeUndefined(); // nothing valid to apply: the current budget stays
    expect(back.issues).toEqual([
      {
        code: "outOfRange",
        key: "fb",
        value: "1000000000000000019884624838656",
        min: "0",
        max: "90071992547409.91",
      },
    ]);
    // The largest amount the FESC form accepts comes back exactly.
    const max = fescFromUrlParams(
      viaLink({ fesc: { ...DEFAULT_FESC, budgetSoles: 90071992547409.91 }, ...NONE }),
    );
    expect(max).toEqual({
      patch: { fesc: { ...DEFAULT_FESC, budgetSoles: 90071992547409.91 } },
      issues: [],
    });
  });

  it("reports departments that do not exist (fd=99,98) and keeps the known ones", () => {
    const r = fescFromUrlParams(new URLSearchParams("fd=15,99,98"), CTX);
    expect(r.patch.fesc?.departments).toEqual(["15"]);
    expect(r.issues).toEqual([
      { code: "unknownPlaces", key: "fd", kind: "department", values: ["99", "98"] },
    ]);
    expect(words(r.issues)[0]).toContain("(«99, 98»)");
  });

  it("reports a condition on an unknown indicator", () => {
    const r = fescFromUrlParams(new URLSearchParams("fc=ghost~>=~3"), CTX);
    expect(r.patch.fesc).toBeUndefined();
    expect(r.issues).toEqual([
      { code: "badValue", key: "fc", value: "ghost", expected: "indicator" },
    ]);
  });

  it("validates scenario contents: tier class 1e9 dropped, unknown ubigeos and repeated names reported", () => {
    const classTier = { label: "A", kind: "class" as const, classIndex: 1e9, amountCents: 1 };
    const bad: Scenario = { ...SCENARIO, method: { kind: "tiers", tiers: [classTier] } };
    const unknown: Scenario = { ...SCENARIO, selection: [{ ubigeo: "999999", amountCents: 5 }] };
    const r = fescFromUrlParams(
      viaLink({
        fesc: DEFAULT_FESC,
        fescScenarios: [bad, SCENARIO, unknown],
        fescCompare: [null, null],
      }),
      CTX,
    );
    expect(r.patch.fescScenarios?.map((s) => s.name)).toEqual(["Año 2024", "Año 2024 (2)"]);
    expect(r.patch.fescScenarios?.[1]?.selection).toEqual(unknown.selection);
    expect(r.issues).toEqual([
      {
        code: "scenario",
        index: 1,
        name: null,
        kept: false,
        problem: { code: "tier", index: 1, field: "classIndex", value: "1000000000" },
      },
      {
        code: "scenario",
        index: 1,
        name: null,
        kept: false,
        problem: { code: "method" },
      },
      {
        code: "scenario",
        index: 3,
        name: "Año 2024",
        kept: true,
        problem: { code: "unknownUbigeos", ubigeos: ["999999"] },
      },
      {
        code: "scenario",
        index: 3,
        name: "Año 2024",
        kept: true,
        problem: { code: "duplicateName", renamedTo: "Año 2024 (2)" },
      },
    ]);
    expect(words(r.issues)[0]).toBe(
      "Enlace: escenario 1 descartado. El tramo 1 es inválido: classIndex = «1000000000» (la clase va de 1 a 5).",
    );
  });

  it("keeps tier labels with ~ ! % exactly, and refuses fractional ranks", () => {
    const tiers = [
      { label: "50% ~ top!", kind: "rank" as const, fromRank: 1, toRank: 3, amountCents: 1 },
    ];
    const back = fescFromUrlParams(viaLink({ fesc: { ...DEFAULT_FESC, tiers }, ...NONE }));
    expect(back).toEqual({ patch: { fesc: { ...DEFAULT_FESC, tiers } }, issues: [] });
    const frac = fescFromUrlParams(new URLSearchParams("ft=A~1.5~3~100"));
    expect(frac.patch.fesc).toBeUndefined();
    expect(frac.issues[0]).toMatchObject({ code: "badValue", key: "ft", value: "A~1.5~3~100" });
  });
});

/* ───────── property: encode → decode over the FESC link state, extreme numbers included ───────── */

const EXTREME = [
  0,
  1e21,
  1e30,
  Number("99999999999999999999"),
  Number.MAX_SAFE_INTEGER + 2,
] as const;
const whole = (min: number, max: number, valid: boolean) =>
  valid ? fc.integer({ min, max }) : fc.oneof(fc.integer(), fc.constantFrom(...EXTREME));
const cents = (valid: boolean) =>
  valid
    ? fc.maxSafeNat()
    : fc.oneof(fc.maxSafeNat(), fc.constantFrom(...EXTREME, 1e32, -5), fc.integer());
const soles = (valid: boolean) => cents(valid).map((c) => c / 100);
const UBIGEOS = ["150132", "150135", "010101", "999999"] as const;

function fescStateArb(valid: boolean): fc.Arbitrary<FescUrlState> {
  const tier = fc.oneof(
    fc.record({
      label: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
      kind: fc.constant("rank" as const),
      fromRank: whole(1, 100, valid),
      toRank: whole(100, 2000, valid),
      amountCents: cents(valid),
    }),
    fc.record({
      label: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
      kind: fc.constant("class" as const),
      classIndex: whole(0, 4, valid),
      amountCents: cents(valid),
    }),
  );
  const fesc: fc.Arbitrary<FescParams> = fc.record({
    rule: fc.constantFrom("top-n", "thresholds"),
    n: whole(0, 1891, valid),
    conditions: fc.array(
      fc.record({
        indicatorId: fc.constantFrom("poverty_pct", "idh"),
        op: fc.constantFrom(">=", "<="),
        value: valid
          ? fc.double({ min: -1e6, max: 1e6, noNaN: true })
          : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e-7)),
      }),
      { maxLength: 3 },
    ),
    amounts: fc.constantFrom("none", "budget", "tiers"),
    budgetSoles: soles(valid),
    mode: fc.constantFrom("population", "risk", "both"),
    floorSoles: fc.option(soles(valid)),
    capSoles: fc.option(soles(valid)),
    tiers: fc.array(tier, { maxLength: 3 }),
    departments: valid
      ? fc.uniqueArray(fc.constantFrom("15", "07", "01"))
      : fc.uniqueArray(fc.constantFrom("15", "07", "99")),
    minPopulation: fc.option(whole(0, 1e7, valid)),
    excludeCovered: fc.boolean(),
  });
  const scenario: fc.Arbitrary<Scenario> = fc.record({
    name: valid
      ? fc.string({ unit: "grapheme", maxLength: 12 })
      : fc.constantFrom("A", "A", "B", ""),
    method: fc.oneof(
      fc.record({ kind: fc.constant("top-n" as const), n: whole(0, 1891, valid) }),
      fc.record({ kind: fc.constant("tiers" as const), tiers: fc.array(tier, { maxLength: 2 }) }),
    ),
    methodology: fc.constant({ weights: { poverty_pct: 1 } }),
    selection: fc
      .uniqueArray(fc.constantFrom(...(valid ? UBIGEOS.slice(0, 3) : UBIGEOS)), { maxLength: 4 })
      .chain((us) =>
        fc
          .tuple(...us.map(() => fc.option(cents(valid))))
          .map((as) => us.map((ubigeo, i) => ({ ubigeo, amountCents: as[i] ?? null }))),
      ),
  });
  return fc
    .record({
      fesc,
      fescScenarios: valid
        ? fc.uniqueArray(scenario, { maxLength: 3, selector: (s) => s.name })
        : fc.array(scenario, { maxLength: 3 }),
    })
    .chain((st) =>
      fc
        .tuple(
          fc.option(fc.constantFrom(...st.fescScenarios.map((s) => s.name), "nadie")),
          fc.option(fc.constantFrom(...st.fescScenarios.map((s) => s.name), "nadie")),
        )
        .map((fescCompare) => ({ ...st, fescCompare })),
    );
}

const FIELD_KEY: Record<keyof FescParams, string> = {
  rule: "fr",
  n: "fn",
  conditions: "fc",
  amounts: "fa",
  budgetSoles: "fb",
  mode: "fm",
  floorSoles: "ff",
  capSoles: "fx",
  tiers: "ft",
  departments: "fd",
  minPopulation: "fp",
  excludeCovered: "fe",
};
/** JSON text with −0 as 0 (written "0"), to compare states. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe("property: the FESC part of a link reads back what it wrote", () => {
  it("a state within the ranges comes back equal, with no issue", () => {
    fc.assert(
      fc.property(fescStateArb(true), (st) => {
        const { patch, issues } = fescFromUrlParams(viaLink(st), CTX);
        expect(issues).toEqual([]);
        expect(JSON.parse(JSON.stringify(patch.fesc ?? DEFAULT_FESC))).toEqual(
          JSON.parse(JSON.stringify(st.fesc)),
        );
        expect(patch.fescScenarios ?? []).toEqual(st.fescScenarios);
        const [a, b] = st.fescCompare;
        const names = st.fescScenarios.map((s) => s.name);
        if (a !== null && b !== null && names.includes(a) && names.includes(b))
          expect(patch.fescCompare).toEqual([a, b]);
      }),
      { numRuns: 300 },
    );
  });

  it("any state: every parameter and scenario comes back equal or is named in an issue", () => {
    fc.assert(
      fc.property(fescStateArb(false), (st) => {
        const params = viaLink(st);
        for (const [k, v] of params) if (k !== "fs") expect(v, k).not.toMatch(/\de[+-]?\d/);
        const { patch, issues } = fescFromUrlParams(params, CTX);
        const keys = new Set(issues.map((i) => ("key" in i ? i.key : null)));
        const got = patch.fesc ?? DEFAULT_FESC;
        for (const field of Object.keys(FIELD_KEY) as (keyof FescParams)[]) {
          if (same(got[field], st.fesc[field])) continue;
          expect(keys.has(FIELD_KEY[field]), `${field}: ${JSON.stringify(st.fesc[field])}`).toBe(
            true,
          );
        }
        // Scenarios: each one comes back as saved, or an issue names its position.
        const scenarioIssues = issues.flatMap((i) => (i.code === "scenario" ? [i] : []));
        const back = patch.fescScenarios ?? [];
        let j = 0;
        st.fescScenarios.forEach((s, i) => {
          const dropped = scenarioIssues.some((x) => x.index === i + 1 && !x.kept);
          if (dropped) return;
          const b = back[j++];
          const renamed = scenarioIssues.some(
            (x) => x.index === i + 1 && x.problem.code === "duplicateName",
          );
          expect(b && same({ ...b, name: renamed ? s.name : b.name }, s), s.name).toBe(true);
        });
        expect(j).toBe(back.length);
      }),
      { numRuns: 500 },
    );
  });
});
