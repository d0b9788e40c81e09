import { describe, expect, it } from "vitest";
import type { Methodology } from "../core/types";
import {
  decodeMethodology,
  decodeUrlState,
  encodeMethodology,
  encodeUrlState,
  parseHash,
  type UrlContext,
  type UrlState,
} from "./url-sync";

// Fixture context: three districts, two departments, two layers, two indicators (not real data).
const CTX: UrlContext = {
  layerIds: new Set(["population", "poverty_pct"]),
  ubigeos: new Set(["150101", "150103", "010101"]),
  departmentCodes: new Set(["15", "01"]),
  indicatorIds: new Set(["poverty_pct", "idh"]),
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
    const issues: string[] = [];
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
    const issues: string[] = [];
    const m = decodeMethodology(parseHash("brk=50,40,60,80"), METHOD, CTX.indicatorIds, issues);
    expect(m?.fixedBreaks).toEqual([20, 40, 60, 80]);
    expect(issues[0]).toContain("«brk»");
    const issues2: string[] = [];
    decodeMethodology(parseHash("brk=10,20"), METHOD, CTX.indicatorIds, issues2);
    expect(issues2).toHaveLength(1);
  });

  it("reports methodology keys when the app has no methodology to apply them to", () => {
    const { patch, issues } = decodeUrlState("w=idh:2", CTX);
    expect(patch).toEqual({});
    expect(issues[0]).toContain("metodología");
  });
});
