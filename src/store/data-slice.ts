import type { StateCreator } from "zustand";
import type { DataManifest, DistrictTable } from "../data/contract";
import type { Topology } from "topojson-specification";
import { INDICATORS } from "../config/indicators";
import type { IndicatorDef } from "../core/types";
import type { AppState } from "./index";

export type LoadStatus = "loading" | "ready" | "error";

export interface DataSlice {
  /** "ready" only once data is validated AND the map has drawn (see MapView). */
  status: LoadStatus;
  dataLoaded: boolean;
  error: string | null;
  /** Non-fatal problems found while validating the data files. */
  dataIssues: string[];
  manifest: DataManifest | null;
  table: DistrictTable | null;
  /** Indicators in force: the configured ones plus any added by an import. Use this, not INDICATORS. */
  indicatorDefs: IndicatorDef[];
  /** Detailed boundaries for zooms above the tiles; arrive after the first draw (or never). */
  topology: Topology | null;
  setLoaded: (d: { manifest: DataManifest; table: DistrictTable; issues: string[] }) => void;
  /** Why the detailed boundaries could not be used (the map then keeps its tiles at every zoom). */
  boundariesError: string | null;
  /** Detailed boundaries loaded, or why not (a non-fatal issue: the map keeps its tiles). */
  setBoundaries: (r: { topology: Topology; issues: string[] } | { error: string }) => void;
  setLoadError: (message: string) => void;
  setMapReady: () => void;
  /** Replace the table (imports), optionally with the indicator list; keeps everything else. */
  setTable: (table: DistrictTable, indicatorDefs?: IndicatorDef[]) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  status: "loading",
  dataLoaded: false,
  error: null,
  dataIssues: [],
  manifest: null,
  table: null,
  indicatorDefs: INDICATORS,
  topology: null,
  boundariesError: null,
  setLoaded: ({ manifest, table, issues }) => {
    set({ manifest, table, dataIssues: issues, dataLoaded: true });
    get().recompute();
  },
  setBoundaries: (r) => {
    if ("error" in r) set({ boundariesError: r.error, dataIssues: [...get().dataIssues, r.error] });
    else set({ topology: r.topology, dataIssues: [...get().dataIssues, ...r.issues] });
  },
  setLoadError: (message) => set({ status: "error", error: message }),
  setMapReady: () => {
    if (get().status === "loading" && get().dataLoaded) set({ status: "ready" });
  },
  setTable: (table, indicatorDefs) => {
    set(indicatorDefs ? { table, indicatorDefs } : { table });
    get().recompute();
  },
});
