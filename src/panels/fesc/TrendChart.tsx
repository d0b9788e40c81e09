import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";

export interface TrendLine {
  name: string;
  points: (number | null)[];
  className: string;
}

const W = 300;
const H = 150;
const PAD = { left: 52, right: 16, top: 10, bottom: 36 };

/** A small line chart (SVG, text nodes only): one line per group, a dashed mark at `sinceYear`. */
export function TrendChart({
  title,
  years,
  series,
  sinceYear,
}: {
  title: string;
  years: number[];
  series: TrendLine[];
  sinceYear: number | null;
}) {
  const lang = useAppStore((s) => s.lang);
  const values = series.flatMap((s) => s.points.filter((v): v is number => v !== null));
  if (values.length === 0 || years.length < 2) return null;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const y0 = years[0] ?? 0;
  const y1 = years[years.length - 1] ?? 1;
  const x = (year: number) =>
    PAD.left + ((year - y0) / (y1 - y0 || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = (pts: (number | null)[]) =>
    pts
      .map((v, i) => (v === null ? null : `${x(years[i] ?? 0).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null)
      .join(" ");
  return (
    <svg
      className="trend-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={title}
      data-testid="trend-chart"
    >
      <title>{title}</title>
      {[lo, hi].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="trend-grid" />
          <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" className="trend-tick">
            {formatNumber(v, lang)}
          </text>
        </g>
      ))}
      {years.map((yr) => (
        <text key={yr} x={x(yr)} y={H - PAD.bottom + 14} textAnchor="middle" className="trend-tick">
          {yr}
        </text>
      ))}
      {sinceYear !== null && sinceYear >= y0 && sinceYear <= y1 && (
        <line
          x1={x(sinceYear)}
          x2={x(sinceYear)}
          y1={PAD.top}
          y2={H - PAD.bottom}
          className="trend-since"
        />
      )}
      {series.map((s) => (
        <polyline key={s.name} points={path(s.points)} className={s.className} fill="none" />
      ))}
      {series.map((s, i) => (
        <text
          key={`l${s.name}`}
          x={PAD.left + i * 130}
          y={H - 4}
          className={`trend-legend ${s.className}`}
        >
          ● {s.name}
        </text>
      ))}
    </svg>
  );
}
