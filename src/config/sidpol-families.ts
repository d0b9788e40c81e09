import familiesJson from "../../data/sidpol-families.json";
import type { ImportSpec } from "../core/import-aggregate";
import { parseFamilyMapping, sidpolSpec, type FamilyMapping } from "../core/sidpol";

/**
 * The SIDPOL modality → crime family mapping shipped in data/sidpol-families.json, parsed once
 * here (JSON data enters through config). A malformed file throws at load.
 */
export const SIDPOL_FAMILIES: FamilyMapping = parseFamilyMapping(familiesJson);

/** sidpolSpec with the shipped mapping: the import spec the app and the build use. */
export const shippedSidpolSpec = (
  format?: Parameters<typeof sidpolSpec>[1],
  options?: Parameters<typeof sidpolSpec>[2],
): ImportSpec => sidpolSpec(SIDPOL_FAMILIES, format, options);
