import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { AppState } from "../../store";
import type { MapLayer } from "../../store/map-layer";
import { pngContentOf, pngDescription, pngMapSource, withPngText, wrapText } from "./export-png";

/** A minimal PNG: signature + IHDR (1×1) + IEND, CRCs as zlib computes them. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const body = Buffer.from([...Buffer.from(type, "latin1"), ...data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
    chunk("IEND", []),
  ]);
}

/** Chunks of a PNG: type, data and whether the stored CRC matches zlib's. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at + 12 <= b.length;) {
    const len = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString("latin1");
    const data = b.subarray(at + 8, at + 8 + len);
    const crcOk = b.readUInt32BE(at + 8 + len) === crc32(b.subarray(at + 4, at + 8 + len));
    out.push({ type, data, crcOk });
    at += 12 + len;
  }
  return out;
}

describe("withPngText", () => {
  it("inserts a valid iTXt chunk with UTF-8 text right after IHDR", () => {
    const png = withPngText(tinyPng(), "Description", "Año parcial — Perú", "es-PE");
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(["IHDR", "iTXt", "IEND"]);
    expect(cs.every((c) => c.crcOk)).toBe(true);
    const data = cs[1]!.data;
    // keyword \0 flag method lang \0 translated-keyword \0 text
    const k = data.indexOf(0);
    expect(data.subarray(0, k).toString("latin1")).toBe("Description");
    expect([data[k + 1], data[k + 2]]).toEqual([0, 0]); // not compressed
    const l = data.indexOf(0, k + 3);
    expect(data.subarray(k + 3, l).toString("latin1")).toBe("es-PE");
    const t = data.indexOf(0, l + 1);
    expect(t).toBe(l + 1); // no translated keyword
    expect(data.subarray(t + 1).toString("utf8")).toBe("Año parcial — Perú");
  });

  it("leaves anything that is not a PNG as it was", () => {
    const notPng = Uint8Array.from([1, 2, 3]);
    expect([...withPngText(notPng, "Description", "x", "es")]).toEqual([1, 2, 3]);
  });
});

describe("wrapText", () => {
  const measure = (s: string) => s.length; // one unit per character

  it("breaks at spaces without exceeding the width", () => {
    expect(wrapText("Registro parcial: 35 de 99 barrios", 18, measure)).toEqual([
      "Registro parcial:",
      "35 de 99 barrios",
    ]);
  });

  it("keeps a word longer than the width on a line of its own", () => {
    expect(wrapText("a supercalifragilistic b", 5, measure)).toEqual([
      "a",
      "supercalifragilistic",
      "b",
    ]);
  });
});

describe("pngContentOf", () => {
  const classIndex = Int8Array.from([0, 3, 3, -1]);
  const layer: MapLayer = {
    layerId: "bs-gaps",
    label: { es: "Brechas: riesgo × Barrio Seguro", en: "Gaps" },
    unit: { es: "cuadrante", en: "quadrant" },
    year: null,
    sourceIds: [],
    values: [0, 3, 3, null],
    classIndex,
    breaks: [],
    min: 0,
    max: 3,
    classCount: 4,
    method: "fixed",
    palette: "quadrant",
    classLabels: [
      { es: "Riesgo menor, sin Barrio Seguro", en: "Lower risk" },
      { es: "Graduación", en: "Graduation" },
      { es: "Con Barrio Seguro y riesgo alto", en: "Covered" },
      { es: "Riesgo alto sin Barrio Seguro (brecha)", en: "Gap" },
    ],
    caption: [{ code: "partial-register", located: 35, documentBarrios: 99, zeroIsAbsent: false }],
  };
  const state = {
    mapLayer: layer,
    lang: "es",
    manifest: null,
    presenting: false,
    slideIndex: null,
    slides: [],
    departmentCode: "15",
    cameraView: null,
    pointLayers: [],
    populationAlpha: false,
    table: {
      districts: [
        { id: 0, departmentCode: "15", department: "Lima" },
        { id: 1, departmentCode: "15", department: "Lima" },
        { id: 2, departmentCode: "08", department: "Cusco" },
        { id: 3, departmentCode: "15", department: "Lima" },
      ],
    },
  } as unknown as AppState;
  const canvas = { getBoundingClientRect: () => ({ width: 1366, height: 768 }) as DOMRect };
  const content = pngContentOf(state, new Date("2026-11-28T12:00:00Z"), canvas)!;

  it("carries the caption and names categories, with the department's own counts", () => {
    expect(content.caption).toEqual([
      "Registro parcial: 35 de 99 barrios con distrito identificado — un distrito sin barrio en el registro puede tenerlo",
    ]);
    expect(content.legendTitle).toBe("cuadrante · Distritos de Lima");
    expect(content.legendRows.map((r) => `${r.label}: ${r.count}`)).toEqual([
      "Riesgo menor, sin Barrio Seguro: 1",
      "Graduación: 0",
      "Con Barrio Seguro y riesgo alto: 0",
      "Riesgo alto sin Barrio Seguro (brecha): 1",
      "sin datos: 1",
    ]);
    expect(content.subtitle).toContain("4 categorías");
  });

  it("describes the image with every text it draws, caption included", () => {
    const text = pngDescription(content);
    expect(text.split("\n")).toContain(content.caption[0]);
    expect(text).toContain("Riesgo alto sin Barrio Seguro (brecha): 1");
    expect(text.startsWith("Brechas: riesgo × Barrio Seguro\n")).toBe(true);
  });

  it("cites an imported point overlay and states the population-alpha view", () => {
    const withPoints = {
      ...state,
      pointLayers: [{ sourceId: "puntos-serenazgo" }],
      populationAlpha: true,
    } as unknown as AppState;
    const c = pngContentOf(withPoints, new Date("2026-11-28T12:00:00Z"), canvas)!;
    expect(c.source).toContain("puntos-serenazgo");
    expect(c.caption).toHaveLength(2);
    expect(c.caption[1]).toContain("poco poblados se ven más claros");
    expect(content.source).not.toContain("puntos-serenazgo");
  });
});

describe("pngMapSource", () => {
  it("keeps to the canvas when zoomed in (Lima at zoom 9): the frame's aspect, no margin", () => {
    // Peru's tiles run past every edge, so the source may not leave the 1366 × 768 canvas. Map
    // area 1920 × (1080 − 120 − 104) = 1920 × 856; the canvas (aspect 1.779) is less wide than
    // that (2.243): w = 1366, h = 1366 · 856 / 1920 = 609.008, y = (768 − 609.008) / 2 = 79.496.
    const s = {
      cameraView: { center: [-76.88, -12.05], zoom: 8.97 },
      departmentCode: null,
      table: null,
    } as unknown as AppState;
    const S = pngMapSource(s, 1366, 768);
    expect(S.x).toBe(0);
    expect(S.w).toBe(1366);
    expect(S.h).toBeCloseTo(609.008, 3);
    expect(S.y).toBeCloseTo(79.496, 3);
  });

  it("is the whole canvas while the camera is unknown", () => {
    const s = { cameraView: null, departmentCode: null, table: null } as unknown as AppState;
    expect(pngMapSource(s, 800, 600)).toEqual({ x: 0, y: 0, w: 800, h: 600 });
  });
});
