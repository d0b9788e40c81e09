import { selectExportContext } from "../../store/export-context";
import { PlaceSelect } from "../PlaceSelect";
import { useDepartments, useProvinces } from "../use-places";
import { useEffect, useMemo, useRef, useState } from "react";
import { COPY } from "../../i18n/copy";
import { RISK_PALETTE, NO_DATA_COLOR } from "../../config/palettes";
import { districtsWithoutCrimeRecord } from "../../core/crime-period";
import { pickSeries } from "../../core/indicator-values";
import { parseNumberInput } from "../../core/number-parse";
import { formatNumber } from "../../lib/format";
import { buildExportCsv, csvFileName, downloadCsv, placeColumns } from "../../lib/csv-export";
import type { CsvColumn } from "../../core/csv-export";
import { useAppStore } from "../../store";
import { indexPeriod } from "../../store/index-slice";
import { CrimeNotice } from "./CrimeNotice";
import {
  buildRankingRows,
  filterSortRows,
  scrollTopFor,
  visibleRange,
  type RankingSortKey,
} from "./ranking-rows";

/** Fixed row height (px): the virtual window is computed from it (keep in step with the CSS). */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

/**
 * All districts by IRS: sortable, filterable, virtualised (only the rows in view are in the DOM),
 * synchronised with the map both ways (row click selects and flies; a map selection scrolls here).
 */
