import { useEffect, useState } from "react";
import { COPY } from "../../i18n/copy";
import { SCHEMA_COPY } from "../../i18n/schema-copy";
import { useAppStore } from "../../store";
import { useDepartments } from "../use-places";
import { FamilyTrends } from "./FamilyTrends";

/** Lima Metropolitana (province 1501) next to the departments: most of the country's reports. */
const LIMA_METRO = "1501";

/**
 * National, department and Lima Metropolitana monthly trend of police reports by family (Índice
 * tab), from crime-trends.json loaded when the section is first opened.
 */
export function CrimeTrendsPanel() {
  const lang = useAppStore((s) => s.lang);
  const present = useAppStore((s) => s.manifest?.crime.present ?? false);
  const state = useAppStore((s) => s.crimeMonthly.trends);
  const departments = useDepartments();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState("PE");
  const t = COPY[lang];
  useEffect(() => {
    if (open && present) useAppStore.getState().loadCrimeMonthly("trends");
  }, [open, present]);
  if (!present) return null;
  const file = state?.status === "ready" ? state.file : null;
  const area = file?.areas.find((a) => a.code === code) ?? null;
  return (
    <details
      className="irs-options crime-trends"
      data-testid="crime-trends"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t.crimeTrendsTitle}</summary>
      <label className="field">
        <span>{t.crimeTrendsArea}</span>
        <select
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="crime-trends-area"
        >
          <option value="PE">{t.allDepartments}</option>
          <option value={LIMA_METRO}>{t.limaMetropolitana}</option>
          {departments.map(([dc, name]) => (
            <option key={dc} value={dc}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {state?.status === "loading" && <p className="muted">{t.crimeTrendLoading}</p>}
      {state?.status === "error" && (
        <p className="muted">
          {t.crimeTrendError(state.issues.map(SCHEMA_COPY[lang].dataIssue).join("; "))}
        </p>
      )}
      {file && area && <FamilyTrends file={file} area={area} />}
    </details>
  );
}
