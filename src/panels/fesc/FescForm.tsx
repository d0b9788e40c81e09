import { useMemo } from "react";
import { PlaceSelect } from "../PlaceSelect";
import { useDepartments } from "../use-places";
import { COPY } from "../../app/copy";
import { listLayerOptions } from "../../core/layer-catalog";
import type { AllocationMode } from "../../core/allocation";
import type { Condition } from "../../core/selection";
import { formatSoles } from "../../lib/format";
import { useAppStore } from "../../store";
import type { FescAmounts, FescRule } from "../../store/fesc-slice";
import { TierEditor } from "./TierEditor";

const numOrNull = (text: string): number | null => {
  if (text.trim() === "") return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
};

/** Selection rule, amounts and filters of the FESC selection (all in the store and the URL). */
export function FescForm() {
  const lang = useAppStore((s) => s.lang);
  const p = useAppStore((s) => s.fesc);
  const setFesc = useAppStore((s) => s.setFesc);
  const t = COPY[lang];
  const departments = useDepartments();
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  // Thresholds on the indicators that have data (imported ones included), not on empty ones.
  const indicatorOptions = useMemo(
    () => (table ? listLayerOptions(table, defs).filter((o) => o.kind === "indicator") : []),
    [table, defs],
  );
  const indicatorChoices = [
    { id: "irs", label: t.fescIrs },
    ...indicatorOptions.map((d) => ({ id: d.id, label: d.label[lang] })),
  ];
  const setCondition = (i: number, c: Partial<Condition>) =>
    setFesc({ conditions: p.conditions.map((x, j) => (j === i ? { ...x, ...c } : x)) });
  return (
    <fieldset className="fesc-form">
      <legend>{t.fescSelection}</legend>
      <label className="field">
        <span>{t.fescRule}</span>
        <select
          value={p.rule}
          onChange={(e) =>
            setFesc({
              rule: e.target.value === "thresholds" ? "thresholds" : ("top-n" satisfies FescRule),
            })
          }
          data-testid="fesc-rule"
        >
          <option value="top-n">{t.fescTopN}</option>
          <option value="thresholds">{t.fescThresholds}</option>
        </select>
      </label>
      {p.rule === "top-n" ? (
        <label className="field">
          <span>{t.fescN}</span>
          <input
            type="number"
            min={0}
            max={1891}
            value={p.n}
            onChange={(e) => setFesc({ n: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
            data-testid="fesc-n"
          />
        </label>
      ) : (
        <div className="fesc-conditions">
          {p.conditions.map((c, i) => (
            <div className="fesc-condition" key={i}>
              <select
                value={c.indicatorId}
                onChange={(e) => setCondition(i, { indicatorId: e.target.value })}
                aria-label={t.fescIndicator}
              >
                {indicatorChoices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
              <select
                value={c.op}
                onChange={(e) => setCondition(i, { op: e.target.value === "<=" ? "<=" : ">=" })}
                aria-label={t.fescOperator}
              >
                <option value=">=">≥</option>
                <option value="<=">≤</option>
              </select>
              <input
                type="number"
                value={c.value}
                step="any"
                onChange={(e) => setCondition(i, { value: Number(e.target.value) || 0 })}
                aria-label={t.value}
              />
              <button
                type="button"
                className="icon-button"
                onClick={() => setFesc({ conditions: p.conditions.filter((_, j) => j !== i) })}
                aria-label={t.fescRemove}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              setFesc({
                conditions: [...p.conditions, { indicatorId: "irs", op: ">=", value: 50 }],
              })
            }
          >
            {t.fescAddCondition}
          </button>
        </div>
      )}
      <label className="field">
        <span>{t.fescAmounts}</span>
        <select
          value={p.amounts}
          onChange={(e) => {
            const v = e.target.value;
            setFesc({
              amounts: (v === "budget" || v === "tiers" ? v : "none") satisfies FescAmounts,
            });
          }}
          data-testid="fesc-amounts"
        >
          <option value="none">{t.fescAmountsNone}</option>
          <option value="budget">{t.fescAmountsBudget}</option>
          <option value="tiers">{t.fescAmountsTiers}</option>
        </select>
      </label>
      {p.amounts === "budget" && (
        <>
          <label className="field">
            <span>
              {t.fescBudget} <em className="muted">{formatSoles(p.budgetSoles, lang)}</em>
            </span>
            <input
              type="number"
              min={0}
              step="0.01"
              value={p.budgetSoles}
              onChange={(e) => setFesc({ budgetSoles: Math.max(0, Number(e.target.value) || 0) })}
              data-testid="fesc-budget"
            />
          </label>
          <label className="field">
            <span>{t.fescMode}</span>
            <select
              value={p.mode}
              onChange={(e) => {
                const v = e.target.value;
                setFesc({
                  mode: (v === "population" || v === "risk" ? v : "both") satisfies AllocationMode,
                });
              }}
              data-testid="fesc-mode"
            >
              <option value="population">{t.fescModePopulation}</option>
              <option value="risk">{t.fescModeRisk}</option>
              <option value="both">{t.fescModeBoth}</option>
            </select>
          </label>
          <div className="fesc-row2">
            <label className="field">
              <span>{t.fescFloor}</span>
              <input
                type="number"
                min={0}
                value={p.floorSoles ?? ""}
                placeholder="—"
                onChange={(e) => setFesc({ floorSoles: numOrNull(e.target.value) })}
                data-testid="fesc-floor"
              />
            </label>
            <label className="field">
              <span>{t.fescCap}</span>
              <input
                type="number"
                min={0}
                value={p.capSoles ?? ""}
                placeholder="—"
                onChange={(e) => setFesc({ capSoles: numOrNull(e.target.value) })}
                data-testid="fesc-cap"
              />
            </label>
          </div>
        </>
      )}
      {p.amounts === "tiers" && <TierEditor />}
      <details className="fesc-filters">
        <summary>{t.fescFilters}</summary>
        <PlaceSelect
          label={t.department}
          allLabel={t.allDepartments}
          value={p.departments[0] ?? null}
          options={departments}
          onChange={(code) => setFesc({ departments: code === null ? [] : [code] })}
          testId="fesc-department"
        />
        <label className="field">
          <span>{t.fescMinPopulation}</span>
          <input
            type="number"
            min={0}
            value={p.minPopulation ?? ""}
            placeholder="—"
            onChange={(e) => setFesc({ minPopulation: numOrNull(e.target.value) })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={p.excludeCovered}
            onChange={(e) => setFesc({ excludeCovered: e.target.checked })}
            data-testid="fesc-exclude-covered"
          />
          {t.fescExcludeCovered}
        </label>
      </details>
    </fieldset>
  );
}
