import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DistrictRow, DistrictTable } from "../data/contract";
import { resetStore, useAppStore } from "./index";
import { VIEWS_STORAGE_KEY } from "./presentation-slice";
import { startViewsSync } from "./views-sync";

// Two tabs share one localStorage; this store is tab B, "tab A" writes the stored value directly.
// Fixture table (not real data).
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
  districts: [row(0, "010101")],
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "fx",
      unit: "hab.",
      label: { es: "P", en: "P" },
      values: [10],
    },
  ],
};

/** A Map-backed localStorage (node has none). */
function fakeStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
  };
}
/** What tab A writes: a views file with `titles` at `revision`. */
const written = (titles: string[], revision: number) =>
  JSON.stringify({
    format: "mapa-riesgo-vistas",
    version: 1,
    exportedAt: "2026-01-01T00:00:00.000Z",
    revision,
    views: titles.map((title, i) => ({
      id: `a${i}`,
      title,
      hash: "v=1&layer=population",
      savedAt: "2026-01-01",
    })),
  });

const s = () => useAppStore.getState();
const listeners: ((e: StorageEvent) => void)[] = [];
beforeEach(() => {
  vi.stubGlobal("localStorage", fakeStorage());
  listeners.length = 0;
  vi.stubGlobal("window", {
    addEventListener: (_t: string, f: (e: StorageEvent) => void) => listeners.push(f),
    removeEventListener: () => {},
  });
  resetStore();
  useAppStore.setState({ table: TABLE });
  s().reloadSavedViews();
});
afterEach(() => vi.unstubAllGlobals());

describe("saved views across tabs", () => {
  it("re-reads the list when another tab writes a newer revision", () => {
    const stop = startViewsSync(useAppStore);
    const value = written(["De la pestaña A"], 1);
    localStorage.setItem(VIEWS_STORAGE_KEY, value);
    for (const f of listeners) f({ key: VIEWS_STORAGE_KEY, newValue: value } as StorageEvent);
    expect(s().slides.map((v) => v.title)).toEqual(["De la pestaña A"]);
    expect(s().viewsStorage.revision).toBe(1);
    stop();
  });

  it("never overwrites a newer stored list: a save re-reads it first and writes revision + 1", () => {
    s().saveView("B1"); // this tab: revision 1
    expect(s().viewsStorage.revision).toBe(1);
    // Tab A, which had read revision 1 too, saved two views (revision 2); no event reached tab B.
    localStorage.setItem(VIEWS_STORAGE_KEY, written(["B1", "A1"], 2));
    s().saveView("B2");
    expect(s().slides.map((v) => v.title)).toEqual(["B1", "A1", "B2"]);
    const stored = JSON.parse(localStorage.getItem(VIEWS_STORAGE_KEY) ?? "{}") as {
      revision: number;
      views: { title: string }[];
    };
    expect(stored.revision).toBe(3);
    expect(stored.views.map((v) => v.title)).toEqual(["B1", "A1", "B2"]);
  });

  it("ignores other keys, and follows any other tab's write of the list, even a lower revision", () => {
    s().saveView("B1");
    s().saveView("B2"); // revision 2 here
    const stop = startViewsSync(useAppStore);
    const fire = (key: string | null, value: string | null) => {
      if (key === VIEWS_STORAGE_KEY) {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      }
      for (const f of listeners) f({ key, newValue: value } as StorageEvent);
    };
    fire("otra-clave", "x");
    expect(s().slides.map((v) => v.title)).toEqual(["B1", "B2"]);
    // Tab A emptied the list (removed), then saved one view: revision 1 < 2, still the newest.
    fire(VIEWS_STORAGE_KEY, null);
    expect(s().slides).toEqual([]);
    fire(VIEWS_STORAGE_KEY, written(["A1"], 1));
    expect(s().slides.map((v) => v.title)).toEqual(["A1"]);
    expect(s().viewsStorage.revision).toBe(1);
    stop();
  });
});
