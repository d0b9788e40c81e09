import type { StoreApi } from "zustand";
import { INDICATORS } from "../config/indicators";
import { listLayerOptions } from "../core/layer-catalog";
import {
  decodeUrlState,
  encodeUrlState,
  parseHash,
  type UrlContext,
  type UrlPatch,
  type UrlState,
} from "../core/link-codec";
import type { LinkIssue } from "../core/link-issues";
import type { Methodology } from "../core/types";
import { DATASET_URL_PART } from "./dataset-url";
import { FESC_URL_PART } from "./fesc-url";
import type { AppState } from "./index";

/**
 * The store ↔ location.hash sync: which store fields go in the link (urlStateOf), applying a
 * decoded link to the store (applyHash), and keeping the hash in step (startUrlSync). Encoding,
 * decoding and validation are pure, in core/link-codec.ts (how to add a key: its top comment).
 */
export type { ReportTarget } from "../core/link-codec";

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

/**
 * The features' parts of the link, composed here explicitly (no registration at import time). A
 * feature with its own keys exports a UrlPart from its module (see FESC_URL_PART in fesc-url.ts)
 * and is listed here; a key of the generic view state goes in core/link-codec.ts LINK_KEYS instead.
 */
const URL_PARTS: readonly UrlPart[] = [FESC_URL_PART, DATASET_URL_PART];

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
    populationAlpha: s.populationAlpha,
    ...(methodologyAccess ? { methodology: methodologyAccess.get(s) } : {}),
  };
}

/** The whole link for the store (own part + the features' parts). */
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
 * Decode a whole link (own part and the features' parts) against the store's data, applying
 * nothing. `parts`: the patches of the parts whose keys are present.
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
    populationAlpha: pick("populationAlpha", init.populationAlpha, cur.populationAlpha) ?? false,
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
