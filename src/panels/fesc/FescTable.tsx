import { COPY } from "../../i18n/copy";
import { INDICATOR_BY_ID } from "../../config/indicators";
import { formatNumber, formatSoles } from "../../lib/format";
import { useAppStore } from "../../store";
import type { FescResult } from "../../store/fesc-slice";

const soles = (cents: number | null, lang: "es" | "en") =>
  cents === null ? "—" : formatSoles(cents / 100, lang);

/** The selected districts with amount, IRS, rank interval and why they are in; then the near misses. */
export function FescTable({ result }: { result: FescResult }) {
  const lang = useAppStore((s) => s.lang);
  const amounts = useAppStore((s) => s.fesc.amounts);
  const select = useAppStore((s) => s.selectDistrict);
  const t = COPY[lang];
  const label = (id: string) =>
    id === "irs" ? t.fescIrs : (INDICATOR_BY_ID.get(id)?.label[lang] ?? id);
  return (
    <section className="fesc-result">
      <div className="fesc-summary" data-testid="fesc-summary">
        {t.fescSelectedCount(result.rows.length)}
        {result.totalCents !== null && (
          <>
            {" · "}
            {t.fescTotal} <strong data-testid="fesc-total">{soles(result.totalCents, lang)}</strong>
          </>
        )}
        {result.filteredOut > 0 && (
          <span className="muted"> · {t.fescFilteredOut(result.filteredOut)}</span>
        )}
      </div>
      {result.error && (
        <div className="fesc-error" role="alert" data-testid="fesc-error">
          {t.fescAllocationError(result.error, (cents) => formatSoles(cents / 100, lang))}
        </div>
      )}
      {result.equalSplit && <div className="fesc-warning">{t.fescEqualSplit}</div>}
      {result.unassigned > 0 && (
        <div className="fesc-warning">{t.fescUnassigned(result.unassigned)}</div>
      )}
      <div className="fesc-table-wrap">
        <table className="fesc-table" data-testid="fesc-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t.district}</th>
              <th className="num">IRS</th>
              <th className="num" title={t.fescRankHelp}>
                {t.fescRank}
              </th>
              {amounts !== "none" && <th className="num">{t.fescAmount}</th>}
              <th>{t.fescWhy}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r, i) => (
              <tr key={r.ubigeo} data-ubigeo={r.ubigeo} onClick={() => select(r.id, true)}>
                <td>{i + 1}</td>
                <td>
                  {r.name}
                  <div className="muted">
                    {r.department}
                    {r.covered ? ` · ${t.fescCovered}` : ""}
                  </div>
                </td>
                <td className="num">{formatNumber(r.irs, lang, 1)}</td>
                <td className="num">
                  {r.rank ?? "—"}
                  {r.rankInterval && (
                    <div className="muted">
                      {Math.round(r.rankInterval[0])}–{Math.round(r.rankInterval[1])}
                    </div>
                  )}
                </td>
                {amounts !== "none" && (
                  <td className="num" data-testid="fesc-amount">
                    {soles(r.amountCents, lang)}
                    {r.tier && <div className="muted">{r.tier}</div>}
                    {r.capped && <div className="muted">{t.fescCapped}</div>}
                    {r.atFloor && <div className="muted">{t.fescAtFloor}</div>}
                  </td>
                )}
                <td className="fesc-why">
                  {r.contributions.slice(0, 2).map((c) => (
                    <div key={c.id}>
                      {label(c.id)} {formatNumber(c.points, lang, 1)}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.rows.some((r) => r.rankInterval === null) && (
        <p className="muted">{t.fescNoInterval}</p>
      )}
      {result.justMissed.length > 0 && (
        <details className="fesc-missed" data-testid="fesc-missed">
          <summary>{t.fescJustMissed(result.justMissed.length)}</summary>
          <ul>
            {result.justMissed.map((m) => (
              <li key={m.ubigeo}>
                <button
                  type="button"
                  className="link"
                  onClick={() => m.id >= 0 && select(m.id, true)}
                >
                  {m.name}
                </button>{" "}
                <span className="muted">({m.department})</span> — IRS {formatNumber(m.irs, lang, 1)}
                {m.irsBelowCut !== null &&
                  `; ${t.fescBelowCut(formatNumber(m.irsBelowCut, lang, 2))}`}
                {m.failed.map((f) => (
                  <div key={f.indicatorId} className="muted">
                    {label(f.indicatorId)}: {formatNumber(f.actual, lang)}{" "}
                    {f.op === ">=" ? "<" : ">"} {formatNumber(f.threshold, lang)}
                    {f.missingBy !== null
                      ? ` (${t.fescShort(formatNumber(f.missingBy, lang))})`
                      : ` (${t.noData})`}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
