import { COPY } from "../../i18n/copy";
import { SENSITIVITY_COPY } from "../../i18n/sensitivity-copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { STABILITY_LAYER, selectSensitivityStale } from "../../store/index-slice";
import { normalizationLabel } from "./labels";

/** Monte-Carlo settings, run / cancel, progress bar and the result summary. */
export function MonteCarloControls() {
  const lang = useAppStore((s) => s.lang);
  const sens = useAppStore((s) => s.sensitivity);
  const stale = useAppStore(selectSensitivityStale);
  const setParams = useAppStore((s) => s.setSensitivityParams);
  const run = useAppStore((s) => s.runSensitivity);
  const cancel = useAppStore((s) => s.cancelSensitivity);
  const layerId = useAppStore((s) => s.layerId);
  const setLayer = useAppStore((s) => s.setLayer);
  const t = COPY[lang];
  const p = sens.params;
  const running = sens.status === "running";
  const num = (v: string, fallback: number) => {
    const x = Number(v);
    return Number.isFinite(x) ? x : fallback;
  };
  return (
    <section className="irs-mc" aria-labelledby="irs-mc-title" data-testid="mc">
      <h3 id="irs-mc-title" className="irs-h">
        {t.mcTitle}
      </h3>
      <p className="muted">{t.mcIntro}</p>
      <div className="irs-grid">
        <label className="field">
          <span>{t.mcRuns}</span>
          <input
            type="number"
            min={10}
            max={10000}
            step={10}
            value={p.runs}
            disabled={running}
            onChange={(e) =>
              setParams({ runs: Math.max(1, Math.round(num(e.target.value, p.runs))) })
            }
            data-testid="mc-runs"
          />
        </label>
        <label className="field">
          <span>{t.mcTopN}</span>
          <input
            type="number"
            min={1}
            max={500}
            value={p.topN}
            disabled={running}
            onChange={(e) =>
              setParams({ topN: Math.max(1, Math.round(num(e.target.value, p.topN))) })
            }
            data-testid="mc-topn"
          />
        </label>
        <label className="field">
          <span>{t.mcMode}</span>
          <select
            value={p.weightMode}
            disabled={running}
            onChange={(e) =>
              setParams({ weightMode: e.target.value === "dirichlet" ? "dirichlet" : "uniform" })
            }
            data-testid="mc-mode"
          >
            <option value="uniform">{t.mcUniform}</option>
            <option value="dirichlet">{t.mcDirichlet}</option>
          </select>
        </label>
        {p.weightMode === "uniform" ? (
          <label className="field">
            <span>{t.mcPerturbation}</span>
            <input
              type="number"
              min={0}
              max={100}
              step={5}
              value={Math.round(p.perturbation * 100)}
              disabled={running}
              onChange={(e) =>
                setParams({
                  perturbation: Math.min(1, Math.max(0, num(e.target.value, 20) / 100)),
                })
              }
              data-testid="mc-perturbation"
            />
          </label>
        ) : (
          <label className="field">
            <span>{t.mcConcentration}</span>
            <input
              type="number"
              min={1}
              max={1000}
              value={p.concentration}
              disabled={running}
              onChange={(e) =>
                setParams({ concentration: Math.max(0.1, num(e.target.value, p.concentration)) })
              }
              data-testid="mc-concentration"
            />
          </label>
        )}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={p.varyNormalization}
          disabled={running}
          onChange={(e) => setParams({ varyNormalization: e.target.checked })}
        />
        {t.mcVaryNorm}
      </label>
      <div className="irs-actions">
        <button
          type="button"
          className="btn primary"
          onClick={() => void run()}
          disabled={running}
          data-testid="mc-run"
        >
          {t.mcRun}
        </button>
        <button
          type="button"
          className="btn"
          onClick={cancel}
          disabled={!running}
          data-testid="mc-cancel"
        >
          {t.mcCancel}
        </button>
      </div>
      {(running || sens.status === "done") && (
        <progress
          className="irs-progress"
          max={1}
          value={sens.progress}
          aria-label={t.mcProgress}
          data-testid="mc-progress"
        />
      )}
      <div
        aria-live="polite"
        className="irs-mc-status"
        data-testid="mc-status"
        data-status={sens.status}
      >
        {sens.status === "cancelled" && <p>{t.mcCancelled}</p>}
        {sens.status === "error" && (
          <p className="irs-error">{SENSITIVITY_COPY[lang].sensitivityFailed(sens.error ?? "")}</p>
        )}
        {sens.result && sens.elapsedMs !== null && (
          <p data-testid="mc-elapsed" data-ms={sens.elapsedMs.toFixed(1)}>
            {t.mcDone(
              formatNumber(sens.result.runs, lang, 0),
              formatNumber(sens.elapsedMs, lang, 0),
            )}{" "}
            {t.mcNormRuns(
              Object.entries(sens.result.normalizationRuns)
                .map(([k, n]) =>
                  k === "minmax" || k === "zscore" || k === "percentile"
                    ? `${normalizationLabel(t, k)} ${formatNumber(n, lang, 0)}`
                    : k,
                )
                .join(", "),
            )}
          </p>
        )}
        {stale && <p className="irs-warn">{t.mcStale}</p>}
      </div>
      {sens.result && layerId !== STABILITY_LAYER && (
        <button type="button" className="btn" onClick={() => setLayer(STABILITY_LAYER)}>
          {t.mcShowStability}
        </button>
      )}
    </section>
  );
}
