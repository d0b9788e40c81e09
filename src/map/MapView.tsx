import * as maplibregl from "maplibre-gl";
import type { Map as MlMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
// MapLibre 6 is ESM-only and finds its worker next to its own module, which a bundle does not
// keep: Vite builds the worker as a chunk of its own (a .js file, served as JavaScript by any
// static host) and setWorkerUrl points MapLibre at it.
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import { useEffect, useRef } from "react";
import type { GeoJSONSource } from "maplibre-gl";
import { DETAIL_MINZOOM, DISTRICT_TILES, PERU_BOUNDS } from "../config/map";
import { pickSeries } from "../core/indicator-values";
import { COPY } from "../i18n/copy";
import type { Lang } from "../core/types";
import { useAppStore } from "../store";
import { buildMapGeometry } from "./geometry";
import {
  baseStyle,
  detailLayers,
  fillColorExpression,
  glyphsUrlOf,
  LAYER,
  paletteColors,
  SRC,
} from "./layers";
import { buildPlaceLabels } from "./label-points";
import { syncPopulationAlpha } from "./population-alpha-sync";
import { attachHover } from "./hover";
import { attachPointLayers } from "./points-layer";
import { syncFeatureState } from "./use-feature-state";
import { syncHighlight } from "./highlight";
import { POLICE_LAYER, POLICE_SRC, policeCircleLayer, policeSource } from "./police-layer";

declare global {
  interface Window {
    /** Exposed for end-to-end tests and benchmarks only (read-only use). */
    __map?: MlMap;
  }
}

maplibregl.setWorkerUrl(workerUrl);
// Start the map's worker now, while React renders and WebGL starts on the main thread: evaluating
// the worker's script (~180 ms here) otherwise delays the first tile requests.
maplibregl.prewarm();

/** Keep fitted areas clear of the side panel (left) and the district card (right) on wide screens. */
function cameraPadding(el: HTMLElement) {
  const w = el.clientWidth;
  if (w > 1100) return { top: 40, bottom: 40, left: 360, right: 400 };
  return w > 700 ? { top: 40, bottom: 40, left: 360, right: 40 } : 40;
}

/**
 * Centre Peru in the part of the map the side panel leaves visible. Up to 1,200 px wide the legend
 * box (bottom left, beside the panel) would reach the coast from Lima to Nasca: Peru moves right.
 */
function initialPadding(el: HTMLElement) {
  if (el.clientWidth <= 700) return 10;
  return { top: 10, bottom: 10, left: el.clientWidth <= 1200 ? 400 : 350, right: 10 };
}

/** MapLibre's own UI strings (zoom buttons, the canvas's label) in the app's language. */
function mapLocale(lang: Lang): Record<string, string> {
  const t = COPY[lang];
  return {
    "NavigationControl.ZoomIn": t.zoomIn,
    "NavigationControl.ZoomOut": t.zoomOut,
    "Map.Title": t.mapLabel,
  };
}

/** The only component that touches the MapLibre instance. Camera is uncontrolled. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The map is created at once with the district tiles in its style: WebGL, the worker and the
    // tiles start while the data files download. Colours arrive through feature-state once the
    // store is ready; the detailed boundaries (topology) come after the first draw. Rows (names,
    // codes) never change after load and imports replace series only, so sources are never
    // re-created.
    if (!container.current) return;
    // Absolute: the map's worker fetches the tiles and resolves nothing against the page.
    const tileUrl = `${new URL(DISTRICT_TILES.dir, document.baseURI).href}{z}/{x}/{y}.pbf`;
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(
        tileUrl,
        useAppStore.getState().mapLayer?.palette ?? "risk",
        glyphsUrlOf(document.baseURI),
      ),
      bounds: PERU_BOUNDS,
      fitBoundsOptions: { padding: initialPadding(container.current) },
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true }, // PNG export reads the canvas
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      minZoom: 3,
      fadeDuration: 0,
      locale: mapLocale(useAppStore.getState().lang),
    });
    window.__map = map;
    let nav = new maplibregl.NavigationControl({ showCompass: false });
    map.addControl(nav, "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-right");
    map.touchZoomRotate.disableRotation();
    const cleanups: (() => void)[] = [];

    // The locale is read when a control is added: on a language change, patch it and re-add the
    // zoom buttons (MapLibre 6 has no setter for it).
    let lastLang = useAppStore.getState().lang;
    cleanups.push(
      useAppStore.subscribe((s) => {
        if (s.lang === lastLang) return;
        lastLang = s.lang;
        Object.assign(map._locale, mapLocale(s.lang));
        map.removeControl(nav);
        nav = new maplibregl.NavigationControl({ showCompass: false });
        map.addControl(nav, "top-right");
        map.getCanvas().setAttribute("aria-label", COPY[s.lang].mapLabel);
      }),
    );

    // Feature-state can be set as soon as the style exists, before any tile has arrived: the
    // first frame with districts is then already coloured (one expensive frame fewer).
    let styleReady = false;
    let states: ReturnType<typeof syncFeatureState> | null = null;
    let alphaStates: ReturnType<typeof syncPopulationAlpha> | null = null;
    const attachData = () => {
      const { table } = useAppStore.getState();
      if (states || !table || !styleReady) return;
      states = syncFeatureState(map, useAppStore);
      cleanups.push(states.dispose);
      cleanups.push(attachHover(map, useAppStore));
      cleanups.push(attachPointLayers(map, useAppStore)); // imported points and areas (#17)
      alphaStates = syncPopulationAlpha(map, useAppStore);
      cleanups.push(alphaStates.dispose);
      performance.mark("map-colours-attached");
      map.once("idle", () => {
        performance.mark("map-first-idle");
        useAppStore.getState().setMapReady();
        // Place names are drawn by MapLibre in the canvas (PNG export and slides include them).
        // Sent after the first coloured frame: the glyphs and the names' tiles then do not delay it
        // (measured: attach → first idle ~0.9 s longer with them before).
        const population = pickSeries(table.series, "population")?.values ?? [];
        map
          .getSource<GeoJSONSource>(SRC.labels)
          ?.setData(buildPlaceLabels(table.districts, population));
      });
    };

    // Detailed boundaries: one GeoJSON source drawn from DETAIL_MINZOOM up. Until it has been
    // tiled, the vector tiles stay on at every zoom (over-zoomed), so the map is never blank.
    let detailAdded = false;
    const attachDetail = () => {
      const { topology, table } = useAppStore.getState();
      if (detailAdded || !states || !topology || !table) return;
      detailAdded = true;
      const geo = buildMapGeometry(topology, table.districts);
      map.addSource(SRC.detail, { type: "geojson", data: geo.source });
      const palette = useAppStore.getState().mapLayer?.palette ?? "risk";
      const alpha = useAppStore.getState().populationAlpha;
      for (const layer of detailLayers(palette, alpha)) map.addLayer(layer, LAYER.highlightHalo);
      states.resync();
      alphaStates?.resync();
      // Checked on "idle" too: under load the last "sourcedata" can come before the source counts
      // as loaded, and the tiles then stayed on at every zoom.
      const handOver = () => {
        if (!map.isSourceLoaded(SRC.detail)) return;
        map.off("sourcedata", handOver);
        map.off("idle", handOver);
        for (const id of [LAYER.fill, LAYER.provinces, LAYER.departments])
          map.setLayerZoomRange(id, 0, DETAIL_MINZOOM);
      };
      map.on("sourcedata", handOver);
      map.on("idle", handOver);
      cleanups.push(() => {
        map.off("sourcedata", handOver);
        map.off("idle", handOver);
      });
      cleanups.push(syncHighlight(map, useAppStore, geo.districts.features));
    };
    const onStore = () => {
      attachData();
      attachDetail();
    };
    map.once("style.load", () => {
      performance.mark("map-style-loaded");
      styleReady = true;
      onStore();
    });
    cleanups.push(useAppStore.subscribe(onStore));

    // Police stations (Barrio Seguro tab): source added on first show, then only toggled.
    const syncPolice = (st: ReturnType<typeof useAppStore.getState>) => {
      if (!map.getLayer(LAYER.fill)) return;
      if (!map.getSource(POLICE_SRC)) {
        if (!st.showStations || !st.policeStations) return;
        map.addSource(POLICE_SRC, policeSource(st.policeStations));
        map.addLayer(policeCircleLayer(true));
        return;
      }
      const vis = st.showStations ? "visible" : "none";
      if (map.getLayoutProperty(POLICE_LAYER, "visibility") !== vis) {
        map.setLayoutProperty(POLICE_LAYER, "visibility", vis);
      }
    };
    map.on("load", () => syncPolice(useAppStore.getState()));
    cleanups.push(useAppStore.subscribe(syncPolice));

    let lastPalette: string | null = null;
    cleanups.push(
      useAppStore.subscribe((s) => {
        const p = s.mapLayer?.palette;
        if (!p || p === lastPalette || !map.getLayer(LAYER.fill)) return;
        lastPalette = p;
        for (const id of [LAYER.fill, LAYER.fillDetail])
          if (map.getLayer(id))
            map.setPaintProperty(id, "fill-color", fillColorExpression(paletteColors(p)));
      }),
    );
    let lastSeq = 0;
    cleanups.push(
      useAppStore.subscribe((s) => {
        if (!s.camera || s.camera.seq === lastSeq) return;
        lastSeq = s.camera.seq;
        const [w, so, e, n] = s.camera.bbox;
        map.fitBounds(
          [
            [w, so],
            [e, n],
          ],
          { padding: cameraPadding(map.getContainer()), maxZoom: 12, duration: 700 },
        );
      }),
    );

    // Camera position for saved views and links; jump requests put it back exactly (no padding).
    const reportCamera = () => {
      const c = map.getCenter();
      useAppStore.getState().setCameraView({ center: [c.lng, c.lat], zoom: map.getZoom() });
    };
    map.on("moveend", reportCamera);
    reportCamera(); // the initial fit fires no moveend we can hear
    cleanups.push(() => map.off("moveend", reportCamera));
    let lastJump = 0;
    const applyJump = (s: ReturnType<typeof useAppStore.getState>) => {
      if (!s.cameraJump || s.cameraJump.seq === lastJump) return;
      lastJump = s.cameraJump.seq;
      map.jumpTo({ center: s.cameraJump.center, zoom: s.cameraJump.zoom });
    };
    applyJump(useAppStore.getState());
    cleanups.push(useAppStore.subscribe(applyJump));

    return () => {
      cleanups.forEach((c) => c());
      map.remove();
      if (window.__map === map) delete window.__map;
    };
  }, []);

  const lang = useAppStore((s) => s.lang);
  return (
    <div
      ref={container}
      className="map"
      data-testid="map"
      aria-label={COPY[lang].mapLabel}
      role="region"
    />
  );
}
