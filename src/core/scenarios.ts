import { formatDecimal } from "./decimal-text";
import { isRecord } from "./guards";
/**
 * FESC scenarios: a named selection (with amounts) plus how it was made, diffs between two scenarios,
 * and a compact URL-safe encoding for the URL state. Pure (uses TextEncoder/btoa, present in browsers
 * and Node ≥ 16).
 */
import type { AllocationMode, TierRule } from "./allocation";
import type { Condition, SelectionFilters } from "./selection";

export type ScenarioMethod =
  | { kind: "top-n"; n: number }
  | { kind: "thresholds"; conditions: Condition[] }
  | {
      kind: "budget";
      budgetCents: number;
      mode: AllocationMode;
      floorCents?: number;
      capCents?: number;
    }
  | { kind: "tiers"; tiers: TierRule[] };

/** The methodology in force: a saved snapshot id, or the raw weights by indicator id. */
export type ScenarioMethodology = { snapshotId: string } | { weights: Record<string, number> };

export interface ScenarioEntry {
  ubigeo: string;
  /** Céntimos, null when the method assigns no amount (top-n, thresholds). */
  amountCents: number | null;
}

export interface Scenario {
  name: string;
  method: ScenarioMethod;
  filters?: SelectionFilters;
  methodology: ScenarioMethodology;
  selection: ScenarioEntry[];
}

export interface ScenarioDiff {
  /** In b, not in a (ubigeo ascending). */
  entered: ScenarioEntry[];
  /** In a, not in b (ubigeo ascending). */
  left: ScenarioEntry[];
  /** In both with a different amount; sorted by |delta| descending, then ubigeo. delta = to − from. */
  changed: { ubigeo: string; from: number | null; to: number | null; delta: number }[];
  /** In both with the same amount. */
  unchanged: number;
  /** Σ amounts(b) − Σ amounts(a), null amounts as 0 (céntimos). */
  totalDeltaCents: number;
}

const byUbigeo = (x: { ubigeo: string }, y: { ubigeo: string }) =>
  x.ubigeo < y.ubigeo ? -1 : x.ubigeo > y.ubigeo ? 1 : 0;

/**
 * Compare scenario a (before) with b (after): entered, left, changed amounts. delta = to − from with
 * null as 0. Duplicated ubigeos within a scenario: the first entry counts.
 */
export function diffScenarios(a: Scenario, b: Scenario): ScenarioDiff {
  const index = (s: Scenario) => {
    const m = new Map<string, number | null>();
    for (const e of s.selection) if (!m.has(e.ubigeo)) m.set(e.ubigeo, e.amountCents);
    return m;
  };
  const ma = index(a);
  const mb = index(b);
  const entered = [...mb]
    .filter(([u]) => !ma.has(u))
    .map(([ubigeo, amountCents]) => ({ ubigeo, amountCents }));
  const left = [...ma]
    .filter(([u]) => !mb.has(u))
    .map(([ubigeo, amountCents]) => ({ ubigeo, amountCents }));
  const changed: ScenarioDiff["changed"] = [];
  let unchanged = 0;
  for (const [ubigeo, from] of ma) {
    if (!mb.has(ubigeo)) continue;
    const to = mb.get(ubigeo) ?? null;
    if (from === to) unchanged += 1;
    else changed.push({ ubigeo, from, to, delta: (to ?? 0) - (from ?? 0) });
  }
  changed.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byUbigeo(x, y));
  const sum = (m: Map<string, number | null>) =>
    [...m.values()].reduce<number>((s, v) => s + (v ?? 0), 0);
  return {
    entered: entered.sort(byUbigeo),
    left: left.sort(byUbigeo),
    changed,
    unchanged,
    totalDeltaCents: sum(mb) - sum(ma),
  };
}

/** Format version written into every encoded scenario. */
export const SCENARIO_FORMAT = 1;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Encode a scenario as a URL-safe string: JSON with short keys → UTF-8 → base64url (no padding).
 * Ubigeos are concatenated ("150101150132…") and amounts kept as an aligned array, so 36 districts with
 * amounts take about 1 000 characters.
 */
