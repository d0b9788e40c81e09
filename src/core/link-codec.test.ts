import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LinkIssue } from "./link-issues";
import type { Methodology } from "./types";
import { COPY } from "../i18n/copy";
import {
  decodeMethodology,
  decodeUrlState as decodeCodes,
  encodeMethodology,
  encodeUrlState,
  parseHash,
  type UrlContext,
  type UrlState,
} from "./link-codec";

// Fixture context: three districts, two departments, two layers, two indicators (not real data).
const CTX: UrlContext = {
  layerIds: new Set(["population", "poverty_pct"]),
  ubigeos: new Set(["150101", "150103", "010101"]),
  departmentCodes: new Set(["15", "01"]),
  indicatorIds: new Set(["poverty_pct", "idh"]),
};

/** Issues worded as the Spanish UI shows them (the decoders return codes). */
const words = (issues: readonly LinkIssue[]) => issues.map((i) => COPY.es.linkIssue(i));
const decodeUrlState = (hash: string, ctx: UrlContext) => {
  const r = decodeCodes(hash, ctx);
  return { patch: r.patch, issues: words(r.issues) };
};

const BASE: UrlState = {
  lang: "es",
  layerId: "population",
  year: null,
  layerClassMethod: "quantile",
  departmentCode: null,
  selectedUbigeo: null,
  markedUbigeos: [],
  camera: null,
  presenting: false,
  slideIndex: null,
  report: null,
};

const METHOD: Methodology = {
  weights: { poverty_pct: 1, idh: 1 },
  smoothing: "eb-global",
  logTransform: false,
  winsorP: 0.01,
  normalization: "minmax",
  aggregation: "arithmetic",
  missing: "reweight",
  classMethod: "quantile",
  classCount: 5,
  fixedBreaks: [20, 40, 60, 80],
  year: null,
};

