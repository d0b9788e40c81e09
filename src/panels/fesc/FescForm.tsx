import { Fragment, useId, useMemo, useState } from "react";
import { PlaceSelect } from "../PlaceSelect";
import { useDepartments } from "../use-places";
import { COPY } from "../../i18n/copy";
import { listLayerOptions } from "../../core/layer-catalog";
import type { AllocationMode } from "../../core/allocation";
import { parseNumberInput, type NumberInputOptions } from "../../core/number-parse";
import type { Condition } from "../../core/selection";
import type { Lang } from "../../core/types";
import { formatNumber, formatSoles } from "../../lib/format";
import { useAppStore } from "../../store";
import type { FescAmounts, FescRule } from "../../store/fesc-slice";
import { TierEditor } from "./TierEditor";

/** How a numeric field reads what is typed (see parseNumberInput); `optional`: blank means none. */
interface NumberSpec extends NumberInputOptions {
  money?: boolean;
  optional?: boolean;
}
const MONEY: NumberSpec = { maxDecimals: 2, min: 0, money: true };
const COUNT: NumberSpec = { maxDecimals: 0, min: 0 };

/** Text being typed in a numeric field, and the store value it left there (null: none). */
interface Draft {
  text: string;
  value: number | null;
}

/**
 * Numeric fields of the FESC form (and its tier editor). Numbers are typed as text
 * ("252.000.000", "1.500,50"), read with parseNumberInput, committed to the store as soon as they
 * read, with a hint saying how they were read; text that does not read stays in the field with a
 * message naming it. What was typed stays, with its hint, while the store still holds the value
 * it left (a scenario or link restore replaces it with the value in the app's one number format,
 * "252,000,000"). The hint is not dropped on blur: the layout shift would swallow the click that
 * caused the blur.
 */
function useNumberFields(lang: Lang) {
  const t = COPY[lang];
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const hintId = useId();
  const parts = (
    key: string,
    value: number | null,
    commit: (v: number | null) => void,
    spec: NumberSpec,
    attrs: { testId?: string; ariaLabel?: string; placeholder?: string } = {},
  ) => {
    const draft = drafts[key];
    const editing = draft !== undefined && Object.is(draft.value, value) ? draft : null;
    const read = editing ? parseNumberInput(editing.text, spec) : null;
    const show = (v: number) =>
      spec.money ? formatSoles(v, lang) : formatNumber(v, lang, spec.maxDecimals ?? 6);
    const reads = read?.kind === "number" || (read?.kind === "empty" && spec.optional === true);
    const hint =
      read === null || (read.kind === "empty" && spec.optional)
        ? null
        : read.kind === "number"
          ? t.numberReadAs(show(read.value), read.thousandsGuessed)
          : read.kind === "empty"
            ? t.numberRequired
            : t.numberProblem(
                read.problem,
                read.text,
                spec.maxDecimals ?? 0,
                formatNumber(spec.min ?? 0, lang),
              );
    const id = `${hintId}-${key}`;
    return {
      input: (
        <input
          type="text"
          inputMode={spec.maxDecimals === 0 ? "numeric" : "decimal"}
          value={
            editing
              ? editing.text
              : value === null
                ? ""
                : formatNumber(value, lang, spec.maxDecimals ?? 6)
          }
          placeholder={attrs.placeholder}
          aria-label={attrs.ariaLabel}
          aria-invalid={hint !== null && !reads}
          aria-describedby={hint !== null ? id : undefined}
          onChange={(e) => {
            const text = e.target.value;
            const r = parseNumberInput(text, spec);
            const next =
              r.kind === "number" ? r.value : r.kind === "empty" && spec.optional ? null : value;
            setDrafts((d) => ({ ...d, [key]: { text, value: next } }));
            if (!Object.is(next, value)) commit(next);
          }}
          data-testid={attrs.testId}
        />
      ),
      hint: hint !== null && (
        <span
          id={id}
          className={reads ? "muted" : "fesc-error"}
          role={reads ? undefined : "alert"}
          data-testid={attrs.testId ? `${attrs.testId}-hint` : undefined}
        >
          {hint}
        </span>
      ),
    };
  };
  const field = (...args: Parameters<typeof parts>) => {
    const { input, hint } = parts(...args);
    return (
      <>
        {input}
        {hint}
      </>
    );
  };
  /** Forget the drafts whose key starts with `prefix` (rows removed: positions shift). */
  const forget = (prefix: string) =>
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith(prefix))));
  return { parts, field, forget, specs: { money: MONEY, count: COUNT } };
}

export type NumberFields = ReturnType<typeof useNumberFields>;

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

  const fields = useNumberFields(lang);
  const numberInput = fields.field;
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
          {numberInput("n", p.n, (n) => n !== null && setFesc({ n }), COUNT, {
            testId: "fesc-n",
          })}
        </label>
      ) : (
        <div className="fesc-conditions">
          {p.conditions.map((c, i) => {
            const threshold = fields.parts(
              `condition-${i}`,
              c.value,
              (value) => value !== null && setCondition(i, { value }),
              {},
              { ariaLabel: t.value },
            );
            return (
              <Fragment key={i}>
                <div className="fesc-condition">
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
                  {threshold.input}
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => {
                      fields.forget("condition-");
                      setFesc({ conditions: p.conditions.filter((_, j) => j !== i) });
                    }}
                    aria-label={t.fescRemove}
                  >
                    ×
                  </button>
                </div>
                {threshold.hint}
              </Fragment>
            );
          })}
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
            {numberInput(
              "budget",
              p.budgetSoles,
              (v) => v !== null && setFesc({ budgetSoles: v }),
              MONEY,
              { testId: "fesc-budget" },
            )}
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
              {numberInput(
                "floor",
                p.floorSoles,
                (floorSoles) => setFesc({ floorSoles }),
                { ...MONEY, optional: true },
                { testId: "fesc-floor", placeholder: "—" },
              )}
            </label>
            <label className="field">
              <span>{t.fescCap}</span>
              {numberInput(
                "cap",
                p.capSoles,
                (capSoles) => setFesc({ capSoles }),
                { ...MONEY, optional: true },
                { testId: "fesc-cap", placeholder: "—" },
              )}
            </label>
          </div>
        </>
      )}
      {p.amounts === "tiers" && <TierEditor fields={fields} />}
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
          {numberInput(
            "minPopulation",
            p.minPopulation,
            (minPopulation) => setFesc({ minPopulation }),
            { ...COUNT, optional: true },
            { placeholder: "—" },
          )}
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