export function encodeScenario(s: Scenario): string {
  const compact = {
    v: SCENARIO_FORMAT,
    n: s.name,
    m: s.method,
    f: s.filters,
    y:
      "snapshotId" in s.methodology
        ? { s: s.methodology.snapshotId }
        : { w: s.methodology.weights },
    u: s.selection.map((e) => e.ubigeo).join(""),
    a: s.selection.map((e) => e.amountCents),
  };
  return toBase64Url(JSON.stringify(compact));
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isCents = (v: unknown): v is number => isNum(v) && Number.isSafeInteger(v) && v >= 0;
const isCount = (v: unknown, min: number): v is number =>
  Number.isSafeInteger(v) && Number(v) >= min;
/** Class tiers name one of the 5 IRS classes (0 = lowest … 4 = highest). */
export const TIER_CLASS_COUNT = 5;

/**
 * Why an encoded scenario could not be read (or, for the last two, what was remarked on a scenario
 * that was kept): a code with the values; src/i18n/copy.ts (`scenarioProblem`) words it.
 */
export type ScenarioProblem =
  | { code: "encoding" }
  | { code: "json" }
  | { code: "notObject" }
  | { code: "version"; version: string }
  | { code: "name" }
  | { code: "method" }
  | { code: "condition"; index: number }
  | { code: "tier"; index: number; field: string; value: string }
  | { code: "filters" }
  | { code: "methodology" }
  | { code: "ubigeoList" }
  | { code: "amountsMisaligned" }
  | { code: "amount"; ubigeo: string; value: string }
  | { code: "duplicateUbigeo"; ubigeo: string }
  /** Kept: ubigeos not in the loaded district layer (checked by the caller, which has the data). */
  | { code: "unknownUbigeos"; ubigeos: string[] }
  /** Kept under a new name: another scenario of the same link already has this name. */
  | { code: "duplicateName"; renamedTo: string };

const shown = (v: unknown): string => {
  if (typeof v === "number") return formatDecimal(v);
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? String(v);
};

function parseConditions(v: unknown, problems: ScenarioProblem[]): Condition[] | null {
  if (!Array.isArray(v)) return null;
  const out: Condition[] = [];
  for (const [i, c] of v.entries()) {
    if (
      !isRecord(c) ||
      typeof c.indicatorId !== "string" ||
      (c.op !== ">=" && c.op !== "<=") ||
      !isNum(c.value)
    ) {
      problems.push({ code: "condition", index: i + 1 });
      return null;
    }
    out.push({ indicatorId: c.indicatorId, op: c.op, value: c.value });
  }
  return out;
}

/**
 * Tiers: a label, an amount in céntimos (safe integer ≥ 0) and either a rank range (whole numbers,
 * 1 ≤ from ≤ to) or a class (whole number 0 … TIER_CLASS_COUNT − 1). The first bad field is named.
 */
function parseTiers(v: unknown, problems: ScenarioProblem[]): TierRule[] | null {
  if (!Array.isArray(v)) return null;
  const out: TierRule[] = [];
  for (const [i, t] of v.entries()) {
    const fail = (field: string, value: unknown) => {
      problems.push({ code: "tier", index: i + 1, field, value: shown(value) });
      return null;
    };
    if (!isRecord(t)) return fail("(tramo)", t);
    if (typeof t.label !== "string") return fail("label", t.label);
    if (!isCents(t.amountCents)) return fail("amountCents", t.amountCents);
    if (t.kind === "rank") {
      if (!isCount(t.fromRank, 1)) return fail("fromRank", t.fromRank);
      if (!isCount(t.toRank, t.fromRank)) return fail("toRank", t.toRank);
      out.push({
        label: t.label,
        kind: "rank",
        fromRank: t.fromRank,
        toRank: t.toRank,
        amountCents: t.amountCents,
      });
    } else if (t.kind === "class") {
      if (!isCount(t.classIndex, 0) || t.classIndex >= TIER_CLASS_COUNT)
        return fail("classIndex", t.classIndex);
      out.push({
        label: t.label,
        kind: "class",
        classIndex: t.classIndex,
        amountCents: t.amountCents,
      });
    } else return fail("kind", t.kind);
  }
  return out;
}

function parseMethod(v: unknown, problems: ScenarioProblem[]): ScenarioMethod | null {
  if (!isRecord(v)) return null;
  switch (v.kind) {
    case "top-n":
      return isCount(v.n, 0) ? { kind: "top-n", n: v.n } : null;
    case "thresholds": {
      const conditions = parseConditions(v.conditions, problems);
      return conditions ? { kind: "thresholds", conditions } : null;
    }
    case "budget": {
      const mode = v.mode;
      if (
        !isCents(v.budgetCents) ||
        (mode !== "population" && mode !== "risk" && mode !== "both")
      ) {
        return null;
      }
      if (v.floorCents !== undefined && !isCents(v.floorCents)) return null;
      if (v.capCents !== undefined && !isCents(v.capCents)) return null;
      return {
        kind: "budget",
        budgetCents: v.budgetCents,
        mode,
        ...(v.floorCents === undefined ? {} : { floorCents: v.floorCents }),
        ...(v.capCents === undefined ? {} : { capCents: v.capCents }),
      };
    }
    case "tiers": {
      const tiers = parseTiers(v.tiers, problems);
      return tiers ? { kind: "tiers", tiers } : null;
    }
    default:
      return null;
  }
}

function parseFilters(v: unknown): SelectionFilters | null {
  if (!isRecord(v)) return null;
  const out: SelectionFilters = {};
  if (v.departments !== undefined) {
    if (
      !Array.isArray(v.departments) ||
      !v.departments.every((d) => typeof d === "string" && /^\d{2}$/.test(d))
    ) {
      return null;
    }
    out.departments = v.departments.filter((d): d is string => typeof d === "string");
  }
  if (v.minPopulation !== undefined) {
    if (!isNum(v.minPopulation) || v.minPopulation < 0) return null;
    out.minPopulation = v.minPopulation;
  }
  if (v.excludeCovered !== undefined) {
    if (typeof v.excludeCovered !== "boolean") return null;
    out.excludeCovered = v.excludeCovered;
  }
  return out;
}

/**
 * Decode and validate a string made by encodeScenario. Returns the scenario, or null with the
 * problem (bad encoding, unknown version, missing name, invalid method — tiers with a class outside
 * 1–5 or ranks that are not whole numbers 1 ≤ from ≤ to —, ubigeos not 6 digits, duplicated ubigeos,
 * amounts not integer céntimos ≥ 0, amounts misaligned with ubigeos). Whether the ubigeos exist in
 * the loaded data, and duplicate names across scenarios, are the caller's checks. Never throws.
 */
export function decodeScenario(text: string): {
  scenario: Scenario | null;
  issues: ScenarioProblem[];
} {
  const issues: ScenarioProblem[] = [];
  const fail = (p: ScenarioProblem) => ({ scenario: null, issues: [...issues, p] });
  const json = fromBase64Url(text.trim());
  if (json === null) return fail({ code: "encoding" });
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return fail({ code: "json" });
  }
  if (!isRecord(v)) return fail({ code: "notObject" });
  if (v.v !== SCENARIO_FORMAT) return fail({ code: "version", version: shown(v.v) });
  if (typeof v.n !== "string") return fail({ code: "name" });
  const method = parseMethod(v.m, issues);
  if (!method) return fail({ code: "method" });
  let filters: SelectionFilters | undefined;
  if (v.f !== undefined) {
    const parsed = parseFilters(v.f);
    if (!parsed) return fail({ code: "filters" });
    filters = parsed;
  }
  let methodology: ScenarioMethodology;
  if (isRecord(v.y) && typeof v.y.s === "string") methodology = { snapshotId: v.y.s };
  else if (
    isRecord(v.y) &&
    isRecord(v.y.w) &&
    Object.values(v.y.w).every((x) => isNum(x) && x >= 0)
  ) {
    const weights: Record<string, number> = {};
    for (const [k, x] of Object.entries(v.y.w)) if (isNum(x)) weights[k] = x;
    methodology = { weights };
  } else return fail({ code: "methodology" });
  if (typeof v.u !== "string" || !/^(\d{6})*$/.test(v.u)) return fail({ code: "ubigeoList" });
  const ubigeos = v.u.match(/\d{6}/g) ?? [];
  if (!Array.isArray(v.a) || v.a.length !== ubigeos.length)
    return fail({ code: "amountsMisaligned" });
  const amounts = v.a;
  const selection: ScenarioEntry[] = [];
  const seen = new Set<string>();
  for (const [i, ubigeo] of ubigeos.entries()) {
    const amount: unknown = amounts[i];
    if (amount !== null && !isCents(amount))
      return fail({ code: "amount", ubigeo, value: shown(amount) });
    if (seen.has(ubigeo)) return fail({ code: "duplicateUbigeo", ubigeo });
    seen.add(ubigeo);
    selection.push({ ubigeo, amountCents: amount });
  }
  const scenario: Scenario = { name: v.n, method, methodology, selection };
  if (filters) scenario.filters = filters;
  return { scenario, issues };
}