describe("encodeUrlState / decodeUrlState", () => {
  it("round-trips a full state: state → link → same state", () => {
    const state: UrlState = {
      lang: "en",
      layerId: "poverty_pct",
      year: 2018,
      layerClassMethod: "jenks",
      departmentCode: "15",
      selectedUbigeo: "150101",
      markedUbigeos: ["150103", "010101"],
      camera: { center: [-77.0282, -12.0432], zoom: 10.5 },
      presenting: true,
      slideIndex: 2,
      report: { kind: "district", ubigeo: "150101" },
    };
    const link = encodeUrlState(state);
    const { patch, issues } = decodeUrlState(`#${link}`, CTX);
    expect(issues).toEqual([]);
    expect(patch).toEqual(state);
  });

  it("writes a readable, stable link (commas and colons unescaped, fixed order)", () => {
    const link = encodeUrlState({
      ...BASE,
      selectedUbigeo: "150101",
      markedUbigeos: ["150101", "150103"],
      camera: { center: [-77.028249, -12.043201], zoom: 10.456 },
      report: { kind: "department", code: "15" },
    });
    // lon/lat rounded to 4 decimals: -77.028249 → -77.0282, -12.043201 → -12.0432; zoom 10.456 → 10.46.
    expect(link).toBe(
      "v=1&lang=es&layer=population&cls=quantile&sel=150101&mk=150101,150103" +
        "&cam=-77.0282,-12.0432,10.46&report=department:15",
    );
  });

  it("leaves out the slide number when not presenting", () => {
    expect(encodeUrlState({ ...BASE, slideIndex: 3 })).not.toContain("slide=");
  });

  it("keeps the valid parts of a bad link and names each bad parameter", () => {
    const { patch, issues } = decodeUrlState(
      "#v=1&layer=nope&year=20x8&sel=999999&mk=150101,123456&cam=10,50,8&dep=15&lang=fr&cls=jenks",
      CTX,
    );
    expect(patch).toEqual({
      departmentCode: "15",
      markedUbigeos: ["150101"],
      layerClassMethod: "jenks",
    });
    expect(issues).toHaveLength(6);
    for (const key of ["layer", "year", "sel", "mk", "cam", "lang"])
      expect(issues.some((m) => m.includes(`«${key}»`))).toBe(true);
    expect(issues.find((m) => m.includes("«cam»"))).toContain("fuera del Perú");
  });

  it("reports an old/unknown version and unknown keys but still applies what it knows", () => {
    const { patch, issues } = decodeUrlState("v=0&layer=poverty_pct&foo=1", CTX);
    expect(patch).toEqual({ layerId: "poverty_pct" });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toContain("v=0");
    expect(issues[1]).toContain("«foo»");
  });

  it("does not report keys owned by a registered part", () => {
    const { issues } = decodeUrlState("v=1&fn=10", { ...CTX, extraKeys: new Set(["fn"]) });
    expect(issues).toEqual([]);
  });

  it("accepts a hand-written report link without version", () => {
    expect(decodeUrlState("#report=department:01", CTX)).toEqual({
      patch: { report: { kind: "department", code: "01" } },
      issues: [],
    });
    expect(decodeUrlState("#report=district:999999", CTX).issues).toHaveLength(1);
  });

  it("rejects a zoom outside the map's range and a malformed camera", () => {
    expect(decodeUrlState("cam=-77,-12,20", CTX).issues[0]).toContain("zoom");
    expect(decodeUrlState("cam=-77,-12", CTX).issues[0]).toContain("longitud,latitud,zoom");
    expect(decodeUrlState("cam=-77,-12,", CTX).patch).toEqual({});
  });

  it("gives an empty patch and no issue for an empty hash", () => {
    expect(decodeUrlState("", CTX)).toEqual({ patch: {}, issues: [] });
    expect(decodeUrlState("#", CTX)).toEqual({ patch: {}, issues: [] });
  });

  it("survives junk: percent garbage, repeated keys, huge values", () => {
    const r = decodeUrlState("#%E0%A4%A&&&=&sel=150101&sel=010101&year=1e9", CTX);
    // URLSearchParams.get returns the first value of a repeated key.
    expect(r.patch.selectedUbigeo).toBe("150101");
    expect(r.issues.some((m) => m.includes("«year»"))).toBe(true);
  });
});

describe("methodology in the link", () => {
  it("writes nothing for the default methodology", () => {
    expect(encodeMethodology(METHOD, METHOD)).toEqual([]);
  });

  it("round-trips a changed methodology over the default", () => {
    const m: Methodology = {
      ...METHOD,
      weights: { poverty_pct: 2.5, idh: 0 },
      smoothing: "none",
      logTransform: true,
      winsorP: 0.05,
      normalization: "percentile",
      aggregation: "geometric",
      missing: "province-median",
      classMethod: "fixed",
      classCount: 4,
      fixedBreaks: [10, 50, 90],
      year: 2019,
    };
    const link = encodeUrlState({ ...BASE, methodology: m }, { methodologyDefault: METHOD });
    expect(link).toContain("w=idh:0,poverty_pct:2.5");
    const { patch, issues } = decodeUrlState(link, { ...CTX, methodologyDefault: METHOD });
    expect(issues).toEqual([]);
    expect(patch.methodology).toEqual(m);
  });

  it("keeps valid weights and reports unknown indicators and negative weights", () => {
    const issues: LinkIssue[] = [];
    const m = decodeMethodology(
      parseHash("w=poverty_pct:3,ghost:1,idh:-1&norm=zscore&agg=median"),
      METHOD,
      CTX.indicatorIds,
      issues,
    );
    // poverty_pct 1 → 3; idh stays at base 1 (−1 rejected); zscore applied; "median" rejected.
    expect(m?.weights).toEqual({ poverty_pct: 3, idh: 1 });
    expect(m?.normalization).toBe("zscore");
    expect(m?.aggregation).toBe("arithmetic");
    expect(issues).toHaveLength(3);
  });

  it("rejects fixed breaks that are not increasing or not classCount-1 values", () => {
    const issues: LinkIssue[] = [];
    const m = decodeMethodology(parseHash("brk=50,40,60,80"), METHOD, CTX.indicatorIds, issues);
    expect(m?.fixedBreaks).toEqual([20, 40, 60, 80]);
    expect(words(issues)[0]).toContain("«brk»");
    const issues2: LinkIssue[] = [];
    decodeMethodology(parseHash("brk=10,20"), METHOD, CTX.indicatorIds, issues2);
    expect(issues2).toHaveLength(1);
  });

  it("reports methodology keys when the app has no methodology to apply them to", () => {
    const { patch, issues } = decodeUrlState("w=idh:2", CTX);
    expect(patch).toEqual({});
    expect(issues[0]).toContain("metodología");
  });
});

