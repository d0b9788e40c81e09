import * as maplibregl from "maplibre-gl";
import type { ExpressionSpecification, GeoJSONSource, Map as MlMap } from "maplibre-gl";
import { useEffect, useMemo, useRef } from "react";
import { DISTRICT_TILES } from "../config/map";
import { pickSeries } from "../core/indicator-values";
import { OUTLINE_DISTRICT } from "../config/palettes";
import { INSET_COPY } from "../i18n/inset-copy";
import { useAppStore, type AppState } from "../store";
import { unionBbox } from "../store/view-slice";
import type { Feature, Geometry } from "geojson";
import type { Topology } from "topojson-specification";
import type { DistrictRow } from "../data/contract";
import { buildMapGeometry } from "./geometry";
import { buildPlaceLabels } from "./label-points";
import {
  baseStyle,
  detailLayers,
  fillColorExpression,
  glyphsUrlOf,
  LAYER,
  paletteColors,
  SRC,
} from "./layers";
import { syncHighlight } from "./highlight";
import { syncPopulationAlpha } from "./population-alpha-sync";
import { syncFeatureState } from "./use-feature-state";

declare global {
  interface Window {
    /** The inset's map, exposed for end-to-end tests only (read-only use). */
    __insetMap?: MlMap;
  }
}

const INSET_DISTRICT_LINES = "inset-district-lines";

/** Lima Metropolitana (province 1501) and Callao (0701): INEI's inset on its national maps. */
export const LIMA_CALLAO_PROVINCES = ["1501", "0701"] as const;

/** Below this main-map zoom, with no department chosen, the map shows all of Peru: inset shown. */
export const INSET_MAX_ZOOM = 7;

/** True when the main map shows the whole country (the inset is then worth its room). */
export function selectInsetShown(s: AppState): boolean {
  return (
    s.status === "ready" &&
    s.report === null &&
    s.departmentCode === null &&
    s.cameraView !== null &&
    s.cameraView.zoom < INSET_MAX_ZOOM
  );
}

/**
 * The inset's own detailed boundaries: the topology cut down to Lima and Callao before it is turned
 * into GeoJSON (50 districts, not 1,891: no second full tiling in the worker), with the province
 * line between Lima and Callao. The over-zoomed national tiles are too coarse at the inset's zoom.
 */
function insetGeometry(topology: Topology, rows: readonly DistrictRow[], ids: ReadonlySet<number>) {
  const object = topology.objects.districts;
  if (object?.type !== "GeometryCollection") return null;
  const cut: Topology = {
    ...topology,
    objects: {
      ...topology.objects,
      districts: { ...object, geometries: object.geometries.filter((g) => ids.has(Number(g.id))) },
    },
  };
  const geo = buildMapGeometry(cut, rows);
  // Indexed by district id, as the highlight expects (sparse: only Lima and Callao).
  const byId: Feature<Geometry, { ubigeo: string }>[] = [];
  for (const f of geo.districts.features) byId[Number(f.id)] = f;
  return {
    // The cut's outer edge would read as a department border: province lines only.
    source: {
      ...geo.source,
      features: geo.source.features.filter(
        (f) => !("level" in f.properties) || f.properties.level === "province",
      ),
    },
    byId,
  };
}

/**
 * A second, small MapLibre map of Lima Metropolitana and Callao, drawn like the main map (the same
 * style builder and the same feature-state colouring, so the classes can never disagree), shown in
 * the national view where Lima's 50 districts are a few pixels wide. A click flies the main map
 * there through the store, as the department picker does. Not interactive itself (no pan or zoom);
 * the drawing buffer is kept so the PNG export can copy it.
 */
