import type { StoreApi } from "zustand";
import { INDICATORS } from "../config/indicators";
import { formatDecimal, parseDecimalText } from "../core/decimal-text";
import { listLayerOptions } from "../core/layer-catalog";
import type { LinkExpected, LinkIssue } from "../core/link-issues";
import { VIEW_LIMITS } from "../core/saved-views";
import type {
  Aggregation,
  ClassMethod,
  Lang,
  Methodology,
  MissingRule,
  Normalization,
  Smoothing,
} from "../core/types";
import { fescFromUrlParams, fescToUrlParams } from "./fesc-url";
import type { AppState } from "./index";
import type { CameraView } from "./view-slice";

/**
 * The app state in the link (location.hash), versioned:
 *   #v=1&lang=es&layer=poverty_pct&year=2018&cls=jenks&dep=15&sel=150101&mk=150101,150103
 *       &cam=-77.0282,-12.0432,10.5&pres=1&slide=2&report=district:150101
 *       &w=poverty_pct:2,idh:1&sm=eb-global&norm=minmax&…   (methodology, when the store has one)
 * Districts travel as ubigeos (stable across data builds), never as feature ids. Parts owned by
 * other features (FESC scenarios…) register in URL_PARTS with their own keys.
 *
 * Rules (what the app writes it reads back; what it cannot use it says):
 *   - numbers are written in plain decimal notation, exactly (core/decimal-text.ts), except the
 *     camera: lon/lat to 4 decimals (≈ 11 m), zoom to 2 — a documented precision, not a change;
 *   - every key appears once; a repeated key is reported and its first value used;
 *   - every value is checked against its range and the loaded data (layers, years of the data,
 *     ubigeos, departments, indicators, the number of saved views for "slide"); a value that fails
 *     is reported (LinkIssue code naming key and value) and ignored, the rest of the link applies.
 */
export const URL_VERSION = 1;

export type ReportTarget =
  { kind: "district"; ubigeo: string } | { kind: "department"; code: string };

/** What this module's own part of the link carries. */
export interface UrlState {
  lang: Lang;
  layerId: string;
  /** null = latest year. */
  year: number | null;
  layerClassMethod: ClassMethod;
  departmentCode: string | null;
  selectedUbigeo: string | null;
  markedUbigeos: string[];
  camera: CameraView | null;
  presenting: boolean;
  /** 0-based index of the slide being shown; null = the current view. */
  slideIndex: number | null;
  report: ReportTarget | null;
  /** Present only when the store has an index methodology. */
  methodology?: Methodology;
}

/** What decoding needs to know to validate a link. */
export interface UrlContext {
  layerIds: ReadonlySet<string>;
  ubigeos: ReadonlySet<string>;
  departmentCodes: ReadonlySet<string>;
  indicatorIds: ReadonlySet<string>;
  /** Base for the methodology keys (absent keys keep these values); undefined = no methodology. */
  methodologyDefault?: Methodology;
  /** Keys owned by registered URL parts (not reported as unknown). */
  extraKeys?: ReadonlySet<string>;
  /** First and last year with data ("year", "my"); default 1900–2100. */
  yearRange?: readonly [number, number];
  /** Saved views that "slide" may point at; default VIEW_LIMITS.maxViews. */
  slideCount?: number;
}

/** Largest weight a link may carry: larger ones overflow the weighted sums (reported, ignored). */
export const MAX_LINK_WEIGHT = 1_000_000;

/** Fields of UrlState found valid in a link; absent = not in the link (or invalid, see issues). */
export type UrlPatch = Partial<UrlState>;

const CLASS_METHODS: readonly ClassMethod[] = ["quantile", "jenks", "fixed"];
const SMOOTHINGS: readonly Smoothing[] = ["none", "eb-global", "eb-local"];
const NORMALIZATIONS: readonly Normalization[] = ["minmax", "zscore", "percentile"];
const AGGREGATIONS: readonly Aggregation[] = ["arithmetic", "geometric"];
const MISSING_RULES: readonly MissingRule[] = ["reweight", "province-median"];
const METHODOLOGY_KEYS = [
  "w",
  "sm",
  "log",
  "win",
  "norm",
  "agg",
  "miss",
  "mcls",
  "k",
  "brk",
  "my",
  "mw",
  "ma",
];
const OWN_KEYS = new Set([
  "v",
  "lang",
  "layer",
  "year",
  "cls",
  "dep",
  "sel",
  "mk",
  "cam",
  "pres",
  "slide",
  "report",
  ...METHODOLOGY_KEYS,
]);

