import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";
import { selectIndicatorsInForce, selectWeights } from "../../store/coverage-slice";
import type { FescResult } from "../../store/fesc-slice";
import { buildFescCsv } from "./fesc-csv";
import { indexPeriod } from "../../store/index-slice";

/** Download the selection and allocation as an es-PE Excel CSV with the methodology on top. */
export function FescExport({ result }: { result: FescResult }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const onClick = () => {
    const s = useAppStore.getState();
    const weights = selectWeights(s);
    const { used, withoutData } = selectIndicatorsInForce(s.table, weights, s.indicatorDefs);
    // The sources the index read (SIDPOL, INEI, MEF… as in force) and the Barrio Seguro register.
    const ids = [
      ...(s.indexMeta?.sourceIds ?? []),
      "barrio-seguro-registro",
      "barrio-seguro-prensa",
    ];
    const period = indexPeriod(s);
    const sources = (s.manifest?.sources ?? [])
      .filter((x) => ids.includes(x.id))
      .map((x) => `${x.name} (${x.publisher})`);
    const csv = buildFescCsv(result, s.fesc, {
      date: new Date().toISOString().slice(0, 10),
      weights,
      used: used.map((d) => d.id),
      withoutData: withoutData.map((d) => d.id),
      sources,
      ...(period
        ? {
            crimePeriod: `${COPY.es.periodText(period.years, period.months, period.annualised)}, ${COPY.es.populationYears(period.populationYears)}`,
          }
        : {}),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `fesc-distritos-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button
      type="button"
      className="primary"
      onClick={onClick}
      disabled={result.rows.length === 0}
      data-testid="fesc-export"
    >
      {t.fescExport}
    </button>
  );
}
