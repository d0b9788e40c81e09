import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { NEUTRAL_PALETTE, NO_DATA_COLOR, QUADRANT_PALETTE, RISK_PALETTE } from "../config/palettes";
import { buildHighlight } from "./highlight";
import { DETAIL_MINZOOM, DISTRICT_TILES } from "../config/map";
import {
  baseStyle,
  detailLayers,
  fillColorExpression,
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

describe("map layers", () => {
  it("form a valid style whose only remote resource is the page's own tiles", () => {
    const style = baseStyle(TILE_URL, "risk");
    style.sources[SRC.detail] = emptyGeojson;
    style.layers.splice(-2, 0, ...detailLayers("risk")); // below the highlight pair, as MapView
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style).match(/https?:[^"]*/g)).toEqual([TILE_URL]);
  });

  it("start with the district tiles over exactly their bounds and zooms", () => {
    const src = baseStyle(TILE_URL, "risk").sources[SRC.districts];
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
    const layers = baseStyle(TILE_URL, "risk").layers;
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
    const layers = baseStyle(TILE_URL, "risk").layers;
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
