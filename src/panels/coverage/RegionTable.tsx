import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import type { BarrioSeguroData } from "../../core/barrio-seguro";
import { compareWithRegionTable } from "../../core/coverage";
import { useAppStore } from "../../store";

/** The document's barrios per region against the register's count ("N de 99 con distrito"). */
export function RegionTable({ data }: { data: BarrioSeguroData }) {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const cmp = useMemo(() => compareWithRegionTable(data), [data]);
  const t = COPY[lang];
  const depName = (code: string) =>
    table?.districts.find((d) => d.departmentCode === code)?.department ?? code;
  const registerTotal = cmp.regions.reduce((s, r) => s + r.register, 0);
  return (
    <details className="coverage-regions" data-testid="region-table" open>
      <summary>{t.covIdentified(cmp.identified, cmp.documentBarrios)}</summary>
      <table className="fesc-table">
        <thead>
          <tr>
            <th>{t.covRegion}</th>
            <th className="num">{t.covDocument}</th>
            <th className="num">{t.covRegister}</th>
            <th className="num">{t.covDifference}</th>
          </tr>
        </thead>
        <tbody>
          {cmp.regions.map((r) => (
            <tr key={r.region}>
              <td>{r.region}</td>
              <td className="num">{r.document}</td>
              <td className="num">{r.register}</td>
              <td className={`num ${r.difference < 0 ? "neg" : ""}`}>
                {r.difference > 0 ? `+${r.difference}` : r.difference}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t.covTotal}</th>
            <th className="num">{cmp.documentBarrios}</th>
            <th className="num">{registerTotal}</th>
            <th className="num">{registerTotal - cmp.documentBarrios}</th>
          </tr>
        </tfoot>
      </table>
      {cmp.outsideTable.length > 0 && (
        <p className="muted">
          {t.covOutside(
            cmp.outsideTable.map((o) => `${depName(o.departmentCode)} (${o.register})`).join(", "),
          )}
        </p>
      )}
      {cmp.unassigned > 0 && <p className="muted">{t.covUnassigned(cmp.unassigned)}</p>}
      <p className="muted">{t.covPartial}</p>
    </details>
  );
}
