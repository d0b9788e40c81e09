/**
 * Budget allocation among selected districts (FESC / art. 89 Ley de Presupuesto 2024: S/ 252 millones
 * among 36 districts). All amounts are integer céntimos so totals are exact. Pure.
 */

export type AllocationMode = "population" | "risk" | "both";

export interface AllocationDistrict {
  ubigeo: string;
  population: number | null;
  /** IRS 0–100. */
  irs: number | null;
}

export interface AllocationOptions {
  /** Budget B in céntimos (integer ≥ 0). S/ 252 000 000 = 25 200 000 000 céntimos. */
  budgetCents: number;
  mode: AllocationMode;
  /** Minimum per district in céntimos (integer, default 0). */
  floorCents?: number;
  /** Maximum per district in céntimos (integer, default none). */
  capCents?: number;
}

export interface AllocationLine {
  ubigeo: string;
  cents: number;
  /** w_i / Σw (before floors and caps), 0..1. */
  weightShare01: number;
  /** The cap binds. */
  capped: boolean;
  /** Got exactly the floor (weight too small or zero). */
  atFloor: boolean;
  /** Weight input missing (population or IRS null): weight 0. */
  missingWeight: boolean;
}

export type AllocationErrorCode =
  | "invalid-input"
  | "floor-above-cap"
  | "duplicate-ubigeo"
  | "no-districts"
  | "infeasible-floor"
  | "infeasible-cap";

/**
 * Why an allocation is impossible, as a code with the values the UI needs to say it (i18n words
 * it; the core stays free of text and locale): n districts, floor/cap/budget in céntimos, the
 * repeated ubigeo.
 */
export interface AllocationError {
  code: AllocationErrorCode;
  n?: number;
  floorCents?: number;
  capCents?: number;
  budgetCents?: number;
  ubigeo?: string;
}

export type AllocationResult =
  | { ok: true; lines: AllocationLine[]; totalCents: number; equalSplit: boolean }
  | ({ ok: false } & AllocationError);

/** Soles → céntimos, rounded half away from zero (S/ 1,005 → 100500). */
export function solesToCents(soles: number): number {
  return Math.sign(soles) * Math.round(Math.abs(soles) * 100);
}

/**
 * Weight of a district: population → pop_i; risk → irs_i; both → pop_i · irs_i (so a district's share
 * grows with both its size and its risk). Shares are w_i / Σw. null, negative or non-finite input → null.
 */
export function allocationWeight(d: AllocationDistrict, mode: AllocationMode): number | null {
  const ok = (x: number | null): x is number => x !== null && Number.isFinite(x) && x >= 0;
  if (mode === "population") return ok(d.population) ? d.population : null;
  if (mode === "risk") return ok(d.irs) ? d.irs : null;
  return ok(d.population) && ok(d.irs) ? d.population * d.irs : null;
}

const isCents = (x: number) => Number.isSafeInteger(x) && x >= 0;

/**
 * Fill budget B among n districts, exact to the céntimo.
 * 1. Everyone gets the floor f; the rest R = B − n·f is shared by weight (allocationWeight).
 * 2. Water-filling: t_i = f + R_A · w_i / W_A over the active set A; any t_i ≥ cap c is fixed at c and
 *    leaves A (R_A −= c − f); repeat until no new cap binds. If Σw over A is 0, A shares equally
 *    (`equalSplit`).
 * 3. Integers: ⌊t_i⌋ each, then the remaining céntimos (fewer than n) go one each by largest fractional
 *    part, ties by ubigeo ascending, never above the cap. Σ = B exactly; f ≤ amount ≤ c.
 * Errors (Spanish): non-integer or negative amounts, floor > cap, n·f > B (infeasible-floor),
 * n·c < B (infeasible-cap), duplicate ubigeos. n = 0 with B = 0 is ok (empty); with B > 0 infeasible-cap.
 */
