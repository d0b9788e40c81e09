import { describe, expect, it } from "vitest";
import { moveItem, nextViewId, parseViewsFile, viewsFileOf, type SavedView } from "./saved-views";

// Fixture views (not real data).
const A: SavedView = {
  id: "v1",
  title: "Lima",
  hash: "v=1&layer=population",
  savedAt: "2025-01-01",
};
const B: SavedView = { id: "v2", title: "Cusco", hash: "v=1&dep=08", savedAt: "2025-01-02" };

describe("parseViewsFile", () => {
  it("reads back what viewsFileOf writes", () => {
    const file = JSON.parse(JSON.stringify(viewsFileOf([A, B], new Date(0)))) as unknown;
    expect(parseViewsFile(file, "vistas.json")).toEqual({ views: [A, B], issues: [] });
  });

  it("rejects a file that is not a views file, naming the file", () => {
    expect(parseViewsFile([], "x.json").issues[0]).toMatch(/^x\.json: /);
    expect(parseViewsFile({ format: "otro" }, "x.json").issues[0]).toContain("«format»");
    expect(
      parseViewsFile({ format: "mapa-riesgo-vistas", version: 9, views: [] }, "x.json").issues[0],
    ).toContain("versión 9");
  });

  it("drops bad views one by one, naming file, view number and problem", () => {
    const r = parseViewsFile(
      {
        format: "mapa-riesgo-vistas",
        version: 1,
        views: [A, { title: "", hash: "v=1" }, { title: "Sin enlace", hash: "javascript:1" }, 7, B],
      },
      "vistas.json",
    );
    expect(r.views.map((v) => v.title)).toEqual(["Lima", "Cusco"]);
    expect(r.issues).toEqual([
      "vistas.json, vista 2: falta el título («title»); se omitió.",
      "vistas.json, vista 3 («Sin enlace»): el enlace («hash») falta o no empieza con «v=»; se omitió.",
      "vistas.json, vista 4: no es un objeto; se omitió.",
    ]);
  });

  it("reports link problems under the view but keeps it, and de-duplicates ids", () => {
    const r = parseViewsFile(
      { format: "mapa-riesgo-vistas", version: 1, views: [A, { ...A, title: "Otra" }] },
      "v.json",
      (h) => (h.includes("population") ? ["capa rara"] : []),
    );
    expect(r.views.map((v) => v.id)).toEqual(["v1", "v1-2"]);
    expect(r.issues).toEqual([
      "v.json, vista 1 («Lima»): capa rara",
      "v.json, vista 2 («Otra»): capa rara",
    ]);
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
