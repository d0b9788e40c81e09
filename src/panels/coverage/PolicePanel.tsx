import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { COVERAGE_LAYER, selectPolice } from "../../store/coverage-slice";

/** Police presence: comisarías per 100 000 inhabitants, districts with none, the station points. */
export function PolicePanel() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const police = useAppStore(selectPolice);
  const stations = useAppStore((s) => s.policeStations);
  const show = useAppStore((s) => s.showStations);
  const setShow = useAppStore((s) => s.setShowStations);
  const setLayer = useAppStore((s) => s.setLayer);
  const t = COPY[lang];
  const biggestWithout = useMemo(() => {
    if (!police) return [];
    return police.rows
      .filter((r) => r.stations === 0 && r.population !== null)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
      .slice(0, 10);
  }, [police]);
  if (!police || !table) return null;
  const located = stations?.stations.filter((s) => s.lon !== null && s.lat !== null).length ?? 0;
  return (
    <section className="police" data-testid="police-panel">
      <h3>{t.policeTitle(police.years.stations)}</h3>
      {police.missingSeries.length > 0 ? (
        <p className="fesc-warning">{t.policeMissing(police.missingSeries.join(", "))}</p>
      ) : (
        <>
          <p>
            {t.policeNational(formatNumber(police.national.stationsPer100k, lang, 2))}{" "}
            <span data-testid="police-without">
              {t.policeWithout(
                formatNumber(police.withoutStation.length, lang, 0),
                formatNumber(police.populationWithoutStation, lang, 0),
              )}
            </span>
          </p>
          <div className="button-row">
            <label className="check">
              <input
                type="checkbox"
                checked={show}
                disabled={!stations}
                onChange={(e) => setShow(e.target.checked)}
                data-testid="toggle-stations"
              />
              {t.policeShowPoints(formatNumber(located, lang, 0))}
            </label>
            <button
              type="button"
              onClick={() => setLayer(COVERAGE_LAYER.police)}
              data-testid="show-police-layer"
            >
              {t.policeShowLayer}
            </button>
          </div>
          <details>
            <summary>{t.policeBiggestWithout}</summary>
            <ol className="gap-list">
              {biggestWithout.map((r) => (
                <li key={r.id}>
                  {table.districts[r.id]?.name}{" "}
                  <span className="muted">
                    ({table.districts[r.id]?.department}) {formatNumber(r.population, lang, 0)}{" "}
                    {t.inhabitants}
                  </span>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}
