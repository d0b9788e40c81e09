import { useMemo } from "react";
import { COPY } from "../i18n/copy";
import { LABELS_COPY } from "../i18n/labels-copy";
import { listLayerOptions } from "../core/layer-catalog";
import { useAppStore } from "../store";

/** Choose what the map shows, and the year for dated layers. */
export function LayerPicker() {
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const lang = useAppStore((s) => s.lang);
  const layer = useAppStore((s) => s.mapLayer);
  const year = useAppStore((s) => s.year);
  const setLayer = useAppStore((s) => s.setLayer);
  const setYear = useAppStore((s) => s.setYear);
  const extra = useAppStore((s) => s.extraLayerOptions);
  const populationAlpha = useAppStore((s) => s.populationAlpha);
  const setPopulationAlpha = useAppStore((s) => s.setPopulationAlpha);
  const options = useMemo(() => (table ? listLayerOptions(table, defs) : []), [table, defs]);
  const current = options.find((o) => o.id === layer?.layerId);
  const t = COPY[lang];
  return (
    <div className="layer-picker">
      <label className="field">
        <span>{t.layer}</span>
        <select
          value={layer?.layerId ?? ""}
          onChange={(e) => setLayer(e.target.value)}
          data-testid="layer-select"
        >
          {extra.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label[lang]}
            </option>
          ))}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label[lang]}
            </option>
          ))}
        </select>
      </label>
      {current && current.years.length > 1 && (
        <label className="field">
          <span>{t.year}</span>
          <select
            value={year ?? ""}
            onChange={(e) => setYear(e.target.value === "" ? null : Number(e.target.value))}
            data-testid="year-select"
          >
            <option value="">
              {t.latestYear(
                current.years.filter((y) => !current.partialYears.includes(y)).at(-1) ??
                  current.years.at(-1) ??
                  0,
              )}
            </option>
            {current.years.map((y) => (
              <option key={y} value={y}>
                {current.partialYears.includes(y) ? t.partialYearOption(y) : y}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="check" title={LABELS_COPY[lang].populationAlphaHint}>
        <input
          type="checkbox"
          checked={populationAlpha}
          onChange={(e) => setPopulationAlpha(e.target.checked)}
          data-testid="population-alpha"
        />
        <span>{LABELS_COPY[lang].populationAlphaToggle}</span>
      </label>
    </div>
  );
}
