import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  admitViews,
  checkViewLink,
  moveItem,
  nextViewId,
  readStoredViews,
  storedRevision,
  isStaleRevision,
  readViewsFile,
  storedSize,
  viewsFileOf,
  VIEW_LIMITS,
  type SavedView,
} from "./saved-views";

// Fixture views (not real data).
const A: SavedView = {
  id: "v1",
  title: "Lima",
  hash: "v=1&layer=population",
  savedAt: "2025-01-01",
};
const B: SavedView = { id: "v2", title: "Cusco", hash: "v=1&dep=08", savedAt: "2025-01-02" };
const file = (views: unknown[], extra: Record<string, unknown> = {}) => ({
  format: "mapa-riesgo-vistas",
  version: 1,
  views,
  ...extra,
});
const viewsOf = (r: ReturnType<typeof readViewsFile>) =>
  "problem" in r ? [] : r.views.map((x) => x.view);
/** A link of exactly `n` characters. */
const linkOf = (n: number) => `v=1&fs=${"A".repeat(n - 7)}`;

describe("readViewsFile", () => {
  it("reads back what viewsFileOf writes", () => {
    const json = JSON.parse(JSON.stringify(viewsFileOf([A, B], new Date(0)))) as unknown;
    const r = readViewsFile(json);
    expect(viewsOf(r)).toEqual([A, B]);
    expect("rejected" in r && r.rejected).toEqual([]);
  });

  it("names the file-level problem: not an object, other format, newer or unknown version, no list", () => {
    expect(readViewsFile([])).toEqual({ problem: { code: "notObject" } });
    expect(readViewsFile({ format: "otro" })).toEqual({
      problem: { code: "wrongFormat", format: "otro" },
    });
    expect(readViewsFile(file([], { version: 9 }))).toEqual({
      problem: { code: "newerVersion", version: "9" },
    });
    expect(readViewsFile(file([], { version: "1" }))).toEqual({
      problem: { code: "unknownVersion", version: "1" },
    });
    expect(readViewsFile({ format: "mapa-riesgo-vistas", version: 1 })).toEqual({
      problem: { code: "noList" },
    });
  });

  it("rejects bad entries one by one with position, title, problem and the raw value", () => {
    const noLink = { title: "Sin enlace", hash: "javascript:1" };
    const r = readViewsFile(file([A, { title: "", hash: "v=1" }, noLink, 7, B]));
    expect(viewsOf(r).map((v) => v.title)).toEqual(["Lima", "Cusco"]);
    expect("rejected" in r && r.rejected).toEqual([
      { index: 2, title: null, raw: { title: "", hash: "v=1" }, problem: { code: "noTitle" } },
      { index: 3, title: "Sin enlace", raw: noLink, problem: { code: "badLink" } },
      { index: 4, title: null, raw: 7, problem: { code: "notObject" } },
    ]);
  });

  it("de-duplicates ids within the file", () => {
    const r = readViewsFile(file([A, { ...A, title: "Otra" }]));
    expect(viewsOf(r).map((v) => v.id)).toEqual(["v1", "v1-2"]);
  });
});

describe("checkViewLink (the link part of the storage rule)", () => {
  it("accepts a link of exactly maxLink characters and strips a leading #", () => {
    expect(checkViewLink(linkOf(VIEW_LIMITS.maxLink))).toEqual({
      hash: linkOf(VIEW_LIMITS.maxLink),
    });
    expect(checkViewLink("#v=1&layer=x")).toEqual({ hash: "v=1&layer=x" });
  });

  it("refuses one character more, naming length, maximum and the largest parameter", () => {
    const long = linkOf(VIEW_LIMITS.maxLink + 1);
    expect(checkViewLink(long)).toEqual({
      problem: {
        code: "linkTooLong",
        length: VIEW_LIMITS.maxLink + 1,
        max: VIEW_LIMITS.maxLink,
        largest: { key: "fs", length: VIEW_LIMITS.maxLink - 3 },
      },
    });
  });

  it("fits a whole-country FESC scenario (≈ 37 000 characters): the old 8 000 did not", () => {
    expect(VIEW_LIMITS.maxLink).toBeGreaterThanOrEqual(6 * 37_000);
    expect("hash" in checkViewLink(linkOf(24_000))).toBe(true);
  });
});

describe("admitViews (count and size part of the rule)", () => {
  const many = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => ({
      view: { ...A, id: `v${from + i}`, title: `V${from + i}` },
      index: from + i,
    }));

  it("appends up to maxViews and returns every one that did not fit with tooMany", () => {
    const r = admitViews([], many(VIEW_LIMITS.maxViews + 3));
    expect(r.views).toHaveLength(VIEW_LIMITS.maxViews);
    expect(r.refused.map((x) => x.index)).toEqual([201, 202, 203]);
    expect(r.refused[0]?.problem).toEqual({ code: "tooMany", max: VIEW_LIMITS.maxViews });
  });

  it("refuses what would overflow the stored size, with the size it would reach", () => {
    const current = [A];
    const base = storedSize(current, []);
    const big = { view: { ...B, hash: linkOf(1000) }, index: 1 };
    const limit = base + JSON.stringify(big.view).length; // one character short
    const r = admitViews(current, [big], { maxChars: limit });
    expect(r.views).toEqual([A]);
    expect(r.refused[0]?.problem).toEqual({
      code: "storageFull",
      chars: limit + 1,
      max: limit,
    });
    expect(admitViews(current, [big], { maxChars: limit + 1 }).views).toHaveLength(2);
  });

  it("gives a fresh id to an incoming view whose id is taken", () => {
    expect(admitViews([A], [{ view: { ...B, id: "v1" } }]).views.map((v) => v.id)).toEqual([
      "v1",
      "v2",
    ]);
  });

  it("property: whatever saving admits, its export reads back as the same views", () => {
    const view = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      title: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== ""),
      hash: fc.oneof(
        fc.string({ maxLength: 50 }).map((x) => `v=1&${x}`),
        fc.integer({ min: 10, max: VIEW_LIMITS.maxLink }).map(linkOf),
      ),
      savedAt: fc.string({ maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(view, { maxLength: 12 }), (incoming) => {
        // What the app stores went through readViewsFile's entry rule (titles cut) and admitViews.
        const first = readViewsFile(JSON.parse(JSON.stringify(file(incoming))));
        const admitted = admitViews([], "views" in first ? first.views : []).views;
        const again = readViewsFile(JSON.parse(JSON.stringify(viewsFileOf(admitted, new Date(0)))));
        expect("rejected" in again && again.rejected).toEqual([]);
        expect(admitViews([], "views" in again ? again.views : []).views).toEqual(admitted);
      }),
      { numRuns: 60 },
    );
  });
});

