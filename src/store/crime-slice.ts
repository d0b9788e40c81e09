import type { StateCreator } from "zustand";
import type { CrimeMonthlyFile, FiscalContext } from "../data/contract";
import type { DataIssue } from "../core/data-issues";
import { dataIssuesOf, loadCrimeMonthly, loadFiscalContext } from "../data/load";
import type { AppState } from "./index";

/** A monthly crime file: still loading, loaded, or why it could not be. */
export type CrimeMonthlyState =
  | { status: "loading" }
  | { status: "ready"; file: CrimeMonthlyFile }
  | { status: "error"; issues: DataIssue[] };

/** A file loaded on demand: loading, loaded, or why not. */
export type LazyState<T> =
  { status: "loading" } | { status: "ready"; file: T } | { status: "error"; issues: DataIssue[] };

export interface CrimeSlice {
  /** Monthly crime files by key ("trends" or a department code), loaded on first need. */
  crimeMonthly: Record<string, CrimeMonthlyState>;
  /** Load a monthly file once (a second call while loading or loaded does nothing). */
  loadCrimeMonthly: (key: string) => void;
  /** Ministerio Público regional context (context-mpfn.json), loaded when its section opens. */
  fiscalContext: LazyState<FiscalContext> | null;
  loadFiscalContext: () => void;
}

/** Loader used by the slice (tests replace it). */
let loader: (key: string) => Promise<CrimeMonthlyFile> = loadCrimeMonthly;
export function setCrimeMonthlyLoader(f: (key: string) => Promise<CrimeMonthlyFile>): void {
  loader = f;
}

export const createCrimeSlice: StateCreator<AppState, [], [], CrimeSlice> = (set, get) => ({
  crimeMonthly: {},
  fiscalContext: null,
  loadFiscalContext: () => {
    const cur = get().fiscalContext;
    if (cur && cur.status !== "error") return;
    set({ fiscalContext: { status: "loading" } });
    loadFiscalContext().then(
      (file) => set({ fiscalContext: { status: "ready", file } }),
      (e: unknown) => set({ fiscalContext: { status: "error", issues: dataIssuesOf(e) } }),
    );
  },
  loadCrimeMonthly: (key) => {
    const cur = get().crimeMonthly[key];
    if (cur && cur.status !== "error") return;
    const put = (state: CrimeMonthlyState) =>
      set({ crimeMonthly: { ...get().crimeMonthly, [key]: state } });
    put({ status: "loading" });
    loader(key).then(
      (file) => put({ status: "ready", file }),
      (e: unknown) => put({ status: "error", issues: dataIssuesOf(e) }),
    );
  },
});
