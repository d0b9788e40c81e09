import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { NEUTRAL_PALETTE, NO_DATA_COLOR, QUADRANT_PALETTE, RISK_PALETTE } from "../config/palettes";
import { buildHighlight, buildHighlightLabels } from "./highlight";
import { DETAIL_MINZOOM, DISTRICT_TILES } from "../config/map";
import {
  baseStyle,
  detailLayers,
  fillColorExpression,
  fillOpacityExpression,
  glyphsUrlOf,
  HIGHLIGHT_STYLE,
  LAYER,
  SRC,
} from "./layers";

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

const emptyGeojson = {
  type: "geojson" as const,
  data: { type: "FeatureCollection" as const, features: [] },
};
const TILE_URL = "http://localhost/app/data/tiles/{z}/{x}/{y}.pbf";
// Written by hand: the page's own folder, then the fontstack and range MapLibre fills in.
const GLYPHS = "http://localhost/app/fonts/{fontstack}/{range}.pbf";
const style = (palette: "risk" | "neutral" = "risk") => baseStyle(TILE_URL, palette, GLYPHS);

describe("map layers", () => {
  it("form a valid style whose only remote resources are the page's own tiles and glyphs", () => {
    const s = style();
    s.sources[SRC.detail] = emptyGeojson;
    const halo = s.layers.findIndex((l) => l.id === LAYER.highlightHalo);
    s.layers.splice(halo, 0, ...detailLayers("risk", true)); // below the highlight, as MapView
    expect(validateStyleMin(s)).toEqual([]);
    expect(s.glyphs).toBe(GLYPHS);
    expect(s.sprite).toBeUndefined();
    expect(JSON.stringify(s).match(/https?:[^"]*/g)).toEqual([GLYPHS, TILE_URL]);
  });

  it("build the glyph URL under the page's folder, braces kept for MapLibre", () => {
    expect(glyphsUrlOf("http://localhost/app/index.html#v=1")).toBe(GLYPHS);
    expect(glyphsUrlOf("https://example.gob.pe/mapa/")).toBe(
      "https://example.gob.pe/mapa/fonts/{fontstack}/{range}.pbf",
    );
  });

  it("name departments, provinces and districts at growing zooms, marked and selected first", () => {
    const labels = style().layers.filter((l) => l.type === "symbol");
    expect(labels.map((l) => [l.id, l.minzoom ?? 0, l.maxzoom ?? 24])).toEqual([
      [LAYER.labelsDistrict, 8.5, 24],
      [LAYER.labelsProvince, 6.5, 9],
      [LAYER.labelsDepartment, 0, 7],
      [LAYER.labelsMarked, 0, 24],
      [LAYER.labelsHighlight, 0, 24],
    ]);
    for (const l of labels) {
      if (l.type !== "symbol") continue;
      // Every font is one of the two shipped in public/fonts.
      expect(["NotoSans-Regular", "NotoSans-Medium"]).toContain(
        (l.layout?.["text-font"] as string[])[0],
      );
      expect(l.paint?.["text-halo-width"]).toBeGreaterThanOrEqual(1.5);
    }
    const district = labels[0];
    expect(district?.type === "symbol" ? district.layout?.["symbol-sort-key"] : null).toEqual([
      "get",
      "rank",
    ]);
    const selected = labels[4];
    expect(selected?.type === "symbol" ? selected.layout?.["text-allow-overlap"] : null).toBe(true);
    expect(selected && "filter" in selected ? selected.filter : null).toEqual([
      "==",
      ["get", "kind"],
      "selected",
    ]);
  });

  it("fade by population only in the population-alpha view, hover still lighter", () => {
    expect(fillOpacityExpression(false)).toEqual([
      "case",
      ["boolean", ["feature-state", "hover"], false],
      0.55,
      1,
    ]);
    expect(fillOpacityExpression(true)).toEqual([
      "*",
      fillOpacityExpression(false),
      ["coalesce", ["feature-state", "alpha"], 1],
    ]);
    const fill = detailLayers("risk", true)[0];
    expect(fill?.type === "fill" ? fill.paint?.["fill-opacity"] : null).toEqual(
      fillOpacityExpression(true),
    );
  });

  it("start with the district tiles over exactly their bounds and zooms", () => {
    const src = style().sources[SRC.districts];
    expect(src).toEqual({
      type: "vector",
      tiles: [TILE_URL],
      minzoom: DISTRICT_TILES.minzoom,
      maxzoom: DISTRICT_TILES.maxzoom,
      bounds: DISTRICT_TILES.bounds,
    });
  });

  it("colour classes from feature-state, grey for no data", () => {
    expect(fillColorExpression(RISK_PALETTE)).toEqual([
      "match",
      ["coalesce", ["feature-state", "cls"], -1],
      0,
      RISK_PALETTE[0],
      1,
      RISK_PALETTE[1],
      2,
      RISK_PALETTE[2],
      3,
      RISK_PALETTE[3],
      4,
      RISK_PALETTE[4],
      NO_DATA_COLOR,
    ]);
  });

  it("draw fill, province and department outlines from the tiles, highlight on top", () => {
    const layers = style().layers.filter((l) => l.type !== "symbol");
    expect(
      layers.map((l) => [l.id, l.type, "source-layer" in l ? l["source-layer"] : null]),
    ).toEqual([
      [LAYER.background, "background", null],
      [LAYER.fill, "fill", "districts"],
      [LAYER.provinces, "line", "borders"],
      [LAYER.departments, "line", "borders"],
      [LAYER.highlightHalo, "line", null],
      [LAYER.highlight, "line", null],
    ]);
  });

  it("outline the selection with a dark line over a wider white halo", () => {
    const layers = style().layers;
    const halo = layers.find((l) => l.id === LAYER.highlightHalo);
    const line = layers.find((l) => l.id === LAYER.highlight);
    expect(halo?.type === "line" ? halo.paint?.["line-color"] : null).toBe("#ffffff");
    for (const kind of ["selected", "marked"] as const) {
      const [haloW, lineW] = HIGHLIGHT_STYLE[kind].widths;
      expect(haloW).toBeGreaterThanOrEqual(lineW + 3); // at least 1.5 px of white each side
      expect(luminance(HIGHLIGHT_STYLE[kind].color)).toBeLessThan(0.05);
    }
    expect(line?.type === "line" ? JSON.stringify(line.paint?.["line-color"]) : "").toContain(
      HIGHLIGHT_STYLE.marked.color,
    );
    // Both edges contrast with the darkest and the lightest class of every palette (WCAG ratio).
    for (const fill of [
      RISK_PALETTE[4],
      RISK_PALETTE[0],
      NEUTRAL_PALETTE[4],
      QUADRANT_PALETTE[3],
    ]) {
      const best = Math.max(
        contrast(HIGHLIGHT_STYLE.halo, fill),
        contrast(HIGHLIGHT_STYLE.marked.color, fill),
      );
      expect(best, fill).toBeGreaterThan(3);
    }
    expect(contrast(HIGHLIGHT_STYLE.halo, RISK_PALETTE[4])).toBeGreaterThan(3);
  });

  it("draw the detail from DETAIL_MINZOOM, fill skipping the outline features", () => {
    const layers = detailLayers("neutral");
    expect(layers.map((l) => [l.id, l.type, "source" in l ? l.source : null, l.minzoom])).toEqual([
      [LAYER.fillDetail, "fill", SRC.detail, DETAIL_MINZOOM],
      [LAYER.provincesDetail, "line", SRC.detail, DETAIL_MINZOOM],
      [LAYER.departmentsDetail, "line", SRC.detail, DETAIL_MINZOOM],
    ]);
    const fill = layers[0];
    expect(fill && "filter" in fill ? fill.filter : null).toEqual(["!", ["has", "level"]]);
  });
});

describe("buildHighlight", () => {
  const square = (x: number) => ({
    type: "Feature" as const,
    properties: { ubigeo: `01010${x}` },
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 0],
        ],
      ],
    },
  });
  const districts = [square(0), square(1), square(2)];

  it("holds marked districts then the selected one, drawn last", () => {
    const fc = buildHighlight(districts, 1, [0, 1, 2]);
    expect(fc.features.map((f) => [f.id, f.properties.kind])).toEqual([
      [0, "marked"],
      [2, "marked"],
      [1, "selected"],
    ]);
  });

  it("is empty with nothing selected or marked, and ignores unknown ids", () => {
    expect(buildHighlight(districts, null, []).features).toEqual([]);
    expect(buildHighlight(districts, 9, [7]).features).toEqual([]);
  });
});

describe("buildHighlightLabels", () => {
  const rows = [0, 1, 2].map((id) => ({
    id,
    name: `D${id}`,
    label: [id, -id] as [number, number],
  }));

  it("names marked districts then the selected one at their label points", () => {
    const fc = buildHighlightLabels(rows as never, 1, [2, 1]);
    expect(
      fc.features.map((f) => [f.properties.name, f.properties.kind, f.geometry.coordinates]),
    ).toEqual([
      ["D2", "marked", [2, -2]],
      ["D1", "selected", [1, -1]],
    ]);
    expect(buildHighlightLabels(rows as never, null, [9]).features).toEqual([]);
  });
});
