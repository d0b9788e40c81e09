import aliasesJson from "../../data/place-aliases.json";
import { parsePlaceAliases, type PlaceAlias } from "../core/place-aliases";

/**
 * The aliases shipped in data/place-aliases.json, parsed once here (JSON data enters through
 * config). Bad entries are dropped by the parser (its issues are checked in the tests).
 */
export const PLACE_ALIASES: readonly PlaceAlias[] = parsePlaceAliases(aliasesJson).aliases;
