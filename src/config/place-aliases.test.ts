import { describe, expect, it } from "vitest";
import aliasesJson from "../../data/place-aliases.json";
import { parsePlaceAliases } from "../core/place-aliases";
import { PLACE_ALIASES } from "./place-aliases";

// The parser drops bad entries without a word (so one typo cannot stop the search); this is where
// a bad shipped entry is caught instead.
describe("shipped place aliases (data/place-aliases.json)", () => {
  it("parses without issues and keeps every entry of the file", () => {
    expect(parsePlaceAliases(aliasesJson).issues).toEqual([]);
    expect(PLACE_ALIASES.map((a) => a.alias)).toEqual(aliasesJson.aliases.map((a) => a.alias));
  });
});
