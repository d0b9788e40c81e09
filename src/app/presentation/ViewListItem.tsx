import { useState } from "react";
import { useAppStore } from "../../store";
import { VIEW_LIMITS, type SavedView } from "../../core/saved-views";
import { COPY } from "../../i18n/copy";

/**
 * One saved view in the "Vistas" list: present, move, rename in place, delete after an inline
 * "are you sure". No browser dialogs: they block the page and look out of place on a projector.
 * `readOnly` (the stored list cannot be written, see ViewsStorage): present only.
 */
export function ViewListItem({
  view,
  index,
  count,
  readOnly = false,
}: {
  view: SavedView;
  index: number;
  count: number;
  readOnly?: boolean;
}) {
  const lang = useAppStore((s) => s.lang);
  const [mode, setMode] = useState<"idle" | "renaming" | "confirming">("idle");
  const [draft, setDraft] = useState(view.title);
  const t = COPY[lang];
  const api = useAppStore.getState;

  if (mode === "renaming")
    return (
      <li data-view-id={view.id}>
        <form
          className="views-rename"
          onSubmit={(e) => {
            e.preventDefault();
            api().renameView(view.id, draft);
            setMode("idle");
          }}
        >
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setMode("idle");
            }}
            maxLength={VIEW_LIMITS.maxTitle}
            aria-label={t.renamePrompt}
            data-testid="rename-input"
            autoFocus
          />
          <button type="submit" data-testid="rename-ok">
            {t.ok}
          </button>
          <button type="button" onClick={() => setMode("idle")}>
            {t.cancel}
          </button>
        </form>
      </li>
    );

  if (mode === "confirming")
    return (
      <li data-view-id={view.id} role="alert">
        <span className="views-title">{t.confirmDelete(view.title)}</span>
        <span className="views-actions">
          <button
            type="button"
            onClick={() => api().deleteView(view.id)}
            data-testid="delete-yes"
            autoFocus
          >
            {t.yesDelete}
          </button>
          <button type="button" onClick={() => setMode("idle")}>
            {t.cancel}
          </button>
        </span>
      </li>
    );

  const button = (label: string, text: string, onClick: () => void, disabled = false) => (
    <button type="button" onClick={onClick} disabled={disabled} aria-label={label} title={label}>
      {text}
    </button>
  );
  return (
    <li data-view-id={view.id}>
      <span className="views-title">{view.title}</span>
      <span className="views-actions">
        {button(t.showViewLabel(view.title), "▶", () => api().startPresentation(index))}
        {button(
          t.moveUp(view.title),
          "↑",
          () => api().moveView(view.id, -1),
          readOnly || index === 0,
        )}
        {button(
          t.moveDown(view.title),
          "↓",
          () => api().moveView(view.id, 1),
          readOnly || index === count - 1,
        )}
        {button(
          t.rename(view.title),
          "✎",
          () => {
            setDraft(view.title);
            setMode("renaming");
          },
          readOnly,
        )}
        {button(t.deleteView(view.title), "×", () => setMode("confirming"), readOnly)}
      </span>
    </li>
  );
}
