import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";
import { monthRangeLabel, type PartialYearChoice as Choice } from "./sidpol-families";

/**
 * The years the file covers only in part (with their months) and the choice of what to do with
 * them: exclude, annualise or keep as they are.
 */
export function PartialYearChoice({
  years,
  monthsByYear,
  value,
  onChange,
}: {
  years: readonly number[];
  monthsByYear: Readonly<Record<string, readonly number[]>> | undefined;
  value: Choice;
  onChange: (choice: Choice) => void;
}) {
  const t = COPY[useAppStore((s) => s.lang)];
  return (
    <div className="fesc-warning" data-testid="rep-partial">
      {years.map((y) => (
        <div key={y}>{t.partialYear(y, monthRangeLabel(monthsByYear?.[String(y)] ?? []))}</div>
      ))}
      <label className="field">
        <span>{t.partialChoiceLabel}</span>
        <select
          value={value}
          onChange={(e) =>
            onChange(
              e.target.value === "annualise"
                ? "annualise"
                : e.target.value === "keep"
                  ? "keep"
                  : "exclude",
            )
          }
          data-testid="rep-partial-choice"
        >
          <option value="exclude">{t.partialExclude}</option>
          <option value="annualise">{t.partialAnnualise}</option>
          <option value="keep">{t.partialKeep}</option>
        </select>
      </label>
    </div>
  );
}
