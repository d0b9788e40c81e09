import * as maplibregl from "maplibre-gl";
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
  Map as MlMap,
  MapLayerMouseEvent,
} from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import { POINT_STATUS } from "../core/district-index";
import { POINTS_COPY } from "../i18n/points-copy";
import type { AppState } from "../store";
import { selectActivePointLayers, type PointLayer } from "../store/points-slice";

/**
 * Imported points and shapes over the choropleth (issue #17). Each applied import gets a clustered
 * GeoJSON source for its points and one for its polygons. The points are fed in chunks of
 * FEED_CHUNK with `updateData` (each awaited): a source given all 100,000 at once (as an object or
 * a URL) costs the page one task of 1–2 s to copy them to or from the map's worker; chunks keep every
 * task short. The polygons (few) come from a Blob URL. Layers are drawn on top, so the PNG export
 * and the slides, which copy the map canvas, include them. Undo removes the import → its layers go.
 */

/** Clusters up to this zoom (national and regional views); single points from the next one. */
export const CLUSTER_MAX_ZOOM = 9;
/** Points per updateData call (≈ 30–60 ms of main-thread copying each, measured at 100,000). */
export const FEED_CHUNK = 10_000;
/** Near-black with a white ring: readable over every palette (light and dark classes alike). */
const POINT_COLOR = "#1a1a1a";
const BORDER_COLOR = "#e08214";
const OUTSIDE_COLOR = "#8c8c8c";
const AREA_COLOR = "#d6008f";

/** Source and layer ids of one imported layer. */
export function pointLayerIds(sourceId: string) {
  const base = `imp-pts-${sourceId}`;
  return {
    pointSource: `${base}-pt-src`,
    areaSource: `${base}-area-src`,
    areaFill: `${base}-area-fill`,
    areaLine: `${base}-area-line`,
    clusters: `${base}-clusters`,
    points: `${base}-points`,
  };
}

/** The sources (points clustered and empty until fed, polygons from their URL) and layers. */
export function pointLayerSpecs(layer: Pick<PointLayer, "sourceId" | "areasUrl">): {
  sources: [string, GeoJSONSourceSpecification][];
  layers: (CircleLayerSpecification | FillLayerSpecification | LineLayerSpecification)[];
} {
  const id = pointLayerIds(layer.sourceId);
  return {
    sources: [
      [
        id.pointSource,
        {
          type: "geojson",
          data: { type: "FeatureCollection", features: [] },
          cluster: true,
          clusterMaxZoom: CLUSTER_MAX_ZOOM,
          clusterRadius: 40,
        },
      ],
      [
        id.areaSource,
        { type: "geojson", data: layer.areasUrl ?? { type: "FeatureCollection", features: [] } },
      ],
    ],
    layers: [
      {
        id: id.areaFill,
        type: "fill",
        source: id.areaSource,
        paint: { "fill-color": AREA_COLOR, "fill-opacity": 0.28 },
      },
      {
        id: id.areaLine,
        type: "line",
        source: id.areaSource,
        paint: { "line-color": AREA_COLOR, "line-width": 2 },
      },
      {
        id: id.clusters,
        type: "circle",
        source: id.pointSource,
        filter: ["has", "point_count"],
        paint: {
          "circle-color": POINT_COLOR,
          "circle-opacity": 0.75,
          "circle-radius": ["step", ["get", "point_count"], 7, 10, 10, 100, 14, 1000, 19],
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 2,
        },
      },
      {
        id: id.points,
        type: "circle",
        source: id.pointSource,
        filter: ["!", ["has", "point_count"]],
        paint: {
          "circle-color": [
            "match",
            ["get", "s"],
            POINT_STATUS.border,
            BORDER_COLOR,
            POINT_STATUS.outside,
            OUTSIDE_COLOR,
            POINT_COLOR,
          ],
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 5, 3.5, 12, 6],
          "circle-stroke-color": "#ffffff",
          "circle-stroke-width": 1,
        },
      },
    ],
  };
}