export function InsetMap() {
  const shown = useAppStore(selectInsetShown);
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const container = useRef<HTMLSpanElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const cleanups = useRef<(() => void)[]>([]);
  const area = useMemo(() => {
    if (!table) return null;
    const rows = table.districts.filter((d) =>
      (LIMA_CALLAO_PROVINCES as readonly string[]).includes(d.provinceCode),
    );
    return { bbox: unionBbox(rows.map((d) => d.bbox)), ids: new Set(rows.map((d) => d.id)) };
  }, [table]);
  const bbox = area?.bbox ?? null;

  // Created the first time the inset is shown (its box then has a size), kept afterwards. In a
  // task of its own: a second WebGL map costs ~100 ms, which must not delay the first ready.
  useEffect(() => {
    if (!shown || !area?.bbox || mapRef.current) return;
    const timer = window.setTimeout(() => {
      if (mapRef.current || !container.current || !area.bbox) return;
      const bbox = area.bbox;
      const tileUrl = `${new URL(DISTRICT_TILES.dir, document.baseURI).href}{z}/{x}/{y}.pbf`;
      const map = new maplibregl.Map({
        container: container.current,
        style: baseStyle(
          tileUrl,
          useAppStore.getState().mapLayer?.palette ?? "risk",
          glyphsUrlOf(document.baseURI),
        ),
        bounds: [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        fitBoundsOptions: { padding: 4 },
        interactive: false,
        attributionControl: false,
        // The PNG export copies this canvas; twice the pixels so it stays sharp at the PNG's size.
        canvasContextAttributes: { preserveDrawingBuffer: true },
        pixelRatio: Math.max(2, window.devicePixelRatio || 1),
        fadeDuration: 0,
      });
      mapRef.current = map;
      window.__insetMap = map;
      map.getCanvas().setAttribute("aria-hidden", "true");
      map.once("style.load", () => {
        const states = syncFeatureState(map, useAppStore);
        const alphas = syncPopulationAlpha(map, useAppStore);
        cleanups.current.push(states.dispose, alphas.dispose);
        // Only Lima and Callao are drawn (the national tiles' outlines and neighbours would be
        // coarse at this zoom); their detailed boundaries replace the tiles once loaded.
        map.setFilter(LAYER.fill, ["in", ["id"], ["literal", [...area.ids]]]);
        for (const id of [
          LAYER.provinces,
          LAYER.departments,
          LAYER.labelsProvince,
          LAYER.labelsDepartment,
          LAYER.labelsMarked,
        ])
          if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", "none");
        // District names at the inset's own zoom (~8, below the main map's district-label zoom): the
        // largest districts by population win the collisions, so SJL, Comas, Ate… stay named.
        if (map.getLayer(LAYER.labelsDistrict)) {
          map.setLayerZoomRange(LAYER.labelsDistrict, 0, 24);
          map.setLayoutProperty(LAYER.labelsDistrict, "text-size", 9.5);
          map.setLayoutProperty(LAYER.labelsDistrict, "text-max-width", 6);
        }
        const { table } = useAppStore.getState();
        if (table) {
          const population = pickSeries(table.series, "population")?.values ?? [];
          const rows = table.districts.filter((d) => area.ids.has(d.id));
          map.getSource<GeoJSONSource>(SRC.labels)?.setData(buildPlaceLabels(rows, population));
        }
        let detailAdded = false;
        const attachDetail = (s: AppState) => {
          if (detailAdded || !s.topology || !s.table) return;
          const geo = insetGeometry(s.topology, s.table.districts, area.ids);
          if (!geo) return;
          detailAdded = true;
          map.addSource(SRC.detail, { type: "geojson", data: geo.source });
          const palette = s.mapLayer?.palette ?? "risk";
          for (const layer of detailLayers(palette, s.populationAlpha))
            map.addLayer(layer, LAYER.highlightHalo);
          // At twice the pixel ratio the fill's 1-device-px outline vanishes: district edges drawn
          // as lines, so Lima's 43 and Callao's 7 districts stay apart.
          map.addLayer(
            {
              id: INSET_DISTRICT_LINES,
              type: "line",
              source: SRC.detail,
              filter: ["!", ["has", "level"]],
              paint: { "line-color": OUTLINE_DISTRICT, "line-width": 0.6 },
            },
            LAYER.provincesDetail,
          );
          states.resync();
          alphas.resync();
          // The selected district and marks (FESC selection) show in the inset too, at half the
          // main map's line widths: Lima's districts are a few pixels wide here.
          for (const id of [LAYER.highlightHalo, LAYER.highlight]) {
            const width = map.getPaintProperty(id, "line-width") as
              ExpressionSpecification | number;
            map.setPaintProperty(id, "line-width", ["*", 0.5, width]);
          }
          cleanups.current.push(syncHighlight(map, useAppStore, geo.byId));
          map.once("idle", () => {
            map.setLayoutProperty(LAYER.fill, "visibility", "none");
            map.getContainer().dataset.detail = "ready"; // what tests wait on
          });
        };
        attachDetail(useAppStore.getState());
        cleanups.current.push(useAppStore.subscribe(attachDetail));
        // Palette changes as MapView applies them: the same expression builder.
        let lastPalette: string | null = null;
        const applyPalette = (s: AppState) => {
          const p = s.mapLayer?.palette;
          if (!p || p === lastPalette || !map.getLayer(LAYER.fill)) return;
          lastPalette = p;
          for (const id of [LAYER.fill, LAYER.fillDetail])
            if (map.getLayer(id))
              map.setPaintProperty(id, "fill-color", fillColorExpression(paletteColors(p)));
        };
        applyPalette(useAppStore.getState());
        cleanups.current.push(useAppStore.subscribe(applyPalette));
      });
    }, 0);
    // The instance lives until the component unmounts (effect below).
    return () => window.clearTimeout(timer);
  }, [shown, area]);

  useEffect(
    () => () => {
      cleanups.current.forEach((c) => c());
      cleanups.current = [];
      mapRef.current?.remove();
      if (window.__insetMap === mapRef.current) delete window.__insetMap;
      mapRef.current = null;
    },
    [],
  );

  // Shown again after being hidden: its box may have changed size while it had none.
  useEffect(() => {
    if (shown) mapRef.current?.resize();
  }, [shown]);

  const t = INSET_COPY[lang];
  return (
    <button
      type="button"
      className="inset"
      hidden={!shown}
      data-testid="inset"
      aria-label={t.zoomTo}
      title={t.zoomTo}
      onClick={() => {
        if (bbox) useAppStore.getState().flyTo(bbox);
      }}
    >
      <span className="inset-title">{t.title}</span>
      <span className="inset-map" ref={container} />
    </button>
  );
}
