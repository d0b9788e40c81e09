import { isRecord as isObject, isText } from "./guards";
import type { IndicatorDef, Methodology, Text } from "./types";

/**
 * Methodology step 5 (weighting). Weights are raw non-negative numbers by indicator id; they are
 * re-normalised to sum 1 over the indicators that are used (present with data and weight > 0).
 */

/**
 * w̃_j = w_j / Σ_{k ∈ present, w_k > 0} w_k for j in `presentIds` with w_j > 0; other ids are left out.
 * Negative, NaN or missing weights count as 0. All zero → {} (nothing to aggregate).
 */
export function normalizeWeights(
  weights: Readonly<Record<string, number>>,
  presentIds: readonly string[],
): Record<string, number> {
  const used = presentIds.filter((id) => (weights[id] ?? 0) > 0);
  const total = used.reduce((s, id) => s + (weights[id] ?? 0), 0);
  const out: Record<string, number> = {};
  if (!(total > 0)) return out;
  for (const id of used) out[id] = (weights[id] ?? 0) / total;
  return out;
}

/** Shares in % (100·w̃_j) of the used indicators, for the weights panel. */
export function weightSharesPct(
  weights: Readonly<Record<string, number>>,
  presentIds: readonly string[],
): Record<string, number> {
  const w = normalizeWeights(weights, presentIds);
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(w)) out[id] = v * 100;
  return out;
}

export interface WeightPreset {
  id: string;
  name: Text;
  description: Text;
  /** Where the weights come from (law, strategy document, handbook). */
  source: string;
  /** "equal": 1 for every indicator; "default": each defaultWeight; absent: `weights`. */
  rule?: "equal" | "default";
  weights?: Record<string, number>;
  /**
   * Winsorising share this preset needs (0–0.25); absent = the methodology default. A one-indicator
   * preset (volume) sets 0: clipping the top 1 % would tie the 19 largest districts.
   */
  winsorP?: number;
}

/**
 * What is wrong with data/presets.json, as a code with values (issue #16: no words in the core).
 * `preset` is the 1-based position in the list, `id` the preset's id when it has one.
 */
export type PresetProblem =
  | { code: "noPresetList" }
  | { code: "noId"; preset: number }
  | { code: "textNotBilingual"; preset: number; id: string }
  | { code: "noSource"; preset: number; id: string }
  | { code: "unknownRule"; preset: number; id: string }
  | { code: "weightsNotObject"; preset: number; id: string }
  | { code: "badWeight"; preset: number; id: string; indicator: string }
  | { code: "badWinsorP"; preset: number; id: string }
  | { code: "noRuleOrWeights"; preset: number; id: string }
  | { code: "unknownPreset"; id: string };

/**
 * A malformed bundled preset file or an unknown preset id. Thrown at build/test time (the presets
 * ship with the app), never by a user's action: the message is the code with its values.
 */
export class PresetError extends Error {
  constructor(readonly problem: PresetProblem) {
    super(`data/presets.json: ${JSON.stringify(problem)}`);
    this.name = "PresetError";
  }
}

/**
 * Guard for data/presets.json: `{ presets: WeightPreset[] }`. Throws a PresetError naming the
 * preset (position, id) and the problem code.
 */
export function parsePresets(json: unknown): WeightPreset[] {
  if (!isObject(json) || !Array.isArray(json.presets)) {
    throw new PresetError({ code: "noPresetList" });
  }
  return json.presets.map((p: unknown, i): WeightPreset => {
    const preset1 = i + 1;
    if (!isObject(p) || typeof p.id !== "string") {
      throw new PresetError({ code: "noId", preset: preset1 });
    }
    const at = { preset: preset1, id: p.id };
    if (!isText(p.name) || !isText(p.description)) {
      throw new PresetError({ code: "textNotBilingual", ...at });
    }
    if (typeof p.source !== "string") throw new PresetError({ code: "noSource", ...at });
    const preset: WeightPreset = {
      id: p.id,
      name: p.name,
      description: p.description,
      source: p.source,
    };
    if (p.rule === "equal" || p.rule === "default") preset.rule = p.rule;
    else if (p.rule !== undefined) throw new PresetError({ code: "unknownRule", ...at });
    if (p.weights !== undefined) {
      const weights = p.weights;
      if (!isObject(weights)) throw new PresetError({ code: "weightsNotObject", ...at });
      const out: Record<string, number> = {};
      for (const [id, w] of Object.entries(weights)) {
        if (typeof w !== "number" || !(w >= 0)) {
          throw new PresetError({ code: "badWeight", ...at, indicator: id });
        }
        out[id] = w;
      }
      preset.weights = out;
    }
    if (p.winsorP !== undefined) {
      if (typeof p.winsorP !== "number" || !(p.winsorP >= 0 && p.winsorP <= 0.25)) {
        throw new PresetError({ code: "badWinsorP", ...at });
      }
      preset.winsorP = p.winsorP;
    }
    if (preset.rule === undefined && preset.weights === undefined) {
      throw new PresetError({ code: "noRuleOrWeights", ...at });
    }
    return preset;
  });
}

/**
 * The preset with this id in `presets` (the parsed list comes in as an argument: the shipped one is
 * src/config/presets.ts). Unknown id → PresetError "unknownPreset".
 */
export function findPreset(presets: readonly WeightPreset[], id: string): WeightPreset {
  const p = presets.find((x) => x.id === id);
  if (!p) throw new PresetError({ code: "unknownPreset", id });
  return p;
}

/**
 * Raw weights for every indicator in `defs` from a preset (or preset id): rule "equal" → 1 (0 for
 * summaries such as the crime total, which would count its parts twice),
 * rule "default" → defaultWeight, else preset.weights[id] (absent → 0). Indicators without data are
 * dropped later by normalizeWeights/computeComposite. A preset id is looked up with findPreset.
 */
export function applyPreset(
  p: WeightPreset,
  defs: readonly IndicatorDef[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const def of defs) {
    out[def.id] =
      p.rule === "equal"
        ? def.summary
          ? 0
          : 1
        : p.rule === "default"
          ? def.defaultWeight
          : (p.weights?.[def.id] ?? 0);
  }
  return out;
}

/**
 * The methodology a preset gives: `base` with the preset's weights (applyPreset) and its winsorP
 * (absent = the base's default `defaultWinsorP`). The one rule the store, the rankings and the
 * measurement scripts use to apply a preset.
 */
export function presetMethodology(
  preset: WeightPreset,
  defs: readonly IndicatorDef[],
  base: Methodology,
  defaultWinsorP: number = base.winsorP,
): Methodology {
  return { ...base, weights: applyPreset(preset, defs), winsorP: preset.winsorP ?? defaultWinsorP };
}
