import { COPY } from "../../i18n/copy";
import { NO_DATA_COLOR, RISK_PALETTE } from "../../config/palettes";
import { formatNumber, formatPercent } from "../../lib/format";
import { useAppStore } from "../../store";
import { selectSensitivityStale } from "../../store/index-slice";
import { ContributionBars } from "./ContributionBars";

/** The IRS part of the district card: score, rank, class, contributions, rank interval, rates. */
export function IrsCardSection({ districtId }: { districtId: number }) {
  const lang = useAppStore((s) => s.lang);
  const score = useAppStore((s) => s.scores?.[districtId]);
  const meta = useAppStore((s) => s.indexMeta);
  const defs = useAppStore((s) => s.indicatorDefs);
  const sens = useAppStore((s) => s.sensitivity);
  const stale = useAppStore(selectSensitivityStale);
  const t = COPY[lang];

  if (!score || !meta) return null;
  const nameOf = (id: string) => defs.find((d) => d.id === id)?.label[lang] ?? id;
  const cls = score.classIndex;
  const lo = sens.result?.p05Rank[districtId];
  const hi = sens.result?.p95Rank[districtId];
  const med = sens.result?.medianRank[districtId];
  const top = sens.result?.topShare[districtId];
  return (
    <section className="irs-card" data-testid="irs-card" aria-labelledby="irs-card-title">
      <h3 className="card-section" id="irs-card-title">
        {t.cardIrsTitle}
      </h3>
      {score.irs === null ? (
        <p className="muted">{t.cardNoIrs}</p>
      ) : (
        <>
          <div className="irs-card-head">
            <span
              className="irs-card-badge"
              style={{
                background: cls === null ? NO_DATA_COLOR : (RISK_PALETTE[cls] ?? NO_DATA_COLOR),
              }}
              data-testid="card-irs"
            >
              {formatNumber(score.irs, lang, 1)}
            </span>
            <div>
              <div data-testid="card-rank">
                {t.cardRank(
                  formatNumber(score.rank, lang, 0),
                  formatNumber(meta.districtsScored, lang, 0),
                )}
              </div>
              <div className="muted">
                {t.cardClass}: {cls === null ? "—" : (t.classLabels[cls] ?? "—")}
              </div>
            </div>
          </div>
          <h4 className="irs-card-sub">{t.cardContrib}</h4>
          <ContributionBars
            contributions={score.contributions}
            order={meta.indicatorsUsed}
            labelOf={nameOf}
            lang={lang}
          />
          <div className="card-meta">{t.cardContribSum(formatNumber(score.irs, lang, 1))}</div>
          {score.missing.length > 0 && (
            <div className="card-meta">{t.cardMissing(score.missing.map(nameOf).join(", "))}</div>
          )}
          {sens.result && lo !== undefined && hi !== undefined && Number.isFinite(lo) && (
            <div className="irs-card-interval" data-testid="card-interval">
              <RankInterval
                lo={lo}
                hi={hi}
                med={med ?? NaN}
                n={meta.districtsScored}
                rank={score.rank}
              />
              <div>
                {t.cardInterval(
                  formatNumber(lo, lang, 0),
                  formatNumber(hi, lang, 0),
                  formatNumber(med, lang, 0),
                )}
              </div>
              <div className="card-meta">
                {t.cardTopShare(formatPercent(top, lang), String(sens.params.topN))}
                {stale ? ` · ${t.mcStale}` : ""}
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The 5–95 % rank interval on a 1…N axis (rank 1 at the left), median tick and current rank dot. */
function RankInterval(props: {
  lo: number;
  hi: number;
  med: number;
  n: number;
  rank: number | null;
}) {
  const W = 300;
  const x = (r: number) => 4 + ((W - 8) * (r - 1)) / Math.max(1, props.n - 1);
  return (
    <svg
      className="irs-interval"
      viewBox={`0 0 ${W} 16`}
      width="100%"
      height="16"
      aria-hidden="true"
    >
      <line x1={4} x2={W - 4} y1={8} y2={8} stroke="#d5dbe0" strokeWidth={2} />
      <rect
        x={x(props.lo)}
        y={3}
        width={Math.max(2, x(props.hi) - x(props.lo))}
        height={10}
        fill="#74a9cf"
      />
      {Number.isFinite(props.med) && (
        <line x1={x(props.med)} x2={x(props.med)} y1={1} y2={15} stroke="#045a8d" strokeWidth={2} />
      )}
      {props.rank !== null && <circle cx={x(props.rank)} cy={8} r={3} fill="#bd0026" />}
    </svg>
  );
}
