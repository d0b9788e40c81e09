import { useEffect } from "react";
import { COPY } from "../../i18n/copy";
import { SCHEMA_COPY } from "../../i18n/schema-copy";
import { useAppStore } from "../../store";
import { COVERAGE_LAYER, selectDistrictCoverage } from "../../store/coverage-slice";
import { BarrioImport } from "./BarrioImport";
import { GapView } from "./GapView";
import { PolicePanel } from "./PolicePanel";
import { RegionTable } from "./RegionTable";

/** Barrio Seguro tab: register vs the document's table, gaps of coverage, police presence, import. */
export function CoveragePanel() {
  const lang = useAppStore((s) => s.lang);
  const status = useAppStore((s) => s.coverageStatus);
  const issues = useAppStore((s) => s.coverageIssues);
  const barrio = useAppStore((s) => s.barrio);
  const origin = useAppStore((s) => s.barrioOrigin);
  const coverage = useAppStore(selectDistrictCoverage);
  const setLayer = useAppStore((s) => s.setLayer);
  const load = useAppStore((s) => s.loadCoverage);
  const t = COPY[lang];
  useEffect(() => {
    void load();
  }, [load]);
  if (status === "loading" || status === "idle") return <p role="status">{t.loading}</p>;
  return (
    <div className="coverage" data-testid="coverage-panel">
      {issues.length > 0 && (
        <details className="fesc-warning">
          <summary>{t.covIssues(issues.length)}</summary>
          <ul>
            {issues.slice(0, 20).map((m, i) => (
              <li key={i}>{SCHEMA_COPY[lang].dataIssue(m)}</li>
            ))}
          </ul>
        </details>
      )}
      {barrio && (
        <>
          <p data-testid="coverage-summary">
            {t.covSummary(barrio.rows.length, coverage.size)}{" "}
            <span className="muted">{origin === "imported" ? t.covImported : t.covBundled}</span>
          </p>
          <div className="button-row">
            <button
              type="button"
              onClick={() => setLayer(COVERAGE_LAYER.count)}
              data-testid="show-bs-count"
            >
              {t.covShowCount}
            </button>
            <button
              type="button"
              onClick={() => setLayer(COVERAGE_LAYER.gaps)}
              data-testid="show-bs-gaps"
            >
              {t.covShowGaps}
            </button>
          </div>
          <RegionTable data={barrio} />
          <GapView />
        </>
      )}
      <PolicePanel />
      <BarrioImport />
    </div>
  );
}
