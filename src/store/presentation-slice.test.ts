import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Scenario } from "../core/scenarios";
import { VIEW_LIMITS } from "../core/saved-views";
import type { DistrictRow, DistrictTable } from "../data/contract";
import { COPY } from "../i18n/copy";
import { resetStore, useAppStore } from "./index";
import { VIEWS_STORAGE_KEY } from "./presentation-slice";

// Fixture table (not real data): two fake districts with population and poverty series, so the
// links' layers validate. Node has no localStorage: persistence is skipped silently (covered end
// to end in e2e/presentation.e2e.ts).
const row = (id: number, ubigeo: string): DistrictRow => ({
  id,
  ubigeo,
  name: `D${id}`,
  province: "P",
  department: "Uno",
  provinceCode: ubigeo.slice(0, 4),
  departmentCode: ubigeo.slice(0, 2),
  naturalRegion: "Costa",
  areaKm2: 10,
  label: [-77, -12],
  bbox: [-77.1, -12.1, -76.9, -11.9],
  neighbors: [],
});
const TABLE: DistrictTable = {
  version: 1,
  districts: [row(0, "010101"), row(1, "010102")],
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "fx",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: [10, 20],
    },
    {
      key: "poverty_pct",
      year: 2018,
      sourceId: "fx",
      unit: "%",
      label: { es: "Q", en: "Q" },
      values: [5, 9],
    },
  ],
};
beforeEach(() => {
  resetStore();
  useAppStore.setState({ table: TABLE });
});
const s = () => useAppStore.getState();

describe("presentation slice: saved views", () => {
  it("saves, renames, reorders and deletes views", () => {
    s().saveView("Uno");
    s().setLayer("poverty_pct");
    s().saveView("  Dos  ");
    s().saveView("");
    expect(s().slides.map((v) => v.title)).toEqual(["Uno", "Dos", "Vista 3"]);
    expect(s().slides[1]?.hash).toContain("layer=poverty_pct");
    expect(s().slides[1]?.hash).not.toContain("pres=");
    s().renameView("v1", "Primera");
    s().renameView("v1", "   "); // blank titles are refused
    s().moveView("v3", -2);
    expect(s().slides.map((v) => v.title)).toEqual(["Vista 3", "Primera", "Dos"]);
    s().deleteView("v2");
    expect(s().slides.map((v) => v.id)).toEqual(["v3", "v1"]);
  });

  it("plays views in order, clamped at both ends, and leaves presentation", () => {
    s().setLayer("population");
    s().saveView("A");
    s().setLayer("poverty_pct");
    s().saveView("B");
    s().startPresentation(null);
    expect(s()).toMatchObject({ presenting: true, slideIndex: null });
    s().prevSlide(); // nothing before the current view
    expect(s().slideIndex).toBeNull();
    s().nextSlide();
    expect(s()).toMatchObject({ slideIndex: 0, layerId: "population" });
    s().nextSlide();
    s().nextSlide();
    expect(s()).toMatchObject({ slideIndex: 1, layerId: "poverty_pct" });
    s().prevSlide();
    expect(s()).toMatchObject({ slideIndex: 0, layerId: "population" });
    s().stopPresentation();
    expect(s()).toMatchObject({ presenting: false, slideIndex: null });
  });

  it("imports a file's valid views after the existing ones and returns its problems", () => {
    s().saveView("Propia");
    const issues = s().importViews(
      {
        format: "mapa-riesgo-vistas",
        version: 1,
        views: [{ id: "v1", title: "Importada", hash: "v=1&layer=population" }, { title: "Mala" }],
      },
      "x.json",
    );
    expect(s().slides.map((v) => `${v.id}:${v.title}`)).toEqual(["v1:Propia", "v2:Importada"]);
    expect(issues.imported).toBe(1);
    expect(issues.issues).toHaveLength(1);
    expect(COPY.es.viewsIssue(issues.issues[0]!)).toMatch(/^x\.json, vista 2/);
  });
});

/** A Map-backed localStorage (node has none); `quota` makes setItem throw above that many chars. */
function fakeStorage(quota = Infinity) {
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > quota) throw new DOMException("full", "QuotaExceededError");
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
  return data;
}
afterEach(() => {
  Reflect.deleteProperty(globalThis, "localStorage");
});