/**
 * Keep the map's imported point layers in step with the store, and name a point, cluster or
 * polygon on hover (textContent only: names come from the user's file). Returns the cleanup.
 */
export function attachPointLayers(
  map: MlMap,
  store: UseBoundStore<StoreApi<AppState>>,
): () => void {
  const shown = new Map<string, string[]>(); // sourceId → layer ids
  const popup = new maplibregl.Popup({
    closeButton: false,
    closeOnClick: false,
    offset: 10,
    className: "points-popup",
  });
  const hoverable = (): string[] =>
    [...shown.keys()].flatMap((s) => {
      const id = pointLayerIds(s);
      return [id.points, id.clusters, id.areaFill];
    });

  const onMove = (e: MapLayerMouseEvent) => {
    const layers = hoverable().filter((l) => map.getLayer(l));
    if (layers.length === 0) return;
    const f = map.queryRenderedFeatures(e.point, { layers })[0];
    if (!f) {
      popup.remove();
      return;
    }
    const t = POINTS_COPY[store.getState().lang];
    const p = f.properties as { n?: unknown; point_count?: unknown; s?: unknown };
    const name = typeof p.n === "string" && p.n !== "" ? p.n : null;
    const text =
      typeof p.point_count === "number"
        ? t.hoverCluster(p.point_count)
        : f.layer.type === "fill"
          ? (name ?? t.hoverArea)
          : `${name ?? t.hoverPoint}${p.s === POINT_STATUS.border ? ` · ${t.statusBorder}` : p.s === POINT_STATUS.outside ? ` · ${t.statusOutside}` : ""}`;
    popup.setLngLat(e.lngLat).setText(text).addTo(map);
  };
  map.on("mousemove", onMove);

  const sync = (s: AppState) => {
    const active = selectActivePointLayers(s);
    const want = new Set(active.map((l) => l.sourceId));
    for (const [sourceId, layerIds] of shown) {
      if (want.has(sourceId)) continue;
      for (const l of layerIds) if (map.getLayer(l)) map.removeLayer(l);
      const id = pointLayerIds(sourceId);
      for (const src of [id.pointSource, id.areaSource])
        if (map.getSource(src)) map.removeSource(src);
      shown.delete(sourceId);
      popup.remove();
    }
    for (const layer of active) {
      if (shown.has(layer.sourceId)) continue;
      const spec = pointLayerSpecs(layer);
      for (const [id, src] of spec.sources) map.addSource(id, src);
      for (const l of spec.layers) map.addLayer(l);
      shown.set(
        layer.sourceId,
        spec.layers.map((l) => l.id),
      );
      void feedPoints(map, layer, () => shown.has(layer.sourceId));
    }
  };
  sync(store.getState());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    map.off("mousemove", onMove);
    popup.remove();
  };
}

/** Point features [from, to) of a layer (invalid coordinates skipped; id = point index). */
export function pointFeatures(
  points: PointLayer["points"],
  from: number,
  to: number,
): GeoJSON.Feature<GeoJSON.Point, { n: string; s: number }>[] {
  const out: GeoJSON.Feature<GeoJSON.Point, { n: string; s: number }>[] = [];
  for (let i = from; i < to; i++) {
    const s = points.status[i] as number;
    if (s === POINT_STATUS.invalid) continue;
    out.push({
      type: "Feature",
      id: i,
      geometry: { type: "Point", coordinates: [points.lon[i] as number, points.lat[i] as number] },
      properties: { n: points.names[i] ?? "", s },
    });
  }
  return out;
}

/** Feed the points to their clustered source, one awaited chunk at a time, while `alive()`. */
async function feedPoints(map: MlMap, layer: PointLayer, alive: () => boolean): Promise<void> {
  const n = layer.points.lon.length;
  const sourceId = pointLayerIds(layer.sourceId).pointSource;
  for (let from = 0; from < n; from += FEED_CHUNK) {
    const src = map.getSource<GeoJSONSource>(sourceId);
    if (!alive() || !src) return;
    await src.updateData({
      add: pointFeatures(layer.points, from, Math.min(n, from + FEED_CHUNK)),
    });
  }
}