export function RankingTable() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const scores = useAppStore((s) => s.scores);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.selectDistrict);
  const period = useAppStore(indexPeriod);
  const unrecorded = useMemo(
    () => new Set(table ? districtsWithoutCrimeRecord(table) : []),
    [table],
  );
  const t = COPY[lang];
  const [sortKey, setSortKey] = useState<RankingSortKey>("rank");
  const [desc, setDesc] = useState(false);
  const [dept, setDept] = useState<string | null>(null);
  const [prov, setProv] = useState<string | null>(null);
  const [minPop, setMinPop] = useState("");
  const [scrollTop, setScrollTop] = useState(0);
  const [viewH, setViewH] = useState(480);
  const viewport = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => {
    if (!table || !scores) return [];
    const pop = pickSeries(table.series, "population", null)?.values ?? [];
    return buildRankingRows(table.districts, scores, pop);
  }, [table, scores]);
  const departments = useDepartments();
  const provinces = useProvinces(dept);
  const minPopRead = useMemo(() => parseNumberInput(minPop, { maxDecimals: 0, min: 0 }), [minPop]);
  const minPopulation = minPopRead.kind === "number" ? minPopRead.value : null;
  const shown = useMemo(
    () =>
      filterSortRows(
        rows,
        {
          departmentCode: dept,
          provinceCode: prov,
          minPopulation,
        },
        sortKey,
        desc,
      ),
    [rows, dept, prov, minPopulation, sortKey, desc],
  );

  useEffect(() => {
    const el = viewport.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => setViewH(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A selection made elsewhere (map, search) scrolls its row into view.
  useEffect(() => {
    const el = viewport.current;
    if (!el || selectedId === null) return;
    const index = shown.findIndex((r) => r.id === selectedId);
    if (index < 0) return;
    const top = scrollTopFor(index, el.scrollTop, el.clientHeight, ROW_HEIGHT);
    if (top !== null) el.scrollTop = top;
  }, [selectedId, shown]);

  // The list as shown (filters and order), every row, in the shared es-PE CSV with the IRS period.
  const onDownload = () => {
    const s = useAppStore.getState();
    const ctx = selectExportContext(s);
    const w = COPY.es;
    const nameOf = (list: [string, string][], code: string | null) =>
      list.find(([c]) => c === code)?.[1] ?? code;
    const filters = [
      dept !== null ? w.csvFilterDepartment(nameOf(departments, dept) ?? dept) : null,
      prov !== null ? w.csvFilterProvince(nameOf(provinces, prov) ?? prov) : null,
      minPopulation !== null ? w.csvFilterMinPopulation(String(minPopulation)) : null,
    ].filter((x): x is string => x !== null);
    const sortLabel = {
      rank: w.rkRank,
      name: w.rkName,
      department: w.department,
      irs: w.rkIrs,
      population: w.population,
    }[sortKey];
    type Row = (typeof shown)[number] & { order: number };
    const columns: CsvColumn<Row>[] = [
      { header: w.csvOrder, value: (r) => r.order },
      { header: w.csvRank, value: (r) => r.rank },
      ...placeColumns<Row>(),
      { header: w.csvIrs, value: (r) => r.irs, decimals: 2 },
      {
        header: w.csvIrsClass,
        value: (r) => (r.classIndex === null ? null : (w.classLabels[r.classIndex] ?? null)),
      },
      { header: w.population, value: (r) => r.population, decimals: 0 },
      {
        header: w.csvNote,
        value: (r) => (r.irs === null && unrecorded.has(r.id) ? w.csvNoCrimeRecord : null),
      },
    ];
    const csv = buildExportCsv(
      shown.map((r, i) => ({ ...r, order: i + 1 })),
      columns,
      {
        title: w.csvRankingTitle,
        extra: [
          [w.csvFilters, filters.length > 0 ? filters.join(", ") : w.csvNoFilter],
          [w.csvSort, w.csvSortBy(sortLabel, desc)],
          [w.csvRows, w.csvRowsOf(String(shown.length), String(rows.length))],
        ],
      },
      ctx,
    );
    downloadCsv(csv, csvFileName("ranking-irs", ctx.date));
  };

  const [start, end] = visibleRange(scrollTop, viewH, ROW_HEIGHT, shown.length, OVERSCAN);
  const sortBy = (key: RankingSortKey) => {
    if (key === sortKey) setDesc(!desc);
    else {
      setSortKey(key);
      setDesc(key === "irs" || key === "population");
    }
  };
  const header = (key: RankingSortKey, label: string, className: string) => (
    <div
      role="columnheader"
      className={className}
      aria-sort={sortKey === key ? (desc ? "descending" : "ascending") : "none"}
    >
      <button
        type="button"
        onClick={() => sortBy(key)}
        title={t.rkSortBy(label)}
        data-testid={`rk-sort-${key}`}
      >
        {label}
        {sortKey === key ? (desc ? " ▼" : " ▲") : ""}
      </button>
    </div>
  );

  return (
    <div className="rk" data-testid="ranking">
      <h2 className="irs-title">{t.rkTitle}</h2>
      <CrimeNotice compact />
      <div className="rk-filters">
        <PlaceSelect
          label={t.department}
          allLabel={t.allDepartments}
          value={dept}
          options={departments}
          onChange={(code) => {
            setDept(code);
            setProv(null);
          }}
          testId="rk-department"
        />
        <PlaceSelect
          label={t.province}
          allLabel={t.rkAllProvinces}
          value={prov}
          options={provinces}
          onChange={setProv}
          testId="rk-province"
          disabled={dept === null}
        />
        <label className="field">
          <span>{t.rkMinPop}</span>
          <input
            type="text"
            inputMode="numeric"
            value={minPop}
            onChange={(e) => setMinPop(e.target.value)}
            aria-invalid={minPopRead.kind === "invalid"}
            data-testid="rk-minpop"
          />
          {minPopRead.kind === "number" && (
            <span className="muted" data-testid="rk-minpop-hint">
              {t.numberReadAs(formatNumber(minPopRead.value, lang, 0), minPopRead.thousandsGuessed)}
            </span>
          )}
          {minPopRead.kind === "invalid" && (
            <span className="irs-error" role="alert" data-testid="rk-minpop-hint">
              {t.numberProblem(minPopRead.problem, minPopRead.text, 0, formatNumber(0, lang, 0))}
            </span>
          )}
        </label>
      </div>
      <div className="rk-count-row">
        <span className="muted" aria-live="polite" data-testid="rk-count">
          {t.rkCount(formatNumber(shown.length, lang, 0), formatNumber(rows.length, lang, 0))}
        </span>{" "}
        <button
          type="button"
          onClick={onDownload}
          disabled={shown.length === 0}
          data-testid="rk-download"
        >
          {t.listDownloadCsv}
        </button>
      </div>
      {period && (
        <div className="muted" data-testid="rk-period">
          {t.rkPeriod(t.periodText(period.years, period.months, period.annualised))}
        </div>
      )}
      {unrecorded.size > 0 && (
        <div className="muted" data-testid="rk-unrecorded">
          {t.rkUnrecorded(formatNumber(unrecorded.size, lang, 0))}
        </div>
      )}
      <div
        className="rk-table"
        role="table"
        aria-label={t.rkTableLabel}
        aria-rowcount={shown.length + 1}
      >
        <div className="rk-row rk-head" role="row" aria-rowindex={1}>
          {header("rank", t.rkRank, "rk-c-rank")}
          {header("name", t.rkName, "rk-c-name")}
          {header("department", t.department, "rk-c-dept")}
          {header("irs", t.rkIrs, "rk-c-irs")}
          {header("population", t.population, "rk-c-pop")}
        </div>
        <div
          className="rk-viewport"
          ref={viewport}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          role="rowgroup"
          data-testid="rk-viewport"
        >
          {shown.length === 0 && <p className="muted rk-empty">{t.rkNoRows}</p>}
          <div className="rk-spacer" style={{ height: shown.length * ROW_HEIGHT }}>
            {shown.slice(start, end).map((r, k) => {
              const i = start + k;
              const selected = r.id === selectedId;
              return (
                <div
                  key={r.id}
                  role="row"
                  aria-rowindex={i + 2}
                  aria-selected={selected}
                  className={selected ? "rk-row selected" : "rk-row"}
                  style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}
                  onClick={() => select(r.id, true)}
                  data-ubigeo={r.ubigeo}
                  data-testid="rk-row"
                >
                  <div role="cell" className="rk-c-rank">
                    {r.rank ?? "—"}
                  </div>
                  <div role="cell" className="rk-c-name">
                    <button
                      type="button"
                      className="rk-link"
                      onClick={(e) => {
                        e.stopPropagation();
                        select(r.id, true);
                      }}
                      title={`${r.name} (${r.province}, ${r.department}) · ${r.ubigeo}`}
                    >
                      {r.name}
                    </button>
                  </div>
                  <div role="cell" className="rk-c-dept" title={r.province}>
                    {r.department}
                  </div>
                  <div role="cell" className="rk-c-irs">
                    <span
                      className="rk-swatch"
                      aria-hidden="true"
                      style={{
                        background:
                          r.classIndex === null
                            ? NO_DATA_COLOR
                            : (RISK_PALETTE[r.classIndex] ?? NO_DATA_COLOR),
                      }}
                    />
                    {r.irs === null && unrecorded.has(r.id) ? (
                      <span className="rk-flag" title={t.crimeUnrecorded}>
                        {t.rkNoCrimeRecord}
                      </span>
                    ) : (
                      formatNumber(r.irs, lang, 1)
                    )}
                  </div>
                  <div role="cell" className="rk-c-pop">
                    {formatNumber(r.population, lang, 0)}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