/** A saved FESC scenario of `n` fixture ubigeos with amounts (≈ 20 link characters each). */
const bigScenario = (name: string, n: number): Scenario => ({
  name,
  method: { kind: "budget", budgetCents: 25_200_000_000, mode: "both" },
  methodology: { weights: { poverty_pct: 1 } },
  selection: Array.from({ length: n }, (_, i) => ({
    ubigeo: String(100000 + i),
    amountCents: 1_000_000_000 + i * 7919,
  })),
});
const viewsFile = (views: unknown[], version: unknown = 1) =>
  JSON.stringify({ format: "mapa-riesgo-vistas", version, exportedAt: "", views });

describe("presentation slice: the storage rule (issue 13)", () => {
  it("keeps a view with a 1 200-district FESC scenario after reload, and re-imports its export", () => {
    const data = fakeStorage();
    useAppStore.setState({
      fesc: { ...s().fesc, n: 1200 },
      fescScenarios: [bigScenario("Top 1200", 1200)],
    });
    const r = s().saveView("Top 1200");
    expect(r.ok).toBe(true);
    expect(s().slides[0]!.hash.length).toBeGreaterThan(8000); // the old limit dropped it on load
    s().reloadSavedViews();
    expect(s().slides.map((v) => v.title)).toEqual(["Top 1200"]);
    expect(s().viewsStorage.keptAside).toEqual([]);
    const exported: unknown = JSON.parse(s().exportViews());
    data.clear();
    s().reloadSavedViews();
    expect(s().slides).toEqual([]);
    const back = s().importViews(exported, "vistas.json");
    expect(back.imported).toBe(1);
    expect(back.issues.filter((i) => i.code !== "viewLink")).toEqual([]);
    expect(s().slides[0]?.hash).toContain("fs=");
  });

  it("refuses to save a view whose link is too long, naming length, maximum and the scenarios", () => {
    const data = fakeStorage();
    s().saveView("Antes");
    const before = data.get(VIEWS_STORAGE_KEY);
    useAppStore.setState({
      fescScenarios: Array.from({ length: 8 }, (_, i) => bigScenario(`E${i}`, 1891)),
    });
    const r = s().saveView("Demasiado");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({
      code: "linkTooLong",
      max: VIEW_LIMITS.maxLink,
      largest: { key: "fs" },
    });
    expect(COPY.es.viewNotSaved(r.title, r.problem)).toMatch(
      /^La vista «Demasiado» no se guardó: su enlace tiene [\d,]+ caracteres y el máximo es 250,000; lo que más ocupa es «fs» .*escenarios FESC/,
    );
    expect(s().slides.map((v) => v.title)).toEqual(["Antes"]);
    expect(data.get(VIEWS_STORAGE_KEY)).toBe(before);
  });

  it("imports 600 views as 200 and reports the 400 that did not fit; nothing else is lost", () => {
    const data = fakeStorage();
    const views = Array.from({ length: 600 }, (_, i) => ({
      id: `v${i + 1}`,
      title: `Vista ${i + 1}`,
      hash: "v=1&layer=population",
    }));
    const r = s().importViews(JSON.parse(viewsFile(views)), "600.json");
    expect(r.imported).toBe(200);
    expect(r.issues).toEqual([
      {
        code: "notImported",
        source: "600.json",
        problem: { code: "tooMany", max: 200 },
        count: 400,
        first: 201,
        last: 600,
        titles: ["Vista 201", "Vista 202", "Vista 203", "Vista 204", "Vista 205"],
      },
    ]);
    expect(COPY.es.viewsIssue(r.issues[0]!)).toBe(
      "600.json: 400 vista(s) no se importaron (vistas 201–600: «Vista 201», «Vista 202», «Vista 203», «Vista 204», «Vista 205» y 395 más): el máximo es 200 vistas guardadas; elimine o exporte alguna.",
    );
    s().reloadSavedViews();
    expect(s().slides).toHaveLength(200);
    expect(JSON.parse(data.get(VIEWS_STORAGE_KEY) ?? "{}").views).toHaveLength(200);
    const full = s().saveView("201");
    expect(full).toMatchObject({ ok: false, problem: { code: "tooMany", max: 200 } });
  });

  it("loads a stored list with a bad entry, shows it kept aside, and saving keeps it stored", () => {
    const data = fakeStorage();
    const bad = { title: "Rota", hash: 42 };
    data.set(VIEWS_STORAGE_KEY, viewsFile([{ id: "v1", title: "Buena", hash: "v=1" }, bad]));
    s().reloadSavedViews();
    expect(s().slides.map((v) => v.title)).toEqual(["Buena"]);
    expect(s().viewsStorage.keptAside).toMatchObject([
      { index: 2, title: "Rota", problem: { code: "badLink" } },
    ]);
    s().saveView("Nueva");
    const stored = JSON.parse(data.get(VIEWS_STORAGE_KEY) ?? "{}") as { views: unknown[] };
    expect(stored.views.map((v) => (v as { title: string }).title)).toEqual([
      "Buena",
      "Nueva",
      "Rota",
    ]);
    expect(stored.views[2]).toEqual(bad);
    expect(JSON.parse(s().exportKeptAside())).toMatchObject({ views: [bad] });
    s().discardKeptAside();
    expect(s().viewsStorage.keptAside).toEqual([]);
    expect(JSON.parse(data.get(VIEWS_STORAGE_KEY) ?? "{}").views).toHaveLength(2);
  });

  it("never writes over a newer version's value: read-only, every change refused", () => {
    const data = fakeStorage();
    const text = viewsFile([{ id: "a", title: "De la v2", hash: "v=1" }], 2);
    data.set(VIEWS_STORAGE_KEY, text);
    s().reloadSavedViews();
    expect(s().viewsStorage.readOnly).toEqual({
      problem: { code: "newerVersion", version: "2" },
      raw: text,
    });
    expect(s().slides.map((v) => v.title)).toEqual(["De la v2"]);
    expect(s().saveView("x")).toMatchObject({ ok: false, problem: { code: "readOnly" } });
    s().renameView("a", "otro");
    s().moveView("a", 1);
    s().deleteView("a");
    expect(s().importViews(JSON.parse(viewsFile([])), "f.json").issues).toEqual([
      { code: "readOnly" },
    ]);
    expect(s().slides.map((v) => v.title)).toEqual(["De la v2"]);
    expect(data.get(VIEWS_STORAGE_KEY)).toBe(text);
    expect(s().exportKeptAside()).toBe(text);
  });

  it("keeps a corrupted value untouched (read-only) until the user discards it", () => {
    const data = fakeStorage();
    data.set(VIEWS_STORAGE_KEY, "{ no es json");
    s().reloadSavedViews();
    expect(s().viewsStorage.readOnly?.problem.code).toBe("notJson");
    expect(s().saveView("x").ok).toBe(false);
    expect(data.get(VIEWS_STORAGE_KEY)).toBe("{ no es json");
    s().discardKeptAside();
    expect(s().viewsStorage.readOnly).toBeNull();
    expect(s().saveView("x").ok).toBe(true);
    expect(JSON.parse(data.get(VIEWS_STORAGE_KEY) ?? "{}").views).toHaveLength(1);
  });

  it("says so when the browser refuses the write, keeping the view for the session", () => {
    fakeStorage(10);
    s().reloadSavedViews();
    expect(s().saveView("Solo sesión").ok).toBe(true);
    expect(s().slides.map((v) => v.title)).toEqual(["Solo sesión"]);
    expect(s().viewsStorage.writeFailed).toBe(true);
  });

  it("reports a played view's link problems under its title", () => {
    useAppStore.setState({
      slides: [{ id: "v1", title: "Mala", hash: "v=1&sel=999999&sel=010101", savedAt: "" }],
    });
    s().gotoSlide(0);
    expect(s().linkIssues.map((i) => COPY.es.linkIssue(i))).toEqual([
      "«Mala»: Enlace: el parámetro «sel» aparece 2 veces («999999», «010101»); se usó solo el primer valor.",
      "«Mala»: Enlace: el parámetro «sel» («999999») no es un ubigeo de la capa de distritos; se ignoró.",
    ]);
  });
});
