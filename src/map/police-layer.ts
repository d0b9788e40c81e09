import type { CircleLayerSpecification, GeoJSONSourceSpecification } from "maplibre-gl";
import { POLICE_POINT_COLOR } from "../config/palettes";
import type { PoliceStations } from "../data/contract";

export const POLICE_SRC = "police-stations";
export const POLICE_LAYER = "police-stations";

/**
 * Stations with a coordinate as GeoJSON points (properties: id, ubigeo, officers, districtId; -1 =
 * officers or district unknown). The census publishes no station name: the tooltip says so.
 */
export function policeSource(data: PoliceStations): GeoJSONSourceSpecification {
  return {
    type: "geojson",
    data: {
      type: "FeatureCollection",
      features: data.stations.flatMap((s) =>
        s.lon === null || s.lat === null
          ? []
          : [
              {
                type: "Feature" as const,
                geometry: { type: "Point" as const, coordinates: [s.lon, s.lat] },
                properties: {
                  id: s.id,
                  ubigeo: s.ubigeo,
                  officers: s.officers ?? -1,
                  districtId: s.districtId ?? -1,
                },
              },
            ],
      ),
    },
  };
}

/** Small dark circles with a white ring, growing with zoom; drawn above the district outlines. */
export function policeCircleLayer(visible: boolean): CircleLayerSpecification {
  return {
    id: POLICE_LAYER,
    type: "circle",
    source: POLICE_SRC,
    layout: { visibility: visible ? "visible" : "none" },
    paint: {
      "circle-color": POLICE_POINT_COLOR,
      "circle-radius": ["interpolate", ["linear"], ["zoom"], 4, 1.6, 8, 3.5, 12, 6],
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": ["interpolate", ["linear"], ["zoom"], 4, 0.4, 10, 1.2],
    },
  };
}
