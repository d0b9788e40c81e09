import maplibregl, { type Map as MlMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef } from "react";
import { PERU_BOUNDS } from "../config/map";
import { useAppStore } from "../store";
import { buildMapGeometry } from "./geometry";
import { baseStyle, dataLayers, fillColorExpression, LAYER, paletteColors, SRC } from "./layers";
import { attachDepartmentLabels } from "./department-labels";
import { attachHover } from "./hover";
import { syncFeatureState } from "./use-feature-state";
import { syncHighlight } from "./highlight";
import { POLICE_LAYER, POLICE_SRC, policeCircleLayer, policeSource } from "./police-layer";

declare global {
  interface Window {
    /** Exposed for end-to-end tests and benchmarks only (read-only use). */
    __map?: MlMap;
  }
}

/** Keep fitted areas clear of the side panel (left) and the district card (right) on wide screens. */
function cameraPadding(el: HTMLElement) {
  const w = el.clientWidth;
  if (w > 1100) return { top: 40, bottom: 40, left: 360, right: 400 };
  return w > 700 ? { top: 40, bottom: 40, left: 360, right: 40 } : 40;
}

/** Centre Peru in the part of the map the side panel leaves visible. */
function initialPadding(el: HTMLElement) {
  return el.clientWidth > 700 ? { top: 10, bottom: 10, left: 350, right: 10 } : 10;
}

/** The only component that touches the MapLibre instance. Camera is uncontrolled. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The map is created at once, while the data downloads (WebGL, style and workers start in
    // parallel), and gets its sources when the topology arrives. Rows (names, codes) never change
    // after load and imports replace series only, so sources are added once, never re-created.
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(),
      bounds: PERU_BOUNDS,
      fitBoundsOptions: { padding: initialPadding(container.current) },
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true }, // PNG export reads the canvas
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      minZoom: 3,
      fadeDuration: 0,
    });
    window.__map = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-right");
    map.touchZoomRotate.disableRotation();
    const cleanups: (() => void)[] = [];

    let added = false;
    const addData = () => {
      const { topology, table } = useAppStore.getState();
      if (added || !topology || !table || !map.loaded()) return;
      added = true;
      const geo = buildMapGeometry(topology, table.districts);
      map.addSource(SRC.districts, { type: "geojson", data: geo.source });
      map.addSource(SRC.highlight, {
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
      });
      const palette = useAppStore.getState().mapLayer?.palette ?? "neutral";
      for (const layer of dataLayers(palette)) map.addLayer(layer);
      cleanups.push(syncFeatureState(map, useAppStore));
      cleanups.push(syncHighlight(map, useAppStore, geo.districts.features));
      cleanups.push(attachHover(map, useAppStore));
      cleanups.push(attachDepartmentLabels(map, table.districts));
      performance.mark("map-layers-added");
      map.once("idle", () => {
        performance.mark("map-first-idle");
        useAppStore.getState().setMapReady();
      });
    };
    map.on("load", () => {
      performance.mark("map-style-loaded");
      addData();
    });
    cleanups.push(useAppStore.subscribe(addData));

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
        map.setPaintProperty(LAYER.fill, "fill-color", fillColorExpression(paletteColors(p)));
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

  return <div ref={container} className="map" data-testid="map" aria-label="Mapa" role="region" />;
}
