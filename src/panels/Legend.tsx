import { useMemo } from "react";
import { DENSITY_ALPHAS } from "../config/map";
import { COPY } from "../i18n/copy";
import { LABELS_COPY } from "../i18n/labels-copy";
import {
  isCategorical,
  layerCaption,
  layerTitle,
  legendRowLabel,
  viewCaption,
} from "../i18n/layer-title";
import { formatNumber } from "../lib/format";
import { legendRows } from "../store/legend-rows";
import { useAppStore } from "../store";
import { useSourceNames } from "./use-source-names";

/**
 * Legend of the choropleth: classes, unit, year, method, source and the grey "sin datos" class,
 * and the caption of what is partial in the layer's data (on the map, not only in a side tab).
 */
export function Legend() {
  const layer = useAppStore((s) => s.mapLayer);
  const lang = useAppStore((s) => s.lang);
  const sources = useSourceNames(layer?.sourceIds ?? []);
  const rows = useMemo(() => (layer ? legendRows(layer) : []), [layer]);
  const populationAlpha = useAppStore((s) => s.populationAlpha);
  if (!layer) return null;
  const t = COPY[lang];
  const method =
    layer.method === "quantile" ? t.quantiles : layer.method === "jenks" ? t.jenks : t.fixedBreaks;
  const caption = layerCaption(layer, lang);
  return (
    <section className="legend" aria-label={t.legend} data-testid="legend">
      <h3 className="legend-title">{layerTitle(layer, lang)}</h3>
      <div className="legend-unit">
        {layer.unit[lang]} ·{" "}
        {isCategorical(layer)
          ? t.legendCategories(layer.classCount)
          : t.legendClasses(layer.classCount, method)}
      </div>
      {caption.map((line) => (
        <p key={line} className="legend-caption" role="note" data-testid="legend-caption">
          {line}
        </p>
      ))}
      <ul className="legend-rows">
        {rows.map((r) => (
          <li key={r.classIndex} className="legend-row" data-class={r.classIndex}>
            <span className="swatch" style={{ background: r.color }} aria-hidden="true" />
            <span className="legend-range">{legendRowLabel(layer, r, lang)}</span>
            <span className="legend-count">{formatNumber(r.count, lang, 0)}</span>
          </li>
        ))}
      </ul>
      {populationAlpha && (
        <div className="legend-alpha" data-testid="legend-alpha">
          <p style={{ margin: "6px 0 4px" }}>{viewCaption({ populationAlpha }, lang)[0]}</p>
          <div
            className="legend-alpha-ramp"
            style={{ display: "flex", alignItems: "center", gap: 3, fontSize: 12, marginBottom: 6 }}
          >
            <span>{LABELS_COPY[lang].populationAlphaLow}</span>
            {DENSITY_ALPHAS.map((a) => (
              <span
                key={a}
                className="swatch"
                aria-hidden="true"
                style={{
                  display: "inline-block",
                  background: rows.findLast((r) => r.classIndex >= 0)?.color ?? "#555",
                  opacity: a,
                }}
              />
            ))}
            <span>{LABELS_COPY[lang].populationAlphaHigh}</span>
          </div>
        </div>
      )}
      <div className="legend-source">{t.sourceLine(sources.join("; "))}</div>
    </section>
  );
}