describe("link rules (issue 13): repeated keys, ranges, exact numbers", () => {
  const codes = (hash: string, ctx: UrlContext = CTX) => decodeCodes(hash, ctx).issues;

  it("reports a repeated key with all its values and uses the first", () => {
    const r = decodeCodes("v=1&sel=150101&sel=999999", CTX);
    expect(r.patch.selectedUbigeo).toBe("150101");
    expect(r.issues).toEqual([{ code: "repeatedKey", key: "sel", values: ["150101", "999999"] }]);
    expect(words(r.issues)[0]).toBe(
      "Enlace: el parámetro «sel» aparece 2 veces («150101», «999999»); se usó solo el primer valor.",
    );
    expect(COPY.en.linkIssue(r.issues[0]!)).toContain('parameter "sel" appears 2 times');
  });

  it("reports a slide beyond the saved views, and a huge one", () => {
    const ctx = { ...CTX, slideCount: 2 };
    expect(decodeCodes("pres=1&slide=2", ctx)).toEqual({
      patch: { presenting: true, slideIndex: 1 },
      issues: [],
    });
    expect(codes("pres=1&slide=3", ctx)).toEqual([
      { code: "outOfRange", key: "slide", value: "3", min: "1", max: "2", what: "slide" },
    ]);
    const huge = decodeCodes("pres=1&slide=99999999999999999999", ctx);
    expect(huge.patch.slideIndex).toBeUndefined();
    expect(huge.issues[0]).toMatchObject({ code: "outOfRange", key: "slide" });
    // Without a count, the storage rule's maximum of 200 views bounds it.
    expect(codes("slide=201")[0]).toMatchObject({ code: "outOfRange", max: "200" });
  });

  it("reports a year outside the years of the data ('year' and 'my')", () => {
    const ctx = { ...CTX, yearRange: [2017, 2026] as const, methodologyDefault: METHOD };
    expect(decodeCodes("year=2022", ctx).patch.year).toBe(2022);
    expect(codes("year=2100", ctx)).toEqual([
      { code: "outOfRange", key: "year", value: "2100", min: "2017", max: "2026" },
    ]);
    expect(codes("my=1999", ctx)[0]).toMatchObject({ code: "outOfRange", key: "my" });
    expect(words(codes("year=2100", ctx))[0]).toContain("fuera del rango 2017–2026");
  });

  it("writes huge and tiny numbers in plain decimals and reads them back (or says why not)", () => {
    const m: Methodology = { ...METHOD, weights: { poverty_pct: 1e-7, idh: 1e30 } };
    const link = encodeUrlState({ ...BASE, methodology: m }, { methodologyDefault: METHOD });
    expect(link).toContain("w=idh:1000000000000000019884624838656,poverty_pct:0.0000001");
    expect(link).not.toMatch(/e[+-]?\d/);
    const r = decodeCodes(link, { ...CTX, methodologyDefault: METHOD });
    expect(r.patch.methodology?.weights).toEqual({ poverty_pct: 1e-7, idh: 1 });
    expect(r.issues).toEqual([
      {
        code: "outOfRange",
        key: "w",
        value: "idh:1000000000000000019884624838656",
        min: "0",
        max: "1000000",
      },
    ]);
  });
});

