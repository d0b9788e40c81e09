import type { StateCreator } from "zustand";
import type { DataManifest, DistrictTable } from "../data/contract";
import type { Topology } from "topojson-specification";
import { INDICATORS } from "../config/indicators";
import type { DataIssue } from "../core/data-issues";
import type { IndicatorDef } from "../core/types";
import type { AppState } from "./index";

export type LoadStatus = "loading" | "ready" | "error";

export interface DataSlice {
  /** "ready" only once data is validated AND the map has drawn (see MapView). */
  status: LoadStatus;
  dataLoaded: boolean;
  /** Why the start-up data could not be used (codes; the error screen words them). */
  error: DataIssue[] | null;
  /** Non-fatal problems found while validating the data files. */
  dataIssues: DataIssue[];
  manifest: DataManifest | null;
  table: DistrictTable | null;
  /** Indicators in force: the configured ones plus any added by an import. Use this, not INDICATORS. */
  indicatorDefs: IndicatorDef[];
  /** Detailed boundaries for zooms above the tiles; arrive after the first draw (or never). */
  topology: Topology | null;
  setLoaded: (d: { manifest: DataManifest; table: DistrictTable; issues: DataIssue[] }) => void;
  /** Why the detailed boundaries could not be used (the map then keeps its tiles at every zoom). */
  boundariesError: DataIssue[] | null;
  /** Detailed boundaries loaded, or why not (a non-fatal issue: the map keeps its tiles). */
  setBoundaries: (r: { topology: Topology; issues: DataIssue[] } | { error: DataIssue[] }) => void;
  setLoadError: (issues: DataIssue[]) => void;
  setMapReady: () => void;
  /** The map has had its first idle (ready may still wait for the restore of kept imports). */
  mapDrawn: boolean;
  /** Set ready if everything it waits for is done (data, map's first idle, restore of imports). */
  releaseReady: () => void;
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
    if ("error" in r)
      set({ boundariesError: r.error, dataIssues: [...get().dataIssues, ...r.error] });
    else set({ topology: r.topology, dataIssues: [...get().dataIssues, ...r.issues] });
  },
  setLoadError: (issues) => set({ status: "error", error: issues }),
  mapDrawn: false,
  setMapReady: () => {
    set({ mapDrawn: true });
    get().releaseReady();
  },
  // Imports kept in the browser are re-applied before the first ready (dataset-slice), so the
  // first ready already shows them and a link is applied over them.
  releaseReady: () => {
    const s = get();
    if (s.status === "loading" && s.dataLoaded && s.mapDrawn && s.restoreState !== "pending")
      set({ status: "ready" });
  },
  setTable: (table, indicatorDefs) => {
    set(indicatorDefs ? { table, indicatorDefs } : { table });
    get().recompute();
  },
});
