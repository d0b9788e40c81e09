import presetsJson from "../../data/presets.json";
import { findPreset, parsePresets, type WeightPreset } from "../core/weights";

/**
 * The weight presets shipped in data/presets.json, parsed once here (JSON data enters through
 * config; core only parses what it is given). A malformed file throws PresetError at load.
 */
export const WEIGHT_PRESETS: readonly WeightPreset[] = parsePresets(presetsJson);

/** The shipped preset with this id; unknown id → PresetError "unknownPreset". */
export const presetById = (id: string): WeightPreset => findPreset(WEIGHT_PRESETS, id);