/* ───────── property: encode → decode over the link state space, extreme numbers included ───────── */

const LAYERS = ["population", "poverty_pct"] as const;
const UBIGEOS = ["150101", "150103", "010101"] as const;
const PCTX: UrlContext = {
  ...CTX,
  methodologyDefault: METHOD,
  yearRange: [2015, 2026],
  slideCount: 10,
};
/** Numbers a state can hold, with the extremes that used to break the link. */
const extremeWhole = fc.constantFrom(
  0,
  -1,
  2100,
  1e21,
  1e30,
  Number("99999999999999999999"),
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -1e30,
);
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  extremeWhole,
  fc.constantFrom(1e-7, 5e-324, -2.5e-8),
);
/** Years and slide numbers are whole numbers in the state (never 0.5), of any size. */
const anyWhole = fc.oneof(fc.integer(), extremeWhole);
const z = (x: number) => (x === 0 ? 0 : x); // −0 is written "0"
const roundTo = (x: number, d: number) => {
  const y = Math.round(x * 10 ** d) / 10 ** d;
  return z(Number.isFinite(y) ? y : x);
};

function stateArb(valid: boolean): fc.Arbitrary<UrlState> {
  const year = valid ? fc.integer({ min: 2015, max: 2026 }) : anyWhole;
  const slide = valid ? fc.integer({ min: 0, max: 9 }) : anyWhole;
  const lon = valid ? fc.double({ min: -95, max: -55, noNaN: true }) : anyNumber;
  const lat = valid ? fc.double({ min: -30, max: 10, noNaN: true }) : anyNumber;
  const zoom = valid ? fc.double({ min: 3, max: 14, noNaN: true }) : anyNumber;
  const weight = valid ? fc.double({ min: 0, max: 1e6, noNaN: true }) : anyNumber;
  const methodology: fc.Arbitrary<Methodology> = fc.record({
    weights: fc.record({ poverty_pct: weight, idh: weight }),
    smoothing: fc.constantFrom("none", "eb-global", "eb-local"),
    logTransform: fc.boolean(),
    winsorP: valid ? fc.double({ min: 0, max: 0.49, noNaN: true }) : anyNumber,
    normalization: fc.constantFrom("minmax", "zscore", "percentile"),
    aggregation: fc.constantFrom("arithmetic", "geometric"),
    missing: fc.constantFrom("reweight", "province-median"),
    classMethod: fc.constantFrom("quantile", "jenks", "fixed"),
    classCount: fc.constant(5),
    fixedBreaks: fc.constant([20, 40, 60, 80]),
    year: fc.option(year),
  });
  return fc.record({
    lang: fc.constantFrom("es", "en"),
    layerId: fc.constantFrom(...LAYERS),
    year: fc.option(year),
    layerClassMethod: fc.constantFrom("quantile", "jenks", "fixed"),
    departmentCode: fc.option(fc.constantFrom("15", "01")),
    selectedUbigeo: fc.option(fc.constantFrom(...UBIGEOS)),
    markedUbigeos: fc.uniqueArray(fc.constantFrom(...UBIGEOS)),
    camera: fc.option(fc.record({ center: fc.tuple(lon, lat), zoom })),
    presenting: fc.boolean(),
    populationAlpha: fc.boolean(),
    slideIndex: fc.option(slide),
    report: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constant("district" as const), ubigeo: fc.constantFrom(...UBIGEOS) }),
        fc.record({ kind: fc.constant("department" as const), code: fc.constantFrom("15", "01") }),
      ),
    ),
    methodology,
  });
}