describe("readStoredViews (loading never drops)", () => {
  it("keeps entries that cannot be used aside, and writing them back keeps them unchanged", () => {
    const bad = { title: "Rota", hash: "no-es-enlace", extra: [1, 2] };
    const stored = JSON.stringify(file([A, bad, B]));
    const r = readStoredViews(stored);
    expect(r.mode).toBe("writable");
    expect(r.views).toEqual([A, B]);
    expect(r.keptAside).toEqual([
      { index: 2, title: "Rota", raw: bad, problem: { code: "badLink" } },
    ]);
    // The next save writes the views and then the kept-aside entries, as they were.
    const written = viewsFileOf(
      r.views,
      new Date(0),
      r.keptAside.map((k) => k.raw),
    );
    expect(written.views).toEqual([A, B, bad]);
    expect(readStoredViews(JSON.stringify(written)).keptAside.map((k) => k.raw)).toEqual([bad]);
  });

  it("keeps views beyond maxViews aside (tooMany) instead of dropping them", () => {
    const views = Array.from({ length: 250 }, (_, i) => ({
      ...A,
      id: `v${i + 1}`,
      title: `V${i}`,
    }));
    const r = readStoredViews(JSON.stringify(file(views)));
    expect(r.views).toHaveLength(VIEW_LIMITS.maxViews);
    expect(r.keptAside).toHaveLength(50);
    expect(r.keptAside[0]).toMatchObject({ index: 201, problem: { code: "tooMany" } });
    expect(r.keptAside[49]?.raw).toEqual(views[249]);
  });

  it("opens a link longer than the old 8 000-character limit", () => {
    const long = { ...A, hash: linkOf(30_000) };
    expect(readStoredViews(JSON.stringify(file([long]))).views).toEqual([long]);
  });

  it("goes read-only for a value that is not JSON, keeping its text", () => {
    const r = readStoredViews("{ roto");
    expect(r.mode).toBe("readOnly");
    expect(r.mode === "readOnly" && r.problem.code).toBe("notJson");
    expect(r.mode === "readOnly" && r.raw).toBe("{ roto");
    expect(r.views).toEqual([]);
  });

  it("goes read-only for a newer version, still showing the views it can read", () => {
    const text = JSON.stringify(file([A, { title: "Nueva", enlace: "v=2" }], { version: 2 }));
    const r = readStoredViews(text);
    expect(r.mode).toBe("readOnly");
    expect(r.mode === "readOnly" && r.problem).toEqual({ code: "newerVersion", version: "2" });
    expect(r.mode === "readOnly" && r.raw).toBe(text);
    expect(r.views).toEqual([A]);
    expect(r.keptAside).toMatchObject([{ index: 2, problem: { code: "badLink" } }]);
  });

  it("reads nothing stored as an empty, writable list", () => {
    expect(readStoredViews(null)).toEqual({ mode: "writable", views: [], keptAside: [] });
  });
});

describe("moveItem / nextViewId", () => {
  it("moves an item and clamps the destination", () => {
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 2, -5)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });

  it("gives an id not taken", () => {
    expect(nextViewId([A, B])).toBe("v3");
    expect(nextViewId([{ ...A, id: "v2" }])).toBe("v3");
  });
});

describe("revision of the stored list (two tabs)", () => {
  it("writes the revision before the list only when given, and reads it back", () => {
    const text = JSON.stringify(viewsFileOf([A], new Date(0), [], 7));
    expect(text.indexOf('"revision":7')).toBeLessThan(text.indexOf('"views"'));
    expect(storedRevision(text)).toBe(7);
    expect(JSON.stringify(viewsFileOf([A], new Date(0)))).not.toContain("revision");
  });

  it("reads 0 for no value, an older value without revision, junk and bad numbers", () => {
    expect(storedRevision(null)).toBe(0);
    expect(storedRevision(JSON.stringify(file([A])))).toBe(0);
    expect(storedRevision("{ roto")).toBe(0);
    expect(storedRevision(JSON.stringify(file([], { revision: -1 })))).toBe(0);
    expect(storedRevision(JSON.stringify(file([], { revision: 1.5 })))).toBe(0);
    expect(storedRevision(JSON.stringify(file([], { revision: "3" })))).toBe(0);
  });

  it("is stale only when the stored revision is higher than the one held", () => {
    expect(isStaleRevision(3, 4)).toBe(true);
    expect(isStaleRevision(4, 4)).toBe(false);
    expect(isStaleRevision(5, 4)).toBe(false);
  });
});
