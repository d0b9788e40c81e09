import { useAppStore } from "../../store";
import { COPY } from "../../i18n/copy";
import { LINK_COPY } from "../../i18n/link-copy";

/** Problems found in the opened link or a played view: the valid parts were applied, these not. */
export function LinkIssuesNotice() {
  const issues = useAppStore((s) => s.linkIssues);
  const lang = useAppStore((s) => s.lang);
  if (issues.length === 0) return null;
  const t = COPY[lang];
  return (
    <div className="link-issues" role="alert" data-testid="link-issues">
      <p>{t.linkIssuesTitle}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i} data-code={issue.code}>
            {LINK_COPY[lang].linkIssue(issue)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => useAppStore.getState().setLinkIssues([])}>
        {t.dismiss}
      </button>
    </div>
  );
}
