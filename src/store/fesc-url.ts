import type { AllocationMode, TierRule } from "../core/allocation";
import { decodeScenario, encodeScenario, type Scenario } from "../core/scenarios";
import type { Condition } from "../core/selection";
import { DEFAULT_FESC, type FescParams, type FescSlice } from "./fesc-slice";

/**
 * The FESC part of the URL state. Only values that differ from DEFAULT_FESC are written, so a
 * default link stays short. Keys (all prefixed "f"):
 *   fr rule (top-n | thresholds) · fn N · fc conditions "id~>=~30!id~<=~0.5" · fa amounts
 *   (none | budget | tiers) · fb budget soles · fm mode · ff floor · fx cap · ft tiers
 *   "label~from~to~soles!…" · fd departments "15,07" · fp minimum population · fe exclude covered (1)
 *   fs saved scenarios (encodeScenario strings joined by ".") · fk compared pair "a.b" (indexes)
 * Numbers use "." as decimal mark; "," in conditions/tier amounts is accepted too.
 */
export type FescUrlState = Pick<FescSlice, "fesc" | "fescScenarios" | "fescCompare">;

const num = (x: number): string => String(x);
const MODES: readonly AllocationMode[] = ["population", "risk", "both"];

/** Encode the FESC parameters and saved scenarios as URL parameters. */
export function fescToUrlParams(state: FescUrlState): URLSearchParams {
  const p = state.fesc;
  const d = DEFAULT_FESC;
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
          const label = t.label.replace(/[~!]/g, " ");
          return t.kind === "rank"
            ? `${label}~${t.fromRank}~${t.toRank}~${num(t.amountCents / 100)}`
            : `${label}~c~${t.classIndex + 1}~${num(t.amountCents / 100)}`;
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

const parseNum = (text: string): number | null => {
  const t = text.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
};

/**
 * Decode the FESC URL parameters. `patch.fesc` is set when any parameter key is present, and is then
 * complete (absent keys = DEFAULT_FESC, as fescToUrlParams leaves defaults out); an invalid key is
 * reported and falls back to its default. `patch.fescScenarios` is set when "fs" is present.
 * Issues are Spanish and name the parameter. Never throws.
 */
export function fescFromUrlParams(params: URLSearchParams): {
  patch: Partial<FescUrlState>;
  issues: string[];
} {
  const issues: string[] = [];
  const f: Partial<FescParams> = {};
  const bad = (key: string, why: string) =>
    issues.push(`Enlace: el parámetro "${key}" ${why}; se usa el valor por defecto.`);
  const get = (k: string) => params.get(k);
  const whole = (k: string, min: number): number | null => {
    const raw = get(k);
    if (raw === null) return null;
    const v = parseNum(raw);
    if (v === null || v < min || !Number.isInteger(v)) {
      bad(k, `("${raw.slice(0, 30)}") no es un entero ≥ ${min}`);
      return null;
    }
    return v;
  };
  const soles = (k: string): number | null => {
    const raw = get(k);
    if (raw === null) return null;
    const v = parseNum(raw);
    if (v === null || v < 0) {
      bad(k, `("${raw.slice(0, 30)}") no es un monto en soles ≥ 0`);
      return null;
    }
    return Math.round(v * 100) / 100;
  };

  const rule = get("fr");
  if (rule !== null) {
    if (rule === "top-n" || rule === "thresholds") f.rule = rule;
    else bad("fr", "no es top-n ni thresholds");
  }
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
        ok = false;
        break;
      }
      conditions.push({ indicatorId: id, op, value: v });
    }
    if (ok) f.conditions = conditions;
    else bad("fc", "no tiene la forma indicador~>=~valor");
  }
  const amounts = get("fa");
  if (amounts !== null) {
    if (amounts === "none" || amounts === "budget" || amounts === "tiers") f.amounts = amounts;
    else bad("fa", "no es none, budget ni tiers");
  }
  const budget = soles("fb");
  if (budget !== null) f.budgetSoles = budget;
  const mode = get("fm");
  if (mode !== null) {
    const m = MODES.find((x) => x === mode);
    if (m) f.mode = m;
    else bad("fm", "no es population, risk ni both");
  }
  const floor = soles("ff");
  if (floor !== null) f.floorSoles = floor;
  const cap = soles("fx");
  if (cap !== null) f.capSoles = cap;
  const ft = get("ft");
  if (ft !== null) {
    const tiers: TierRule[] = [];
    let ok = true;
    for (const part of ft === "" ? [] : ft.split("!")) {
      const [label, from, to, amount] = part.split("~");
      if (from === "c") {
        const [k, c] = [to, amount].map((x) => (x === undefined ? null : parseNum(x)));
        if (!label || k == null || c == null || !Number.isInteger(k) || k < 1 || k > 5 || c < 0) {
          ok = false;
          break;
        }
        const amountCents = Math.round(c * 100);
        tiers.push({ label, kind: "class", classIndex: k - 1, amountCents });
        continue;
      }
      const [a, b, c] = [from, to, amount].map((x) => (x === undefined ? null : parseNum(x)));
      if (!label || a == null || b == null || c == null || a < 1 || b < a || c < 0) {
        ok = false;
        break;
      }
      tiers.push({ label, kind: "rank", fromRank: a, toRank: b, amountCents: Math.round(c * 100) });
    }
    if (ok) f.tiers = tiers;
    else bad("ft", "no tiene la forma nombre~desde~hasta~monto (o nombre~c~clase 1–5~monto)");
  }
  const fd = get("fd");
  if (fd !== null) {
    const deps = fd === "" ? [] : fd.split(",");
    if (deps.every((x) => /^\d{2}$/.test(x))) f.departments = deps;
    else bad("fd", "no es una lista de códigos de departamento de 2 dígitos");
  }
  const minPop = whole("fp", 0);
  if (minPop !== null) f.minPopulation = minPop;
  const fe = get("fe");
  if (fe !== null) {
    if (fe === "1" || fe === "0") f.excludeCovered = fe === "1";
    else bad("fe", "no es 1 ni 0");
  }

  const patch: Partial<FescUrlState> = {};
  if (Object.keys(f).length > 0) patch.fesc = { ...DEFAULT_FESC, ...f };
  const fs = get("fs");
  if (fs !== null) {
    const scenarios: Scenario[] = [];
    for (const [i, text] of (fs === "" ? [] : fs.split(".")).entries()) {
      const r = decodeScenario(text);
      if (r.scenario) scenarios.push(r.scenario);
      else issues.push(`Enlace: escenario ${i + 1} descartado. ${r.issues.join(" ")}`);
    }
    patch.fescScenarios = scenarios;
    const fk = get("fk");
    if (fk !== null) {
      const [ia, ib] = fk.split(".").map((x) => parseNum(x));
      const a = ia == null ? undefined : scenarios[ia];
      const b = ib == null ? undefined : scenarios[ib];
      if (a && b) patch.fescCompare = [a.name, b.name];
      else bad("fk", "no señala dos escenarios guardados");
    }
  }
  return { patch, issues };
}
