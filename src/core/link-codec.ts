import { formatDecimal, parseDecimalText } from "./decimal-text";
import type { LinkExpected, LinkIssue } from "./link-issues";
import { VIEW_LIMITS } from "./saved-views";
import type {
  Aggregation,
  ClassMethod,
  Lang,
  Methodology,
  MissingRule,
  Normalization,
  Smoothing,
} from "./types";

/**
 * The app state in the link (location.hash), versioned — the pure codec: a plain state snapshot ↔
 * hash text, validation returning LinkIssue codes. The store side (which store fields, applying a
 * patch, hashchange) is store/url-sync.ts; FESC keys are store/fesc-url.ts.
 *   #v=1&lang=es&layer=poverty_pct&year=2018&cls=jenks&dep=15&sel=150101&mk=150101,150103
 *       &cam=-77.0282,-12.0432,10.5&pres=1&slide=2&report=district:150101
 *       &w=poverty_pct:2,idh:1&sm=eb-global&norm=minmax&…   (methodology, when the store has one)
 * Districts travel as ubigeos (stable across data builds), never as feature ids.
 *
 * HOW TO ADD A KEY: (1) add the field to `UrlState` (optional if older states lack it); (2) add one
 * entry to `LINK_KEYS` below — `one("key", write, read)`: `write` returns the value text or null to
 * leave the key out (leave it out at its default so existing links stay the same), `read` checks the
 * raw text, sets the field on `patch` or reports an issue (`bad`, `outOfRange`, a new LinkIssue code
 * worded in src/i18n/link-copy.ts); the table's order is the order in the link, so append at the
 * end; (3) in store/url-sync.ts read the field in `urlStateOf` and apply it in `applyHash`. Add a
 * round-trip case to link-codec.test.ts (the property test's `stateArb`/`expectedPatch`/`KEY_OF`).
 * The key is then known (never reported as unknown) and checked for repeats automatically.
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

/** The map's camera in a link (same shape as the store's CameraView). */
export interface LinkCamera {
  /** [lon, lat] in degrees. */
  center: [number, number];
  zoom: number;
}

