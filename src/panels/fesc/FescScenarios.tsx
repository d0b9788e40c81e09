import { BARRIO_SEGURO_SOURCE_IDS, selectExportContext } from "../../store/export-context";
import { useState } from "react";
import { COPY } from "../../i18n/copy";
import { VIEWS_COPY } from "../../i18n/views-copy";
import type { ViewProblem } from "../../core/saved-views";
import { formatCentsCsv, type CsvColumn } from "../../core/csv-export";
import { scenarioComparisonRows, type ScenarioComparisonRow } from "../../core/scenario-rows";
import { diffScenarios, type Scenario, type ScenarioDiff } from "../../core/scenarios";
import {
  buildExportCsv,
  csvFileName,
  describeWeights,
  downloadCsv,
  placeColumns,
} from "../../lib/csv-export";
import { formatNumber, formatSoles } from "../../lib/format";
import { useAppStore } from "../../store";

/** Changed amounts listed before "show all" (all of them are one click away and in the CSV). */
const FIRST_CHANGED = 10;

/** "Top 36: 36 distritos; pesos: Robo 2 (18 %); …" for the comparison's header block. */
function describeScenario(s: Scenario): string {
  const weights = "weights" in s.methodology ? s.methodology.weights : null;
  const w = COPY.es;
  return [
    `${s.name}: ${w.districtsCount(String(s.selection.length))}`,
    weights
      ? w.csvScenarioWeights(
          describeWeights(
            weights,
            Object.keys(weights).filter((k) => (weights[k] ?? 0) > 0),
          ),
        )
      : w.csvScenarioSnapshot("snapshotId" in s.methodology ? s.methodology.snapshotId : ""),
  ].join("; ");
}

/** Every district of the two scenarios (entered, left, changed, unchanged) as the shared CSV. */
function downloadComparison(a: Scenario, b: Scenario, diff: ScenarioDiff): void {
  const s = useAppStore.getState();
  const ctx = selectExportContext(s, BARRIO_SEGURO_SOURCE_IDS);
  const w = COPY.es;
  const byUbigeo = new Map((s.table?.districts ?? []).map((d) => [d.ubigeo, d]));
  type Row = ScenarioComparisonRow & {
    order: number;
    name: string;
    province: string;
    department: string;
  };
  const rows: Row[] = scenarioComparisonRows(a, b, diff).map((r, i) => {
    const d = byUbigeo.get(r.ubigeo);
    return {
      ...r,
      order: i + 1,
      name: d?.name ?? r.ubigeo,
      province: d?.province ?? "",
      department: d?.department ?? "",
    };
  });
  const columns: CsvColumn<Row>[] = [
    { header: w.csvOrder, value: (r) => r.order },
    ...placeColumns<Row>(),
    { header: w.csvChange, value: (r) => w.csvChangeKind(r.change) },
    { header: w.csvAmountBefore, value: (r) => r.fromCents, cents: true },
    { header: w.csvAmountAfter, value: (r) => r.toCents, cents: true },
    { header: w.csvDelta, value: (r) => r.deltaCents, cents: true },
  ];
  const csv = buildExportCsv(
    rows,
    columns,
    {
      title: w.csvScenarioTitle,
      extra: [
        [w.fescBefore, describeScenario(a)],
        [w.fescAfter, describeScenario(b)],
        [
          w.csvSummary,
          w.fescDiffSummary(
            diff.entered.length,
            diff.left.length,
            diff.changed.length,
            diff.unchanged,
          ),
        ],
        [w.csvTotalDelta, formatCentsCsv(diff.totalDeltaCents)],
        [w.csvRows, String(rows.length)],
      ],
    },
    ctx,
  );
  downloadCsv(csv, csvFileName("fesc-comparacion", ctx.date));
}

