import { useEffect } from "react";
import { loadAppData } from "../data/load";
import { MapView } from "../map/MapView";
import { DepartmentPicker } from "../panels/DepartmentPicker";
import { DistrictCard } from "../panels/DistrictCard";
import { LanguageSwitch } from "../panels/LanguageSwitch";
import { LayerPicker } from "../panels/LayerPicker";
import { Legend } from "../panels/Legend";
import { SearchBox } from "../panels/SearchBox";
import { SourcesFooter } from "../panels/SourcesFooter";
import { useAppStore } from "../store";
import { COPY } from "./copy";
import { SideTabs } from "./SideTabs";

/** Shell: full-screen map, a side panel of controls, the district card and the status overlays. */
export function App() {
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];

  useEffect(() => {
    let cancelled = false;
    loadAppData()
      .then((d) => !cancelled && useAppStore.getState().setLoaded(d))
      .catch((e: unknown) => {
        if (!cancelled) useAppStore.getState().setLoadError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // The page's state attribute is what tests and embedding pages wait on.
  useEffect(() => {
    document.documentElement.dataset.state = status;
    document.documentElement.lang = lang === "es" ? "es-PE" : "en";
  }, [status, lang]);

  return (
    <div className="app">
      <MapView />
      <div className="side" data-testid="side-panel">
        <header className="brand">
          <h1>{t.appTitle}</h1>
          <LanguageSwitch />
        </header>
        <SearchBox />
        <SideTabs
          tabs={[
            {
              id: "map",
              label: t.tabMap,
              render: () => (
                <>
                  <DepartmentPicker />
                  <LayerPicker />
                  <SourcesFooter />
                </>
              ),
            },
          ]}
        />
      </div>
      <div className="legend-box">
        <Legend />
      </div>
      <DistrictCard />
      {status === "loading" && (
        <div className="overlay" role="status">
          {t.loading}
        </div>
      )}
      {status === "error" && (
        <div className="overlay overlay-error" role="alert" data-testid="error">
          <h2>{t.errorTitle}</h2>
          <pre>{error}</pre>
          <p>{t.errorHint}</p>
        </div>
      )}
    </div>
  );
}
