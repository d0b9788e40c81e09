import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { WEIGHT_PRESETS } from "../../config/presets";
import { isPartialSeries } from "../../core/indicator-values";
import type { IndicatorDef } from "../../core/types";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { IRS_LAYER } from "../../store/index-slice";
import { CrimeTrendsPanel } from "../crime/CrimeTrendsPanel";
import { CrimeNotice } from "./CrimeNotice";
import { HotspotControls } from "./HotspotControls";
import {
  AGGREGATIONS,
  CLASS_METHODS,
  MISSING_RULES,
  NORMALIZATIONS,
  SMOOTHINGS,
  WINSOR_CHOICES,
  aggregationLabel,
  classMethodLabel,
  missingLabel,
  normalizationLabel,
  smoothingLabel,
} from "./labels";
import { MethodologySheet } from "./MethodologySheet";
import { MonteCarloControls } from "./MonteCarloControls";
import { WeightSliders } from "./WeightSliders";

/** Years of the index's series, each with its months when partial (for the reference-year selector). */
function seriesYears(
  series: readonly { key: string; year: number | null; months?: readonly number[] }[],
  defs: readonly IndicatorDef[],
): { year: number; months: readonly number[] | null }[] {
  const keys = new Set(
    defs.map((d) => (d.formula.kind === "series" ? d.formula.key : d.formula.numerator)),
  );
  const years = new Map<number, readonly number[] | null>();
  for (const s of series) {
    if (!keys.has(s.key) || s.year === null) continue;
    const partial = isPartialSeries(s) ? (s.months ?? null) : null;
    if (!years.has(s.year) || partial) years.set(s.year, partial);
  }
  return [...years.entries()]
    .map(([year, months]) => ({ year, months }))
    .sort((a, b) => a.year - b.year);
}

