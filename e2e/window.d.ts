// The app exposes its MapLibre instance for tests (src/map/MapView.tsx); page.evaluate callbacks
// run in the page, so the e2e project needs the same declaration.
import type { Map as MlMap } from "maplibre-gl";

declare global {
  interface Window {
    __map?: MlMap;
    __insetMap?: MlMap;
  }
}
export {};