/** Camera limits: the map's zoom range and a box around Peru (a link elsewhere is a typo). */
const CAMERA_LIMITS = {
  minLon: -95,
  maxLon: -55,
  minLat: -30,
  maxLat: 10,
  minZoom: 3,
  maxZoom: 14,
};

/** Camera precision only; numbers too large to scale are left as they are. */
const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  const y = Math.round(x * f) / f;
  return Number.isFinite(y) ? y : x;
};
/** Exact, plain decimal text of a number ("2", "0.5", "1000000000000000019884624838656"). */
const num = formatDecimal;
const UBIGEO_RE = /^\d{6}$/;
const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Percent-encode a value but keep , : . - readable (they are safe in a fragment). */
function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/gi, ",").replace(/%3A/gi, ":");
}

/** Build "k=v&k=v" from ordered pairs. */
export function joinParams(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeValue(v)}`).join("&");
}

/** Parse "#a=1&b=2" (with or without "#") into URLSearchParams. */
export function parseHash(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
}

/**
 * Methodology → link pairs, only the fields that differ from `base` (so the default methodology
 * adds nothing to the link). Weights: "id:value" pairs of every weight that differs, sorted by id.
 */
export function encodeMethodology(m: Methodology, base: Methodology): [string, string][] {
  const out: [string, string][] = [];
  const ids = [...new Set([...Object.keys(m.weights), ...Object.keys(base.weights)])].sort();
  const w = ids
    .filter((id) => (m.weights[id] ?? 0) !== (base.weights[id] ?? 0))
    .map((id) => `${id}:${num(m.weights[id] ?? 0)}`);
  if (w.length > 0) out.push(["w", w.join(",")]);
  if (m.smoothing !== base.smoothing) out.push(["sm", m.smoothing]);
  if (m.logTransform !== base.logTransform) out.push(["log", m.logTransform ? "1" : "0"]);
  if (m.winsorP !== base.winsorP) out.push(["win", num(m.winsorP)]);
  if (m.normalization !== base.normalization) out.push(["norm", m.normalization]);
  if (m.aggregation !== base.aggregation) out.push(["agg", m.aggregation]);
  if (m.missing !== base.missing) out.push(["miss", m.missing]);
  if (m.classMethod !== base.classMethod) out.push(["mcls", m.classMethod]);
  if (m.classCount !== base.classCount) out.push(["k", num(m.classCount)]);
  if (m.fixedBreaks.join() !== base.fixedBreaks.join())
    out.push(["brk", m.fixedBreaks.map(num).join(",")]);
  if ((m.year ?? null) !== (base.year ?? null))
    out.push(["my", m.year == null ? "latest" : num(m.year)]);
  if ((m.crimeWindow ?? 1) !== (base.crimeWindow ?? 1)) out.push(["mw", num(m.crimeWindow ?? 1)]);
  if ((m.annualise ?? true) !== (base.annualise ?? true))
    out.push(["ma", (m.annualise ?? true) ? "1" : "0"]);
  return out;
}

/**
 * The link (without "#") for a state. Order is fixed so equal states give equal links. Defaults
 * are written too for the view (layer, class method) so a saved view restores them; null/empty
 * fields are left out. Numbers exact in plain decimals; camera: lon/lat to 4 decimals (≈ 11 m),
 * zoom to 2.
 */
export function encodeUrlState(
  s: UrlState,
  opts: { methodologyDefault?: Methodology; extra?: readonly (readonly [string, string])[] } = {},
): string {
  const pairs: [string, string][] = [["v", String(URL_VERSION)]];
  pairs.push(["lang", s.lang], ["layer", s.layerId]);
  if (s.year !== null) pairs.push(["year", num(s.year)]);
  pairs.push(["cls", s.layerClassMethod]);
  if (s.departmentCode !== null) pairs.push(["dep", s.departmentCode]);
  if (s.selectedUbigeo !== null) pairs.push(["sel", s.selectedUbigeo]);
  if (s.markedUbigeos.length > 0) pairs.push(["mk", s.markedUbigeos.join(",")]);
  if (s.camera) {
    const [lon, lat] = s.camera.center;
    pairs.push(["cam", [round(lon, 4), round(lat, 4), round(s.camera.zoom, 2)].map(num).join(",")]);
  }
  if (s.methodology && opts.methodologyDefault)
    pairs.push(...encodeMethodology(s.methodology, opts.methodologyDefault));
  if (s.presenting) pairs.push(["pres", "1"]);
  if (s.presenting && s.slideIndex !== null) pairs.push(["slide", num(s.slideIndex + 1)]);
  if (s.report)
    pairs.push([
      "report",
      s.report.kind === "district" ? `district:${s.report.ubigeo}` : `department:${s.report.code}`,
    ]);
  if (opts.extra) pairs.push(...opts.extra.map(([k, v]): [string, string] => [k, v]));
  return joinParams(pairs);
}

/** Strict decimal number ("1", "-0.5"; "1e3", "0x10", "" rejected): core/decimal-text.ts. */
const parseDecimal = parseDecimalText;

type Issues = LinkIssue[];
const bad = (
  issues: Issues,
  key: string,
  value: string,
  expected: LinkExpected,
  extra: { options?: string[]; n?: number } = {},
) => issues.push({ code: "badValue", key, value, expected, ...extra });
const outOfRange = (
  issues: Issues,
  key: string,
  value: string,
  min: number,
  max: number,
  what?: "zoom" | "slide",
) =>
  issues.push({
    code: "outOfRange",
    key,
    value,
    min: num(min),
    max: num(max),
    ...(what ? { what } : {}),
  });

/**
 * A whole number in [min, max] from `raw` (a link value), or null with the issue: not a whole
 * number → badValue `expected`; outside the range → outOfRange.
 */
function wholeIn(
  issues: Issues,
  key: string,
  raw: string,
  min: number,
  max: number,
  expected: LinkExpected,
  what?: "slide",
): number | null {
  const x = parseDecimal(raw);
  if (x === null || !Number.isInteger(x)) {
    bad(issues, key, raw, expected);
    return null;
  }
  if (x < min || x > max) {
    outOfRange(issues, key, raw, min, max, what);
    return null;
  }
  return x;
}

/**
 * Methodology fields found valid in the link, over `base` (absent keys keep base's values).
 * Weights: "id:w" pairs, w a decimal 0 … MAX_LINK_WEIGHT; unknown indicator ids and bad numbers are
 * reported and skipped; listed ids override, unlisted keep base. "my" must lie in `yearRange`.
 * Returns null when no methodology key is present.
 */
export function decodeMethodology(
  params: URLSearchParams,
  base: Methodology,
  indicatorIds: ReadonlySet<string>,
  issues: LinkIssue[],
  yearRange: readonly [number, number] = DEFAULT_YEAR_RANGE,
): Methodology | null {
  if (!METHODOLOGY_KEYS.some((k) => params.has(k))) return null;
  const m: Methodology = {
    ...base,
    weights: { ...base.weights },
    fixedBreaks: [...base.fixedBreaks],
  };
  const w = params.get("w");
  if (w !== null) {
    for (const part of w.split(",").filter((p) => p !== "")) {
      const [id = "", value = ""] = part.split(":");
      const x = parseDecimal(value);
      if (!indicatorIds.has(id)) bad(issues, "w", part, "indicator");
      else if (x === null || x < 0) bad(issues, "w", part, "weight");
      else if (x > MAX_LINK_WEIGHT) outOfRange(issues, "w", part, 0, MAX_LINK_WEIGHT);
      else m.weights[id] = x;
    }
  }
  const pick = <T extends string>(key: string, list: readonly T[], set: (v: T) => void) => {
    const v = params.get(key);
    if (v === null) return;
    if (isOneOf(list, v)) set(v);
    else bad(issues, key, v, "oneOf", { options: [...list] });
  };
  pick("sm", SMOOTHINGS, (v) => (m.smoothing = v));
  pick("norm", NORMALIZATIONS, (v) => (m.normalization = v));
  pick("agg", AGGREGATIONS, (v) => (m.aggregation = v));
  pick("miss", MISSING_RULES, (v) => (m.missing = v));
  pick("mcls", CLASS_METHODS, (v) => (m.classMethod = v));
  pick("log", ["0", "1"] as const, (v) => (m.logTransform = v === "1"));
  const win = params.get("win");
  if (win !== null) {
    const x = parseDecimal(win);
    if (x === null || x < 0 || x >= 0.5) bad(issues, "win", win, "proportion");
    else m.winsorP = x;
  }
  const k = params.get("k");
  if (k !== null) {
    const kNum = parseDecimal(k);
    if (kNum === null || !Number.isInteger(kNum) || kNum < 2 || kNum > 9)
      bad(issues, "k", k, "classCount");
    else m.classCount = kNum;
  }
  const brk = params.get("brk");
  if (brk !== null) {
    const xs = brk.split(",").map(parseDecimal);
    const ok =
      xs.every((x): x is number => x !== null && x >= 0 && x <= 100) &&
      xs.every((x, i) => i === 0 || (x ?? 0) > (xs[i - 1] ?? 0)) &&
      xs.length === m.classCount - 1;
    if (ok) m.fixedBreaks = xs.filter((x): x is number => x !== null);
    else bad(issues, "brk", brk, "breaks", { n: m.classCount - 1 });
  }
  const my = params.get("my");
  if (my !== null) {
    if (my === "latest") m.year = null;
    else {
      const y = wholeIn(issues, "my", my, yearRange[0], yearRange[1], "year");
      if (y !== null) m.year = y;
    }
  }
  const mw = params.get("mw");
  if (mw !== null) {
    const x = parseDecimal(mw);
    if (x === null || !Number.isInteger(x) || x < 1 || x > 5) bad(issues, "mw", mw, "window");
    else m.crimeWindow = x;
  }
  pick("ma", ["0", "1"] as const, (v) => (m.annualise = v === "1"));
  return m;
}

const DEFAULT_YEAR_RANGE: readonly [number, number] = [1900, 2100];

/**
 * Validate a link. Returns the fields that are valid (`patch`) and one issue per problem (`issues`,
 * codes with the key and value): unknown version, unknown or repeated parameter, value of the wrong
 * form or out of range (years outside the data, a slide beyond the saved views), ubigeo not in the
 * layer… A bad part never discards the good ones. "#" alone or "" → empty patch, no issues.
 */
export function decodeUrlState(
  hash: string,
  ctx: UrlContext,
): { patch: UrlPatch; issues: LinkIssue[] } {
  const params = parseHash(hash);
  const issues: LinkIssue[] = [];
  const patch: UrlPatch = {};
  const v = params.get("v");
  if (v !== null && v !== String(URL_VERSION))
    issues.push({ code: "otherVersion", value: v, expected: URL_VERSION });
  for (const key of new Set(params.keys())) {
    if (!OWN_KEYS.has(key) && !ctx.extraKeys?.has(key)) issues.push({ code: "unknownKey", key });
    const values = params.getAll(key);
    if (values.length > 1) issues.push({ code: "repeatedKey", key, values });
  }
  const pick = <T extends string>(key: string, list: readonly T[]): T | null => {
    const value = params.get(key);
    if (value === null) return null;
    if (isOneOf(list, value)) return value;
    bad(issues, key, value, "oneOf", { options: [...list] });
    return null;
  };

  const lang = pick("lang", ["es", "en"] as const);
  if (lang !== null) patch.lang = lang;
  const layer = params.get("layer");
  if (layer !== null) {
    if (ctx.layerIds.has(layer)) patch.layerId = layer;
    else bad(issues, "layer", layer, "layer");
  }
  const year = params.get("year");
  if (year !== null) {
    if (year === "latest") patch.year = null;
    else {
      const [min, max] = ctx.yearRange ?? DEFAULT_YEAR_RANGE;
      const y = wholeIn(issues, "year", year, min, max, "year");
      if (y !== null) patch.year = y;
    }
  }
  const cls = pick("cls", CLASS_METHODS);
  if (cls !== null) patch.layerClassMethod = cls;
  const dep = params.get("dep");
  if (dep !== null) {
    if (ctx.departmentCodes.has(dep)) patch.departmentCode = dep;
    else bad(issues, "dep", dep, "department");
  }
  const sel = params.get("sel");
  if (sel !== null) {
    if (ctx.ubigeos.has(sel)) patch.selectedUbigeo = sel;
    else bad(issues, "sel", sel, "ubigeo");
  }
  const mk = params.get("mk");
  if (mk !== null) {
    const list = mk.split(",").filter((u) => u !== "");
    const ok = list.filter((u) => ctx.ubigeos.has(u));
    const wrong = list.filter((u) => !ctx.ubigeos.has(u));
    if (wrong.length > 0)
      issues.push({ code: "unknownPlaces", key: "mk", kind: "ubigeo", values: wrong });
    patch.markedUbigeos = [...new Set(ok)];
  }
  const cam = params.get("cam");
  if (cam !== null) {
    const parts = cam.split(",").map(parseDecimal);
    const [lon, lat, zoom] = parts;
    const L = CAMERA_LIMITS;
    if (parts.length !== 3 || lon == null || lat == null || zoom == null)
      bad(issues, "cam", cam, "camera");
    else if (lon < L.minLon || lon > L.maxLon || lat < L.minLat || lat > L.maxLat)
      bad(issues, "cam", cam, "cameraOutside");
    else if (zoom < L.minZoom || zoom > L.maxZoom)
      outOfRange(issues, "cam", cam, L.minZoom, L.maxZoom, "zoom");
    else patch.camera = { center: [lon, lat], zoom };
  }
  const pres = pick("pres", ["0", "1"] as const);
  if (pres !== null) patch.presenting = pres === "1";
  const slide = params.get("slide");
  if (slide !== null) {
    const max = Math.min(ctx.slideCount ?? VIEW_LIMITS.maxViews, VIEW_LIMITS.maxViews);
    const n = wholeIn(issues, "slide", slide, 1, max, "slide", "slide");
    if (n !== null) patch.slideIndex = n - 1;
  }
  const report = params.get("report");
  if (report !== null) {
    const [kind = "", code = ""] = report.split(":");
    if (kind === "district" && UBIGEO_RE.test(code) && ctx.ubigeos.has(code))
      patch.report = { kind, ubigeo: code };
    else if (kind === "department" && ctx.departmentCodes.has(code)) patch.report = { kind, code };
    else bad(issues, "report", report, "report");
  }
  if (ctx.methodologyDefault) {
    const m = decodeMethodology(
      params,
      ctx.methodologyDefault,
      ctx.indicatorIds,
      issues,
      ctx.yearRange,
    );
    if (m) patch.methodology = m;
  } else if (METHODOLOGY_KEYS.some((k) => params.has(k))) {
    issues.push({ code: "methodologyUnsupported" });
  }
  return { patch, issues };
}

/* ───────────────────────── store glue (not pure) ───────────────────────── */

/**
 * A feature's own part of the link (FESC scenarios, …): the keys it owns, how it writes them and how
 * it reads them back (patch merged into the store with setState, then recompute()).
 */
export interface UrlPart {
  id: string;
  keys: readonly string[];
  toParams: (s: AppState) => [string, string][];
  fromParams: (
    params: URLSearchParams,
    s: AppState,
    ctx: UrlContext,
  ) => { patch: Partial<AppState>; issues: LinkIssue[] };
}

/** Extension point: parts registered by features (see registerUrlPart). */
export const URL_PARTS: UrlPart[] = [];

export function registerUrlPart(part: UrlPart): void {
  const i = URL_PARTS.findIndex((p) => p.id === part.id);
  if (i >= 0) URL_PARTS[i] = part;
  else URL_PARTS.push(part);
}

/**
 * Methodology access, set by the index feature when its slice exists (the store has no methodology
 * otherwise and the link carries none).
 */
export interface MethodologyAccess {
  get: (s: AppState) => Methodology;
  set: (m: Methodology) => void;
  defaults: Methodology;
}
let methodologyAccess: MethodologyAccess | null = null;
export function registerMethodologyAccess(a: MethodologyAccess | null): void {
  methodologyAccess = a;
}

/** Validation context from the loaded data (years: every series year of the table). */
export function urlContextOf(s: AppState): UrlContext {
  const table = s.table;
  const layerIds = new Set<string>(s.extraLayerOptions.map((o) => o.id));
  if (table) for (const o of listLayerOptions(table, INDICATORS)) layerIds.add(o.id);
  const years = (table?.series ?? []).flatMap((x) => (x.year === null ? [] : [x.year]));
  return {
    ...(years.length > 0 ? { yearRange: [Math.min(...years), Math.max(...years)] as const } : {}),
    slideCount: s.slides.length,
    layerIds,
    ubigeos: new Set(table?.districts.map((d) => d.ubigeo) ?? []),
    departmentCodes: new Set(table?.districts.map((d) => d.departmentCode) ?? []),
    indicatorIds: new Set([...INDICATORS, ...s.indicatorDefs].map((d) => d.id)),
    methodologyDefault: methodologyAccess?.defaults,
    extraKeys: new Set(URL_PARTS.flatMap((p) => p.keys)),
  };
}

/** The store's state in link form. */
export function urlStateOf(s: AppState): UrlState {
  const ubigeoOf = (id: number | null) =>
    id === null ? null : (s.table?.districts[id]?.ubigeo ?? null);
  return {
    lang: s.lang,
    layerId: s.layerId,
    year: s.year,
    layerClassMethod: s.layerClassMethod,
    departmentCode: s.departmentCode,
    selectedUbigeo: ubigeoOf(s.selectedId),
    markedUbigeos: s.markedIds.flatMap((id) => {
      const u = ubigeoOf(id);
      return u === null ? [] : [u];
    }),
    camera: s.cameraView,
    presenting: s.presenting,
    slideIndex: s.slideIndex,
    report: s.report,
    ...(methodologyAccess ? { methodology: methodologyAccess.get(s) } : {}),
  };
}

/** The whole link for the store (own part + registered parts). */
export function encodeStore(s: AppState, opts: { view?: boolean } = {}): string {
  const st = urlStateOf(s);
  // A saved view stores what the map shows, not whether a presentation/report is open.
  const state: UrlState = opts.view
    ? { ...st, presenting: false, slideIndex: null, report: null }
    : st;
  return encodeUrlState(state, {
    methodologyDefault: methodologyAccess?.defaults,
    extra: URL_PARTS.flatMap((p) => p.toParams(s)),
  });
}

export interface ApplyOptions {
  /** Fields absent from the link go back to their initial values (saved views); else they stay. */
  resetMissing: boolean;
  /** Apply lang / presentation / report (links) or keep them (playing a saved view). */
  includeSession: boolean;
}

/**
 * Decode a whole link (own part and registered parts) against the store's data, applying nothing.
 * `parts`: the patches of the registered parts whose keys are present.
 */
export function decodeStoreLink(
  s: AppState,
  hash: string,
): { patch: UrlPatch; parts: Partial<AppState>[]; issues: LinkIssue[] } {
  const ctx = urlContextOf(s);
  const { patch, issues } = decodeUrlState(hash, ctx);
  const params = parseHash(hash);
  const parts: Partial<AppState>[] = [];
  for (const part of URL_PARTS) {
    if (!part.keys.some((k) => params.has(k))) continue;
    const r = part.fromParams(params, s, ctx);
    parts.push(r.patch);
    issues.push(...r.issues);
  }
  return { patch, parts, issues };
}

/** Every problem of a link against the store's data (saved views on import), nothing applied. */
export function checkStoreLink(s: AppState, hash: string): LinkIssue[] {
  return decodeStoreLink(s, hash).issues;
}

/**
 * Validate `hash` against the loaded data and apply its valid parts to the store. Returns the issues
 * (codes). Selection and marks are mapped from ubigeo to feature id; the camera is applied last so
 * it wins over the selection's fly-to.
 */
export function applyHash(
  store: StoreApi<AppState>,
  hash: string,
  opts: ApplyOptions,
): LinkIssue[] {
  const s = store.getState();
  const { patch, parts, issues } = decodeStoreLink(s, hash);
  const init = store.getInitialState();
  const idOf = new Map((s.table?.districts ?? []).map((d) => [d.ubigeo, d.id]));
  const pick = <K extends keyof UrlPatch>(k: K, fallback: UrlState[K], current: UrlState[K]) =>
    patch[k] !== undefined ? patch[k] : opts.resetMissing ? fallback : current;
  const cur = urlStateOf(s);

  const next: Partial<AppState> = {
    layerId: pick("layerId", init.layerId, cur.layerId) ?? init.layerId,
    year: pick("year", init.year, cur.year) ?? null,
    layerClassMethod:
      pick("layerClassMethod", init.layerClassMethod, cur.layerClassMethod) ?? "quantile",
    departmentCode: pick("departmentCode", init.departmentCode, cur.departmentCode) ?? null,
  };
  const sel = pick("selectedUbigeo", null, cur.selectedUbigeo);
  next.selectedId = sel == null ? null : (idOf.get(sel) ?? null);
  const mk = pick("markedUbigeos", [], cur.markedUbigeos) ?? [];
  next.markedIds = mk.flatMap((u) => {
    const id = idOf.get(u);
    return id === undefined ? [] : [id];
  });
  if (opts.includeSession) {
    if (patch.lang) next.lang = patch.lang;
    if (patch.report !== undefined || opts.resetMissing) next.report = patch.report ?? null;
  }
  for (const partPatch of parts) Object.assign(next, partPatch);
  store.setState(next);
  if (methodologyAccess && (patch.methodology || opts.resetMissing))
    methodologyAccess.set(patch.methodology ?? methodologyAccess.defaults);
  store.getState().recompute();
  if (patch.camera) store.getState().jumpTo(patch.camera);
  else if (patch.departmentCode && !patch.selectedUbigeo)
    store.getState().setDepartment(patch.departmentCode);
  else if (next.selectedId != null && patch.selectedUbigeo)
    store.getState().selectDistrict(next.selectedId, true);
  if (opts.includeSession && patch.presenting)
    store.getState().startPresentation(patch.slideIndex ?? null);
  return issues;
}

/**
 * Keep location.hash in step with the store: apply the link once when the data is ready, then
 * rewrite the hash (history.replaceState, debounced `delayMs`) on every change, and re-apply on
 * hashchange (a link pasted into the same tab). Returns the unsubscribe function.
 */
export function startUrlSync(store: StoreApi<AppState>, delayMs = 250): () => void {
  let applied = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = "";
  const write = () => {
    timer = undefined;
    const hash = `#${encodeStore(store.getState())}`;
    if (hash === lastWritten || hash === window.location.hash) return;
    lastWritten = hash;
    window.history.replaceState(window.history.state, "", hash);
  };
  const applyCurrent = () => {
    const hash = window.location.hash;
    if (hash === "" || hash === "#") return;
    const issues = applyHash(store, hash, { resetMissing: false, includeSession: true });
    store.getState().setLinkIssues(issues);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!applied) {
      if (s.status !== "ready") return;
      applied = true;
      applyCurrent();
      return;
    }
    if (s === prev) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  const onHashChange = () => {
    if (window.location.hash === lastWritten) return;
    applyCurrent();
  };
  window.addEventListener("hashchange", onHashChange);
  if (store.getState().status === "ready" && !applied) {
    applied = true;
    applyCurrent();
  }
  return () => {
    unsubscribe();
    window.removeEventListener("hashchange", onHashChange);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** FESC selection parameters and saved scenarios (store/fesc-url.ts), keys prefixed "f". */
registerUrlPart({
  id: "fesc",
  keys: ["fr", "fn", "fc", "fa", "fb", "fm", "ff", "fx", "ft", "fd", "fp", "fe", "fs", "fk"],
  toParams: (s) => [...fescToUrlParams(s).entries()],
  // Codes are checked against the data only once it is loaded.
  fromParams: (params, s, ctx) =>
    fescFromUrlParams(params, s.table ? ctx : { indicatorIds: ctx.indicatorIds }),
});
