import { describe, expect, it } from "vitest";
import { compileMapping } from "./import-group-mapping";

describe("compileMapping", () => {
  it("sends a value matching no pattern to the fallback, flagged unmapped", () => {
    const m = compileMapping({ groups: [{ id: "theft", patterns: ["HURTO"] }], fallback: "other" });
    expect(m.match("HURTO SIMPLE")).toEqual({ group: "theft", mapped: true });
    expect(m.match("ESTAFA")).toEqual({ group: "other", mapped: false });
  });
  it("prefers the longest pattern and matches whole words", () => {
    const m = compileMapping({
      groups: [
        { id: "sexual", patterns: ["VIOLACION"] },
        { id: "other", patterns: ["VIOLACION DE DOMICILIO"] },
        { id: "property", patterns: ["ROBO"] },
      ],
      fallback: "other",
    });
    expect(m.match("Violación sexual").group).toBe("sexual");
    expect(m.match("VIOLACIÓN DE DOMICILIO").group).toBe("other");
    expect(m.match("ROBOTICA")).toEqual({ group: "other", mapped: false });
  });
});
