import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { weightSharesPct } from "../../core/weights";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { noDataReason } from "./labels";

const MAX_WEIGHT = 10;

/** One slider per indicator: raw weight, its share in % after re-normalisation, or why it is off. */
export function WeightSliders() {
  const lang = useAppStore((s) => s.lang);
  const defs = useAppStore((s) => s.indicatorDefs);
  const weights = useAppStore((s) => s.methodology.weights);
  const meta = useAppStore((s) => s.indexMeta);
  const setWeight = useAppStore((s) => s.setWeight);
  // Any crime series in the data in force: an absent family is then "not in this release".
  const crimeLoaded = useAppStore(
    (s) => s.table?.series.some((x) => x.key.startsWith("crime_")) ?? false,
  );
  const t = COPY[lang];
  const missing = useMemo(() => new Set(meta?.missingIndicators ?? []), [meta]);
  const present = useMemo(
    () =>
      defs
        .map((d) => d.id)
        .filter((id) => !missing.has(id) && !(meta?.indicatorsWithoutData.includes(id) ?? false)),
    [defs, missing, meta],
  );
  // Indicators with data first; those without (e.g. crime without SIDPOL) after, disabled.
  const ordered = useMemo(
    () => [
      ...defs.filter((d) => present.includes(d.id)),
      ...defs.filter((d) => !present.includes(d.id)),
    ],
    [defs, present],
  );
  const shares = useMemo(() => weightSharesPct(weights, present), [weights, present]);
  return (
    <fieldset className="irs-weights">
      <legend>{t.idxWeights}</legend>
      <ul>
        {ordered.map((d) => {
          const noData = !present.includes(d.id);
          const w = weights[d.id] ?? 0;
          const share = shares[d.id] ?? 0;
          const inputId = `irs-w-${d.id}`;
          return (
            <li
              key={d.id}
              className={noData ? "irs-weight off" : "irs-weight"}
              data-indicator={d.id}
            >
              <div className="irs-weight-head">
                <label htmlFor={inputId} title={d.description[lang]}>
                  {d.label[lang]}
                </label>
                <span className="irs-share" data-testid={`share-${d.id}`}>
                  {noData ? "—" : `${formatNumber(share, lang, 1)} %`}
                </span>
              </div>
              <input
                id={inputId}
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step={0.25}
                value={Math.min(MAX_WEIGHT, w)}
                disabled={noData}
                aria-label={t.idxWeightOf(d.label[lang])}
                aria-valuetext={
                  noData
                    ? noDataReason(t, d.crime, crimeLoaded)
                    : `${formatNumber(share, lang, 1)} %`
                }
                onChange={(e) => setWeight(d.id, Number(e.target.value))}
                data-testid={`weight-${d.id}`}
              />
              <div className="irs-weight-meta">
                {noData ? (
                  <span className="irs-reason">{noDataReason(t, d.crime, crimeLoaded)}</span>
                ) : (
                  <span>
                    {t.sheetWeight} {formatNumber(w, lang, 2)} ·{" "}
                    {d.direction === 1 ? t.idxMoreRisk : t.idxLessRisk}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
