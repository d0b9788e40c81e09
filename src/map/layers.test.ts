import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { NO_DATA_COLOR, RISK_PALETTE } from "../config/palettes";
import { buildHighlight } from "./highlight";
import { baseStyle, dataLayers, fillColorExpression, LAYER, SRC } from "./layers";

const emptyGeojson = {
  type: "geojson" as const,
  data: { type: "FeatureCollection" as const, features: [] },
};

describe("map layers", () => {
  it("form a valid style with no remote sources, glyphs or sprites", () => {
    const style = baseStyle();
    for (const id of Object.values(SRC)) style.sources[id] = emptyGeojson;
    style.layers.push(...dataLayers("risk"));
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
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

  it("fill the district polygons once and draw borders from the same source", () => {
    const onSource = dataLayers("risk").filter((l) => "source" in l && l.source === SRC.districts);
    expect(onSource.map((l) => [l.id, l.type])).toEqual([
      [LAYER.fill, "fill"],
      [LAYER.provinces, "line"],
      [LAYER.departments, "line"],
    ]);
    // the fill skips the outline features (they carry "level")
    const fill = onSource[0];
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
