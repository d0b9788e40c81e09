import { useEffect, useMemo, useRef } from "react";
import { formatNumber, formatPercent } from "../../lib/format";
import { useSourceNames } from "../../panels/use-source-names";
import { useShallow } from "zustand/react/shallow";
import { useAppStore } from "../../store";
import { selectShownSourceIds } from "../../store/export-context";
import { COPY } from "../../i18n/copy";
import {
  areaShown,
  districtValueText,
  isCategorical,
  layerCaption,
  legendRowLabel,
  legendRowsIn,
  layerTitle as titleOfLayer,
  viewCaption,
} from "../../i18n/layer-title";
import { keyFigures } from "../../core/key-figures";

/** True when the key press belongs to a text field or a select (P must type a "p" there). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Presentation mode: the map fills the screen with a large title, legend, key figures and source
 * line; panels are hidden (CSS on .app.presenting). Keys: P toggles, ←/→ (and PageUp/PageDown of
 * presenter remotes) move between saved views, Esc leaves. Always mounted for the P shortcut.
 */
export function PresentationMode() {
  const presenting = useAppStore((s) => s.presenting);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const s = useAppStore.getState();
      if (s.status !== "ready" || s.report) return;
      if (e.key === "p" || e.key === "P") {
        e.preventDefault();
        if (s.presenting) s.stopPresentation();
        else s.startPresentation(null);
        return;
      }
      if (!s.presenting) return;
      if (e.key === "Escape") {
        e.preventDefault();
        s.stopPresentation();
      } else if (e.key === "ArrowRight" || e.key === "PageDown") {
        e.preventDefault();
        s.nextSlide();
      } else if (e.key === "ArrowLeft" || e.key === "PageUp") {
        e.preventDefault();
        s.prevSlide();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return presenting ? <PresentationOverlay /> : null;
}

function PresentationOverlay() {
  const lang = useAppStore((s) => s.lang);
  const layer = useAppStore((s) => s.mapLayer);
  const table = useAppStore((s) => s.table);
  const slides = useAppStore((s) => s.slides);
  const slideIndex = useAppStore((s) => s.slideIndex);
  const selectedId = useAppStore((s) => s.selectedId);
  const populationAlpha = useAppStore((s) => s.populationAlpha);
  const markedIds = useAppStore((s) => s.markedIds);
  const stop = useAppStore((s) => s.stopPresentation);
  const next = useAppStore((s) => s.nextSlide);
  const prev = useAppStore((s) => s.prevSlide);
  const shownSourceIds = useAppStore(useShallow(selectShownSourceIds));
  const sources = useSourceNames(shownSourceIds);
  const exitRef = useRef<HTMLButtonElement>(null);
  const departmentCode = useAppStore((s) => s.departmentCode);
  const area = useMemo(
    () => areaShown(table?.districts ?? null, departmentCode),
    [table, departmentCode],
  );
  const scope = area?.ids ?? null;
  // Legend counts of the area shown: a department's slide counts that department's districts.
  const rows = useMemo(() => (layer ? legendRowsIn(layer, scope) : []), [layer, scope]);
  const figures = useMemo(
    () => (layer ? keyFigures(layer.values, layer.classIndex, selectedId, markedIds, scope) : null),
    [layer, selectedId, markedIds, scope],
  );
  const scopeName = area?.name ?? null;
  useEffect(() => exitRef.current?.focus(), []);
  const t = COPY[lang];
  if (!layer || !table) return null;
  const slide = slideIndex === null ? undefined : slides[slideIndex];
  const layerTitle = titleOfLayer(layer, lang);
  const method =
    layer.method === "quantile" ? t.quantiles : layer.method === "jenks" ? t.jenks : t.fixedBreaks;
  const nameOf = (id: number) => table.districts[id]?.name ?? "";
  const fmt = (v: number | null) => formatNumber(v, lang);
  const position = slideIndex === null ? null : slideIndex + 1;
  const caption = [...layerCaption(layer, lang), ...viewCaption({ populationAlpha }, lang)];
  // Category codes are not quantities: categorical layers get counts per category, no maximum or
  // median; a count from a partial register gets no median (0 there may only mean "not located").
  const categorical = isCategorical(layer);
  const partialRegister = (layer.caption ?? []).some((c) => c.code === "partial-register");
  const perCategory = categorical || (layer.classLabels !== undefined && partialRegister);
  const areaTotal = rows.reduce((sum, r) => sum + r.count, 0);

  return (
    <div className="pres" data-testid="presentation" aria-live="polite">
      <header className="pres-title">
        <h1 data-testid="pres-title">{slide ? slide.title : layerTitle}</h1>
        <p>
          {slide ? `${layerTitle} · ` : ""}
          {layer.unit[lang]} ·{" "}
          {categorical
            ? t.legendCategories(layer.classCount)
            : t.legendClasses(layer.classCount, method)}
        </p>
      </header>

      <section className="pres-legend" aria-label={layer.label[lang]} data-testid="pres-legend">
        {scopeName && (
          <p className="pres-legend-area" data-testid="pres-legend-area">
            {t.legendAreaCounts(scopeName)}
          </p>
        )}
        <ul>
          {rows.map((r) => (
            <li key={r.classIndex}>
              <span className="pres-swatch" style={{ background: r.color }} aria-hidden="true" />
              <span>{legendRowLabel(layer, r, lang)}</span>
              <span className="pres-count">{formatNumber(r.count, lang, 0)}</span>
            </li>
          ))}
        </ul>
        {caption.map((line) => (
          <p key={line} className="pres-caption" role="note" data-testid="pres-caption">
            {line}
          </p>
        ))}
      </section>

      {figures && (
        <section className="pres-figures" aria-label={t.keyFigures} data-testid="pres-figures">
          <h2>
            {t.keyFigures}
            {scopeName ? ` · ${scopeName}` : ""}
          </h2>
          <ul>
            <li>
              {t.figWithData(
                formatNumber(figures.withData, lang, 0),
                formatNumber(figures.total, lang, 0),
              )}
            </li>
            {!categorical && figures.max && (
              <li>{t.figMax(fmt(figures.max.value), nameOf(figures.max.id))}</li>
            )}
            {!categorical && !partialRegister && figures.median !== null && (
              <li>{t.figMedian(fmt(figures.median))}</li>
            )}
            {perCategory && (
              <li data-testid="pres-categories">
                {t.figByCategory}
                <ul>
                  {rows
                    .filter((r) => r.classIndex >= 0)
                    .map((r) => (
                      <li key={r.classIndex}>
                        {t.figCategory(
                          legendRowLabel(layer, r, lang),
                          formatNumber(r.count, lang, 0),
                          formatPercent(areaTotal > 0 ? r.count / areaTotal : null, lang),
                        )}
                      </li>
                    ))}
                </ul>
              </li>
            )}
            {figures.selected &&
              (categorical ? (
                <li>
                  {t.figSelectedCategory(
                    nameOf(figures.selected.id),
                    districtValueText(layer, figures.selected.id, lang),
                  )}
                </li>
              ) : (
                <li>
                  {t.figSelected(
                    nameOf(figures.selected.id),
                    districtValueText(layer, figures.selected.id, lang, false),
                    figures.selected.classIndex < 0
                      ? t.noData
                      : layer.classLabels
                        ? legendRowLabel(layer, { ...figures.selected, from: null, to: null }, lang)
                        : (t.classLabels[figures.selected.classIndex] ?? ""),
                  )}
                </li>
              ))}
            {figures.marked.total > 0 && (
              <li>{t.figMarked(figures.marked.withData, figures.marked.total)}</li>
            )}
          </ul>
        </section>
      )}

      <footer className="pres-footer">
        <span className="pres-source">{t.sourceLine(sources.join("; "))}</span>
        <nav className="pres-nav" aria-label={t.presentNav}>
          <button
            type="button"
            onClick={prev}
            disabled={slides.length === 0 || slideIndex === null || slideIndex === 0}
            aria-label={t.prevSlide}
            data-testid="pres-prev"
          >
            ←
          </button>
          <span data-testid="pres-position">
            {position === null ? t.currentView : t.slideOf(position, slides.length)}
          </span>
          <button
            type="button"
            onClick={next}
            disabled={slides.length === 0 || slideIndex === slides.length - 1}
            aria-label={t.nextSlide}
            data-testid="pres-next"
          >
            →
          </button>
          <button
            type="button"
            ref={exitRef}
            onClick={stop}
            className="pres-exit"
            data-testid="pres-exit"
          >
            {t.presentExit}
          </button>
        </nav>
        <span className="pres-keys">{t.presentKeys}</span>
      </footer>
    </div>
  );
}