export function allocateBudget(
  districts: readonly AllocationDistrict[],
  options: AllocationOptions,
): AllocationResult {
  const B = options.budgetCents;
  const f = options.floorCents ?? 0;
  const c = options.capCents ?? Infinity;
  const n = districts.length;
  if (!isCents(B) || !isCents(f) || (c !== Infinity && !isCents(c))) {
    return { ok: false, code: "invalid-input" };
  }
  if (f > c) {
    return { ok: false, code: "floor-above-cap", floorCents: f, capCents: c };
  }
  const seen = new Set<string>();
  for (const d of districts) {
    if (seen.has(d.ubigeo)) {
      return { ok: false, code: "duplicate-ubigeo", ubigeo: d.ubigeo };
    }
    seen.add(d.ubigeo);
  }
  if (n * f > B) {
    return { ok: false, code: "infeasible-floor", n, floorCents: f, budgetCents: B };
  }
  if (n * c < B) {
    return n === 0
      ? { ok: false, code: "no-districts" }
      : { ok: false, code: "infeasible-cap", n, capCents: c, budgetCents: B };
  }
  const raw = districts.map((d) => allocationWeight(d, options.mode));
  const w = raw.map((x) => x ?? 0);
  const sumW = w.reduce((s, x) => s + x, 0);
  const target = new Array<number>(n).fill(f);
  const capped = new Array<boolean>(n).fill(false);
  let active = districts.map((_, i) => i);
  let rest = B - n * f;
  let equalSplit = false;
  for (;;) {
    const wA = active.reduce((s, i) => s + (w[i] ?? 0), 0);
    if (wA <= 0) equalSplit = active.length > 0 && rest > 0;
    const share = (i: number) =>
      wA > 0 ? (rest * (w[i] ?? 0)) / wA : active.length > 0 ? rest / active.length : 0;
    const hit = active.filter((i) => f + share(i) >= c);
    if (hit.length === 0) {
      for (const i of active) target[i] = f + share(i);
      break;
    }
    for (const i of hit) {
      target[i] = c;
      capped[i] = true;
      rest -= c - f;
    }
    active = active.filter((i) => !capped[i]);
  }
  const cents = target.map((t) => Math.floor(t));
  let remainder = B - cents.reduce((s, x) => s + x, 0);
  const order = districts
    .map((d, i) => ({ i, ubigeo: d.ubigeo, frac: (target[i] ?? 0) - (cents[i] ?? 0) }))
    .sort((a, b) => b.frac - a.frac || (a.ubigeo < b.ubigeo ? -1 : a.ubigeo > b.ubigeo ? 1 : 0));
  // Float noise can leave |remainder| ≥ n in theory; loop until exact, respecting floor and cap.
  while (remainder !== 0) {
    let moved = false;
    for (const { i } of order) {
      if (remainder === 0) break;
      const cur = cents[i] ?? 0;
      if (remainder > 0 && cur + 1 <= c) {
        cents[i] = cur + 1;
        remainder -= 1;
        moved = true;
      } else if (remainder < 0 && cur - 1 >= f) {
        cents[i] = cur - 1;
        remainder += 1;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const lines = districts.map((d, i) => ({
    ubigeo: d.ubigeo,
    cents: cents[i] ?? 0,
    weightShare01: sumW > 0 ? (w[i] ?? 0) / sumW : 0,
    capped: capped[i] === true || cents[i] === c,
    atFloor: cents[i] === f,
    missingWeight: raw[i] === null,
  }));
  return { ok: true, lines, totalCents: lines.reduce((s, l) => s + l.cents, 0), equalSplit };
}

/** A tier (as Chile's municipal security fund): a group of districts receiving one amount each. */
export type TierRule =
  | { label: string; kind: "rank"; fromRank: number; toRank: number; amountCents: number }
  | { label: string; kind: "class"; classIndex: number; amountCents: number };

export interface TierDistrict {
  ubigeo: string;
  /** 1-based rank (1 = highest risk) within the selection or nationally. */
  rank: number | null;
  classIndex: number | null;
}

export interface TierResult {
  lines: { ubigeo: string; tier: string; cents: number }[];
  byTier: { label: string; districts: number; amountCents: number; subtotalCents: number }[];
  totalCents: number;
  /** Districts matching no tier (no amount). */
  unassigned: string[];
  /** Districts matching more than one tier: the first tier in the list wins. */
  overlaps: string[];
}

/**
 * Tiers mode: each district gets the amount of the first tier it matches (rank tiers: fromRank ≤ rank ≤
 * toRank; class tiers: classIndex equal). total = Σ_tier districts_in_tier × amount. Districts matching
 * none are listed in `unassigned`; those matching several in `overlaps`.
 */
export function allocateTiers(
  districts: readonly TierDistrict[],
  tiers: readonly TierRule[],
): TierResult {
  const matches = (d: TierDistrict, t: TierRule) =>
    t.kind === "rank"
      ? d.rank !== null && d.rank >= t.fromRank && d.rank <= t.toRank
      : d.classIndex !== null && d.classIndex === t.classIndex;
  const lines: TierResult["lines"] = [];
  const unassigned: string[] = [];
  const overlaps: string[] = [];
  const count = new Map<string, number>();
  for (const d of districts) {
    const hits = tiers.filter((t) => matches(d, t));
    const t = hits[0];
    if (!t) {
      unassigned.push(d.ubigeo);
      continue;
    }
    if (hits.length > 1) overlaps.push(d.ubigeo);
    lines.push({ ubigeo: d.ubigeo, tier: t.label, cents: t.amountCents });
    count.set(t.label, (count.get(t.label) ?? 0) + 1);
  }
  const byTier = tiers.map((t) => {
    const k = count.get(t.label) ?? 0;
    return {
      label: t.label,
      districts: k,
      amountCents: t.amountCents,
      subtotalCents: k * t.amountCents,
    };
  });
  return {
    lines,
    byTier,
    totalCents: lines.reduce((s, l) => s + l.cents, 0),
    unassigned,
    overlaps,
  };
}