/** The "Índice" tab: every choice of the IRS, live; Monte-Carlo; the printable sheet. */
export function MethodologyPanel() {
  const lang = useAppStore((s) => s.lang);
  const m = useAppStore((s) => s.methodology);
  const presetId = useAppStore((s) => s.presetId);
  const meta = useAppStore((s) => s.indexMeta);
  const defs = useAppStore((s) => s.indicatorDefs);
  const table = useAppStore((s) => s.table);
  const layerId = useAppStore((s) => s.layerId);
  const ms = useAppStore((s) => s.recomputeMs);
  const sheetOpen = useAppStore((s) => s.methodologySheetOpen);
  const st = useAppStore.getState;
  const t = COPY[lang];
  const years = useMemo(() => (table ? seriesYears(table.series, defs) : []), [table, defs]);
  const latestComplete = years.filter((y) => !y.months).at(-1)?.year ?? null;
  const chosen = years.find((y) => y.year === m.year);
  const chosenPartial = chosen?.months ? { year: chosen.year, months: chosen.months } : null;
  const monthSpan = (months: readonly number[]) =>
    `${t.monthsShort[(months[0] ?? 1) - 1] ?? ""}–${t.monthsShort[(months[months.length - 1] ?? 1) - 1] ?? ""}`;
  const preset = WEIGHT_PRESETS.find((p) => p.id === presetId);
  const nameOf = (id: string) => defs.find((d) => d.id === id)?.label[lang] ?? id;

  return (
    <div className="irs-panel" data-testid="methodology-panel">
      <h2 className="irs-title">{t.idxTitle}</h2>
      <CrimeNotice />
      <div className="irs-actions">
        {layerId !== IRS_LAYER && (
          <button
            type="button"
            className="btn primary"
            onClick={() => st().setLayer(IRS_LAYER)}
            data-testid="irs-show"
          >
            {t.idxShowOnMap}
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => st().setMethodologySheetOpen(true)}
          data-testid="open-sheet"
        >
          {t.idxOpenSheet}
        </button>
      </div>

      <label className="field">
        <span>{t.idxPresets}</span>
        <select
          value={presetId ?? ""}
          onChange={(e) => e.target.value && st().applyPreset(e.target.value)}
          data-testid="preset-select"
        >
          {presetId === null && <option value="">{t.idxPresetCustom}</option>}
          {WEIGHT_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </select>
      </label>
      {preset && (
        <p className="muted irs-preset-desc" data-testid="preset-desc">
          {preset.description[lang]}
        </p>
      )}

      <WeightSliders />

      <CrimeTrendsPanel />

      <fieldset className="irs-options">
        <legend>{t.idxTreatment}</legend>
        <label className="field">
          <span>{t.idxYear}</span>
          <select
            value={m.year ?? ""}
            onChange={(e) =>
              st().setIndexYear(e.target.value === "" ? null : Number(e.target.value))
            }
            data-testid="irs-year"
          >
            <option value="">{t.idxYearLatest(String(latestComplete ?? "—"))}</option>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.months ? t.idxYearPartial(String(y.year), monthSpan(y.months)) : y.year}
              </option>
            ))}
          </select>
        </label>
        {chosenPartial ? (
          <>
            <p className="muted" data-testid="irs-partial-note">
              {t.idxPartialNote(String(chosenPartial.year), monthSpan(chosenPartial.months))}
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={m.annualise ?? true}
                onChange={(e) => st().setAnnualise(e.target.checked)}
                data-testid="irs-annualise"
              />
              {t.idxAnnualise}
            </label>
          </>
        ) : (
          <label className="field">
            <span>{t.idxWindow}</span>
            <select
              value={String(m.crimeWindow ?? 1)}
              onChange={(e) => st().setCrimeWindow(Number(e.target.value))}
              data-testid="irs-window"
            >
              {[1, 2, 3, 5].map((w) => (
                <option key={w} value={w}>
                  {w === 1 ? t.idxWindowOne : t.idxWindowN(w)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t.idxSmoothing}</span>
          <select
            value={m.smoothing}
            onChange={(e) => {
              const v = SMOOTHINGS.find((x) => x === e.target.value);
              if (v) st().setSmoothing(v);
            }}
            data-testid="irs-smoothing"
          >
            {SMOOTHINGS.map((v) => (
              <option key={v} value={v}>
                {smoothingLabel(t, v)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={m.logTransform}
            onChange={(e) => st().setLogTransform(e.target.checked)}
            data-testid="irs-log"
          />
          {t.idxLog}
        </label>
        <label className="field">
          <span>{t.idxWinsor}</span>
          <select
            value={String(m.winsorP)}
            onChange={(e) => st().setWinsor(Number(e.target.value))}
            data-testid="irs-winsor"
          >
            {(WINSOR_CHOICES.includes(m.winsorP)
              ? WINSOR_CHOICES
              : [...WINSOR_CHOICES, m.winsorP]
            ).map((p) => (
              <option key={p} value={String(p)}>
                {p === 0 ? t.idxWinsorOff : t.idxWinsorP(formatNumber(p * 100, lang, 1))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.idxMissing}</span>
          <select
            value={m.missing}
            onChange={(e) => {
              const v = MISSING_RULES.find((x) => x === e.target.value);
              if (v) st().setMissingRule(v);
            }}
            data-testid="irs-missing"
          >
            {MISSING_RULES.map((v) => (
              <option key={v} value={v}>
                {missingLabel(t, v)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.idxNormalization}</span>
          <select
            value={m.normalization}
            onChange={(e) => {
              const v = NORMALIZATIONS.find((x) => x === e.target.value);
              if (v) st().setNormalization(v);
            }}
            data-testid="irs-normalization"
          >
            {NORMALIZATIONS.map((v) => (
              <option key={v} value={v}>
                {normalizationLabel(t, v)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.idxAggregation}</span>
          <select
            value={m.aggregation}
            onChange={(e) => {
              const v = AGGREGATIONS.find((x) => x === e.target.value);
              if (v) st().setAggregation(v);
            }}
            data-testid="irs-aggregation"
          >
            {AGGREGATIONS.map((v) => (
              <option key={v} value={v}>
                {aggregationLabel(t, v)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.idxClassification}</span>
          <select
            value={m.classMethod}
            onChange={(e) => {
              const v = CLASS_METHODS.find((x) => x === e.target.value);
              if (v) st().setClassMethod(v);
            }}
            data-testid="irs-class"
          >
            {CLASS_METHODS.map((v) => (
              <option key={v} value={v}>
                {classMethodLabel(t, v)}
              </option>
            ))}
          </select>
        </label>
        {m.classMethod === "fixed" && (
          <p className="muted">
            {t.idxFixedBreaks(m.fixedBreaks.map((b) => formatNumber(b, lang)).join(" · "))}
          </p>
        )}
        <button type="button" className="btn" onClick={() => st().resetMethodology()}>
          {t.idxReset}
        </button>
      </fieldset>

      {meta && (
        <div className="irs-counts muted" data-testid="irs-counts">
          <p>
            {t.idxCounts(
              formatNumber(meta.districtsScored, lang, 0),
              formatNumber(meta.districtsWithoutIrs, lang, 0),
            )}
          </p>
          <ul>
            {meta.indicatorsUsed.map((id) => (
              <li key={id}>
                {t.idxMissingLine(
                  nameOf(id),
                  formatNumber(meta.missingCounts[id] ?? 0, lang, 0),
                  formatNumber(meta.imputedCounts[id] ?? 0, lang, 0),
                )}
              </li>
            ))}
          </ul>
          {ms !== null && (
            <p data-testid="irs-recompute-ms" data-ms={ms.toFixed(2)}>
              {t.idxRecomputed(formatNumber(ms, lang, 1))}
            </p>
          )}
        </div>
      )}

      <MonteCarloControls />
      <HotspotControls />
      {sheetOpen && <MethodologySheet />}
    </div>
  );
}
