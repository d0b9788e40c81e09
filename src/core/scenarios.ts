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

function parseConditions(v: unknown, issues: string[]): Condition[] | null {
  if (!Array.isArray(v)) return null;
  const out: Condition[] = [];
  for (const [i, c] of v.entries()) {
    if (
      !isRecord(c) ||
      typeof c.indicatorId !== "string" ||
      (c.op !== ">=" && c.op !== "<=") ||
      !isNum(c.value)
    ) {
      issues.push(`Escenario: la condición ${i + 1} es inválida.`);
      return null;
    }
    out.push({ indicatorId: c.indicatorId, op: c.op, value: c.value });
  }
  return out;
}

function parseTiers(v: unknown, issues: string[]): TierRule[] | null {
  if (!Array.isArray(v)) return null;
  const out: TierRule[] = [];
  for (const [i, t] of v.entries()) {
    if (!isRecord(t) || typeof t.label !== "string" || !isCents(t.amountCents)) {
      issues.push(`Escenario: el tramo ${i + 1} es inválido.`);
      return null;
    }
    if (t.kind === "rank" && isNum(t.fromRank) && isNum(t.toRank)) {
      out.push({
        label: t.label,
        kind: "rank",
        fromRank: t.fromRank,
        toRank: t.toRank,
        amountCents: t.amountCents,
      });
    } else if (t.kind === "class" && isNum(t.classIndex)) {
      out.push({
        label: t.label,
        kind: "class",
        classIndex: t.classIndex,
        amountCents: t.amountCents,
      });
    } else {
      issues.push(`Escenario: el tramo ${i + 1} es inválido.`);
      return null;
    }
  }
  return out;
}

function parseMethod(v: unknown, issues: string[]): ScenarioMethod | null {
  if (!isRecord(v)) return null;
  switch (v.kind) {
    case "top-n":
      return isNum(v.n) && Number.isInteger(v.n) && v.n >= 0 ? { kind: "top-n", n: v.n } : null;
    case "thresholds": {
      const conditions = parseConditions(v.conditions, issues);
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
      const tiers = parseTiers(v.tiers, issues);
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
    if (!isNum(v.minPopulation)) return null;
    out.minPopulation = v.minPopulation;
  }
  if (v.excludeCovered !== undefined) {
    if (typeof v.excludeCovered !== "boolean") return null;
    out.excludeCovered = v.excludeCovered;
  }
  return out;
}

/**
 * Decode and validate a string made by encodeScenario. Returns the scenario, or null with Spanish issues
 * (bad encoding, unknown version, invalid method, ubigeos not 6 digits, duplicated ubigeos, amounts not
 * integer céntimos ≥ 0, amounts misaligned with ubigeos). Never throws.
 */
export function decodeScenario(text: string): { scenario: Scenario | null; issues: string[] } {
  const issues: string[] = [];
  const fail = (msg: string) => ({ scenario: null, issues: [...issues, msg] });
  const json = fromBase64Url(text.trim());
  if (json === null) return fail("Escenario: el texto no es un escenario codificado válido.");
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return fail("Escenario: el contenido no es JSON válido.");
  }
  if (!isRecord(v)) return fail("Escenario: el contenido no es un objeto.");
  if (v.v !== SCENARIO_FORMAT) return fail(`Escenario: versión ${String(v.v)} no soportada.`);
  if (typeof v.n !== "string") return fail("Escenario: falta el nombre.");
  const method = parseMethod(v.m, issues);
  if (!method) return fail("Escenario: el método es inválido o desconocido.");
  let filters: SelectionFilters | undefined;
  if (v.f !== undefined) {
    const parsed = parseFilters(v.f);
    if (!parsed) return fail("Escenario: los filtros son inválidos.");
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
  } else return fail("Escenario: falta la metodología (instantánea o pesos).");
  if (typeof v.u !== "string" || !/^(\d{6})*$/.test(v.u)) {
    return fail("Escenario: la lista de ubigeos no está formada por códigos de 6 dígitos.");
  }
  const ubigeos = v.u.match(/\d{6}/g) ?? [];
  if (!Array.isArray(v.a) || v.a.length !== ubigeos.length) {
    return fail("Escenario: los montos no corresponden a la lista de distritos.");
  }
  const amounts = v.a;
  const selection: ScenarioEntry[] = [];
  const seen = new Set<string>();
  for (const [i, ubigeo] of ubigeos.entries()) {
    const amount: unknown = amounts[i];
    if (amount !== null && !isCents(amount)) {
      return fail(`Escenario: el monto del distrito ${ubigeo} no es un entero de céntimos ≥ 0.`);
    }
    if (seen.has(ubigeo)) return fail(`Escenario: el distrito ${ubigeo} está repetido.`);
    seen.add(ubigeo);
    selection.push({ ubigeo, amountCents: amount });
  }
  const scenario: Scenario = { name: v.n, method, methodology, selection };
  if (filters) scenario.filters = filters;
  return { scenario, issues };
}
