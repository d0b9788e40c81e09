import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import type { SensitivityResult } from "../core/sensitivity";
import { createSensitivityClient, type WorkerLike } from "../workers/sensitivity-client";
import { createSensitivityHandler } from "../workers/sensitivity.worker";
import { toDistrictTable } from "../../test/fixtures/index/table-guard";
import { legendRowLabel } from "../i18n/layer-title";
import { resetStore, useAppStore } from "./index";
import {
  IRS_LAYER,
  STABILITY_LAYER,
  selectSensitivityStale,
  setSensitivityClientFactory,
} from "./index-slice";

// FIXTURE: test/fixtures/index/table.json, 8 invented districts (departments 98/99 do not exist).
const file = fileURLToPath(new URL("../../test/fixtures/index/table.json", import.meta.url));
const TABLE = toDistrictTable(JSON.parse(readFileSync(file, "utf8")), "table.json");
const REFERENCE = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../test/reference/irs-fixture.json", import.meta.url)),
    "utf8",
  ),
) as { presets: Record<string, { ranking: { ubigeo: string }[] }> };

/** A fake worker running the real handler in-process (node has no Worker). */
function fakeWorker(): WorkerLike {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const handle = createSensitivityHandler((msg) => {
    for (const l of listeners) l(new MessageEvent("message", { data: msg }));
  });
  return {
    postMessage: (m) => void handle(m),
    addEventListener: (_t, l) => listeners.push(l),
    terminate: () => undefined,
  };
}

const load = () => {
  useAppStore.setState({ dataLoaded: true });
  useAppStore.getState().setTable(TABLE);
};
const state = () => useAppStore.getState();

beforeEach(() => {
  resetStore();
  setSensitivityClientFactory(() => createSensitivityClient(fakeWorker));
});

describe("index slice", () => {
  it("computes the scores in recompute and shows the IRS layer by default", () => {
    load();
    const s = state();
    expect(s.scores).toHaveLength(8);
    expect(s.layerId).toBe(IRS_LAYER);
    expect(s.mapLayer?.layerId).toBe(IRS_LAYER);
    expect(s.mapLayer?.palette).toBe("risk");
    expect(s.mapLayer?.namedClasses).toBe(true);
    const top = s.mapLayer;
    expect(top && legendRowLabel(top, { classIndex: 4, from: 62.4, to: 100 }, "es")).toBe(
      "Muy alto · 62.4 – 100",
    );
    // Same classes on the map as in the scores (one classification feeds both).
    s.scores?.forEach((d, i) => expect(s.mapLayer?.classIndex[i]).toBe(d.classIndex ?? -1));
    expect(s.extraLayerOptions.slice(0, 2).map((o) => o.id)).toEqual([IRS_LAYER, STABILITY_LAYER]);
    // The fixture has no crime_extortion, crime_other, food_vulnerability, municipal budget or
    // (imported-only) security spending series.
    expect(s.indexMeta?.missingIndicators).toEqual([
      "crime_extortion_rate",
      "crime_other_rate",
      "food_vulnerability",
      "muni_spending_pc",
      "muni_budget_pc",
      "security_spending_pc",
    ]);
    expect(s.indexMeta?.indicatorsWithoutData).toContain("crime_extortion_rate");
    expect(s.recomputeMs).toBeGreaterThanOrEqual(0);
  });

  it("recomputes the IRS from poverty alone when only its weight is left", () => {
    load();
    const weights = Object.fromEntries(Object.keys(state().methodology.weights).map((k) => [k, 0]));
    state().setMethodology({
      ...state().methodology,
      weights: { ...weights, poverty_pct: 1 },
      smoothing: "none",
      winsorP: 0,
      normalization: "minmax",
    });
    // poverty = [35, 20, 48, 30, 60, 25, 55, null]; min 20, max 60 → IRS = 100·(p − 20)/40
    // = [37.5, 0, 70, 25, 100, 12.5, 87.5, null]; ranks: Epsilon 1, Eta 2, Gamma 3, Alfa 4, …
    const irs = state().scores?.map((d) => d.irs);
    expect(irs).toEqual([37.5, 0, 70, 25, 100, 12.5, 87.5, null]);
    expect(state().scores?.map((d) => d.rank)).toEqual([4, 7, 3, 5, 1, 6, 2, null]);
    expect(state().mapLayer?.classIndex[7]).toBe(-1);
  });

  it("changes the map classes when a weight moves, and forgets the preset", () => {
    load();
    const before = Array.from(state().mapLayer?.classIndex ?? []);
    state().setWeight("population", 20);
    expect(state().presetId).toBeNull();
    expect(state().methodology.weights.population).toBe(20);
    expect(Array.from(state().mapLayer?.classIndex ?? [])).not.toEqual(before);
  });

  it("ranks as the independent reference when a preset is applied", () => {
    load();
    state().applyPreset("barrio-seguro");
    expect(state().presetId).toBe("barrio-seguro");
    // test/reference/irs-fixture.json: computed by test/reference/irs_reference.py (Python), not the app.
    const expected = REFERENCE.presets["barrio-seguro"]?.ranking.map((r) => r.ubigeo) ?? [];
    expect(expected).toHaveLength(8);
    const scores = state().scores ?? [];
    const order = [...scores]
      .filter((d) => d.rank !== null)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.id - b.id)
      .map((d) => TABLE.districts[d.id]?.ubigeo);
    expect(order).toEqual(expected.slice(0, order.length));
  });

  it("clamps negative and NaN weights to 0 and winsorising to [0, 25 %]", () => {
    load();
    state().setWeight("idh", -3);
    expect(state().methodology.weights.idh).toBe(0);
    state().setWinsor(0.9);
    expect(state().methodology.winsorP).toBe(0.25);
  });

  it("shows an empty stability layer with a message until a Monte-Carlo run", () => {
    load();
    state().setLayer(STABILITY_LAYER);
    expect(state().mapLayer?.layerId).toBe(STABILITY_LAYER);
    expect(Array.from(state().mapLayer?.classIndex ?? [])).toEqual(new Array(8).fill(-1));
    expect(state().mapLayer?.label.es).toMatch(/ejecútelo en la pestaña «Índice»/);
  });

  it("runs the Monte-Carlo in the worker and feeds the stability layer", async () => {
    load();
    state().setLayer(STABILITY_LAYER);
    await state().runSensitivity({ runs: 100, topN: 2 });
    const s = state().sensitivity;
    expect(s.error).toBeNull();
    expect(s.status).toBe("done");
    expect(s.progress).toBe(1);
    const r: SensitivityResult | null = s.result;
    expect(r?.runs).toBe(100);
    // Width of the interval = p95 − p5 for each scored district.
    const width = (r?.p95Rank[0] ?? NaN) - (r?.p05Rank[0] ?? NaN);
    expect(state().mapLayer?.values[0]).toBe(width);
    expect(selectSensitivityStale(state())).toBe(false);
    state().setSmoothing("none");
    expect(selectSensitivityStale(state())).toBe(true);
  });

  it("cancels a running Monte-Carlo", async () => {
    load();
    const p = state().runSensitivity({ runs: 5000 });
    expect(state().sensitivity.status).toBe("running");
    state().cancelSensitivity();
    await p;
    expect(state().sensitivity.status).toBe("cancelled");
    expect(state().sensitivity.result).toBeNull();
  });
});
