import { useMemo } from "react";
import { listLayerOptions } from "../../core/layer-catalog";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { HOTSPOT_LAYER, summariseHotspots } from "../../store/hotspot-slice";
import { IRS_LAYER, IRS_LAYER_OPTIONS } from "../../store/index-slice";

/** Local Moran hot spots: source layer, significance rule, show on map, one-line status. */
export function HotspotControls() {
  const lang = useAppStore((s) => s.lang);
  const h = useAppStore((s) => s.hotspot);
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const layerId = useAppStore((s) => s.layerId);
  const st = useAppStore.getState;
  const t = COPY[lang];
  const options = useMemo(() => (table ? listLayerOptions(table, defs) : []), [table, defs]);
  const summary = useMemo(() => (h.result ? summariseHotspots(h.result) : null), [h.result]);
  const n = (v: number) => formatNumber(v, lang, 0);
  const irsLabel = IRS_LAYER_OPTIONS[0]?.label[lang] ?? IRS_LAYER;
  return (
    <section className="irs-mc" aria-labelledby="hs-title" data-testid="hotspots">
      <h3 id="hs-title" className="irs-h">
        {t.hsTitle}
      </h3>
      <p className="muted">{t.hsIntro}</p>
      <div className="irs-grid">
        <label className="field">
          <span>{t.hsSource}</span>
          <select
            value={h.sourceId}
            disabled={h.status === "running"}
            onChange={(e) => st().setHotspotSource(e.target.value)}
            data-testid="hs-source"
          >
            <option value={IRS_LAYER}>{irsLabel}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.hsRule}</span>
          <select
            value={h.correction}
            disabled={h.status === "running"}
            onChange={(e) => st().setHotspotCorrection(e.target.value === "fdr" ? "fdr" : "none")}
            data-testid="hs-rule"
          >
            <option value="none">{t.hsRuleP}</option>
            <option value="fdr">{t.hsRuleFdr}</option>
          </select>
        </label>
      </div>
      <div className="irs-actions">
        {layerId !== HOTSPOT_LAYER ? (
          <button
            type="button"
            className="btn"
            onClick={() => st().setLayer(HOTSPOT_LAYER)}
            data-testid="hs-show"
          >
            {t.hsShow}
          </button>
        ) : (
          h.status !== "running" &&
          !h.result && (
            <button
              type="button"
              className="btn"
              onClick={() => void st().runHotspots()}
              data-testid="hs-run"
            >
              {t.hsRun}
            </button>
          )
        )}
      </div>
      <p className="muted" role="status" data-testid="hs-status" data-status={h.status}>
        {h.status === "running" && t.hsRunning(n(h.done), n(h.total))}
        {h.status === "error" && t.hsError(h.error ?? "")}
        {h.status !== "running" &&
          summary &&
          h.result &&
          t.hsStatus(
            n(summary.classes.HH),
            n(summary.classes.LL),
            n(summary.classes.HL),
            n(summary.classes.LH),
            h.result.options.correction === "fdr" ? t.hsRuleFdr : t.hsRuleP,
          )}
      </p>
      {summary && h.status !== "running" && (
        <p className="muted" data-testid="hs-excluded">
          {t.hsExcluded(n(summary.excluded["no-value"]), n(summary.excluded["no-neighbours"]))}
        </p>
      )}
    </section>
  );
}
