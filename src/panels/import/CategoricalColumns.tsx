import type { ImportReport } from "../../core/import-report";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { MAX_LISTED } from "./report-limits";

/** The text columns of a generic import (not imported as indicators), with their category counts. */
export function CategoricalColumns({ columns }: { columns: ImportReport["categorical"] }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  return (
    <>
      {columns.slice(0, MAX_LISTED).map((c) => (
        <p key={c.column} className="muted" data-testid="rep-categorical">
          {t.categoryColumn(c.column, c.categories.length)}
        </p>
      ))}
      {columns.length > MAX_LISTED && (
        <p className="muted">
          {t.moreColumnsNotListed(formatNumber(columns.length - MAX_LISTED, lang, 0))}
        </p>
      )}
    </>
  );
}
