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
import { POLICE_LAYER, POLICE_SRC, policeCircleLayer, policeSource } from "./police-layer";

declare global {
  interface Window {
    /** Exposed for end-to-end tests and benchmarks only (read-only use). */
    __map?: MlMap;
  }
}

/** Keep fitted areas clear of the side panel (left) and the district card (right) on wide screens. */
function cameraPadding(el: HTMLElement) {
  const wide = el.clientWidth > 1100;
  return wide ? { top: 40, bottom: 40, left: 360, right: 400 } : 40;
}

/** The only component that touches the MapLibre instance. Camera is uncontrolled. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const topology = useAppStore((s) => s.topology);

  useEffect(() => {
    // Rows (names, codes) never change after load; imports replace series only, so the map is
    // built once per topology and never re-created on a data change.
    const table = useAppStore.getState().table;
    if (!container.current || !topology || !table) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(),
      bounds: PERU_BOUNDS,
      fitBoundsOptions: { padding: 10 },
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true }, // PNG export reads the canvas
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 14,
      minZoom: 3,
    });
    window.__map = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-right");
    map.touchZoomRotate.disableRotation();
    const cleanups: (() => void)[] = [];

    map.on("load", () => {
      performance.mark("map-style-loaded");
      const geo = buildMapGeometry(topology, table.districts);
      map.addSource(SRC.districts, { type: "geojson", data: geo.districts });
      map.addSource(SRC.provinces, { type: "geojson", data: geo.provinces });
      map.addSource(SRC.departments, { type: "geojson", data: geo.departments });
      const palette = useAppStore.getState().mapLayer?.palette ?? "neutral";
      for (const layer of dataLayers(palette)) map.addLayer(layer);
      cleanups.push(syncFeatureState(map, useAppStore));
      cleanups.push(attachHover(map, useAppStore));
      cleanups.push(attachDepartmentLabels(map, table.districts));
      performance.mark("map-layers-added");
      map.once("idle", () => {
        performance.mark("map-first-idle");
        useAppStore.getState().setMapReady();
      });
    });

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
  }, [topology]);

  return <div ref={container} className="map" data-testid="map" aria-label="Mapa" role="region" />;
}