/** What the codec's own part of the link carries (a plain snapshot, no store). */
export interface UrlState {
  lang: Lang;
  layerId: string;
  /** null = latest year. */
  year: number | null;
  layerClassMethod: ClassMethod;
  departmentCode: string | null;
  selectedUbigeo: string | null;
  markedUbigeos: string[];
  camera: LinkCamera | null;
  presenting: boolean;
  /** 0-based index of the slide being shown; null = the current view. */
  slideIndex: number | null;
  report: ReportTarget | null;
  /** Value-by-alpha view ("alpha=1"); absent/false = the plain choropleth. */
  populationAlpha?: boolean;
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

export interface EncodeOptions {
  /** The methodology the link is written against (only differences are written). */
  methodologyDefault?: Methodology;
  /** Pairs of other parts (FESC…), appended after the codec's own keys. */
  extra?: readonly (readonly [string, string])[];
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
const DEFAULT_YEAR_RANGE: readonly [number, number] = [1900, 2100];

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
/** Strict decimal number ("1", "-0.5"; "1e3", "0x10", "" rejected): core/decimal-text.ts. */
const parseDecimal = parseDecimalText;
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

/* ───────────────────────── issue helpers ───────────────────────── */

type Issues = LinkIssue[];
/** Report a value of the wrong form (the field is then left out of the patch). */
const bad = (
  issues: Issues,
  key: string,
  value: string,
  expected: LinkExpected,
  extra: { options?: string[]; n?: number } = {},
) => issues.push({ code: "badValue", key, value, expected, ...extra });
/** Report a number outside [min, max] (the field is then left out of the patch). */
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

/** One of `list` or null with a badValue "oneOf" issue. */
function oneOf<T extends string>(issues: Issues, key: string, raw: string, list: readonly T[]) {
  if (isOneOf(list, raw)) return raw;
  bad(issues, key, raw, "oneOf", { options: [...list] });
  return null;
}

/* ───────────────────────── methodology (a group of keys) ───────────────────────── */

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
    const hit = oneOf(issues, key, v, list);
    if (hit !== null) set(hit);
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

/* ───────────────────────── the table of keys ───────────────────────── */

/** One entry of the link: the key(s) it owns, how it writes them and how it reads them back. */
interface LinkKey {
  keys: readonly string[];
  /** Pairs to write for `s` (none = left out). */
  write: (s: UrlState, opts: EncodeOptions) => [string, string][];
  /** Read the entry's keys from `params` into `patch`, reporting every problem in `issues`. */
  read: (params: URLSearchParams, ctx: UrlContext, patch: UrlPatch, issues: Issues) => void;
}

/** A single-key entry: `write` → value text or null (left out); `read` gets the first raw value. */
function one(
  key: string,
  write: (s: UrlState) => string | null,
  read: (raw: string, ctx: UrlContext, patch: UrlPatch, issues: Issues) => void,
): LinkKey {
  return {
    keys: [key],
    write: (s) => {
      const v = write(s);
      return v === null ? [] : [[key, v]];
    },
    read: (params, ctx, patch, issues) => {
      const raw = params.get(key);
      if (raw !== null) read(raw, ctx, patch, issues);
    },
  };
}

/**
 * Every key of the codec, in link order (equal states give equal links). Defaults are written too
 * for the view (layer, class method) so a saved view restores them; null/empty fields are left out.
 */
const LINK_KEYS: readonly LinkKey[] = [
  one(
    "lang",
    (s) => s.lang,
    (raw, _ctx, patch, issues) => {
      const v = oneOf(issues, "lang", raw, ["es", "en"] as const);
      if (v !== null) patch.lang = v;
    },
  ),
  one(
    "layer",
    (s) => s.layerId,
    (raw, ctx, patch, issues) => {
      if (ctx.layerIds.has(raw)) patch.layerId = raw;
      else bad(issues, "layer", raw, "layer");
    },
  ),
  one(
    "year",
    (s) => (s.year === null ? null : num(s.year)),
    (raw, ctx, patch, issues) => {
      if (raw === "latest") patch.year = null;
      else {
        const [min, max] = ctx.yearRange ?? DEFAULT_YEAR_RANGE;
        const y = wholeIn(issues, "year", raw, min, max, "year");
        if (y !== null) patch.year = y;
      }
    },
  ),
  one(
    "cls",
    (s) => s.layerClassMethod,
    (raw, _ctx, patch, issues) => {
      const v = oneOf(issues, "cls", raw, CLASS_METHODS);
      if (v !== null) patch.layerClassMethod = v;
    },
  ),
  one(
    "dep",
    (s) => s.departmentCode,
    (raw, ctx, patch, issues) => {
      if (ctx.departmentCodes.has(raw)) patch.departmentCode = raw;
      else bad(issues, "dep", raw, "department");
    },
  ),
  one(
    "sel",
    (s) => s.selectedUbigeo,
    (raw, ctx, patch, issues) => {
      if (ctx.ubigeos.has(raw)) patch.selectedUbigeo = raw;
      else bad(issues, "sel", raw, "ubigeo");
    },
  ),
  one(
    "mk",
    (s) => (s.markedUbigeos.length > 0 ? s.markedUbigeos.join(",") : null),
    (raw, ctx, patch, issues) => {
      const list = raw.split(",").filter((u) => u !== "");
      const wrong = list.filter((u) => !ctx.ubigeos.has(u));
      if (wrong.length > 0)
        issues.push({ code: "unknownPlaces", key: "mk", kind: "ubigeo", values: wrong });
      patch.markedUbigeos = [...new Set(list.filter((u) => ctx.ubigeos.has(u)))];
    },
  ),
  one(
    "cam",
    (s) => {
      if (!s.camera) return null;
      const [lon, lat] = s.camera.center;
      return [round(lon, 4), round(lat, 4), round(s.camera.zoom, 2)].map(num).join(",");
    },
    (raw, _ctx, patch, issues) => {
      const parts = raw.split(",").map(parseDecimal);
      const [lon, lat, zoom] = parts;
      const L = CAMERA_LIMITS;
      if (parts.length !== 3 || lon == null || lat == null || zoom == null)
        bad(issues, "cam", raw, "camera");
      else if (lon < L.minLon || lon > L.maxLon || lat < L.minLat || lat > L.maxLat)
        bad(issues, "cam", raw, "cameraOutside");
      else if (zoom < L.minZoom || zoom > L.maxZoom)
        outOfRange(issues, "cam", raw, L.minZoom, L.maxZoom, "zoom");
      else patch.camera = { center: [lon, lat], zoom };
    },
  ),
  {
    keys: METHODOLOGY_KEYS,
    write: (s, opts) =>
      s.methodology && opts.methodologyDefault
        ? encodeMethodology(s.methodology, opts.methodologyDefault)
        : [],
    read: (params, ctx, patch, issues) => {
      if (!ctx.methodologyDefault) {
        if (METHODOLOGY_KEYS.some((k) => params.has(k)))
          issues.push({ code: "methodologyUnsupported" });
        return;
      }
      const m = decodeMethodology(
        params,
        ctx.methodologyDefault,
        ctx.indicatorIds,
        issues,
        ctx.yearRange,
      );
      if (m) patch.methodology = m;
    },
  },
  one(
    "pres",
    (s) => (s.presenting ? "1" : null),
    (raw, _ctx, patch, issues) => {
      const v = oneOf(issues, "pres", raw, ["0", "1"] as const);
      if (v !== null) patch.presenting = v === "1";
    },
  ),
  one(
    "slide",
    (s) => (s.presenting && s.slideIndex !== null ? num(s.slideIndex + 1) : null),
    (raw, ctx, patch, issues) => {
      const max = Math.min(ctx.slideCount ?? VIEW_LIMITS.maxViews, VIEW_LIMITS.maxViews);
      const n = wholeIn(issues, "slide", raw, 1, max, "slide", "slide");
      if (n !== null) patch.slideIndex = n - 1;
    },
  ),
  one(
    "report",
    (s) => {
      if (!s.report) return null;
      return s.report.kind === "district"
        ? `district:${s.report.ubigeo}`
        : `department:${s.report.code}`;
    },
    (raw, ctx, patch, issues) => {
      const [kind = "", code = ""] = raw.split(":");
      if (kind === "district" && UBIGEO_RE.test(code) && ctx.ubigeos.has(code))
        patch.report = { kind, ubigeo: code };
      else if (kind === "department" && ctx.departmentCodes.has(code))
        patch.report = { kind, code };
      else bad(issues, "report", raw, "report");
    },
  ),
  one(
    "alpha",
    (s) => (s.populationAlpha ? "1" : null),
    (raw, _ctx, patch, issues) => {
      const v = oneOf(issues, "alpha", raw, ["0", "1"] as const);
      if (v !== null) patch.populationAlpha = v === "1";
    },
  ),
];

/** Every key the codec itself reads ("v" and the table's keys). */
export const OWN_KEYS: ReadonlySet<string> = new Set(["v", ...LINK_KEYS.flatMap((k) => k.keys)]);

/**
 * The link (without "#") for a state: "v=1", then every LINK_KEYS entry in table order, then
 * `opts.extra`. Numbers exact in plain decimals; camera: lon/lat to 4 decimals (≈ 11 m), zoom to 2.
 */
export function encodeUrlState(s: UrlState, opts: EncodeOptions = {}): string {
  const pairs: [string, string][] = [["v", String(URL_VERSION)]];
  for (const entry of LINK_KEYS) pairs.push(...entry.write(s, opts));
  if (opts.extra) pairs.push(...opts.extra.map(([k, v]): [string, string] => [k, v]));
  return joinParams(pairs);
}

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
  for (const entry of LINK_KEYS) entry.read(params, ctx, patch, issues);
  return { patch, issues };
}
