import type { DistrictRow } from "../../data/contract";
import type { Lang } from "../../core/types";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import type { MapLayer } from "../../store/map-layer";

/** How many districts the department report lists under the map's layer. */
const TOP_COUNT = 10;

/**
 * For a department: its districts with the highest value of the layer on the map (top 10, values
 * absent left out). Renders nothing when no district has a value.
 */
export function ReportTopDistricts({
  lang,
  depRows,
  mapLayer,
}: {
  lang: Lang;
  depRows: readonly DistrictRow[];
  mapLayer: MapLayer;
}) {
  const t = COPY[lang];
  const top = depRows
    .filter((d) => mapLayer.values[d.id] != null)
    .sort((a, b) => (mapLayer.values[b.id] ?? 0) - (mapLayer.values[a.id] ?? 0))
    .slice(0, TOP_COUNT);
  if (top.length === 0) return null;
  return (
    <section>
      <h2>{t.reportTop(`${mapLayer.label[lang]}${mapLayer.year ? ` (${mapLayer.year})` : ""}`)}</h2>
      <ol className="report-top">
        {top.map((d) => (
          <li key={d.id}>
            {d.name} ({d.province}) — {formatNumber(mapLayer.values[d.id], lang)}{" "}
            {mapLayer.unit[lang]}
          </li>
        ))}
      </ol>
    </section>
  );
}
