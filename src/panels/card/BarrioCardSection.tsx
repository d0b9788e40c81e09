import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { barrioStatusOfDistrict } from "../../core/barrio-district";
import { compareWithRegionTable } from "../../core/coverage";
import type { Lang } from "../../core/types";
import { formatNumber } from "../../lib/format";
import { citeSource } from "../../lib/sources";
import { useAppStore } from "../../store";

/** "2022-04-28" → "28 abr 2022", "2016-11" → "nov 2016", "2017" → "2017" (no time zone shift). */
function launchDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-");
  const month = m === undefined ? undefined : COPY[lang].monthsShort[Number(m) - 1];
  if (month === undefined) return y ?? date;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/**
 * Barrio Seguro in the district card: the barrios the register locates in the district (name, status,
 * launch, source), or that it is not in the register — which is partial, so never "no Barrio Seguro".
 */
export function BarrioCardSection({ districtId }: { districtId: number }) {
  const lang = useAppStore((s) => s.lang);
  const district = useAppStore((s) => s.table?.districts[districtId]);
  const barrio = useAppStore((s) => s.barrio);
  const origin = useAppStore((s) => s.barrioOrigin);
  const status = useAppStore((s) => s.coverageStatus);
  const manifest = useAppStore((s) => s.manifest);
  const t = COPY[lang];
  const found = useMemo(
    () => (barrio && district ? barrioStatusOfDistrict(barrio.rows, district) : null),
    [barrio, district],
  );
  const extent = useMemo(() => (barrio ? compareWithRegionTable(barrio) : null), [barrio]);
  if (!district) return null;
  const imported = origin === "imported";
  return (
    <section className="barrio-card" data-testid="card-barrio" aria-labelledby="card-barrio-title">
      <h3 className="card-section" id="card-barrio-title">
        {t.cardBarrioTitle}
      </h3>
      {!found ? (
        <div className="muted" data-testid="card-barrio-status">
          {status === "idle" || status === "loading" ? t.reportLoading : t.noData}
        </div>
      ) : found.kind === "located" ? (
        <>
          <div data-testid="card-barrio-status" data-located="true">
            {t.cardBarrioIn(found.barrios.length, imported)}
          </div>
          <ul className="card-barrios" style={{ margin: "2px 0", paddingLeft: 18 }}>
            {found.barrios.map((b, i) => (
              <li key={i} data-testid="card-barrio-item">
                <strong>{b.name ?? t.cardBarrioUnnamed}</strong> · {t.cardBarrioStatus(b.status)}
                {" · "}
                {b.date === null
                  ? t.cardBarrioNoDate
                  : t.cardBarrioLaunch(launchDate(b.date, lang))}
                {b.sources.length > 0 && (
                  <div className="card-meta">
                    {t.cardBarrioSource}:{" "}
                    {b.sources.map((src, k) => (
                      <span key={k}>
                        {k > 0 ? "; " : ""}
                        {src.url ? (
                          <a href={src.url} target="_blank" rel="noopener noreferrer">
                            {src.text}
                          </a>
                        ) : (
                          src.text
                        )}
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <div data-testid="card-barrio-status" data-located="false">
            {t.cardBarrioNotIn(imported)}
          </div>
          {!imported && extent && extent.documentBarrios > extent.identified && (
            <div className="card-meta">
              {t.cardBarrioPartial(
                formatNumber(extent.identified, lang, 0),
                formatNumber(extent.documentBarrios, lang, 0),
              )}
            </div>
          )}
          {(found.provinceOnly > 0 || found.departmentOnly > 0) && (
            <div className="card-meta" data-testid="card-barrio-nearby">
              {t.cardBarrioNearby(found.provinceOnly, found.departmentOnly)}
            </div>
          )}
        </>
      )}
      {!imported && barrio && (
        <div className="card-meta">
          {citeSource(manifest, "barrio-seguro-registro")};{" "}
          {citeSource(manifest, "barrio-seguro-prensa")}
        </div>
      )}
    </section>
  );
}
