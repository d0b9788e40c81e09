import { useState } from "react";
import { POINT_STATUS } from "../../core/district-index";
import { POINTS_COPY } from "../../i18n/points-copy";
import { formatNumber, formatPercent } from "../../lib/format";
import { useAppStore } from "../../store";
import { importKeyPrefix } from "../../core/import-apply";
import type { StagedPoints } from "../../store/points-slice";

/** Text cells read left to right (the shared table style right-aligns cells after the first). */
const LEFT = { textAlign: "left" } as const;
/** Rows drawn in the full per-row table (all of them for files up to this size). */
const MAX_TABLE_ROWS = 500;

/**
 * Import a CSV of coordinates or a GeoJSON of points/polygons (issue #17): the worker assigns the
 * points to districts, the report lists every row by outcome, and "Aplicar" turns the counts (or
 * the covered area) into indicators through the import commit path; undo is in the history.
 */
export function PointImport() {
  const lang = useAppStore((s) => s.lang);
  const job = useAppStore((s) => s.pointsJob);
  const staged = useAppStore((s) => s.stagedPoints);
  const error = useAppStore((s) => s.pointsError);
  const [done, setDone] = useState<{ message: string; key: string } | null>(null);
  const t = POINTS_COPY[lang];
  return (
    <section className="datos-import" aria-labelledby="points-title" data-testid="points-import">
      <h3 id="points-title" className="panel-heading">
        {t.title}
      </h3>
      <p className="muted">{t.help}</p>
      <label className="datos-file-label">
        {t.chooseFile}
        <input
          type="file"
          accept=".csv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
          disabled={job !== null}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (!f) return;
            setDone(null);
            void useAppStore.getState().runPointsImport(f, f.name);
          }}
          data-testid="points-file"
        />
      </label>
      {job && (
        <div className="datos-progress" role="status" data-testid="points-progress">
          <div>
            {t.stage[job.stage]}{" "}
            {job.total > 1 &&
              t.progress(formatNumber(job.done, lang, 0), formatNumber(job.total, lang, 0))}
          </div>
          <progress max={job.total} value={job.done} />
          <button type="button" onClick={() => useAppStore.getState().cancelPointsImport()}>
            {t.cancel}
          </button>
        </div>
      )}
      {error && (
        <p className="fesc-error" role="alert" data-testid="points-error">
          {error === "noBoundaries" ? t.noBoundaries : t.failed(error)}
        </p>
      )}
      {staged && <PointsReport staged={staged} onApplied={setDone} />}
      {done && <AppliedCounts message={done.message} seriesKey={done.key} />}
    </section>
  );
}

