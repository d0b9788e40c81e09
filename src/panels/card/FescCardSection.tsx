import { COPY, type Copy } from "../../i18n/copy";
import type { Lang } from "../../core/types";
import { formatNumber, formatSoles } from "../../lib/format";
import { useAppStore } from "../../store";
import { selectFescResult, type FescParams } from "../../store/fesc-slice";

/** "Los 36 distritos de mayor IRS; presupuesto S/ 252,000,000, por población × irs". */
function scenarioText(p: FescParams, t: Copy, lang: Lang): string {
  const mode = { population: t.fescModePopulation, risk: t.fescModeRisk, both: t.fescModeBoth };
  const filtered = p.departments.length > 0 || p.minPopulation !== null || p.excludeCovered;
  return [
    p.rule === "top-n" ? t.cardFescTopN(p.n) : t.cardFescThresholds,
    p.amounts === "budget"
      ? t.cardFescBudget(formatSoles(p.budgetSoles, lang), mode[p.mode])
      : p.amounts === "tiers"
        ? t.cardFescTiers
        : null,
    filtered ? t.cardFescFiltered : null,
  ]
    .filter((x): x is string => x !== null)
    .join("; ");
}

/**
 * FESC in the district card, under the scenario set in the FESC tab: selected or not, its position in
 * the selection, the amount (and tier) it receives; when it is out, why if the selection knows.
 */
export function FescCardSection({ districtId }: { districtId: number }) {
  const lang = useAppStore((s) => s.lang);
  const params = useAppStore((s) => s.fesc);
  const result = useAppStore(selectFescResult);
  const irs = useAppStore((s) => s.scores?.[districtId]?.irs ?? null);
  const rank = useAppStore((s) => s.scores?.[districtId]?.rank ?? null);
  const t = COPY[lang];
  if (!result) return null;
  const position = result.rows.findIndex((r) => r.id === districtId);
  const row = result.rows[position];
  const missed = result.justMissed.find((m) => m.id === districtId);
  // The selection is in IRS order: its last row is the cut.
  const lastRank = result.rows[result.rows.length - 1]?.rank ?? null;
  return (
    <section className="fesc-card" data-testid="card-fesc" aria-labelledby="card-fesc-title">
      <h3 className="card-section" id="card-fesc-title">
        {t.cardFescTitle}
      </h3>
      <div className="card-meta" data-testid="card-fesc-scenario">
        {scenarioText(params, t, lang)}
      </div>
      {row ? (
        <>
          <div data-testid="card-fesc-status" data-selected="true">
            {t.cardFescSelected(
              formatNumber(position + 1, lang, 0),
              formatNumber(result.rows.length, lang, 0),
            )}
          </div>
          <table className="card-table">
            <tbody>
              <tr>
                <th scope="row">
                  {t.cardFescAmount}
                  {row.tier !== null && <div className="card-meta">{t.cardFescTier(row.tier)}</div>}
                </th>
                <td data-testid="card-fesc-amount" data-cents={row.amountCents ?? ""}>
                  {row.amountCents !== null
                    ? formatSoles(row.amountCents / 100, lang)
                    : result.error
                      ? t.cardFescNoAllocation
                      : t.cardFescNoAmount}
                  {(row.capped || row.atFloor) && (
                    <div className="card-meta">{row.capped ? t.fescCapped : t.fescAtFloor}</div>
                  )}
                </td>
              </tr>
            </tbody>
          </table>
        </>
      ) : (
        <>
          <div data-testid="card-fesc-status" data-selected="false">
            {t.cardFescNotSelected}
          </div>
          <div className="card-meta" data-testid="card-fesc-why">
            {irs === null
              ? t.cardFescNoIrs
              : params.rule === "thresholds"
                ? t.cardFescOutThresholds
                : rank !== null && lastRank !== null && rank < lastRank
                  ? t.cardFescFilteredOut
                  : rank !== null && lastRank !== null
                    ? t.cardFescCut(formatNumber(rank, lang, 0), formatNumber(lastRank, lang, 0))
                    : null}
            {missed?.irsBelowCut !== undefined && missed.irsBelowCut !== null && (
              <> {t.cardFescJustMissed(formatNumber(missed.irsBelowCut, lang, 1))}</>
            )}
          </div>
        </>
      )}
    </section>
  );
}
