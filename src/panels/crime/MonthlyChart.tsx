import { monthAt } from "../../core/crime-trend";
import { formatNumber } from "../../lib/format";
import type { Lang } from "../../core/types";

const W = 300;
const H = 56;
const PAD = { left: 4, right: 4, top: 6, bottom: 12 };

/**
 * A sparkline of monthly counts (SVG, text nodes only): one line, January ticks labelled with the
 * year every other year, the months of a partial year dashed. `values[k]` is month k from `start`.
 */
export function MonthlyChart({
  label,
  values,
  start,
  partialYears,
  lang,
}: {
  label: string;
  values: readonly number[];
  start: readonly [number, number];
  partialYears: readonly number[];
  lang: Lang;
}) {
  const n = values.length;
  if (n < 2) return null;
  const hi = Math.max(1, ...values);
  const x = (k: number) => PAD.left + (k / (n - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / hi) * (H - PAD.top - PAD.bottom);
  const isPartial = (k: number) => partialYears.includes(monthAt(start, k)[0]);
  const solid: string[] = [];
  const dashed: string[] = [];
  values.forEach((v, k) => {
    const p = `${x(k).toFixed(1)},${y(v).toFixed(1)}`;
    if (isPartial(k)) {
      if (dashed.length === 0 && k > 0) dashed.push(solid[solid.length - 1] ?? p);
      dashed.push(p);
    } else solid.push(p);
  });
  const januaries = values.flatMap((_, k) => (monthAt(start, k)[1] === 1 ? [k] : []));
  return (
    <svg
      className="monthly-chart"
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <text x={W - PAD.right} y={PAD.top + 4} textAnchor="end" className="trend-tick">
        {formatNumber(hi, lang, 0)}
      </text>
      {januaries.map((k) => (
        <g key={k}>
          <line x1={x(k)} x2={x(k)} y1={PAD.top} y2={H - PAD.bottom} className="trend-grid" />
          {monthAt(start, k)[0] % 2 === 0 && (
            <text x={x(k) + 2} y={H - 2} className="trend-tick">
              {monthAt(start, k)[0]}
            </text>
          )}
        </g>
      ))}
      <polyline points={solid.join(" ")} className="monthly-line" fill="none" />
      {dashed.length > 1 && (
        <polyline points={dashed.join(" ")} className="monthly-line partial" fill="none" />
      )}
    </svg>
  );
}
