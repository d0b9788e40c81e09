import { BARRIO_SEGURO_SOURCE_IDS, selectExportContext } from "../../store/export-context";
import { useMemo, useState } from "react";
import { COPY } from "../../i18n/copy";
import { compareWithRegionTable } from "../../core/coverage";
import type { CsvColumn } from "../../core/csv-export";
import type { GapQuadrant, RiskThreshold } from "../../core/gaps";
import { QUADRANT_PALETTE } from "../../config/palettes";
import { buildExportCsv, csvFileName, downloadCsv, placeColumns } from "../../lib/csv-export";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import {
  GAP_CLASS,
  GAP_LABELS,
  selectDistrictCoverage,
  selectGaps,
  selectPopulation,
  selectScores,
} from "../../store/coverage-slice";

const THRESHOLDS: { id: string; value: RiskThreshold }[] = [
  { id: "class:4", value: { kind: "class", minClass: 4 } },
  { id: "class:3", value: { kind: "class", minClass: 3 } },
  { id: "value:50", value: { kind: "value", min: 50 } },
  { id: "value:70", value: { kind: "value", min: 70 } },
];
const idOf = (t: RiskThreshold) => (t.kind === "class" ? `class:${t.minClass}` : `value:${t.min}`);

type ListKind = "gap" | "graduation";
/** Rows shown before "show all" (the full list is one click away and in the CSV). */
const FIRST_ROWS: Record<ListKind, number> = { gap: 30, graduation: 100 };

/** IRS × Barrio Seguro quadrants: counts and population, by department, and the lists of districts. */
export function GapView() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const threshold = useAppStore((s) => s.gapThreshold);
  const setThreshold = useAppStore((s) => s.setGapThreshold);
  const gaps = useAppStore(selectGaps);
  const scores = useAppStore(selectScores);
  const select = useAppStore((s) => s.selectDistrict);
  const [showAll, setShowAll] = useState<Record<ListKind, boolean>>({
    gap: false,
    graduation: false,
  });
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
  // Every row of a list as shown (same order), in the shared es-PE CSV with the register's extent.
  const download = (q: ListKind) => {
    const s = useAppStore.getState();
    const ctx = selectExportContext(s, BARRIO_SEGURO_SOURCE_IDS);
    const w = COPY.es;
    const pop = selectPopulation(table).values;
    const coverage = selectDistrictCoverage(s);
    const extent = s.barrio ? compareWithRegionTable(s.barrio) : null;
    type Row = {
      order: number;
      ubigeo: string;
      name: string;
      province: string;
      department: string;
      id: number;
    };
    const rows: Row[] = lists[q].flatMap((id, i) => {
      const d = table.districts[id];
      return d ? [{ ...d, order: i + 1 }] : [];
    });
    const columns: CsvColumn<Row>[] = [
      { header: w.csvOrder, value: (r) => r.order },
      ...placeColumns<Row>(),
      { header: w.csvIrs, value: (r) => scores?.[r.id]?.irs ?? null, decimals: 2 },
      { header: w.csvRank, value: (r) => scores?.[r.id]?.rank ?? null },
      {
        header: w.csvIrsClass,
        value: (r) => {
          const c = scores?.[r.id]?.classIndex;
          return c === null || c === undefined ? null : (w.classLabels[c] ?? null);
        },
      },
      { header: w.population, value: (r) => pop[r.id] ?? null, decimals: 0 },
      {
        header: w.csvBarrios,
        value: (r) => {
          const c = coverage.get(r.ubigeo);
          if (!c) return w.csvNotInRegister;
          return [w.cardBarrioIn(c.barrioCount, s.barrioOrigin === "imported"), ...c.barrios].join(
            ": ",
          );
        },
      },
      { header: w.csvQuadrant, value: () => GAP_LABELS[q].es },
    ];
    const csv = buildExportCsv(
      rows,
      columns,
      {
        title: w.csvGapTitle(q),
        extra: [
          [w.csvRiskHigh, w.gapThresholdOption(idOf(threshold))],
          [
            w.csvRegister,
            w.csvRegisterExtent(
              String(extent?.identified ?? coverage.size),
              extent?.documentBarrios ? String(extent.documentBarrios) : null,
              s.barrioOrigin === "imported",
            ),
          ],
          [w.csvRows, String(rows.length)],
        ],
      },
      ctx,
    );
    downloadCsv(
      csv,
      csvFileName(q === "gap" ? "brechas-barrio-seguro" : "graduacion-barrio-seguro", ctx.date),
    );
  };
  const listOf = (q: ListKind) => {
    const all = lists[q];
    const shownIds = showAll[q] ? all : all.slice(0, FIRST_ROWS[q]);
    return (
      <>
        <div className="button-row">
          <span className="muted" data-testid={`gap-count-${q}`}>
            {t.listCount(formatNumber(shownIds.length, lang, 0), formatNumber(all.length, lang, 0))}
          </span>
          {all.length > FIRST_ROWS[q] && (
            <button
              type="button"
              className="link"
              onClick={() => setShowAll({ ...showAll, [q]: !showAll[q] })}
              aria-expanded={showAll[q]}
              data-testid={`gap-show-all-${q}`}
            >
              {showAll[q] ? t.listShowFewer : t.listShowAll(formatNumber(all.length, lang, 0))}
            </button>
          )}
          <button
            type="button"
            onClick={() => download(q)}
            disabled={all.length === 0}
            data-testid={`gap-download-${q}`}
          >
            {t.listDownloadCsv}
          </button>
        </div>
        <ol
          className="gap-list"
          data-testid={`gap-list-${q}`}
          // Room for 3-digit numbers once the whole list is shown (the CSS fits 2).
          style={shownIds.length >= 100 ? { paddingLeft: 34 } : undefined}
        >
          {shownIds.map((id) => {
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
      </>
    );
  };
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
        {listOf("gap")}
      </details>
      <details>
        <summary>{t.gapListGraduation(lists.graduation.length)}</summary>
        {listOf("graduation")}
      </details>
    </section>
  );
}
