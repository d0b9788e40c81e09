import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import type { IndicatorChoice } from "./import-commit";

/** Indicator rows (unit, direction, weight) drawn; the rest import with the defaults (issue #13). */
const MAX_INDICATOR_ROWS = 50;

/**
 * The unit, direction and weight of each new indicator of a generic import (first
 * MAX_INDICATOR_ROWS drawn, with a count of the rest).
 */
export function IndicatorChoicesTable({
  keys,
  labelOf,
  choiceOf,
  onChange,
}: {
  keys: readonly string[];
  labelOf: (key: string) => string;
  choiceOf: (key: string) => IndicatorChoice;
  onChange: (key: string, patch: Partial<IndicatorChoice>) => void;
}) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  return (
    <fieldset className="datos-indicators" data-testid="rep-indicators">
      <legend>{t.newIndicators}</legend>
      <table className="datos-table">
        <thead>
          <tr>
            <th>{t.indicators}</th>
            <th>{t.unitLabel}</th>
            <th>{t.directionLabel}</th>
            <th>{t.weightLabel}</th>
          </tr>
        </thead>
        <tbody>
          {keys.slice(0, MAX_INDICATOR_ROWS).map((k) => {
            const c = choiceOf(k);
            const label = labelOf(k);
            return (
              <tr key={k}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    type="text"
                    value={c.unit}
                    aria-label={`${t.unitLabel}: ${label}`}
                    onChange={(e) => onChange(k, { unit: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    value={c.direction}
                    aria-label={`${t.directionLabel}: ${label}`}
                    onChange={(e) => onChange(k, { direction: e.target.value === "-1" ? -1 : 1 })}
                  >
                    <option value={1}>{t.dirUp}</option>
                    <option value={-1}>{t.dirDown}</option>
                  </select>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step={0.5}
                    value={c.weight}
                    aria-label={`${t.weightLabel}: ${label}`}
                    onChange={(e) => {
                      const w = Number(e.target.value);
                      onChange(k, { weight: Number.isFinite(w) && w >= 0 ? w : 0 });
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {keys.length > MAX_INDICATOR_ROWS && (
        <p className="muted" data-testid="rep-indicators-more">
          {t.moreIndicatorsNotListed(formatNumber(keys.length - MAX_INDICATOR_ROWS, lang, 0))}
        </p>
      )}
    </fieldset>
  );
}
