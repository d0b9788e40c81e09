import { useEffect } from "react";
import { createPortal } from "react-dom";
import { COPY } from "../../i18n/copy";
import { pickSeries } from "../../core/indicator-values";
import type { IndicatorDef } from "../../core/types";
import { WEIGHT_PRESETS } from "../../config/presets";
import { formatDate, formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { selectSensitivityStale } from "../../store/index-slice";
import { SheetCrimeSection } from "./SheetCrimeSection";
import { SheetHotspotSection } from "./SheetHotspotSection";
import {
  aggregationLabel,
  classMethodLabel,
  missingLabel,
  normalizationLabel,
  smoothingLabel,
} from "./labels";

function seriesKeys(def: IndicatorDef): string[] {
  const f = def.formula;
  if (f.kind === "series") return [f.key];
  if (f.kind === "density") return [f.numerator];
  return [f.numerator, f.denominator];
}

/**
 * Printable methodology sheet: every choice in force, weights in %, indicators with their sources
 * and years (manifest), missing/imputed counts and each step's formula in plain language. A portal
 * on <body> so print CSS can hide the app and print only the sheet.
 */
export function MethodologySheet() {
  const lang = useAppStore((s) => s.lang);
  const m = useAppStore((s) => s.methodology);
  const meta = useAppStore((s) => s.indexMeta);
  const defs = useAppStore((s) => s.indicatorDefs);
  const table = useAppStore((s) => s.table);
  const manifest = useAppStore((s) => s.manifest);
  const presetId = useAppStore((s) => s.presetId);
  const sens = useAppStore((s) => s.sensitivity);
  const stale = useAppStore(selectSensitivityStale);
  const close = () => useAppStore.getState().setMethodologySheetOpen(false);
  const t = COPY[lang];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") useAppStore.getState().setMethodologySheetOpen(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!meta || !table) return null;
  const sourceName = (id: string) => manifest?.sources.find((s) => s.id === id)?.name ?? id;
  // Sources and period of each indicator as the index read them (the store's one year rule).
  const sourcesOf = (d: IndicatorDef) => {
    const ids = new Set<string>();
    const year = meta.indicatorYears[d.id] ?? null;
    for (const k of seriesKeys(d)) {
      const s = pickSeries(table.series, k, year);
      if (s) ids.add(s.sourceId);
    }
    const p = meta.indicatorPeriods[d.id];
    const period = p
      ? t.periodText(p.years, p.months, p.annualised) +
        (p.populationYears.length ? ` · ${t.populationYears(p.populationYears)}` : "")
      : year === null
        ? ""
        : String(year);
    return { names: [...ids].map(sourceName).join("; "), years: period };
  };
  const latestYear = meta.indicatorYears[meta.indicatorsUsed[0] ?? ""] ?? null;
  const preset = WEIGHT_PRESETS.find((p) => p.id === presetId);
  const choices: [string, string][] = [
    [t.idxPresets, preset ? preset.name[lang] : t.idxPresetCustom],
    [t.idxYear, m.year == null ? t.idxYearLatest(String(latestYear ?? "—")) : String(m.year)],
    [t.idxWindow, (m.crimeWindow ?? 1) > 1 ? t.idxWindowN(m.crimeWindow ?? 1) : t.idxWindowOne],
    [t.idxSmoothing, smoothingLabel(t, m.smoothing)],
    [t.idxLog, m.logTransform ? t.on : t.off],
    [
      t.idxWinsor,
      m.winsorP > 0 ? t.idxWinsorP(formatNumber(m.winsorP * 100, lang, 1)) : t.idxWinsorOff,
    ],
    [t.idxMissing, missingLabel(t, m.missing)],
    [t.idxNormalization, normalizationLabel(t, m.normalization)],
    [t.idxAggregation, aggregationLabel(t, m.aggregation)],
    [
      t.idxClassification,
      classMethodLabel(t, m.classMethod) +
        (m.classMethod === "fixed"
          ? ` (${m.fixedBreaks.map((b) => formatNumber(b, lang)).join(" · ")})`
          : ""),
    ],
  ];
  const used = defs.filter((d) => meta.indicatorsUsed.includes(d.id));
  const without = defs.filter((d) => meta.indicatorsWithoutData.includes(d.id));

  return createPortal(
    <div
      className="irs-sheet"
      role="dialog"
      aria-modal="true"
      aria-labelledby="irs-sheet-title"
      data-testid="methodology-sheet"
    >
      <div className="irs-sheet-bar no-print">
        <button type="button" className="btn primary" onClick={() => window.print()}>
          {t.sheetPrint}
        </button>
        <button type="button" className="btn" onClick={close} data-testid="close-sheet" autoFocus>
          {t.sheetClose}
        </button>
      </div>
      <article className="irs-sheet-page">
        <h1 id="irs-sheet-title">{t.sheetTitle}</h1>
        <p className="muted">
          {t.reportGenerated(formatDate(new Date().toISOString(), lang))}
          {manifest ? ` · ${t.builtAt(formatDate(manifest.builtAt, lang))}` : ""}
        </p>
        <p>{t.sheetNoOfficial}</p>
        {manifest?.crime.present === false && (
          <div className="irs-notice">
            <strong>{t.crimeAbsentTitle}</strong>
            <p>{t.idxCrimeAbsentBody}</p>
            <p>{t.idxCrimeHowTo}</p>
          </div>
        )}
        <p>
          <strong>
            {(manifest?.crime.present ? t.idxIndicatorsUsed : t.idxComputedFrom)(
              used.map((d) => d.label[lang]).join(", ") || "—",
            )}
          </strong>
        </p>

        <h2>{t.sheetChoices}</h2>
        <table className="irs-sheet-table">
          <thead>
            <tr>
              <th scope="col">{t.sheetOption}</th>
              <th scope="col">{t.sheetChoice}</th>
            </tr>
          </thead>
          <tbody>
            {choices.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{t.sheetIndicators}</h2>
        <table className="irs-sheet-table" data-testid="sheet-indicators">
          <thead>
            <tr>
              <th scope="col">{t.reportIndicator}</th>
              <th scope="col">{t.sheetWeight}</th>
              <th scope="col">{t.sheetDirection}</th>
              <th scope="col">{t.source}</th>
              <th scope="col">{t.year}</th>
              <th scope="col">{t.sheetMissing}</th>
              <th scope="col">{t.sheetImputed}</th>
              <th scope="col">{t.sheetClipped}</th>
            </tr>
          </thead>
          <tbody>
            {used.map((d) => {
              const src = sourcesOf(d);
              return (
                <tr key={d.id} data-indicator={d.id}>
                  <th scope="row">
                    {d.label[lang]}
                    <div className="muted">{d.unit[lang]}</div>
                  </th>
                  <td>{formatNumber((meta.weightsUsed[d.id] ?? 0) * 100, lang, 1)} %</td>
                  <td>{d.direction === 1 ? t.idxMoreRisk : t.idxLessRisk}</td>
                  <td>{src.names}</td>
                  <td>{src.years || "—"}</td>
                  <td>{formatNumber(meta.missingCounts[d.id] ?? 0, lang, 0)}</td>
                  <td>{formatNumber(meta.imputedCounts[d.id] ?? 0, lang, 0)}</td>
                  <td>{formatNumber(meta.clippedCounts[d.id] ?? 0, lang, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {without.length > 0 && (
          <p>
            <strong>{t.sheetWithoutData}:</strong> {without.map((d) => d.label[lang]).join(", ")}.
          </p>
        )}
        <p>
          {t.idxCounts(
            formatNumber(meta.districtsScored, lang, 0),
            formatNumber(meta.districtsWithoutIrs, lang, 0),
          )}
        </p>

        <SheetCrimeSection />

        <h2>{t.sheetSteps}</h2>
        <ol className="irs-steps">
          {t.sheetStepsList.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>

        {sens.result && (
          <>
            <h2>{t.sheetSensitivity}</h2>
            <p>
              {t.mcDone(
                formatNumber(sens.result.runs, lang, 0),
                formatNumber(sens.elapsedMs ?? NaN, lang, 0),
              )}{" "}
              {sens.params.weightMode === "uniform"
                ? `${t.mcUniform}: ±${formatNumber(sens.params.perturbation * 100, lang, 0)} %`
                : `${t.mcDirichlet}: α = ${formatNumber(sens.params.concentration, lang)}`}
              {sens.params.varyNormalization ? ` · ${t.mcVaryNorm}` : ""} · {t.mcTopN}{" "}
              {sens.params.topN}
            </p>
            {stale && <p>{t.mcStale}</p>}
          </>
        )}
        <h2>{t.sheetSimilarTitle}</h2>
        <p>{t.sheetSimilar}</p>
        <SheetHotspotSection />
        <h2>{t.sources}</h2>
        <ul>
          {meta.sourceIds.map((id) => {
            const s = manifest?.sources.find((x) => x.id === id);
            return (
              <li key={id}>{s ? `${s.name} — ${s.publisher}. ${s.url} (${s.licence})` : id}</li>
            );
          })}
        </ul>
      </article>
    </div>,
    document.body,
  );
}
