import { COPY } from "../../i18n/copy";
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import type { ModalityRow } from "./sidpol-families";

interface Props {
  modalities: readonly ModalityRow[];
  /** Family chosen by the user per modality key (absent = the mapping's family). */
  assignment: Readonly<Record<string, string>>;
  onChange: (assignment: Record<string, string>) => void;
}

/** Every modality seen in the file with its family, editable; unmapped ones first and marked. */
export function SidpolFamilyTable({ modalities, assignment, onChange }: Props) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const rows = [...modalities].sort((a, b) => Number(a.mapped) - Number(b.mapped));
  return (
    <details className="datos-families" open={modalities.some((m) => !m.mapped)}>
      <summary>
        {t.familiesTitle} ({modalities.length})
      </summary>
      <p className="muted">{t.familiesHelp}</p>
      <div className="datos-scroll datos-scroll-tall">
        <table className="datos-table" data-testid="rep-families">
          <thead>
            <tr>
              <th>{t.modalityCol}</th>
              <th>{t.reportsCol}</th>
              <th>{t.familyCol}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr
                key={m.key}
                className={m.mapped ? undefined : "datos-unmapped"}
                data-modality={m.key}
              >
                <th scope="row">{m.label}</th>
                <td>{formatNumber(m.total, lang, 0)}</td>
                <td>
                  <select
                    value={assignment[m.key] ?? m.defaultFamily}
                    aria-label={`${t.familyCol}: ${m.label}`}
                    onChange={(e) => onChange({ ...assignment, [m.key]: e.target.value })}
                  >
                    {SIDPOL_FAMILIES.families.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label[lang]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
