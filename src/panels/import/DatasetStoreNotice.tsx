import { useState } from "react";
import { PERSIST_COPY } from "../../i18n/persist-copy";
import { useAppStore } from "../../store";

/**
 * What went wrong with the imports kept in this browser (store unavailable, quota, a record set
 * aside), shown over the map whatever tab is open: a reload must never silently drop them.
 */
export function DatasetStoreNotice() {
  const lang = useAppStore((s) => s.lang);
  const problems = useAppStore((s) => s.datasetProblems);
  const setAsideCount = useAppStore((s) => s.datasetsSetAside.length);
  const [seenSetAside, setSeenSetAside] = useState(0);
  const showSetAside = setAsideCount > seenSetAside;
  if (problems.length === 0 && !showSetAside) return null;
  const p = PERSIST_COPY[lang];
  return (
    <div className="link-issues dataset-notice" role="alert" data-testid="dataset-notice">
      <p>{p.noticeTitle}</p>
      <ul>
        {problems.map((x, i) => (
          <li key={i} data-code={x.code}>
            {p.problem(x)}
          </li>
        ))}
        {showSetAside && <li data-code="setAside">{p.setAsideNotice(setAsideCount)}</li>}
      </ul>
      <button
        type="button"
        onClick={() => {
          useAppStore.getState().dismissDatasetProblems();
          setSeenSetAside(setAsideCount);
        }}
      >
        {p.dismiss}
      </button>
    </div>
  );
}
