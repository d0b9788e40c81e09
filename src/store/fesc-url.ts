import type { AllocationMode, TierRule } from "../core/allocation";
import { formatDecimal } from "../core/decimal-text";
import type { LinkIssue } from "../core/link-issues";
import { decodeScenario, encodeScenario, TIER_CLASS_COUNT, type Scenario } from "../core/scenarios";
import type { Condition } from "../core/selection";
import { DEFAULT_FESC, type FescParams, type FescSlice } from "./fesc-slice";
import type { UrlPart } from "./url-sync";

/**
 * The FESC part of the URL state. Only values that differ from DEFAULT_FESC are written, so a
 * default link stays short. Keys (all prefixed "f"):
 *   fr rule (top-n | thresholds) · fn N · fc conditions "id~>=~30!id~<=~0.5" · fa amounts
 *   (none | budget | tiers) · fb budget soles · fm mode · ff floor · fx cap · ft tiers
 *   "label~from~to~soles!…" · fd departments "15,07" · fp minimum population · fe exclude covered (1)
 *   fs saved scenarios (encodeScenario strings joined by ".") · fk compared pair "a.b" (indexes)
 * Numbers are written in plain decimal notation (never "1e+30", core/decimal-text.ts) with "." as
 * decimal mark; "," in numbers is accepted too. Tier labels escape "~", "!" and "%" as %7E, %21, %25.
 *
 * Ranges (a value outside is reported and the parameter ignored, i.e. its default stays):
 *   counts (fn, fp) whole numbers 0 … 2^53 − 1 · amounts (fb, ff, fx, tier soles) 0 … (2^53 − 1)
 *   céntimos, the FESC form's own limit · tier ranks whole 1 ≤ from ≤ to · tier class 1–5 ·
 *   departments and scenario ubigeos must exist in the loaded data (when a context is given).
 * Scenario names are unique in the store (the same name replaces): a repeated name in "fs" is kept
 * under "name (2)" and reported.
 */
export type FescUrlState = Pick<FescSlice, "fesc" | "fescScenarios" | "fescCompare">;

/** Every key the FESC part writes or reads (the link's generic part leaves them to this module). */
export const FESC_URL_KEYS = [
  "fr",
  "fn",
  "fc",
  "fa",
  "fb",
  "fm",
  "ff",
  "fx",
  "ft",
  "fd",
  "fp",
  "fe",
  "fs",
  "fk",
] as const;

/** What decoding checks codes against (the loaded data); absent sets are not checked. */
export interface FescUrlContext {
  ubigeos?: ReadonlySet<string>;
  departmentCodes?: ReadonlySet<string>;
  indicatorIds?: ReadonlySet<string>;
}

const MODES: readonly AllocationMode[] = ["population", "risk", "both"];

