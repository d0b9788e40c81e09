import { useEffect } from "react";
import { dataIssuesOf, loadAppData, loadBoundaries } from "../data/load";
import { MapView } from "../map/MapView";
import { InsetMap } from "../map/InsetMap";
import { BoundariesNotice } from "../panels/BoundariesNotice";
import { FescPanel } from "../panels/fesc/FescPanel";
import { MethodologyPanel } from "../panels/index/MethodologyPanel";
import { RankingTable } from "../panels/index/RankingTable";
import { CoveragePanel } from "../panels/coverage/CoveragePanel";
import { DataPanel } from "../panels/import/DataPanel";
import { DatasetStoreNotice } from "../panels/import/DatasetStoreNotice";
import { ViewsPanel } from "./presentation/ViewsPanel";
import { DepartmentPicker } from "../panels/DepartmentPicker";
import { DistrictCard } from "../panels/DistrictCard";
import { LanguageSwitch } from "../panels/LanguageSwitch";
import { LayerPicker } from "../panels/LayerPicker";
import { Legend } from "../panels/Legend";
import { SearchBox } from "../panels/SearchBox";
import { SourcesFooter } from "../panels/SourcesFooter";
import { ReportView } from "../panels/report/ReportView";
import { useAppStore } from "../store";
import { startUrlSync } from "../store/url-sync";
import { startViewsSync } from "../store/views-sync";
import { COPY } from "../i18n/copy";
import { SCHEMA_COPY } from "../i18n/schema-copy";
import { SideTabs } from "./SideTabs";
import { OfflineStatus } from "./OfflineStatus";
import { LinkIssuesNotice } from "./presentation/LinkIssuesNotice";
import { PresentationMode } from "./presentation/PresentationMode";

/** Shell: full-screen map, a side panel of controls, the district card and the status overlays. */
export function App() {
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const lang = useAppStore((s) => s.lang);
  const presenting = useAppStore((s) => s.presenting);
  const reporting = useAppStore((s) => s.report !== null);
  const t = COPY[lang];

  // The state lives in the link (location.hash): applied once the data is ready, then kept in step.
  useEffect(() => startUrlSync(useAppStore), []);
  // Saved views follow other tabs of the app (storage events).
  useEffect(() => startViewsSync(useAppStore), []);

  useEffect(() => {
    let cancelled = false;
    // Imports kept in this browser are read while the data loads and re-applied before ready.
    void useAppStore.getState().restoreDatasets();
    loadAppData()
      .then((d) => {
        performance.mark("data-validated");
        if (!cancelled) useAppStore.getState().setLoaded(d);
        performance.mark("store-ready");
      })
      .catch((e: unknown) => {
        if (!cancelled) useAppStore.getState().setLoadError(dataIssuesOf(e));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // Detailed boundaries once the map has drawn from its tiles (not on the start-up path).
  useEffect(() => {
    if (status !== "ready") return;
    const { topology, manifest, setBoundaries } = useAppStore.getState();
    if (topology || !manifest) return;
    loadBoundaries(manifest.districtCount)
      .then(setBoundaries)
      .catch((e: unknown) => setBoundaries({ error: dataIssuesOf(e) }));
  }, [status]);

  // The page's state attribute is what tests and embedding pages wait on.
  useEffect(() => {
    document.documentElement.dataset.state = status;
    if (status === "ready") performance.mark("app-ready"); // what `npm run bench` reads
    document.documentElement.lang = lang === "es" ? "es-PE" : "en";
  }, [status, lang]);

  return (
    <div className={`app${presenting ? " presenting" : ""}${reporting ? " reporting" : ""}`}>
      <MapView />
      <InsetMap />
      <div className="side" data-testid="side-panel">
        <header className="brand">
          <h1>{t.appTitle}</h1>
          <button
            type="button"
            className="present-button"
            onClick={() => useAppStore.getState().startPresentation(null)}
            title={t.presentHint}
            aria-keyshortcuts="p"
            data-testid="present"
          >
            {t.present}
          </button>
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
                  <BoundariesNotice />
                  <DepartmentPicker />
                  <LayerPicker />
                  <SourcesFooter />
                </>
              ),
            },
            { id: "index", label: t.tabIndex, render: () => <MethodologyPanel /> },
            { id: "ranking", label: t.tabRanking, render: () => <RankingTable /> },
            { id: "views", label: t.tabViews, render: () => <ViewsPanel /> },
            { id: "fesc", label: t.tabFesc, render: () => <FescPanel /> },
            { id: "coverage", label: t.tabCoverage, render: () => <CoveragePanel /> },
            { id: "data", label: t.tabData, render: () => <DataPanel /> },
          ]}
        />
      </div>
      <div className="legend-box">
        <Legend />
      </div>
      <DistrictCard />
      <PresentationMode />
      <LinkIssuesNotice />
      <DatasetStoreNotice />
      <OfflineStatus />
      <ReportView />
      {status === "loading" && (
        <div className="overlay" role="status">
          {t.loading}
        </div>
      )}
      {status === "error" && (
        // Read by an official, not a developer: what failed in plain words, one action, and the
        // technical detail folded away for whoever fixes it.
        <div className="overlay overlay-error" role="alert" data-testid="error">
          <div className="error-box">
            <h2>{t.errorTitle}</h2>
            <p className="error-lead">{t.errorLead}</p>
            <p>{t.errorWhy}</p>
            <button
              type="button"
              className="error-retry"
              onClick={() => window.location.reload()}
              data-testid="error-retry"
              autoFocus
            >
              {t.errorRetry}
            </button>
            <details className="error-details" data-testid="error-details">
              <summary>{t.errorDetails}</summary>
              <pre>{error?.map(SCHEMA_COPY[lang].dataIssue).join("\n")}</pre>
              <p>{t.errorHint}</p>
            </details>
          </div>
        </div>
      )}
    </div>
  );
}
