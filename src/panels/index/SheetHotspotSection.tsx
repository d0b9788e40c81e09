import { useMemo } from "react";
import { DEFAULT_LISA_OPTIONS } from "../../core/local-moran";
import { listLayerOptions } from "../../core/layer-catalog";
import { COPY } from "../../i18n/copy";
import { HOTSPOT_COPY } from "../../i18n/hotspot-copy";
import { useAppStore } from "../../store";
import { summariseHotspots } from "../../store/hotspot-slice";
import { IRS_LAYER, IRS_LAYER_OPTIONS } from "../../store/index-slice";

/** The methodology sheet's hot-spot section: the method, and the run in force if there is one. */
export function SheetHotspotSection() {
  const lang = useAppStore((s) => s.lang);
  const h = useAppStore((s) => s.hotspot);
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const t = HOTSPOT_COPY[lang];
  const options = useMemo(() => (table ? listLayerOptions(table, defs) : []), [table, defs]);
  const r = h.result;
  const opts = r?.options ?? DEFAULT_LISA_OPTIONS;
  let run = t.sheetHotspotsNone;
  if (r) {
    const c = summariseHotspots(r).classes;
    const layer =
      h.sourceId === IRS_LAYER
        ? (IRS_LAYER_OPTIONS[0]?.label[lang] ?? IRS_LAYER)
        : (options.find((o) => o.id === h.sourceId)?.label[lang] ?? h.sourceId);
    const rule = r.options.correction === "fdr" ? COPY[lang].hsRuleFdr : COPY[lang].hsRuleP;
    run = t.sheetHotspotsRun(layer, rule, c.HH, c.LL, c.HL + c.LH);
  }
  return (
    <>
      <h2>{t.sheetHotspotsTitle}</h2>
      <p>{t.sheetHotspots(opts.permutations, opts.seed)}</p>
      <p data-testid="sheet-hotspots-run">{run}</p>
    </>
  );
}
