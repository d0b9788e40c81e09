import { useAppStore } from "../../store";
import { selectIndicatorsInForce, selectWeights } from "../../store/coverage-slice";
import { COPY } from "../../i18n/copy";

/** Which indicators the IRS uses now, and which weighted ones have no data (crime without SIDPOL). */
export function IndicatorsInForce() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const weights = useAppStore(selectWeights);
  const defs = useAppStore((s) => s.indicatorDefs);
  const { used, withoutData } = selectIndicatorsInForce(table, weights, defs);
  const t = COPY[lang];
  return (
    <div className="fesc-note" data-testid="fesc-indicators">
      <strong>{t.fescIndicatorsInForce}</strong> {used.map((d) => d.label[lang]).join(", ")}
      {withoutData.length > 0 && (
        <div className="fesc-warning">
          {t.fescWithoutData(withoutData.map((d) => d.label[lang]).join(", "))}
        </div>
      )}
    </div>
  );
}
