import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import type { GapQuadrant, RiskThreshold } from "../../core/gaps";
import { QUADRANT_PALETTE } from "../../config/palettes";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { GAP_CLASS, GAP_LABELS, selectGaps, selectScores } from "../../store/coverage-slice";

const THRESHOLDS: { id: string; value: RiskThreshold }[] = [
  { id: "class:4", value: { kind: "class", minClass: 4 } },
  { id: "class:3", value: { kind: "class", minClass: 3 } },
  { id: "value:50", value: { kind: "value", min: 50 } },
  { id: "value:70", value: { kind: "value", min: 70 } },
];
const idOf = (t: RiskThreshold) => (t.kind === "class" ? `class:${t.minClass}` : `value:${t.min}`);

/** IRS × Barrio Seguro quadrants: counts and population, by department, and the lists of districts. */
export function GapView() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const threshold = useAppStore((s) => s.gapThreshold);
  const setThreshold = useAppStore((s) => s.setGapThreshold);
  const gaps = useAppStore(selectGaps);
  const scores = useAppStore(selectScores);
  const select = useAppStore((s) => s.selectDistrict);
  const t = COPY[lang];
  const lists = useMemo(() => {
    const by: Record<GapQuadrant, number[]> = {
      gap: [],
      "covered-high": [],
      graduation: [],
      "low-uncovered": [],
    };
    gaps?.rows.forEach((r, id) => {
      if (r.quadrant) by[r.quadrant].push(id);
    });
    const irs = (id: number) => scores?.[id]?.irs ?? 0;
    by.gap.sort((a, b) => irs(b) - irs(a));
    by.graduation.sort((a, b) => irs(a) - irs(b));
    return by;
  }, [gaps, scores]);
  if (!gaps || !table) return null;
  const depName = new Map(table.districts.map((d) => [d.departmentCode, d.department]));
  const deps = gaps.byDepartment.filter(
    (d) => d.counts.gap.districts + d.counts.graduation.districts > 0,
  );
  const shown: GapQuadrant[] = ["gap", "covered-high", "graduation", "low-uncovered"];
  const listOf = (q: "gap" | "graduation", max: number) => (
    <ol className="gap-list" data-testid={`gap-list-${q}`}>
      {lists[q].slice(0, max).map((id) => {
        const d = table.districts[id];
        return (
          <li key={id}>
            <button type="button" className="link" onClick={() => select(id, true)}>
              {d?.name}
            </button>{" "}
            <span className="muted">
              ({d?.department}) IRS {formatNumber(scores?.[id]?.irs ?? null, lang, 1)}
            </span>
          </li>
        );
      })}
    </ol>
  );
  return (
    <section className="gap-view" data-testid="gap-view">
      <h3>{t.gapTitle}</h3>
      <label className="field">
        <span>{t.gapThreshold}</span>
        <select
          value={idOf(threshold)}
          onChange={(e) => {
            const hit = THRESHOLDS.find((x) => x.id === e.target.value);
            if (hit) setThreshold(hit.value);
          }}
          data-testid="gap-threshold"
        >
          {THRESHOLDS.map((x) => (
            <option key={x.id} value={x.id}>
              {t.gapThresholdOption(x.id)}
            </option>
          ))}
        </select>
      </label>
      <table className="fesc-table" data-testid="gap-counts">
        <thead>
          <tr>
            <th>{t.gapQuadrant}</th>
            <th className="num">{t.gapDistricts}</th>
            <th className="num">{t.population}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((q) => (
            <tr key={q} data-quadrant={q}>
              <td>
                <span
                  className="swatch"
                  style={{ background: QUADRANT_PALETTE[GAP_CLASS[q]] }}
                  aria-hidden="true"
                />{" "}
                {GAP_LABELS[q][lang]}
              </td>
              <td className="num">{formatNumber(gaps.total[q].districts, lang, 0)}</td>
              <td className="num">{formatNumber(gaps.total[q].population, lang, 0)}</td>
            </tr>
          ))}
          {gaps.total["no-data"].districts > 0 && (
            <tr>
              <td>{t.noData}</td>
              <td className="num">{formatNumber(gaps.total["no-data"].districts, lang, 0)}</td>
              <td className="num">{formatNumber(gaps.total["no-data"].population, lang, 0)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="muted">{t.gapCaveat}</p>
      <details>
        <summary>{t.gapByDepartment}</summary>
        <table className="fesc-table">
          <thead>
            <tr>
              <th>{t.department}</th>
              <th className="num">{t.gapGapShort}</th>
              <th className="num">{t.gapGapPopulation}</th>
              <th className="num">{t.gapGraduationShort}</th>
            </tr>
          </thead>
          <tbody>
            {deps.map((d) => (
              <tr key={d.departmentCode}>
                <td>{depName.get(d.departmentCode) ?? d.departmentCode}</td>
                <td className="num">{d.counts.gap.districts}</td>
                <td className="num">{formatNumber(d.counts.gap.population, lang, 0)}</td>
                <td className="num">{d.counts.graduation.districts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details>
        <summary>{t.gapListGap(lists.gap.length)}</summary>
        {listOf("gap", 30)}
      </details>
      <details>
        <summary>{t.gapListGraduation(lists.graduation.length)}</summary>
        {listOf("graduation", 100)}
      </details>
    </section>
  );
}
