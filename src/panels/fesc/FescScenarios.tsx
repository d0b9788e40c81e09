import { useState } from "react";
import { COPY } from "../../i18n/copy";
import { diffScenarios } from "../../core/scenarios";
import { formatSoles } from "../../lib/format";
import { useAppStore } from "../../store";

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
  const t = COPY[lang];
  const sa = scenarios.find((s) => s.name === a);
  const sb = scenarios.find((s) => s.name === b);
  const diff = sa && sb ? diffScenarios(sa, sb) : null;
  const nameOf = (u: string) => table?.districts.find((d) => d.ubigeo === u)?.name ?? u;
  const money = (c: number | null) => (c === null ? "—" : formatSoles(c / 100, lang));
  const onSave = () => {
    const n = name.trim() || t.fescScenarioDefault(scenarios.length + 1);
    save(n);
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
            <ul>
              {diff.changed.slice(0, 10).map((c) => (
                <li key={c.ubigeo}>
                  {nameOf(c.ubigeo)}: {money(c.from)} → {money(c.to)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
