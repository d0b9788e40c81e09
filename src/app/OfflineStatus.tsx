import { useSyncExternalStore } from "react";
import { OFFLINE_COPY } from "../i18n/offline-copy";
import { useAppStore } from "../store";
import { applyUpdate, getOfflineState, subscribeOffline } from "./offline/service-worker";
import "./offline/offline-status.css";

/** The offline notice and the "new version" offer (both absent while online and up to date). */
export function OfflineStatus() {
  const { offline, savedAt, updateReady } = useSyncExternalStore(subscribeOffline, getOfflineState);
  const lang = useAppStore((s) => s.lang);
  const t = OFFLINE_COPY[lang];
  if (!offline && !updateReady) return null;
  const date = savedAt
    ? new Intl.DateTimeFormat(lang === "es" ? "es-PE" : "en-GB", { dateStyle: "long" }).format(
        new Date(savedAt),
      )
    : null;
  return (
    <div className="offline-status" data-testid="offline-status">
      {offline && (
        <p className="offline-notice" role="status" data-testid="offline-notice">
          {date ? t.offlineSince(date) : t.offlineNoDate}
        </p>
      )}
      {updateReady && (
        <p className="update-notice" role="status" data-testid="update-notice">
          <span>{t.updateReady} — </span>
          <button
            type="button"
            onClick={applyUpdate}
            title={t.updateHint}
            data-testid="update-reload"
          >
            {t.updateReload}
          </button>
        </p>
      )}
    </div>
  );
}