/** The patch a perfect round trip gives (absent = the encoder leaves the field out). */
function expectedPatch(s: UrlState): Record<string, unknown> {
  const out: Record<string, unknown> = {
    lang: s.lang,
    layerId: s.layerId,
    layerClassMethod: s.layerClassMethod,
  };
  if (s.year !== null) out.year = z(s.year);
  if (s.departmentCode !== null) out.departmentCode = s.departmentCode;
  if (s.selectedUbigeo !== null) out.selectedUbigeo = s.selectedUbigeo;
  if (s.markedUbigeos.length > 0) out.markedUbigeos = s.markedUbigeos;
  if (s.camera) {
    // Documented precision: lon/lat to 4 decimals, zoom to 2.
    const [lon, lat] = s.camera.center;
    out.camera = { center: [roundTo(lon, 4), roundTo(lat, 4)], zoom: roundTo(s.camera.zoom, 2) };
  }
  if (s.presenting) out.presenting = true;
  if (s.presenting && s.slideIndex !== null) out.slideIndex = z(s.slideIndex);
  if (s.report) out.report = s.report;
  if (s.populationAlpha) out.populationAlpha = true;
  if (s.methodology && encodeMethodology(s.methodology, METHOD).length > 0) {
    const m = s.methodology;
    out.methodology = {
      ...m,
      winsorP: z(m.winsorP),
      year: m.year === null ? null : z(m.year ?? 0),
      weights: { poverty_pct: z(m.weights.poverty_pct ?? 0), idh: z(m.weights.idh ?? 0) },
    };
  }
  return out;
}

/** The link key of a UrlState field (methodology: any of its keys). */
const KEY_OF: Record<string, readonly string[]> = {
  lang: ["lang"],
  layerId: ["layer"],
  year: ["year"],
  layerClassMethod: ["cls"],
  departmentCode: ["dep"],
  selectedUbigeo: ["sel"],
  markedUbigeos: ["mk"],
  camera: ["cam"],
  presenting: ["pres"],
  slideIndex: ["slide"],
  report: ["report"],
  populationAlpha: ["alpha"],
  methodology: ["w", "win", "my", "sm", "log", "norm", "agg", "miss", "mcls", "k", "brk"],
};
const keyOfIssue = (i: LinkIssue) => ("key" in i ? i.key : null);

describe("property: what the app writes in a link it reads back", () => {
  it("a state within the documented ranges comes back equal, with no issue", () => {
    fc.assert(
      fc.property(stateArb(true), (s) => {
        const link = encodeUrlState(s, { methodologyDefault: METHOD });
        const { patch, issues } = decodeCodes(link, PCTX);
        expect(issues).toEqual([]);
        expect(patch).toEqual(expectedPatch(s));
      }),
      { numRuns: 400 },
    );
  });

  it("any state (extreme numbers included): every field comes back equal or is named in an issue", () => {
    fc.assert(
      fc.property(stateArb(false), (s) => {
        const link = encodeUrlState(s, { methodologyDefault: METHOD });
        expect(link).not.toMatch(/=[^&]*\de[+-]?\d/); // no exponent notation anywhere
        const { patch, issues } = decodeCodes(link, PCTX);
        const named = new Set(issues.map(keyOfIssue));
        const want = expectedPatch(s);
        const got = patch as Record<string, unknown>;
        for (const field of new Set([...Object.keys(want), ...Object.keys(got)])) {
          const same = JSON.stringify(want[field]) === JSON.stringify(got[field]);
          if (same) continue;
          // Not equal: the decoder must have said so under the field's key.
          expect(
            KEY_OF[field]?.some((k) => named.has(k)),
            `${field}: ${JSON.stringify(want[field])} → ${JSON.stringify(got[field])}`,
          ).toBe(true);
        }
        // And an issue is never raised for a field that came back equal and valid.
        for (const i of issues) expect(keyOfIssue(i)).not.toBeNull();
      }),
      { numRuns: 600 },
    );
  });
});
