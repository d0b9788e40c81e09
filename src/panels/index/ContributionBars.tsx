import type { Lang } from "../../core/types";
import { formatNumber } from "../../lib/format";

/**
 * Horizontal bars, one per indicator, of its contribution in IRS points (they add up to the IRS).
 * Bars share one scale from 0 to the largest |contribution|; a negative contribution (possible with
 * the min–max rescale, see core/composite.ts) is drawn to the left of the zero line.
 */
export function ContributionBars(props: {
  contributions: Record<string, number>;
  order: readonly string[];
  labelOf: (id: string) => string;
  lang: Lang;
}) {
  const items = props.order
    .filter((id) => props.contributions[id] !== undefined)
    .map((id) => ({ id, v: props.contributions[id] ?? 0 }));
  const maxAbs = Math.max(1e-9, ...items.map((i) => Math.abs(i.v)));
  const hasNeg = items.some((i) => i.v < 0);
  const zero = hasNeg ? 30 : 0; // % of the track left of zero
  return (
    <ul className="irs-bars" data-testid="contrib-bars">
      {items.map(({ id, v }) => {
        const w = (Math.abs(v) / maxAbs) * (100 - zero);
        return (
          <li key={id} className="irs-bar" data-indicator={id} data-points={v.toFixed(4)}>
            <span className="irs-bar-label">{props.labelOf(id)}</span>
            <span className="irs-bar-track" aria-hidden="true">
              {hasNeg && <span className="irs-bar-zero" style={{ left: `${zero}%` }} />}
              <span
                className={v < 0 ? "irs-bar-fill neg" : "irs-bar-fill"}
                style={{
                  left: v < 0 ? `${zero - (Math.abs(v) / maxAbs) * zero}%` : `${zero}%`,
                  width: v < 0 ? `${(Math.abs(v) / maxAbs) * zero}%` : `${w}%`,
                }}
              />
            </span>
            <span className="irs-bar-value">
              {formatNumber(Math.abs(v) < 0.05 ? 0 : v, props.lang, 1)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