function PointsReport({
  staged,
  onApplied,
}: {
  staged: StagedPoints;
  onApplied: (done: { message: string; key: string }) => void;
}) {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const t = POINTS_COPY[lang];
  const r = staged.result;
  const file = staged.fileName;
  const [category, setCategory] = useState<string>("");
  const [source, setSource] = useState(t.defaultSource(file));
  const [publisher, setPublisher] = useState(t.defaultPublisher);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [unit, setUnit] = useState(t.defaultUnit);
  const n = (x: number) => formatNumber(x, lang, 0);
  const districtName = (id: number): string => {
    const d = table?.districts[id];
    return d ? `${d.name} (${d.province}, ${d.department})` : "—";
  };
  const statusText = (s: number | undefined): string =>
    s === POINT_STATUS.inside
      ? t.statusInside
      : s === POINT_STATUS.border
        ? t.statusBorder
        : s === POINT_STATUS.outside
          ? t.statusOutside
          : t.statusInvalid;

  const counts = [0, 0, 0, 0];
  const districts = new Set<number>();
  for (let i = 0; i < r.status.length; i++) {
    const s = r.status[i] as number;
    counts[s] = (counts[s] ?? 0) + 1;
    if (s === POINT_STATUS.inside || s === POINT_STATUS.border)
      districts.add(r.district[i] as number);
  }
  const problemIdx: number[] = [];
  for (let i = 0; i < r.status.length; i++)
    if (r.status[i] !== POINT_STATUS.inside) problemIdx.push(i);
  const shown = Math.min(r.status.length, MAX_TABLE_ROWS);
  const fatal =
    r.fatal === "notGeoJson"
      ? t.fatalNotGeoJson
      : r.fatal === "noCoordinates"
        ? t.fatalNoCoordinates(r.columns.join(", "))
        : r.fatal === "empty"
          ? t.fatalEmpty
          : null;
  const usable = !fatal && (r.lon.length > 0 || r.polygons.length > 0);

  const apply = () => {
    const year = Number(date.slice(0, 4));
    const entry = useAppStore.getState().confirmPoints({
      categoryColumn: category === "" ? null : category,
      labels: {
        count: t.labelCount(file),
        per10k: t.labelPer10k(file),
        perKm2: t.labelPerKm2(file),
        category: (v) => t.labelCategory(file, v),
        others: t.labelOthers(file),
        areaShare: t.labelAreaShare(file),
      },
      units: {
        count: unit.trim() || t.defaultUnit,
        per10k: t.unitPer10k,
        perKm2: t.unitPerKm2,
        areaShare: t.unitAreaShare,
      },
      source: {
        name: source.trim() || t.defaultSource(file),
        publisher: publisher.trim() || t.defaultPublisher,
        note: t.sourceNote(date, t.ruleNote),
      },
      year: Number.isInteger(year) && year > 1900 ? year : null,
      direction: 1,
      weight: 0,
    });
    if (!entry) return;
    // The layer in force stays (the points are drawn over it); the new ones are in the picker.
    const key = importKeyPrefix(file) + (r.lon.length > 0 ? "count" : "area_share_pct");
    onApplied({ message: t.applied(file), key });
  };

  const row = (i: number) => {
    const s = r.status[i];
    const d = r.district[i] as number;
    return (
      <tr
        key={i}
        data-row={r.row[i]}
        data-status={s}
        data-ubigeo={d >= 0 ? table?.districts[d]?.ubigeo : ""}
      >
        <td>{r.row[i]}</td>
        {r.names.length > 0 && <td style={LEFT}>{r.names[i]}</td>}
        <td style={LEFT}>{statusText(s)}</td>
        <td style={LEFT}>
          {d >= 0
            ? s === POINT_STATUS.border
              ? t.countedIn(districtName(d))
              : districtName(d)
            : "—"}
        </td>
        <td style={{ whiteSpace: "nowrap" }}>
          {Number.isFinite(r.lat[i]) && Number.isFinite(r.lon[i])
            ? `${r.lat[i]}, ${r.lon[i]}`
            : "—"}
        </td>
      </tr>
    );
  };
  const head = (
    <thead>
      <tr>
        <th>{t.colRow}</th>
        {r.names.length > 0 && <th>{t.colName}</th>}
        <th>{t.colStatus}</th>
        <th>{t.colDistrict}</th>
        <th>{t.colLatLon}</th>
      </tr>
    </thead>
  );

  return (
    <section
      className="datos-report"
      data-testid="points-report"
      aria-labelledby="points-report-title"
    >
      <h3 id="points-report-title" className="panel-heading">
        {t.reportTitle(file)}
      </h3>
      {fatal && (
        <div className="fesc-error" role="alert" data-testid="points-fatal">
          {fatal}
        </div>
      )}
      {r.latColumn && r.lonColumn && (
        <p className="muted">{t.detected(r.latColumn, r.lonColumn, r.nameColumn)}</p>
      )}
      {r.lon.length > 0 && (
        <>
          <p data-testid="points-counts">
            {t.counts(
              n(r.recordsRead),
              n(counts[POINT_STATUS.inside] ?? 0),
              n(counts[POINT_STATUS.border] ?? 0),
              n(counts[POINT_STATUS.outside] ?? 0),
              n(counts[POINT_STATUS.invalid] ?? 0),
            )}
          </p>
          <p className="muted">{t.districtsWithPoints(n(districts.size))}</p>
          <p className="muted" data-testid="points-timing">
            {t.timing(n(r.timings.readMs), n(r.timings.indexMs + r.timings.assignMs))}
          </p>
          <p className="fesc-note">{t.ruleNote}</p>
        </>
      )}
      {problemIdx.length > 0 && (
        <div className="datos-scroll">
          <table className="datos-table" data-testid="points-problems">
            <caption>{t.problemsTitle}</caption>
            {head}
            <tbody>{problemIdx.slice(0, MAX_TABLE_ROWS).map(row)}</tbody>
          </table>
        </div>
      )}
      {r.skipped.length > 0 && (
        <ul className="fesc-warning" data-testid="points-skipped">
          {r.skipped.slice(0, 50).map((s) => (
            <li key={s.row}>{t.skipped(s.row, s.code)}</li>
          ))}
        </ul>
      )}
      {r.lon.length > 0 && (
        <details className="datos-preview" open={r.lon.length <= 50}>
          <summary>{t.rowsTitle(n(shown), n(r.lon.length))}</summary>
          <div className="datos-scroll">
            <table className="datos-table" data-testid="points-rows">
              {head}
              <tbody>{Array.from({ length: shown }, (_, i) => row(i))}</tbody>
            </table>
          </div>
        </details>
      )}
      {r.polygons.length > 0 && (
        <div data-testid="points-polygons">
          <h4>{t.polygonsTitle(r.polygons.length)}</h4>
          <ul>
            {r.polygons.map((p) => (
              <li key={p.row}>{t.polygonItem(p.row, p.name, p.districtIds.length)}</li>
            ))}
          </ul>
          <p className="muted">{t.coverageMethod}</p>
          <div className="datos-scroll">
            <table className="datos-table" data-testid="points-coverage">
              <caption>{t.coverageTitle}</caption>
              <thead>
                <tr>
                  <th>{t.colDistrict}</th>
                  <th>{t.colShare}</th>
                </tr>
              </thead>
              <tbody>
                {[...r.shares]
                  .sort((a, b) => b.share01 - a.share01)
                  .map((s) => (
                    <tr
                      key={s.id}
                      data-ubigeo={table?.districts[s.id]?.ubigeo}
                      data-share={s.share01}
                    >
                      <td style={LEFT}>{districtName(s.id)}</td>
                      <td>{formatPercent(s.share01, lang, 1)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {usable && (
        <div className="datos-options">
          {r.categories.length > 0 && (
            <label className="field">
              <span>{t.categoryLabel}</span>
              <select
                value={category}
                onChange={(e) => setCategory(e.target.value)}
                data-testid="points-category"
              >
                <option value="">{t.categoryNone}</option>
                {r.categories.map((c) => (
                  <option key={c.column} value={c.column}>
                    {c.column}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            <span>{t.sourceLabel}</span>
            <input type="text" value={source} onChange={(e) => setSource(e.target.value)} />
          </label>
          <label className="field">
            <span>{t.publisherLabel}</span>
            <input type="text" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
          </label>
          <label className="field">
            <span>{t.dateLabel}</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          {r.lon.length > 0 && (
            <label className="field">
              <span>{t.unitLabel}</span>
              <input type="text" value={unit} onChange={(e) => setUnit(e.target.value)} />
            </label>
          )}
        </div>
      )}
      <div className="datos-row">
        {usable && (
          <button type="button" className="primary" onClick={apply} data-testid="points-confirm">
            {t.confirm}
          </button>
        )}
        <button type="button" onClick={() => useAppStore.getState().discardPoints()}>
          {t.discard}
        </button>
      </div>
    </section>
  );
}

/**
 * After "Aplicar": the districts that received points (or area), read back from the series now in
 * the table. Gone with an undo (the series is no longer there).
 */
function AppliedCounts({ message, seriesKey }: { message: string; seriesKey: string }) {
  const lang = useAppStore((s) => s.lang);
  const series = useAppStore((s) => s.table?.series.find((x) => x.key === seriesKey) ?? null);
  const districts = useAppStore((s) => s.table?.districts);
  if (!series || !districts) return null;
  const t = POINTS_COPY[lang];
  const rows = series.values
    .map((v, id) => ({ v, d: districts[id] }))
    .filter((x): x is { v: number; d: NonNullable<typeof x.d> } => !!x.d && x.v !== null && x.v > 0)
    .sort((a, b) => b.v - a.v || a.d.ubigeo.localeCompare(b.d.ubigeo));
  return (
    <div role="status" data-testid="points-applied">
      <p className="muted">{message}</p>
      <details className="datos-preview">
        <summary>{t.appliedTitle(series.label[lang], rows.length)}</summary>
        <div className="datos-scroll">
          <table className="datos-table" data-testid="points-applied-values">
            <thead>
              <tr>
                <th>{t.colDistrict}</th>
                <th>{series.unit}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ v, d }) => (
                <tr key={d.id} data-ubigeo={d.ubigeo} data-value={v}>
                  <td>
                    {d.name} ({d.province}, {d.department})
                  </td>
                  <td>{formatNumber(v, lang, Number.isInteger(v) ? 0 : 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
