import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PLACE_ALIASES } from "../config/place-aliases";
import { parsePlaceAliases } from "./place-aliases";
import { nameKey } from "./ubigeo";

const entry = {
  alias: "SJL",
  ubigeo: "150132",
  district: "San Juan de Lurigancho",
  note: "n",
  source: "s",
};

describe("parsePlaceAliases", () => {
  it("keeps well-formed entries", () => {
    expect(parsePlaceAliases({ aliases: [entry] })).toEqual({ aliases: [entry], issues: [] });
  });
  it("reports a file without an aliases list", () => {
    expect(parsePlaceAliases({ alias: [] }).issues).toEqual([
      { code: "notAList", index: -1, detail: null },
    ]);
  });
  it("drops entries with a missing field or a bad ubigeo, naming them", () => {
    const r = parsePlaceAliases({
      aliases: [{ ...entry, note: " " }, { ...entry, ubigeo: "15132" }, "SJL"],
    });
    expect(r.aliases).toEqual([]);
    expect(r.issues).toEqual([
      { code: "missingField", index: 0, detail: "note" },
      { code: "badUbigeo", index: 1, detail: "15132" },
      { code: "notAnObject", index: 2, detail: null },
    ]);
  });
  it("refuses the same alias twice, whatever its case or accents", () => {
    const r = parsePlaceAliases({ aliases: [entry, { ...entry, alias: "sjl", ubigeo: "150133" }] });
    expect(r.aliases).toEqual([entry]);
    expect(r.issues).toEqual([{ code: "duplicateAlias", index: 1, detail: "sjl" }]);
  });
  it("ships a file without issues", () => {
    expect(PLACE_ALIASES.length).toBeGreaterThanOrEqual(10);
  });
});

// The shipped aliases against the built district table (written by `npm run data`).
const file = fileURLToPath(new URL("../../public/data/districts.json", import.meta.url));
describe.skipIf(!existsSync(file))("data/place-aliases.json vs public/data/districts.json", () => {
  it("points every alias at an existing district with the name it claims", () => {
    const json: unknown = JSON.parse(readFileSync(file, "utf8"));
    const districts: unknown[] =
      typeof json === "object" &&
      json !== null &&
      "districts" in json &&
      Array.isArray(json.districts)
        ? json.districts
        : [];
    const nameOf = new Map<string, string>();
    for (const d of districts) {
      if (typeof d === "object" && d !== null && "ubigeo" in d && "name" in d) {
        nameOf.set(String(d.ubigeo), String(d.name));
      }
    }
    expect(nameOf.size).toBe(1891);
    for (const a of PLACE_ALIASES) {
      expect(nameOf.get(a.ubigeo), `${a.alias} → ${a.ubigeo}`).toBe(a.district);
      // An alias that is already the official name of its own district would be useless.
      expect(nameKey(a.alias), a.alias).not.toBe(nameKey(a.district));
    }
  });
});