/** Céntimos as exact soles text: 123456 → "1234.56", 500 → "5" (integer arithmetic, no rounding). */
function centsText(cents: number): string {
  if (!Number.isSafeInteger(cents)) return formatDecimal(cents / 100);
  const sign = cents < 0 ? "-" : "";
  const c = Math.abs(cents);
  const rest = c % 100;
  const whole = formatDecimal((c - rest) / 100);
  if (rest === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

const escapeLabel = (label: string) =>
  label.replace(/%/g, "%25").replace(/~/g, "%7E").replace(/!/g, "%21");
const unescapeLabel = (label: string) =>
  label.replace(/%7E/gi, "~").replace(/%21/g, "!").replace(/%25/g, "%");

/** Encode the FESC parameters and saved scenarios as URL parameters. */
export function fescToUrlParams(state: FescUrlState): URLSearchParams {
  const p = state.fesc;
  const d = DEFAULT_FESC;
  const num = formatDecimal;
  const out = new URLSearchParams();
  if (p.rule !== d.rule) out.set("fr", p.rule);
  if (p.n !== d.n) out.set("fn", num(p.n));
  if (JSON.stringify(p.conditions) !== JSON.stringify(d.conditions)) {
    out.set("fc", p.conditions.map((c) => `${c.indicatorId}~${c.op}~${num(c.value)}`).join("!"));
  }
  if (p.amounts !== d.amounts) out.set("fa", p.amounts);
  if (p.budgetSoles !== d.budgetSoles) out.set("fb", num(p.budgetSoles));
  if (p.mode !== d.mode) out.set("fm", p.mode);
  if (p.floorSoles !== null) out.set("ff", num(p.floorSoles));
  if (p.capSoles !== null) out.set("fx", num(p.capSoles));
  if (JSON.stringify(p.tiers) !== JSON.stringify(d.tiers)) {
    out.set(
      "ft",
      // Rank tier: name~from~to~amount; class tier: name~c~class(1–5)~amount.
      p.tiers
        .map((t) => {
          const label = escapeLabel(t.label);
          return t.kind === "rank"
            ? `${label}~${num(t.fromRank)}~${num(t.toRank)}~${centsText(t.amountCents)}`
            : `${label}~c~${num(t.classIndex + 1)}~${centsText(t.amountCents)}`;
        })
        .join("!"),
    );
  }
  if (p.departments.length > 0) out.set("fd", p.departments.join(","));
  if (p.minPopulation !== null) out.set("fp", num(p.minPopulation));
  if (p.excludeCovered) out.set("fe", "1");
  if (state.fescScenarios.length > 0) {
    out.set("fs", state.fescScenarios.map(encodeScenario).join("."));
    const [a, b] = state.fescCompare;
    const ia = state.fescScenarios.findIndex((s) => s.name === a);
    const ib = state.fescScenarios.findIndex((s) => s.name === b);
    if (ia >= 0 && ib >= 0) out.set("fk", `${ia}.${ib}`);
  }
  return out;
}

const NUMBER_RE = /^-?\d+([.,]\d+)?$/;
const parseNum = (text: string): number | null => {
  const t = text.trim();
  if (!NUMBER_RE.test(t)) return null;
  const v = Number(t.replace(",", "."));
  return Number.isFinite(v) ? v : null;
};
/** Amounts are céntimos in a safe integer (the FESC form's limit, core/number-parse). */
const MAX_CENTS = Number.MAX_SAFE_INTEGER;
const MAX_SOLES_TEXT = centsText(MAX_CENTS);

/** "1234.5" → 123450 céntimos, exactly (no binary rounding); more than 2 decimals round. */
function parseCents(text: string): number | null | "range" {
  const t = text.trim();
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(t);
  if (!m) return null;
  const [, whole = "", frac = ""] = m;
  const cents =
    frac.length <= 2
      ? Number(whole) * 100 + Number(frac.padEnd(2, "0"))
      : Math.round(Number(`${whole}.${frac}`) * 100);
  if (!Number.isFinite(cents)) return "range";
  return Number.isSafeInteger(cents) && Number(whole) <= MAX_CENTS / 100 ? cents : "range";
}

/**
 * Decode the FESC URL parameters. `patch.fesc` is set when any parameter key is present, and is then
 * complete (absent keys = DEFAULT_FESC, as fescToUrlParams leaves defaults out); an invalid key is
 * reported and falls back to its default. `patch.fescScenarios` is set when "fs" is present.
 * Issues are codes naming the parameter and value (LinkIssue). Never throws.
 */
export function fescFromUrlParams(
  params: URLSearchParams,
  ctx: FescUrlContext = {},
): {
  patch: Partial<FescUrlState>;
  issues: LinkIssue[];
} {
  const issues: LinkIssue[] = [];
  const f: Partial<FescParams> = {};
  const get = (k: string) => params.get(k);
  const bad = (
    key: string,
    value: string,
    expected: Extract<LinkIssue, { code: "badValue" }>["expected"],
    extra: { options?: string[]; n?: number } = {},
  ) => issues.push({ code: "badValue", key, value, expected, ...extra });
  const oneOf = <T extends string>(key: string, list: readonly T[]): T | null => {
    const raw = get(key);
    if (raw === null) return null;
    const hit = list.find((x) => x === raw);
    if (hit === undefined) bad(key, raw, "oneOf", { options: [...list] });
    return hit ?? null;
  };
  const whole = (k: string, min: number): number | null => {
    const raw = get(k);
    if (raw === null) return null;
    const v = parseNum(raw);
    if (v === null || v < min || !Number.isInteger(v)) {
      bad(k, raw, "integer", { n: min });
      return null;
    }
    if (!Number.isSafeInteger(v)) {
      issues.push({
        code: "outOfRange",
        key: k,
        value: raw,
        min: String(min),
        max: formatDecimal(Number.MAX_SAFE_INTEGER),
      });
      return null;
    }
    return v;
  };
  const soles = (k: string): number | null => {
    const raw = get(k);
    if (raw === null) return null;
    const cents = parseCents(raw);
    if (cents === null) {
      bad(k, raw, "soles");
      return null;
    }
    if (cents === "range") {
      issues.push({ code: "outOfRange", key: k, value: raw, min: "0", max: MAX_SOLES_TEXT });
      return null;
    }
    // Correctly rounded division: the same double as the text when it has ≤ 2 decimals.
    return cents / 100;
  };

  const rule = oneOf("fr", ["top-n", "thresholds"] as const);
  if (rule !== null) f.rule = rule;
  const n = whole("fn", 0);
  if (n !== null) f.n = n;
  const fc = get("fc");
  if (fc !== null) {
    const conditions: Condition[] = [];
    let ok = true;
    for (const part of fc === "" ? [] : fc.split("!")) {
      const [id, op, value] = part.split("~");
      const v = value === undefined ? null : parseNum(value);
      if (!id || (op !== ">=" && op !== "<=") || v === null) {
        bad("fc", part, "conditions");
        ok = false;
        break;
      }
      if (ctx.indicatorIds && !ctx.indicatorIds.has(id)) {
        bad("fc", id, "indicator");
        ok = false;
        break;
      }
      conditions.push({ indicatorId: id, op, value: v });
    }
    if (ok) f.conditions = conditions;
  }
  const amounts = oneOf("fa", ["none", "budget", "tiers"] as const);
  if (amounts !== null) f.amounts = amounts;
  const budget = soles("fb");
  if (budget !== null) f.budgetSoles = budget;
  const mode = oneOf("fm", MODES);
  if (mode !== null) f.mode = mode;
  const floor = soles("ff");
  if (floor !== null) f.floorSoles = floor;
  const cap = soles("fx");
  if (cap !== null) f.capSoles = cap;
  const ft = get("ft");
  if (ft !== null) {
    const tiers = parseTierParam(ft);
    if (Array.isArray(tiers)) f.tiers = tiers;
    else issues.push(tiers);
  }
  const fd = get("fd");
  if (fd !== null) {
    const deps = fd === "" ? [] : fd.split(",");
    if (!deps.every((x) => /^\d{2}$/.test(x))) bad("fd", fd, "departments");
    else {
      const known = ctx.departmentCodes;
      const unknown = known ? deps.filter((x) => !known.has(x)) : [];
      if (unknown.length > 0)
        issues.push({ code: "unknownPlaces", key: "fd", kind: "department", values: unknown });
      f.departments = [...new Set(deps.filter((x) => !unknown.includes(x)))];
    }
  }
  const minPop = whole("fp", 0);
  if (minPop !== null) f.minPopulation = minPop;
  const fe = oneOf("fe", ["1", "0"] as const);
  if (fe !== null) f.excludeCovered = fe === "1";

  const patch: Partial<FescUrlState> = {};
  if (Object.keys(f).length > 0) patch.fesc = { ...DEFAULT_FESC, ...f };
  const fs = get("fs");
  if (fs !== null) {
    const scenarios = decodeScenarioList(fs, ctx, issues);
    patch.fescScenarios = scenarios;
    const fk = get("fk");
    if (fk !== null) {
      const parts = fk.split(".");
      const [ia, ib] = parts.map((x) => (/^\d+$/.test(x) ? Number(x) : null));
      const a = ia == null ? undefined : scenarios[ia];
      const b = ib == null ? undefined : scenarios[ib];
      if (parts.length === 2 && a && b) patch.fescCompare = [a.name, b.name];
      else bad("fk", fk, "scenarioPair");
    }
  }
  return { patch, issues };
}

/** "ft": every tier valid, or the issue naming the first bad tier (the default tiers then stay). */
function parseTierParam(ft: string): TierRule[] | LinkIssue {
  const tiers: TierRule[] = [];
  const badTier = (part: string): LinkIssue => ({
    code: "badValue",
    key: "ft",
    value: part,
    expected: "tiers",
  });
  for (const part of ft === "" ? [] : ft.split("!")) {
    const [rawLabel, from, to, amount, ...rest] = part.split("~");
    const label = unescapeLabel(rawLabel ?? "");
    const cents = amount === undefined ? null : parseCents(amount);
    if (label === "" || rest.length > 0 || cents === null) return badTier(part);
    if (cents === "range")
      return { code: "outOfRange", key: "ft", value: part, min: "0", max: MAX_SOLES_TEXT };
    if (from === "c") {
      const k = to === undefined ? null : parseNum(to);
      if (k === null || !Number.isInteger(k)) return badTier(part);
      if (k < 1 || k > TIER_CLASS_COUNT)
        return {
          code: "outOfRange",
          key: "ft",
          value: part,
          min: "1",
          max: String(TIER_CLASS_COUNT),
        };
      tiers.push({ label, kind: "class", classIndex: k - 1, amountCents: cents });
      continue;
    }
    const [a, b] = [from, to].map((x) => (x === undefined ? null : parseNum(x)));
    if (a == null || b == null || !Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a)
      return badTier(part);
    if (!Number.isSafeInteger(b))
      return {
        code: "outOfRange",
        key: "ft",
        value: part,
        min: "1",
        max: formatDecimal(Number.MAX_SAFE_INTEGER),
      };
    tiers.push({ label, kind: "rank", fromRank: a, toRank: b, amountCents: cents });
  }
  return tiers;
}

/**
 * "fs": each encoded scenario decoded and checked against the data. A scenario that cannot be read
 * is dropped and reported; unknown ubigeos are reported (the scenario is kept as saved: it records a
 * decision); a repeated name is kept as "name (2)" and reported.
 */
function decodeScenarioList(fs: string, ctx: FescUrlContext, issues: LinkIssue[]): Scenario[] {
  const scenarios: Scenario[] = [];
  const names = new Set<string>();
  for (const [i, text] of (fs === "" ? [] : fs.split(".")).entries()) {
    const index = i + 1;
    const r = decodeScenario(text);
    if (!r.scenario) {
      for (const problem of r.issues)
        issues.push({ code: "scenario", index, name: null, kept: false, problem });
      continue;
    }
    let scenario = r.scenario;
    const known = ctx.ubigeos;
    if (known) {
      const unknown = scenario.selection.map((e) => e.ubigeo).filter((u) => !known.has(u));
      if (unknown.length > 0)
        issues.push({
          code: "scenario",
          index,
          name: scenario.name,
          kept: true,
          problem: { code: "unknownUbigeos", ubigeos: unknown },
        });
    }
    if (names.has(scenario.name)) {
      let k = 2;
      while (names.has(`${scenario.name} (${k})`)) k += 1;
      const renamedTo = `${scenario.name} (${k})`;
      issues.push({
        code: "scenario",
        index,
        name: scenario.name,
        kept: true,
        problem: { code: "duplicateName", renamedTo },
      });
      scenario = { ...scenario, name: renamedTo };
    }
    names.add(scenario.name);
    scenarios.push(scenario);
  }
  return scenarios;
}

/** The FESC part of the whole link, composed into store/url-sync.ts's list of parts. */
export const FESC_URL_PART: UrlPart = {
  id: "fesc",
  keys: FESC_URL_KEYS,
  toParams: (s) => [...fescToUrlParams(s).entries()],
  // Codes are checked against the data only once it is loaded.
  fromParams: (params, s, ctx) =>
    fescFromUrlParams(params, s.table ? ctx : { indicatorIds: ctx.indicatorIds }),
};
