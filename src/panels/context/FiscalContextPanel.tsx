import { useEffect, useMemo, useState } from "react";
import { COPY } from "../../i18n/copy";
import { SCHEMA_COPY } from "../../i18n/schema-copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { useSourceNames } from "../use-source-names";
import { fiscalBars, fiscalGroups } from "./fiscal-bars";

const ROW_H = 15;
const LABEL_W = 150;
const BAR_W = 200;
const VALUE_W = 60;

/**
 * Ministerio Público reports by fiscal district (34 regions) for a year and crime group, as SVG
 * bars. Regional context only: never spread onto districts nor used by the index.
 */
export function FiscalContextPanel() {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const state = useAppStore((s) => s.fiscalContext);
  const ctx = state?.status === "ready" ? state.file : null;
  const error =
    state?.status === "error" ? state.issues.map(SCHEMA_COPY[lang].dataIssue).join("; ") : null;
  const [year, setYear] = useState<number | null>(null);
  const [group, setGroup] = useState<string | null>(null);
  const sources = useSourceNames(ctx ? [ctx.sourceId] : []);

  // Loaded through the store the first time the section is shown (panels do not fetch).
  useEffect(() => useAppStore.getState().loadFiscalContext(), []);

  const shownYear = year ?? ctx?.years[ctx.years.length - 1] ?? null;
  const groups = useMemo(
    () => (ctx && shownYear !== null ? fiscalGroups(ctx, shownYear) : []),
    [ctx, shownYear],
  );
  const bars = useMemo(
    () => (ctx && shownYear !== null ? fiscalBars(ctx, shownYear, group) : []),
    [ctx, shownYear, group],
  );
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((s, b) => s + b.count, 0);
  const groupName = group ?? t.ctxAllGroups;

  return (
    <details className="datos-context" data-testid="fiscal-context">
      <summary>{t.ctxTitle}</summary>
      <p className="muted">{t.ctxNote}</p>
      {error && (
        <p className="fesc-error" role="alert">
          {error}
        </p>
      )}
      {!ctx && !error && <p className="muted">{t.ctxLoading}</p>}
      {ctx && shownYear !== null && (
        <>
          <div className="datos-row">
            <label className="field">
              <span>{t.year}</span>
              <select
                value={shownYear}
                onChange={(e) => setYear(Number(e.target.value))}
                data-testid="fiscal-year"
              >
                {ctx.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t.ctxGroup}</span>
              <select
                value={group ?? ""}
                onChange={(e) => setGroup(e.target.value === "" ? null : e.target.value)}
                data-testid="fiscal-group"
              >
                <option value="">{t.ctxAllGroups}</option>
                {groups.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="muted">{t.ctxTotal(formatNumber(total, lang, 0))}</p>
          <svg
            className="datos-bars"
            role="img"
            aria-label={t.ctxChartLabel(groupName, shownYear)}
            viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${bars.length * ROW_H + 4}`}
            width="100%"
            data-testid="fiscal-chart"
          >
            {bars.map((b, i) => {
              const y = i * ROW_H + 2;
              const w = (b.count / max) * BAR_W;
              return (
                <g key={b.fiscalDistrict} data-fiscal={b.fiscalDistrict}>
                  <title>{`${b.fiscalDistrict}: ${formatNumber(b.count, lang, 0)}`}</title>
                  <text
                    x={LABEL_W - 4}
                    y={y + ROW_H * 0.72}
                    textAnchor="end"
                    className="datos-bar-label"
                  >
                    {b.fiscalDistrict.length > 24
                      ? `${b.fiscalDistrict.slice(0, 23)}…`
                      : b.fiscalDistrict}
                  </text>
                  <rect
                    x={LABEL_W}
                    y={y + 2}
                    width={Math.max(w, b.count > 0 ? 1 : 0)}
                    height={ROW_H - 4}
                    className="datos-bar"
                  />
                  <text x={LABEL_W + w + 4} y={y + ROW_H * 0.72} className="datos-bar-value">
                    {formatNumber(b.count, lang, 0)}
                  </text>
                </g>
              );
            })}
          </svg>
          <p className="legend-source">{t.sourceLine(sources.join("; "))}</p>
        </>
      )}
    </details>
  );
}
