import type { BarrioSeguroData } from "../../core/barrio-seguro";
import type { Lang } from "../../core/types";
import { COPY } from "../../i18n/copy";
import { barriosIn, regionTotalsFor } from "./report-data";

/**
 * Barrio Seguro in the place: the CONASEC region totals that cover it and the barrios located in
 * the district (by ubigeo) or department (by code).
 */
export function ReportBarrioSection({
  lang,
  barrio,
  loading,
  ubigeo,
  departmentCode,
}: {
  lang: Lang;
  barrio: BarrioSeguroData | null;
  loading: boolean;
  /** The district's ubigeo (district report) or null (department report). */
  ubigeo: string | null;
  departmentCode: string;
}) {
  const t = COPY[lang];
  const barrios = ubigeo ? barriosIn(barrio, { ubigeo }) : barriosIn(barrio, { departmentCode });
  const regions = regionTotalsFor(barrio, ubigeo ?? departmentCode);
  return (
    <section data-testid="report-barrio">
      <h2>{t.reportBarrio}</h2>
      {loading && <p>{t.reportLoading}</p>}
      {regions.map((r) => (
        <p key={r.region}>{t.reportBarrioRegion(r.barrios, r.region)}</p>
      ))}
      {barrios.length === 0 ? (
        <p>{t.reportBarrioNone}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t.barrioName}</th>
              <th scope="col">{t.district}</th>
              <th scope="col">{t.barrioStatus}</th>
              <th scope="col">{t.barrioDate}</th>
            </tr>
          </thead>
          <tbody>
            {barrios.map((b, i) => (
              <tr key={i}>
                <td>{b.barrio ?? "—"}</td>
                <td>{b.district}</td>
                <td>{b.status}</td>
                <td>{b.date ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
