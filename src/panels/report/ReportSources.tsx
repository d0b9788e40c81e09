import type { Lang } from "../../core/types";
import { COPY } from "../../i18n/copy";
import { useSourceNames } from "../use-source-names";

/** The report's footer: the names of the data sources behind its indicator rows. */
export function ReportSources({ lang, sourceIds }: { lang: Lang; sourceIds: readonly string[] }) {
  const sourceNames = useSourceNames(sourceIds);
  return (
    <footer className="report-sources">
      <h2>{COPY[lang].reportSources}</h2>
      <ul>
        {sourceNames.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </footer>
  );
}
