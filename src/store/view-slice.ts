import type { StateCreator } from "zustand";
import type { ClassMethod, Lang } from "../core/types";
import type { AppState } from "./index";

export interface CameraRequest {
  bbox: [number, number, number, number];
  /** Increments on every request so the same bbox twice still moves the camera. */
  seq: number;
}

/** Where the map camera is (set by MapView on moveend; read by saved views and the URL). */
export interface CameraView {
  /** [lon, lat] in degrees. */
  center: [number, number];
  zoom: number;
}

/** A request to put the camera at a centre and zoom (saved views, links). */
export interface CameraJumpRequest extends CameraView {
  /** Increments on every request, as CameraRequest.seq. */
  seq: number;
}

export interface ViewSlice {
  lang: Lang;
  /** Id of a LayerOption (core/layer-catalog.ts) or "irs". */
  layerId: string;
  /** Requested year for dated layers; null = latest. */
  year: number | null;
  /** Classification of the choropleth for plain layers (the IRS uses the methodology's). */
  layerClassMethod: ClassMethod;
  selectedId: number | null;
  departmentCode: string | null;
  camera: CameraRequest | null;
  cameraView: CameraView | null;
  cameraJump: CameraJumpRequest | null;
  /** Districts highlighted on the map (presentation, selections). */
  markedIds: readonly number[];
  /**
   * Value-by-alpha: the choropleth's opacity follows population density (map/population-alpha.ts),
   * so thinly populated districts read lighter. Off = the plain choropleth.
   */
  populationAlpha: boolean;
  setPopulationAlpha: (on: boolean) => void;
  setMarked: (ids: readonly number[]) => void;
  setLang: (lang: Lang) => void;
  setLayer: (layerId: string) => void;
  setYear: (year: number | null) => void;
  setLayerClassMethod: (m: ClassMethod) => void;
  selectDistrict: (id: number | null, fly?: boolean) => void;
  setDepartment: (code: string | null) => void;
  flyTo: (bbox: [number, number, number, number]) => void;
  /** Called by MapView only, after each camera move. */
  setCameraView: (view: CameraView) => void;
  jumpTo: (view: CameraView) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  lang: "es",
  layerId: "irs",
  year: null,
  layerClassMethod: "quantile",
  selectedId: null,
  departmentCode: null,
  camera: null,
  cameraView: null,
  cameraJump: null,
  markedIds: [],
  populationAlpha: false,
  setPopulationAlpha: (populationAlpha) => set({ populationAlpha }),
  setMarked: (markedIds) => set({ markedIds }),
  setLang: (lang) => set({ lang }),
  setLayer: (layerId) => {
    set({ layerId });
    get().recompute();
  },
  setYear: (year) => {
    set({ year });
    get().recompute();
  },
  setLayerClassMethod: (layerClassMethod) => {
    set({ layerClassMethod });
    get().recompute();
  },
  selectDistrict: (id, fly = false) => {
    set({ selectedId: id });
    const d = id === null ? undefined : get().table?.districts[id];
    if (fly && d) get().flyTo(d.bbox);
  },
  setDepartment: (code) => {
    set({ departmentCode: code });
    const table = get().table;
    if (!table) return;
    const rows =
      code === null ? table.districts : table.districts.filter((d) => d.departmentCode === code);
    const bbox = unionBbox(rows.map((d) => d.bbox));
    if (bbox) get().flyTo(bbox);
  },
  flyTo: (bbox) => set({ camera: { bbox, seq: (get().camera?.seq ?? 0) + 1 } }),
  setCameraView: (cameraView) => set({ cameraView }),
  jumpTo: (view) => set({ cameraJump: { ...view, seq: (get().cameraJump?.seq ?? 0) + 1 } }),
});

/**
 * Union of Turf bboxes computed at build time; equals Turf's bbox of the merged geometry, without
 * merging polygons in the browser.
 */
export function unionBbox(
  boxes: readonly [number, number, number, number][],
): [number, number, number, number] | null {
  if (boxes.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
  }
  return [w, s, e, n];
}
