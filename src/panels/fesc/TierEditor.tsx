import { COPY } from "../../app/copy";
import type { TierRule } from "../../core/allocation";
import { useAppStore } from "../../store";

/** Rank tiers (as Chile's municipal fund): positions from–to in the selection get one amount each. */
export function TierEditor() {
  const lang = useAppStore((s) => s.lang);
  const tiers = useAppStore((s) => s.fesc.tiers);
  const setFesc = useAppStore((s) => s.setFesc);
  const t = COPY[lang];
  const update = (
    i: number,
    patch: Partial<{ label: string; fromRank: number; toRank: number; amountCents: number }>,
  ) =>
    setFesc({
      tiers: tiers.map((x, j): TierRule => (j === i && x.kind === "rank" ? { ...x, ...patch } : x)),
    });
  return (
    <table className="fesc-tiers">
      <thead>
        <tr>
          <th>{t.fescTier}</th>
          <th>{t.fescFrom}</th>
          <th>{t.fescTo}</th>
          <th>{t.fescAmountEach}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {tiers.map((tier, i) =>
          tier.kind === "rank" ? (
            <tr key={i}>
              <td>
                <input
                  value={tier.label}
                  onChange={(e) => update(i, { label: e.target.value })}
                  aria-label={t.fescTier}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  value={tier.fromRank}
                  onChange={(e) => update(i, { fromRank: Number(e.target.value) || 1 })}
                  aria-label={t.fescFrom}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  value={tier.toRank}
                  onChange={(e) => update(i, { toRank: Number(e.target.value) || 1 })}
                  aria-label={t.fescTo}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  value={tier.amountCents / 100}
                  onChange={(e) =>
                    update(i, {
                      amountCents: Math.max(0, Math.round((Number(e.target.value) || 0) * 100)),
                    })
                  }
                  aria-label={t.fescAmountEach}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t.fescRemove}
                  onClick={() => setFesc({ tiers: tiers.filter((_, j) => j !== i) })}
                >
                  ×
                </button>
              </td>
            </tr>
          ) : null,
        )}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={5}>
            <button
              type="button"
              onClick={() => {
                const last = tiers.reduce(
                  (m, x) => (x.kind === "rank" ? Math.max(m, x.toRank) : m),
                  0,
                );
                setFesc({
                  tiers: [
                    ...tiers,
                    {
                      label: `${t.fescTier} ${tiers.length + 1}`,
                      kind: "rank",
                      fromRank: last + 1,
                      toRank: last + 10,
                      amountCents: 100_000_000,
                    },
                  ],
                });
              }}
            >
              {t.fescAddTier}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
