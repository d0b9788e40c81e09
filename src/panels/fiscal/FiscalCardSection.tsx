import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import {
  municipalBudget,
  securitySpendingOf,
  type SecuritySpending,
} from "../../core/municipal-budget";
import { formatSoles } from "../../lib/format";
import { citeSource } from "../../lib/sources";
import { useAppStore } from "../../store";

/**
 * The municipality's budget and spending in the district card (MEF): per inhabitant for a district
 * municipality, with its year and what the figure is and is not (total budget, not security
 * spending); for a provincial municipality (capital district) the totals, flagged as province-wide
 * and left out of the fiscal-capacity criterion.
 */
export function FiscalCardSection({ districtId }: { districtId: number }) {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const manifest = useAppStore((s) => s.manifest);
  const t = COPY[lang];
  const data = useMemo(
    () => (table ? municipalBudget(table, districtId) : null),
    [table, districtId],
  );
  const security = useMemo(
    () => (table ? securitySpendingOf(table, districtId) : null),
    [table, districtId],
  );
  if (!data && !security) return null;
  if (!data) return <SecurityRow security={security} />;
  const district = data.kind === "district";
  const cell = (perHead: number | null, total: number | null) => (
    <td>
      {district ? t.fiscalPerHead(formatSoles(perHead, lang)) : formatSoles(total, lang)}
      {district && <div className="card-meta">{formatSoles(total, lang)}</div>}
    </td>
  );
  return (
    <section className="fiscal-card" data-testid="fiscal-card" data-kind={data.kind}>
      <h3 className="card-section">{t.fiscalCardTitle}</h3>
      <table className="card-table">
        <tbody>
          <tr data-testid="fiscal-spent" data-per-head={data.spentPerHead ?? ""}>
            <th scope="row">{t.fiscalSpent(String(data.year ?? "—"))}</th>
            {cell(data.spentPerHead, data.spentSoles)}
          </tr>
          <tr data-testid="fiscal-budget" data-per-head={data.budgetPerHead ?? ""}>
            <th scope="row">{t.fiscalBudget(String(data.year ?? "—"))}</th>
            {cell(data.budgetPerHead, data.budgetSoles)}
          </tr>
        </tbody>
      </table>
      <SecurityRow security={security} bare />
      <p className="card-meta" data-testid="fiscal-caveat">
        {district
          ? t.fiscalCaveatDistrict(String(data.populationYear ?? "—"))
          : t.fiscalCaveatProvincial}{" "}
        {citeSource(manifest, data.sourceId)}
      </p>
    </section>
  );
}

/** Imported security spending (PP 0030…) per inhabitant, with its year and source. */
function SecurityRow({
  security,
  bare = false,
}: {
  security: SecuritySpending | null;
  bare?: boolean;
}) {
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore((s) => s.manifest);
  const t = COPY[lang];
  if (!security) return null;
  const pop = security.populationYear === null ? [] : [security.populationYear];
  const body = (
    <p className="card-meta" data-testid="security-spending" data-per-head={security.perHead ?? ""}>
      <strong>
        {t.securitySpent(String(security.year ?? "—"), formatSoles(security.perHead, lang))}
      </strong>{" "}
      ({formatSoles(security.soles, lang)}; {t.populationYears(pop)}) ·{" "}
      {citeSource(manifest, security.sourceId)}
    </p>
  );
  return bare ? (
    body
  ) : (
    <section className="fiscal-card" data-testid="fiscal-card">
      <h3 className="card-section">{t.fiscalCardTitle}</h3>
      {body}
    </section>
  );
}