/** Save the current selection under a name and compare two saved ones (who enters, leaves, amounts). */
export function FescScenarios() {
  const lang = useAppStore((s) => s.lang);
  const scenarios = useAppStore((s) => s.fescScenarios);
  const [a, b] = useAppStore((s) => s.fescCompare);
  const save = useAppStore((s) => s.saveFescScenario);
  const remove = useAppStore((s) => s.deleteFescScenario);
  const setCompare = useAppStore((s) => s.setFescCompare);
  const table = useAppStore((s) => s.table);
  const [name, setName] = useState("");
  const [allChanged, setAllChanged] = useState(false);
  const [refused, setRefused] = useState<{ name: string; problem: ViewProblem } | null>(null);
  const t = COPY[lang];
  const sa = scenarios.find((s) => s.name === a);
  const sb = scenarios.find((s) => s.name === b);
  const diff = sa && sb ? diffScenarios(sa, sb) : null;
  const nameOf = (u: string) => table?.districts.find((d) => d.ubigeo === u)?.name ?? u;
  const money = (c: number | null) => (c === null ? "—" : formatSoles(c / 100, lang));
  const onSave = () => {
    const n = name.trim() || t.fescScenarioDefault(scenarios.length + 1);
    const problem = save(n);
    setRefused(problem ? { name: n, problem } : null);
    if (problem) return;
    setName("");
    if (scenarios.length === 1 && scenarios[0]) setCompare([scenarios[0].name, n]);
  };
  return (
    <details className="fesc-scenarios" data-testid="fesc-scenarios">
      <summary>{t.fescScenarios(scenarios.length)}</summary>
      <div className="fesc-save">
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t.fescScenarioName}
          aria-label={t.fescScenarioName}
          data-testid="fesc-scenario-name"
        />
        <button type="button" onClick={onSave} data-testid="fesc-save">
          {t.fescSave}
        </button>
      </div>
      {refused && (
        <p className="notice notice-warn" role="alert" data-testid="fesc-save-refused">
          {VIEWS_COPY[lang].scenarioNotSaved(refused.name, refused.problem)}
        </p>
      )}
      <ul className="fesc-scenario-list">
        {scenarios.map((s) => (
          <li key={s.name}>
            {s.name} <span className="muted">({t.districtsCount(String(s.selection.length))})</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t.fescRemove}
              onClick={() => remove(s.name)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {scenarios.length >= 2 && (
        <div className="fesc-row2">
          {([0, 1] as const).map((k) => (
            <label className="field" key={k}>
              <span>{k === 0 ? t.fescBefore : t.fescAfter}</span>
              <select
                value={(k === 0 ? a : b) ?? ""}
                onChange={(e) =>
                  setCompare(k === 0 ? [e.target.value || null, b] : [a, e.target.value || null])
                }
                data-testid={`fesc-compare-${k}`}
              >
                <option value="">—</option>
                {scenarios.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {diff && (
        <div className="fesc-diff" data-testid="fesc-diff">
          <p>
            {t.fescDiffSummary(
              diff.entered.length,
              diff.left.length,
              diff.changed.length,
              diff.unchanged,
            )}{" "}
            {t.fescTotalDelta} {money(diff.totalDeltaCents)}
          </p>
          {diff.entered.length > 0 && (
            <p>
              <strong>{t.fescEntered}</strong>{" "}
              {diff.entered.map((e) => nameOf(e.ubigeo)).join(", ")}
            </p>
          )}
          {diff.left.length > 0 && (
            <p>
              <strong>{t.fescLeft}</strong> {diff.left.map((e) => nameOf(e.ubigeo)).join(", ")}
            </p>
          )}
          {diff.changed.length > 0 && (
            <>
              <div className="button-row">
                <span className="muted" data-testid="fesc-changed-count">
                  {t.fescChangedCount(
                    formatNumber(
                      allChanged
                        ? diff.changed.length
                        : Math.min(FIRST_CHANGED, diff.changed.length),
                      lang,
                      0,
                    ),
                    formatNumber(diff.changed.length, lang, 0),
                  )}
                </span>
                {diff.changed.length > FIRST_CHANGED && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => setAllChanged(!allChanged)}
                    aria-expanded={allChanged}
                    data-testid="fesc-changed-all"
                  >
                    {allChanged
                      ? t.listShowFewer
                      : t.listShowAll(formatNumber(diff.changed.length, lang, 0))}
                  </button>
                )}
              </div>
              <ul data-testid="fesc-changed">
                {(allChanged ? diff.changed : diff.changed.slice(0, FIRST_CHANGED)).map((c) => (
                  <li key={c.ubigeo}>
                    {nameOf(c.ubigeo)}: {money(c.from)} → {money(c.to)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {sa && sb && (
            <button
              type="button"
              onClick={() => downloadComparison(sa, sb, diff)}
              data-testid="fesc-diff-download"
            >
              {t.listDownloadCsv}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
